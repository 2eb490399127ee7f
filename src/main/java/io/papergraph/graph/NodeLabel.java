package io.papergraph.graph;

/** Every node label of the model (graph-schema/README.md); Cypher takes labels from here, never from input. */
public enum NodeLabel {
    Paper, Method, Benchmark, Model, Concept, Metric, Result
}
