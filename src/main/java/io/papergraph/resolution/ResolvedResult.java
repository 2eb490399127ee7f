package io.papergraph.resolution;

/**
 * A numeric result with its benchmark and metric resolved to entity ids (null when the sentence named none).
 *
 * @param id stable id: the paper id and the result's position in the abstract
 */
public record ResolvedResult(String id, String value, String unit, String kind, String benchmarkId, String metricId,
                             String evidence, String rule, double confidence) {
}
