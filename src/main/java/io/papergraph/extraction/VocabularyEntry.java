package io.papergraph.extraction;

import java.util.List;

/**
 * One line of a vocabulary file: a well-known entity of the field and its other names.
 *
 * @param category      benchmarks: benchmark, dataset or environment; methods: {@link #BUILDING_BLOCK} for
 *                      architectures, optimisers and layers, {@link #PARADIGM} for generic regimes, else null
 * @param needsVersion  models: the bare family name is not a model by itself ({@code GPT})
 * @param broader       concepts: names of the parent concepts
 * @param keywords      concepts: phrases that signal the topic without naming it
 * @param description   concepts: one sentence
 */
public record VocabularyEntry(EntityKind kind, String name, List<String> aliases, String category,
                              boolean needsVersion, List<String> broader, List<String> keywords,
                              String description) {

    public VocabularyEntry {
        aliases = List.copyOf(aliases);
        broader = List.copyOf(broader);
        keywords = List.copyOf(keywords);
    }

    /** Architectures, optimisers and layers every paper uses in passing (Transformer, Adam, LayerNorm). */
    public static final String BUILDING_BLOCK = "building-block";

    /** Generic regimes that are nobody's method (few-shot prompting, supervised fine-tuning): never a baseline. */
    public static final String PARADIGM = "paradigm";

    /** Used in passing, no method of its own to build on: a building block, or a paradigm. */
    public boolean isUsedInPassing() {
        return BUILDING_BLOCK.equals(category) || isParadigm();
    }

    public boolean isParadigm() {
        return PARADIGM.equals(category);
    }

    /** The name followed by the aliases. */
    public List<String> names() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(name), aliases.stream()).toList();
    }
}
