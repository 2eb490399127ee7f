/**
 * First stage of the data flow: paper lists in, {@link io.papergraph.corpus.PaperRecord}s out, with
 * stable ids and problems reported by line. Knows nothing of extraction, the graph or HTTP.
 */
package io.papergraph.corpus;
