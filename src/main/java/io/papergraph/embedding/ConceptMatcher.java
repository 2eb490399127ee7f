package io.papergraph.embedding;

import io.papergraph.extraction.EntityKind;
import io.papergraph.extraction.Mention;
import io.papergraph.extraction.Names;
import io.papergraph.extraction.Relation;
import io.papergraph.extraction.Vocabulary;
import io.papergraph.extraction.VocabularyEntry;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Concepts by meaning: a paper is about a concept when its embedding is close to the embedding of the
 * concept's name and description, even if it uses none of the concept's keywords. Similarity to a one-line
 * description is a weak signal, so it stays conservative: only one of the paper's two nearest concepts, only
 * above {@link #THRESHOLD} (or {@link #FALLBACK_THRESHOLD} for a paper no keyword tagged), never beyond
 * {@link #MAX_CONCEPTS} in all.
 */
public final class ConceptMatcher {

    public static final String RULE = "concept-embedding";
    /** all-MiniLM-L6-v2 cosine between an abstract and a one-sentence topic description that is clearly on topic. */
    static final double THRESHOLD = 0.55;
    /** For a paper without any keyword concept, a weaker match is better than none. */
    static final double FALLBACK_THRESHOLD = 0.45;
    static final int NEAREST = 2;
    static final int MAX_ADDED = 1;
    static final int MAX_CONCEPTS = 6;

    private final List<VocabularyEntry> concepts;
    private final List<float[]> vectors;

    public ConceptMatcher(Vocabulary vocabulary, PaperEmbedder embedder) {
        this.concepts = vocabulary.concepts().stream().filter(c -> c.description() != null).toList();
        this.vectors = concepts.isEmpty() ? List.of()
                : embedder.embedAll(concepts.stream().map(c -> c.name() + ": " + c.description()).toList());
    }

    /** Concept mentions for a paper whose keyword concepts are {@code alreadyAbout} (names). */
    public List<Mention> match(String title, float[] paperVector, List<String> alreadyAbout) {
        Set<String> taken = alreadyAbout.stream().map(Names::key).collect(Collectors.toSet());
        int room = Math.min(MAX_ADDED, MAX_CONCEPTS - alreadyAbout.size());
        List<Mention> found = new ArrayList<>();
        if (room <= 0) {
            return found;
        }
        List<Integer> order = new ArrayList<>();
        double[] cosines = new double[concepts.size()];
        for (int i = 0; i < concepts.size(); i++) {
            cosines[i] = cosine(paperVector, vectors.get(i));
            order.add(i);
        }
        order.sort(Comparator.comparingDouble((Integer i) -> cosines[i]).reversed());
        double threshold = alreadyAbout.isEmpty() ? FALLBACK_THRESHOLD : THRESHOLD;
        for (int i : order.subList(0, Math.min(NEAREST, order.size()))) {
            if (found.size() >= room || cosines[i] < threshold) {
                break;
            }
            VocabularyEntry concept = concepts.get(i);
            if (!taken.contains(Names.key(concept.name()))) {
                found.add(new Mention(Relation.ABOUT, EntityKind.CONCEPT, concept.name(), List.of(), title, RULE,
                        Math.round(cosines[i] * 100) / 100.0, null));
            }
        }
        return found;
    }

    static double cosine(float[] a, float[] b) {
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
    }
}
