package io.papergraph.extraction;

import io.papergraph.extraction.AcronymDefinitions.Definition;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AcronymDefinitionsTest {

    /** Each definition found, as "SHORT = long form". */
    private static List<String> spelledOut(String sentence) {
        return AcronymDefinitions.find(sentence).stream().map(d -> d.shortForm() + " = " + d.longForm()).toList();
    }

    @Test
    @DisplayName("'Long Form (LF)' gives the short form, the long form and the span of both")
    void basicDefinition() {
        String sentence = "We introduce Retrieval-Augmented Planning (RAP) for agents.";

        List<Definition> found = AcronymDefinitions.find(sentence);

        assertEquals(List.of(new Definition("RAP", "Retrieval-Augmented Planning", 13, 47)), found);
        assertEquals("Retrieval-Augmented Planning (RAP)", sentence.substring(found.get(0).start(), found.get(0).end()));
    }

    @ParameterizedTest(name = "{0}")
    @DisplayName("short forms and their long forms")
    @CsvSource(delimiter = '|', value = {
            "We propose Key-step Skill Generation (KS-Gen), a new task.   | KS-Gen | Key-step Skill Generation",
            "Large language models (LLMs) are strong planners.           | LLMs   | Large language models",
            "We study group relative policy optimization (GRPO) here.    | GRPO   | group relative policy optimization",
            "Each layer is a Mixture of Experts (MoE) with eight experts. | MoE    | Mixture of Experts",
            "We use chain-of-thought (CoT) prompting.                    | CoT    | chain-of-thought",
            "Direct Preference Optimization (DPO; Rafailov et al.) helps. | DPO   | Direct Preference Optimization",
            "Test-Time Scaling (TTS) trades compute for accuracy.        | TTS    | Test-Time Scaling",
            "We propose the Sort, Merge, and Check (SMC) loop for agents. | SMC   | 'Sort, Merge, and Check'",
            "We propose Push-pull Federated Averaging ( PFA ), a method. | PFA    | Push-pull Federated Averaging",
            "We develop Meta Reinforcement Tuning, or MRT, a new class.  | MRT    | Meta Reinforcement Tuning",
            "We develop RISE: Recursive IntroSpEction, an approach.      | RISE   | Recursive IntroSpEction",
    })
    void definitions(String sentence, String shortForm, String longForm) {
        List<Definition> found = AcronymDefinitions.find(sentence);
        assertEquals(1, found.size(), found::toString);
        assertEquals(shortForm, found.get(0).shortForm());
        assertEquals(longForm, found.get(0).longForm());
    }

    @ParameterizedTest
    @DisplayName("parentheses that are not definitions are ignored")
    @ValueSource(strings = {
            "Accuracy improves on all tasks (see Table 2).",
            "This effect was reported before (2023).",
            "Some baselines (e.g., ReAct) fail to recover.",
            "The curve flattens early (Fig. 3).",
            "We evaluate on three tasks (QA, summarization).",
            "Training uses eight GPUs (A100) for a day.",
            "The planner is robust (ours).",
            "The model scores well (XYZ).",
            "We compare with planning, memory, and tools (PMT).",
            "Ours beats Foo and surpasses open models on logs (AnOL, 18.2%).",
            "We compare with Claude, or GPT-4, on chat.",
            "Results: Our Model Improves Accuracy, as expected.",
            "GPT-4: Great Power Tools, as shown.",
    })
    void nonDefinitions(String sentence) {
        assertEquals(List.of(), AcronymDefinitions.find(sentence));
    }

    @Test
    @DisplayName("isShortForm accepts acronyms and rejects numbers, words and phrases")
    void isShortForm() {
        assertTrue(AcronymDefinitions.isShortForm("RAP"));
        assertTrue(AcronymDefinitions.isShortForm("KS-Gen"));
        assertTrue(AcronymDefinitions.isShortForm("LLMs"));
        assertFalse(AcronymDefinitions.isShortForm("2023"));
        assertFalse(AcronymDefinitions.isShortForm("ours"));
        assertFalse(AcronymDefinitions.isShortForm("see Table 2"));
        assertFalse(AcronymDefinitions.isShortForm("X"));
    }

    @Test
    @DisplayName("Schwartz–Hearst matching: letters in order, the first one at a word start")
    void matches() {
        assertTrue(AcronymDefinitions.matches("rap", "retrieval-augmented planning"));
        assertFalse(AcronymDefinitions.matches("rap", "planning"));
        assertFalse(AcronymDefinitions.matches("rap", "a planning"));
        assertFalse(AcronymDefinitions.matches("xyz", "xylophone"));
    }

    @Test
    @DisplayName("a long form whose inner words also contain the letters is not cut short")
    void longFormNotCutShort() {
        List<Definition> found = AcronymDefinitions.find("We train the controller with Proximal Policy Optimization (PPO) on robots.");
        assertEquals(1, found.size());
        assertEquals("Proximal Policy Optimization", found.get(0).longForm());
    }

    @Test
    @DisplayName("a quoted long form ends before its closing quote: '\"Describe, Explain, Plan and Select\" (DEPS)'")
    void quotedLongForm() {
        List<Definition> found = AcronymDefinitions.find("We propose \"Describe, Explain, Plan and Select\" (DEPS), an approach.");
        assertEquals(1, found.size());
        assertEquals("Describe, Explain, Plan and Select", found.get(0).longForm());
        assertEquals("DEPS", found.get(0).shortForm());
    }
    @Test
    @DisplayName("a digit after a letter counts that letter's words: 'Hierarchical Hybrid Offline-Online (H2O2)', not 'Two Towers (T2)'")
    void countedLetters() {
        assertEquals(List.of("H2O2 = Hierarchical Hybrid Offline-Online"),
                spelledOut("We build Hierarchical Hybrid Offline-Online (H2O2), an agent."));
        assertEquals(List.of(), spelledOut("We build a Tower Tower (T3) agent."));
    }

    @Test
    @DisplayName("counted letters are matched like any others, small words skipped: 'Textual Temporal reasoning Transfer (T3)', 'Structured State Space sequence model (S4)'")
    void countedLettersSkipSmallWords() {
        assertEquals(List.of("T3 = Textual Temporal reasoning Transfer"),
                spelledOut("We introduce the Textual Temporal reasoning Transfer (T3)."));
        assertEquals(List.of("S4 = Structured State Space sequence model"),
                spelledOut("We study the Structured State Space sequence model (S4) on long inputs."));
        // Too few words to count: "Two Tasks (T3)" spells two letters, not three.
        assertEquals(List.of(), spelledOut("We add Two Tasks (T3) here."));
    }

    @Test
    @DisplayName("a 2 between letters is said 'to', a 4 'for': 'Plain Text to Table (PT2Tab)', 'Graph-for-Code (G4C)'")
    void spokenDigits() {
        for (String sentence : List.of("We study Plain Text to Table (PT2Tab) conversion.", "We train a Graph-for-Code (G4C) model.",
                "We use stage-to-stage distillation of value heads (S2S-VH).")) {
            assertEquals(1, AcronymDefinitions.find(sentence).size(), sentence);
        }
        assertEquals("stage-to-stage distillation of value heads",
                AcronymDefinitions.find("We use stage-to-stage distillation of value heads (S2S-VH).").get(0).longForm());
    }

    @Test
    @DisplayName("a dimension opening the long form opens or closes the short form: '4D Gaussian Splatting (4D-GS)', '3D Diffusion Policy (DP3)'")
    void dimensions() {
        assertEquals(List.of("4D-GS = 4D Gaussian Splatting", "DP3 = 3D Diffusion Policy", "3DGS = 3D Gaussian Splatting"),
                spelledOut("We propose 4D Gaussian Splatting (4D-GS), then 3D Diffusion Policy (DP3) and 3D Gaussian Splatting (3DGS)."));
        // A digit that is no dimension, or a dimension the long form does not open with.
        for (String sentence : List.of("It uses 3 Diffusion Policies (DP3).", "It uses Diffusion Policy (DP3).", "It uses 5D Sets (5DS).")) {
            assertEquals(List.of(), spelledOut(sentence), sentence);
        }
    }
}
