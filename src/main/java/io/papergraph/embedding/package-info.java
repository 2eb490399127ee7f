/**
 * Meaning-level similarity: sentence embeddings of papers (and of concept descriptions) computed in-process,
 * beside extraction in the data flow. Knows nothing of the graph or HTTP.
 */
package io.papergraph.embedding;
