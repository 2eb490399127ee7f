package io.papergraph.extraction;

import java.util.List;

/**
 * One line of a vocabulary file: a well-known entity of the field and its other names.
 *
 * @param resourceKind  benchmarks: benchmark, dataset or environment; else null
 * @param needsVersion  models: the bare family name is not a model by itself ({@code GPT})
 * @param broader       concepts: names of the parent concepts
 * @param keywords      concepts: phrases that signal the topic without naming it
 * @param description   concepts: one sentence
 */
public record VocabularyEntry(EntityKind kind, String name, List<String> aliases, String resourceKind,
                              boolean needsVersion, List<String> broader, List<String> keywords,
                              String description) {

    public VocabularyEntry {
        aliases = List.copyOf(aliases);
        broader = List.copyOf(broader);
        keywords = List.copyOf(keywords);
    }

    /** The name followed by the aliases. */
    public List<String> names() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(name), aliases.stream()).toList();
    }
}
