package io.papergraph.corpus;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PaperIdsTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @DisplayName("slugs are lower-case ASCII words joined by hyphens")
    @CsvSource(delimiter = '|', value = {
            "StepWise: Verifiable Planning for Language Agents | stepwise-verifiable-planning-for-language-agents",
            "Café Déjà Vu: Naïve Agents                        | cafe-deja-vu-naive-agents",
            "Q*: Search for Reasoning                          | q-star-search-for-reasoning",
            "C++ Code Agents                                   | c-plus-plus-code-agents",
            "Q&A Agents                                        | q-and-a-agents",
            "GPT-3.5 Is Not Enough                             | gpt-3.5-is-not-enough",
            "Scaling Qwen2.5 to 1.5 Million Tokens             | scaling-qwen2.5-to-1.5-million-tokens",
            "Version 2.                                        | version-2",
            "  --Agents,  Plan;  Act!--                        | agents-plan-act",
    })
    void slugs(String title, String expected) {
        String slug = PaperIds.slug(title);
        assertEquals(expected, slug);
        assertTrue(slug.matches("[a-z0-9.-]+"), slug);
    }

    @Test
    @DisplayName("a Greek letter in front of a Latin name is dropped, the rest is kept")
    void greekPrefixDropped() {
        assertEquals("decoding-adaptive-foresight-sampling", PaperIds.slug("φ-Decoding: Adaptive Foresight Sampling"));
    }

    @Test
    @DisplayName("long titles are cut at a word boundary, at most 72 characters")
    void longTitleCutAtWordBoundary() {
        String title = "Scalable Reinforcement Learning from Human Feedback for Aligning Large Language Models with Diverse Preferences";
        String slug = PaperIds.slug(title);
        assertEquals("scalable-reinforcement-learning-from-human-feedback-for-aligning-large", slug);
        assertTrue(slug.length() <= PaperIds.MAX_SLUG_LENGTH);
    }

    @Test
    @DisplayName("a single word longer than the limit is cut hard at 72 characters")
    void longWordCutHard() {
        String word = "a".repeat(100);
        assertEquals("a".repeat(72), PaperIds.slug(word + " agents"));
    }

    @Test
    @DisplayName("a title without Latin letters or digits gets h-<hash>")
    void nonLatinTitlesGetHashIds() {
        String chinese = "大规模语言模型的推理";
        String greek = "Μάθηση Ενίσχυσης";
        assertEquals("h-" + PaperIds.shortHash(chinese), PaperIds.slug(chinese));
        assertEquals("h-2d06b90e", PaperIds.slug(greek));
        assertNotEquals(PaperIds.slug(chinese), PaperIds.slug(greek));
    }

    @Test
    @DisplayName("shortHash is the first eight hex digits of SHA-256")
    void shortHashIsSha256Prefix() {
        assertEquals("ba7816bf", PaperIds.shortHash("abc"));
        assertEquals(PaperIds.shortHash("Long Context Agents"), PaperIds.shortHash("Long Context Agents"));
    }

    @Test
    @DisplayName("the same name always gives the same slug")
    void stable() {
        assertEquals(PaperIds.slug("Sparse Routing for Mixture-of-Experts"), PaperIds.slug("Sparse Routing for Mixture-of-Experts"));
    }
}
