package io.papergraph.extraction;

import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ProposalRuleTest {

    /** Names a vocabulary would know: prior work, never a contribution. */
    private static final Predicate<String> KNOWN = n -> Set.of("react", "cot", "chainofthought").contains(Names.key(n));

    private static List<Mention> apply(String sentence) {
        return ProposalRule.apply(sentence, AcronymDefinitions.find(sentence), KNOWN);
    }

    private static List<String> summary(List<Mention> mentions) {
        return mentions.stream().map(m -> m.relation() + " " + m.name() + " " + m.resourceKind() + " " + m.rule()).toList();
    }

    @Test
    @DisplayName("'we propose NAME, a framework …' proposes a method")
    void proposesMethod() {
        String sentence = "We propose StepPlanner, a framework that decomposes long tasks into verifiable steps.";
        assertEquals(List.of(new Mention(Relation.PROPOSES, EntityKind.METHOD, "StepPlanner", List.of(), sentence, "we-propose", 0.8, null)),
                apply(sentence));
    }

    @Test
    @DisplayName("'we introduce NAME, a benchmark …' introduces a benchmark")
    void introducesBenchmark() {
        String sentence = "We introduce TableQuest, a benchmark of 2,000 questions over scientific tables.";
        assertEquals(List.of(new Mention(Relation.INTRODUCES, EntityKind.BENCHMARK, "TableQuest", List.of(), sentence, "we-propose", 0.8, "benchmark")),
                apply(sentence));
    }

    @Test
    @DisplayName("the nearest resource noun decides dataset, environment or metric")
    void resourceKinds() {
        assertEquals(List.of("INTRODUCES MedNotes dataset called-named"),
                summary(apply("We present a new dataset called MedNotes for clinical summarization.")));
        assertEquals(List.of("INTRODUCES KitchenSim environment we-propose"),
                summary(apply("We release KitchenSim, an environment for household robots.")));
        assertEquals(List.of("INTRODUCES FaithScore metric we-propose"),
                summary(apply("We propose a metric, FaithScore, for measuring faithfulness.")));
    }

    @Test
    @DisplayName("'called / dubbed / we call it NAME' proposes NAME")
    void namingVerbs() {
        assertEquals(List.of("PROPOSES FlashRoute null called-named"), summary(apply("Our method, dubbed FlashRoute, speeds up inference.")));
        assertEquals(List.of("PROPOSES VeriStep null called-named"), summary(apply("We call it VeriStep and show that it generalizes.")));
    }

    @Test
    @DisplayName("an appositive after the verb ('a framework, NAME,') proposes NAME")
    void appositive() {
        assertEquals(List.of("PROPOSES DeepPilot null we-propose"), summary(apply("We introduce a framework, DeepPilot, that plans routes.")));
    }

    @Test
    @DisplayName("an acronym defined after the verb is proposed with its long form as alias")
    void acronyms() {
        String sentence = "In this paper, we propose Retrieval-Augmented Planning (RAP) for embodied agents.";
        assertEquals(List.of(new Mention(Relation.PROPOSES, EntityKind.METHOD, "RAP", List.of("Retrieval-Augmented Planning"),
                sentence, "proposal-acronym", 0.85, null)), apply(sentence));

        List<Mention> hyphenated = apply("We propose Key-step Skill Generation (KS-Gen), a task that generates skill clips.");
        assertEquals(1, hyphenated.size());
        assertEquals("KS-Gen", hyphenated.get(0).name());
        assertEquals(List.of("Key-step Skill Generation"), hyphenated.get(0).aliases());
    }

    @ParameterizedTest
    @DisplayName("no contribution: known names, third-person sentences, unnamed methods")
    @ValueSource(strings = {
            "We propose ReAct for interactive reasoning.",
            "We propose to use chain-of-thought (CoT) prompting.",
            "Prior work proposed TreeSearch for planning.",
            "ReAct (Yao et al.) was proposed for interactive reasoning.",
            "We propose a simple method to improve reasoning.",
            "We evaluate on GSM8K and MATH.",
            "We propose the Large Model Guard to filter outputs.",
    })
    void noContribution(String sentence) {
        assertEquals(List.of(), apply(sentence));
    }

    @Test
    @DisplayName("a name ending in -bench is a benchmark whatever the nouns around it")
    void benchSuffix() {
        assertEquals("benchmark", ProposalRule.resourceKind("We propose CodeBench to test agents.", 11, "CodeBench"));
        assertEquals(null, ProposalRule.resourceKind("We propose StepPlanner, a framework for agents.", 11, "StepPlanner"));
    }

    @Test
    @DisplayName("'We propose NAME.' at the end of a sentence proposes NAME")
    void sentenceFinalName() {
        assertEquals(List.of("PROPOSES StepNet null we-propose"), summary(apply("We propose StepNet.")));
    }

    @Test
    @DisplayName("'we build on X and propose Y, a method …' proposes Y only")
    void secondVerb() {
        assertEquals(List.of("PROPOSES LoopAgent null we-propose"),
                summary(apply("We build on HiAgent and propose LoopAgent, a method for long-term memory.")));
    }

    @Test
    @DisplayName("'Unlike prior work that introduced X, we …' does not propose X")
    void thirdPartyVerb() {
        assertEquals(List.of(), apply("Unlike prior work that introduced GraphRAG, we focus on local retrieval."));
    }
}
