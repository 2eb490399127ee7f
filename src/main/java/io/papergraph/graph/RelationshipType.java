package io.papergraph.graph;

/** Every relationship type of the model (graph-schema/README.md); Cypher takes types from here, never from input. */
public enum RelationshipType {
    PROPOSES, INTRODUCES, EVALUATED_ON, USES_MODEL, COMPARES_WITH, ABOUT, REPORTS, ON, MEASURES, BROADER, SIMILAR_TO
}
