package io.papergraph.graph;

import java.util.Map;

/**
 * Node counts per label and relationship counts per type.
 *
 * @param nodes         label → count, for every label of the model
 * @param relationships type → count, for every relationship type of the model
 */
public record GraphStats(Map<String, Long> nodes, Map<String, Long> relationships) {
}
