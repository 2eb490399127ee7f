package io.papergraph.resolution;

/**
 * A numeric result with its benchmark and metric resolved to entity ids (null when the sentence named none).
 *
 * @param id            stable id: the paper id and the result's position in the abstract
 * @param benchmarkText the benchmark as the abstract names it ("BIG-Bench Hard" for the entity BBH), or null
 */
public record ResolvedResult(String id, String value, String unit, String kind, String benchmarkId, String benchmarkText, String metricId,
                             String evidence, String rule, double confidence) {
}
