package io.papergraph.graph;

import java.util.Map;

/** What a load did, for the one-line log summary. */
public record LoadSummary(int papers, Map<String, Long> nodes, Map<String, Long> relationships, double extractionSeconds,
                          double embeddingSeconds, double totalSeconds) {

    @Override
    public String toString() {
        return "%d papers; nodes %s; relationships %s; extraction %.2f s, embeddings %.2f s, total %.2f s"
                .formatted(papers, nodes, relationships, extractionSeconds, embeddingSeconds, totalSeconds);
    }
}
