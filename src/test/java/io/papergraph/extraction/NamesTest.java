package io.papergraph.extraction;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NamesTest {

    @ParameterizedTest
    @DisplayName("case, hyphens, spaces and accents do not count in a key")
    @ValueSource(strings = {"Chain-of-Thought", "chain of thought", "CHAIN OF THOUGHT", "chain‐of‐thought", "Chain_of_Thought"})
    void keyFoldsSpelling(String name) {
        assertEquals("chainofthought", Names.key(name));
    }

    @Test
    @DisplayName("keys drop accents, spell out & and keep * and +")
    void keySpecials() {
        assertEquals("cafeagent", Names.key("Café Agent"));
        assertEquals("qanda", Names.key("Q&A"));
        assertEquals("a*", Names.key("A*"));
        assertEquals("star+", Names.key("STaR+"));
        assertNotEquals(Names.key("STaR"), Names.key("STaR+"));
        assertEquals("gpt35", Names.key("GPT-3.5"));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @DisplayName("singularKey removes plural endings only where they are plural endings")
    @CsvSource({
            "reward machines, rewardmachine",
            "Reward-Machine, rewardmachine",
            "policies, policy",
            "class, class",
            "loss, loss",
            "LLMs, llms",
            "chain-of-thoughts, chainofthought",
    })
    void singularKey(String name, String expected) {
        assertEquals(expected, Names.singularKey(name));
    }

    @ParameterizedTest
    @DisplayName("short names with inner capitals are case-sensitive")
    @ValueSource(strings = {"MATH", "ARC", "CoT", "LLMs", "KS-Gen"})
    void caseSensitive(String name) {
        assertTrue(Names.isCaseSensitive(name));
    }

    @ParameterizedTest
    @DisplayName("ordinary words, long names, single letters and names with a digit joined to a letter are not case-sensitive")
    @ValueSource(strings = {"Llama", "accuracy", "A", "StepPlannerPro", "chain-of-thought", "GSM8K", "MATH500"})
    void notCaseSensitive(String name) {
        assertFalse(Names.isCaseSensitive(name));
    }

    @Test
    @DisplayName("surface keeps case, letters, digits, * and +")
    void surface() {
        assertEquals("GPT35", Names.surface("GPT-3.5"));
        assertEquals("Q*", Names.surface("Q*"));
        assertEquals("KSGen", Names.surface("KS-Gen"));
    }
}
