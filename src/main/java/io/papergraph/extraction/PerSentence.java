package io.papergraph.extraction;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * An analysis of a sentence that several rules ask for (its acronym definitions, its comparison windows): computed
 * once per sentence instead of once per rule. The analyses are kept per thread while that thread reads one paper, and
 * dropped when the paper is done ({@link #forgetThisThread()}), so nothing outlives an extraction: no memory held by
 * pooled threads, no class of an old class loader after a live reload. The analysis must be a pure function of the
 * sentence, and its result must not be changed by whoever reads it.
 */
final class PerSentence<T> {

    private static final List<PerSentence<?>> ALL = new CopyOnWriteArrayList<>();
    /** Far more than the sentences of one abstract and its title. */
    private static final int MOST = 256;

    private final Function<String, T> analysis;
    private final ThreadLocal<Map<String, T>> read = ThreadLocal.withInitial(HashMap::new);

    PerSentence(Function<String, T> analysis) {
        this.analysis = analysis;
        ALL.add(this);
    }

    T of(String sentence) {
        Map<String, T> cache = read.get();
        T known = cache.get(sentence);
        if (known == null) {
            if (cache.size() >= MOST) {
                // A caller outside an extraction never says it is done: keep the cache bounded all the same.
                cache.clear();
            }
            known = analysis.apply(sentence);
            cache.put(sentence, known);
        }
        return known;
    }

    /** Drops what this thread computed: called when it has read a paper. */
    static void forgetThisThread() {
        ALL.forEach(p -> p.read.remove());
    }
}
