package io.papergraph.resolution;

import io.papergraph.extraction.Relation;

/** A paper's extracted relation to a canonical entity, with the sentence it came from. */
public record ResolvedFact(Relation relation, String entityId, io.papergraph.extraction.EntityKind kind,
                           String evidence, String rule, double confidence) {
}
