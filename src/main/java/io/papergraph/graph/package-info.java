/**
 * Fourth stage: the Neo4j graph. Writes resolved papers in batched, idempotent transactions; answers
 * read queries with parameterised Cypher in read transactions; applies the schema migrations and loads
 * the default corpus at startup. Labels and relationship types come from enums, never from input.
 */
package io.papergraph.graph;
