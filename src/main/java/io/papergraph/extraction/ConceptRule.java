package io.papergraph.extraction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a paper is about: concept names and keywords of the taxonomy found in the title (counted double)
 * and abstract, scored by weight relative to the paper's strongest concept; at most six.
 */
final class ConceptRule {

    static final String RULE = "concept-keywords";
    static final int MAX_CONCEPTS = 6;
    static final double MIN_SCORE = 0.3;

    private ConceptRule() {
    }

    static List<Mention> apply(String title, List<Gazetteer.Hit> titleHits, Map<String, List<Gazetteer.Hit>> hitsBySentence) {
        Map<VocabularyEntry, Double> weight = new HashMap<>();
        Map<VocabularyEntry, String> evidence = new LinkedHashMap<>();
        for (Gazetteer.Hit hit : titleHits) {
            weight.merge(hit.entry(), hit.keyword() ? 1.0 : 2.0, Double::sum);
        }
        hitsBySentence.forEach((sentence, hits) -> {
            for (Gazetteer.Hit hit : hits) {
                weight.merge(hit.entry(), hit.keyword() ? 0.5 : 1.0, Double::sum);
                evidence.putIfAbsent(hit.entry(), sentence);
            }
        });
        double max = weight.values().stream().mapToDouble(Double::doubleValue).max().orElse(1.0);
        List<Mention> found = new ArrayList<>();
        weight.entrySet().stream()
                .sorted(Map.Entry.<VocabularyEntry, Double>comparingByValue().reversed()
                        .thenComparing(e -> e.getKey().name(), Comparator.naturalOrder()))
                .limit(MAX_CONCEPTS)
                .forEach(e -> {
                    double score = Math.round(e.getValue() / max * 100) / 100.0;
                    if (score >= MIN_SCORE && (e.getValue() >= 1.0)) {
                        String sentence = evidence.getOrDefault(e.getKey(), null);
                        found.add(new Mention(Relation.ABOUT, EntityKind.CONCEPT, e.getKey().name(), List.of(),
                                sentence == null ? title : sentence, RULE, score, null));
                    }
                });
        return found;
    }
}
