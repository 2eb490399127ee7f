package io.papergraph.extraction;

/** The kinds of entity a paper can be connected to; each is one node label in the graph. */
public enum EntityKind {
    METHOD("Method"),
    BENCHMARK("Benchmark"),
    MODEL("Model"),
    CONCEPT("Concept"),
    METRIC("Metric");

    private final String label;

    EntityKind(String label) {
        this.label = label;
    }

    /** The Neo4j node label: fixed here, never taken from input. */
    public String label() {
        return label;
    }
}
