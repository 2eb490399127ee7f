package io.papergraph.resolution;

/** {@code (narrower)-[:BROADER]->(broader)} between two concepts of the taxonomy. */
public record Broader(String narrowerId, String broaderId) {
}
