package io.papergraph.extraction;

import java.util.List;

/** Small hand-built vocabulary entries, so rule tests do not depend on the vocabulary files. */
final class Entries {

    private Entries() {
    }

    static VocabularyEntry benchmark(String name, String resourceKind, String... aliases) {
        return new VocabularyEntry(EntityKind.BENCHMARK, name, List.of(aliases), resourceKind, false, List.of(), List.of(), null);
    }

    static VocabularyEntry model(String name, boolean needsVersion, String... aliases) {
        return new VocabularyEntry(EntityKind.MODEL, name, List.of(aliases), null, needsVersion, List.of(), List.of(), null);
    }

    static VocabularyEntry method(String name, String... aliases) {
        return new VocabularyEntry(EntityKind.METHOD, name, List.of(aliases), null, false, List.of(), List.of(), null);
    }

    static VocabularyEntry buildingBlock(String name, String... aliases) {
        return new VocabularyEntry(EntityKind.METHOD, name, List.of(aliases), VocabularyEntry.BUILDING_BLOCK, false, List.of(), List.of(), null);
    }

    static VocabularyEntry metric(String name, String... aliases) {
        return new VocabularyEntry(EntityKind.METRIC, name, List.of(aliases), null, false, List.of(), List.of(), null);
    }

    static VocabularyEntry concept(String name, List<String> aliases, List<String> broader, List<String> keywords) {
        return new VocabularyEntry(EntityKind.CONCEPT, name, aliases, null, false, broader, keywords, "A test concept.");
    }
}
