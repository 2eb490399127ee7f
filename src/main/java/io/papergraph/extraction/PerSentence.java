package io.papergraph.extraction;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * An analysis of a sentence that several rules ask for (its acronym definitions, its comparison windows): computed
 * once per sentence instead of once per rule. Each thread keeps the analyses of the sentences it read last, as the
 * extractor reads one paper on one thread; the cache holds a paper's sentences and nothing that outlives a few papers.
 * The analysis must be a pure function of the sentence and its result must not be changed by whoever reads it.
 */
final class PerSentence<T> {

    /** More than the sentences of one abstract and its title, so a paper's analyses stay while the paper is read. */
    private static final int RECENT = 64;

    private final Function<String, T> analysis;
    private final ThreadLocal<Map<String, T>> recent = ThreadLocal.withInitial(() -> new LinkedHashMap<>(RECENT * 2, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, T> eldest) {
            return size() > RECENT;
        }
    });

    PerSentence(Function<String, T> analysis) {
        this.analysis = analysis;
    }

    T of(String sentence) {
        Map<String, T> cache = recent.get();
        T known = cache.get(sentence);
        if (known == null) {
            // Not computeIfAbsent: an analysis may ask for another sentence's analysis of the same kind.
            known = analysis.apply(sentence);
            cache.put(sentence, known);
        }
        return known;
    }
}
