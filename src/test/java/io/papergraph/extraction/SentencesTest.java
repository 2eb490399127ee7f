package io.papergraph.extraction;

import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SentencesTest {

    @Test
    @DisplayName("splits at full stops, question and exclamation marks")
    void splitsAtSentenceEnds() {
        assertEquals(List.of("Does planning scale?", "Yes!", "It scales with compute."),
                Sentences.split("Does planning scale? Yes! It scales with compute."));
    }

    @Test
    @DisplayName("does not split after e.g., et al., vs. or Fig.")
    void abbreviations() {
        assertEquals(List.of(
                        "Strong models, e.g. GPT-4, still fail at long plans.",
                        "Prior work (Smith et al. 2021) compares planners vs. Reactive agents.",
                        "See Fig. 3 for details."),
                Sentences.split("Strong models, e.g. GPT-4, still fail at long plans. "
                        + "Prior work (Smith et al. 2021) compares planners vs. Reactive agents. See Fig. 3 for details."));
    }

    @Test
    @DisplayName("does not split after a title before a name ('we introduce Dr. Zeta, an unbiased method')")
    void titleAbbreviation() {
        assertEquals(List.of("To fix this, we introduce Dr. Zeta, an unbiased method.", "It works."),
                Sentences.split("To fix this, we introduce Dr. Zeta, an unbiased method. It works."));
    }

    @Test
    @DisplayName("does not split inside decimals or URLs, does split after a URL's final period")
    void decimalsAndUrls() {
        assertEquals(List.of("Accuracy rises to 79.5 points on average.", "Cost drops by 3.2x."),
                Sentences.split("Accuracy rises to 79.5 points on average. Cost drops by 3.2x."));
        assertEquals(List.of("Demos are at https://acme.github.io/StepWise and code at https://github.com/acme/stepwise.",
                        "We thank the reviewers."),
                Sentences.split("Demos are at https://acme.github.io/StepWise and code at https://github.com/acme/stepwise. We thank the reviewers."));
    }

    @Test
    @DisplayName("a single capital initial is not a sentence end")
    void initials() {
        assertEquals(List.of("The planner of J. Smith is slow."), Sentences.split("The planner of J. Smith is slow."));
    }

    @Test
    @DisplayName("a sentence may start with a quote or a digit")
    void quotesAndDigits() {
        assertEquals(List.of("It is fast.", "\"Surprisingly\", it also generalises.", "3 seeds were used."),
                Sentences.split("It is fast. \"Surprisingly\", it also generalises. 3 seeds were used."));
    }

    @Test
    @DisplayName("text without end punctuation is one sentence; blank text is none")
    void edgeCases() {
        assertEquals(List.of("a fragment without a full stop"), Sentences.split("  a fragment without a full stop  "));
        assertEquals(List.of(), Sentences.split("   "));
        assertEquals(List.of(), Sentences.split(""));
    }

    @Test
    @DisplayName("a sentence ending in a lower-case single letter still ends there")
    void lowerCaseSingleLetterEnd() {
        assertEquals(List.of("We report pass@k.", "Our method wins."), Sentences.split("We report pass@k. Our method wins."));
    }
}
