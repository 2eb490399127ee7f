package io.papergraph.extraction;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.papergraph.extraction.Entries.concept;
import static org.junit.jupiter.api.Assertions.assertEquals;

class ConceptRuleTest {

    private static final VocabularyEntry LLM = concept("large language model", List.of("LLM"), List.of(), List.of("language model"));
    private static final VocabularyEntry PLANNING = concept("planning", List.of(), List.of(), List.of("long-horizon task"));
    private static final VocabularyEntry RL = concept("reinforcement learning", List.of("RL"), List.of(), List.of("reward signal"));

    private static Gazetteer.Hit name(VocabularyEntry entry) {
        return new Gazetteer.Hit(entry, entry.name(), 0, entry.name().length(), false);
    }

    private static Gazetteer.Hit keyword(VocabularyEntry entry) {
        return new Gazetteer.Hit(entry, entry.keywords().get(0), 0, 1, true);
    }

    private static List<String> summary(List<Mention> mentions) {
        return mentions.stream().map(m -> m.name() + " " + m.confidence() + " | " + m.evidence()).toList();
    }

    @Test
    @DisplayName("title names count 2, abstract names 1, keywords half; scores are relative to the strongest")
    void weightsAndScores() {
        String title = "Planning Agents Built on an LLM";
        Map<String, List<Gazetteer.Hit>> sentences = new LinkedHashMap<>();
        sentences.put("LLM agents fail on long-horizon tasks.", List.of(name(LLM), keyword(PLANNING)));
        sentences.put("A reward signal alone does not help.", List.of(keyword(RL)));

        List<Mention> mentions = ConceptRule.apply(title, List.of(name(PLANNING), name(LLM)), sentences);

        assertEquals(List.of(
                "large language model 1.0 | LLM agents fail on long-horizon tasks.",
                "planning 0.83 | LLM agents fail on long-horizon tasks."), summary(mentions));
        assertEquals(List.of(Relation.ABOUT, Relation.ABOUT), mentions.stream().map(Mention::relation).toList());
        assertEquals(List.of(EntityKind.CONCEPT, EntityKind.CONCEPT), mentions.stream().map(Mention::kind).toList());
        assertEquals("concept-keywords", mentions.get(0).rule());
    }

    @Test
    @DisplayName("a concept named only in the title has the title as evidence")
    void titleEvidence() {
        String title = "Reinforcement Learning for Routing";
        assertEquals(List.of("reinforcement learning 1.0 | " + title), summary(ConceptRule.apply(title, List.of(name(RL)), Map.of())));
    }

    @Test
    @DisplayName("a lone abstract keyword (weight 0.5) is not enough")
    void loneKeyword() {
        assertEquals(List.of(), ConceptRule.apply("A Title", List.of(), Map.of("A reward signal helps.", List.of(keyword(RL)))));
    }

    @Test
    @DisplayName("concepts below 0.3 of the strongest are dropped")
    void minimumScore() {
        List<Gazetteer.Hit> title = List.of(name(LLM), name(LLM), name(LLM), name(LLM), name(LLM));
        Map<String, List<Gazetteer.Hit>> sentences = Map.of("Planning is hard.", List.of(name(PLANNING), name(PLANNING)));

        List<Mention> mentions = ConceptRule.apply("t", title, sentences);

        assertEquals(List.of("large language model"), mentions.stream().map(Mention::name).toList());
    }

    @Test
    @DisplayName("at most six concepts, ties broken by name")
    void atMostSix() {
        List<Gazetteer.Hit> title = new ArrayList<>();
        for (String n : List.of("h", "g", "f", "e", "d", "c", "b", "a")) {
            title.add(name(concept(n, List.of(), List.of(), List.of())));
        }
        assertEquals(List.of("a", "b", "c", "d", "e", "f"),
                ConceptRule.apply("t", title, Map.of()).stream().map(Mention::name).toList());
    }

    @Test
    @DisplayName("no hits: no concepts")
    void none() {
        assertEquals(List.of(), ConceptRule.apply("t", List.of(), Map.of("A sentence.", List.of())));
    }
}
