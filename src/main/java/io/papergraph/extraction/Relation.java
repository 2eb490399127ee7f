package io.papergraph.extraction;

/** How a paper relates to an entity; each is one relationship type in the graph. */
public enum Relation {
    PROPOSES,
    INTRODUCES,
    EVALUATED_ON,
    USES_MODEL,
    COMPARES_WITH,
    ABOUT;

    /** The Neo4j relationship type: fixed here, never taken from input. */
    public String type() {
        return name();
    }
}
