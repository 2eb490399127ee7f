package io.papergraph.extraction;

import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static io.papergraph.extraction.Entries.benchmark;
import static org.junit.jupiter.api.Assertions.assertEquals;

class EvaluationRuleTest {

    private final Gazetteer benchmarks = new Gazetteer(List.of(
            benchmark("HumanEval", "benchmark"),
            benchmark("ALFWorld", "environment"),
            benchmark("ImageNet", "dataset"),
            benchmark("GSM8K", "benchmark", "Grade School Math 8K")), false);

    private List<Mention> apply(String sentence) {
        return EvaluationRule.apply(sentence, benchmarks.find(sentence));
    }

    private static List<String> summary(List<Mention> mentions) {
        return mentions.stream()
                .map(m -> m.name() + " " + m.aliases() + " " + m.rule() + " " + m.confidence() + " " + m.resourceKind())
                .toList();
    }

    @Test
    @DisplayName("known benchmarks in an evaluation sentence, with their resource kind")
    void knownBenchmarks() {
        String sentence = "We evaluate the agent on HumanEval and ALFWorld.";
        assertEquals(List.of(
                new Mention(Relation.EVALUATED_ON, EntityKind.BENCHMARK, "HumanEval", List.of("HumanEval"), sentence, "known-benchmark", 0.85, "benchmark"),
                new Mention(Relation.EVALUATED_ON, EntityKind.BENCHMARK, "ALFWorld", List.of("ALFWorld"), sentence, "known-benchmark", 0.85, "environment")),
                apply(sentence));
    }

    @Test
    @DisplayName("a known benchmark without an evaluation cue gets lower confidence")
    void withoutCue() {
        assertEquals(List.of("ALFWorld [ALFWorld] known-benchmark 0.6 environment"), summary(apply("ALFWorld contains household chores.")));
    }

    @Test
    @DisplayName("an alias resolves to the vocabulary name and is kept as alias")
    void alias() {
        assertEquals(List.of("GSM8K [Grade School Math 8K] known-benchmark 0.85 benchmark"),
                summary(apply("We test on Grade School Math 8K problems.")));
    }

    @Test
    @DisplayName("unknown coined names before benchmark / environment / dataset / simulator")
    void headNouns() {
        assertEquals(List.of(
                        "CityNav [CityNav benchmark] benchmark-noun 0.7 benchmark",
                        "HomeSim [HomeSim environment] benchmark-noun 0.7 environment"),
                summary(apply("We evaluate on the CityNav benchmark and the HomeSim environment.")));
        assertEquals(List.of("MedQA [MedQA dataset] benchmark-noun 0.7 dataset"), summary(apply("Results on the MedQA dataset improve.")));
        assertEquals(List.of("DriveLab [DriveLab simulator] benchmark-noun 0.5 environment"),
                summary(apply("Cars drive through the DriveLab simulator at night.")));
    }

    @Test
    @DisplayName("a known benchmark before a head noun is reported once, as known, with the head noun spelling as alias")
    void knownNotDuplicated() {
        assertEquals(List.of("ImageNet [ImageNet, ImageNet dataset] known-benchmark 0.85 dataset"),
                summary(apply("Results on the ImageNet dataset are strong.")));
    }

    @Test
    @DisplayName("'The X benchmark' at the start of a sentence names X")
    void sentenceInitialThe() {
        assertEquals(List.of("BabyAI [BabyAI benchmark] benchmark-noun 0.5 benchmark"), summary(apply("The BabyAI benchmark is hard for agents.")));
    }

    @ParameterizedTest
    @DisplayName("no benchmark named: nothing")
    @ValueSource(strings = {
            "Our benchmark has many tasks.",
            "This dataset contains images.",
            "The Standard benchmark is saturated.",
            "We evaluate on a new benchmark of coding tasks.",
            "We evaluate on a held-out split of our own data.",
    })
    void negatives(String sentence) {
        assertEquals(List.of(), apply(sentence));
    }
}
