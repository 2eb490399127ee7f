package io.papergraph.graph;

import java.util.List;

/**
 * What an import did.
 *
 * @param papers            one outcome per paper received, in input order
 * @param entitiesCreated   methods, benchmarks, models, metrics and concepts that were not in the graph before
 * @param entitiesRemoved   entities no paper used any more after changed papers were re-extracted
 */
public record ImportReport(int received, int created, int updated, int unchanged, int entitiesCreated, long entitiesRemoved,
                           double extractionSeconds, double embeddingSeconds, double seconds, List<PaperOutcome> papers) {

    public ImportReport {
        papers = List.copyOf(papers);
    }

    /** One paper of the input and what happened to it: {@code created}, {@code updated} or {@code unchanged}. */
    public record PaperOutcome(String id, String outcome) {
    }

    @Override
    public String toString() {
        return "%d papers (%d created, %d updated, %d unchanged), %d entities created, %d removed; extraction %.2f s, embeddings %.2f s, total %.2f s"
                .formatted(received, created, updated, unchanged, entitiesCreated, entitiesRemoved, extractionSeconds,
                        embeddingSeconds, seconds);
    }
}
