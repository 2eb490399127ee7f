package io.papergraph.resolution;

import io.papergraph.extraction.EntityKind;

import java.util.List;

/**
 * A canonical entity: one node in the graph, whatever spelling a paper used.
 *
 * @param id           stable public id, a slug of the canonical name
 * @param resourceKind benchmarks: benchmark, dataset, environment or metric; else null
 */
public record Entity(EntityKind kind, String id, String name, List<String> aliases, String resourceKind) {

    public Entity {
        aliases = List.copyOf(aliases);
    }
}
