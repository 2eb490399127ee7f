package io.papergraph.extraction;

import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static io.papergraph.extraction.Entries.benchmark;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
    @DisplayName("a common word before 'benchmark' names none ('the first comprehensive MLLM Evaluation benchmark MME')")
    void commonWordBeforeBenchmark() {
        assertFalse(names(apply("We present the first comprehensive MLLM Evaluation benchmark FooME, with 14 subtasks.")).contains("Evaluation"));
    }

    @Test
    @DisplayName("an edition written in lower case ('On SWE-bench lite, …') is still the edition")
    void lowerCaseEdition() {
        assertEquals(List.of("HumanEval lite"), names(apply("On HumanEval lite, our agent is able to solve 28.33% of the problems.")));
    }

    @Test
    @DisplayName("two editions of one benchmark joined by 'and' share its name: 'the FooBench Lite and Verified benchmarks' evaluates on FooBench Verified, not 'Verified'")
    void editionsJoinedByAnd() {
        List<String> names = apply("We assess our approach on the FooBench Lite and Verified benchmarks, achieving scores of 24.7% and 32.8%.")
                .stream().map(Mention::name).toList();
        assertTrue(names.contains("FooBench Verified"), names.toString());
        assertFalse(names.contains("Verified"), names.toString());
        // One dataset whose name has an "and" stays whole.
        assertEquals(List.of("Helpful and Harmless"), apply("We evaluate on the Helpful and Harmless dataset.").stream().map(Mention::name).toList());
    }

    @Test
    @DisplayName("in a sentence that evaluates on a resource, a parenthesis listing names lists more resources; not parts, models or lengths")
    void parenthesisedLists() {
        String sentence = "It is competitive on sandbox environments (ALFWorld) and also works on real-world websites (Live-Web2K and ShopArena Pro).";
        assertEquals(List.of("Live-Web2K", "ShopArena Pro"), EvaluationRule.parenthesisedLists(sentence, apply(sentence), KNOWS_NOTHING)
                .stream().map(Mention::name).toList());
        String comprising = "Gains are 2.8% on HumanEval and 3.1% in extraction tasks (comprising FUNSD-X, SROIE-X, and POIE-X).";
        assertEquals(List.of("FUNSD-X", "SROIE-X", "POIE-X"), EvaluationRule.parenthesisedLists(comprising, apply(comprising), KNOWS_NOTHING)
                .stream().map(Mention::name).toList());
        // Without an evaluation in the sentence, nothing.
        String noEvaluation = "Agents browse real-world websites (Live-Web2K and ShopArena Pro).";
        assertEquals(List.of(), EvaluationRule.parenthesisedLists(noEvaluation, apply(noEvaluation), KNOWS_NOTHING));
        // The parts of something else, plain words, lengths, models the vocabulary knows.
        for (String other : List.of(
                "We evaluate on HumanEval with three expert models (LM-X, Math-X, Code-X).",
                "We evaluate on HumanEval problems from four categories (Basic, Regular, Extension, and CFI).",
                "We evaluate on HumanEval at five lengths (16k, 32k, and 64k).",
                "We evaluate on HumanEval in two settings (Zero-Shot, Few-Shot) and report accuracy.",
                "We report results on HumanEval across several domains (Social Sciences, Natural Sciences).",
                "We evaluate on HumanEval with several backbones (Zeta-7B, Omega-2)")) {
            assertEquals(List.of(), EvaluationRule.parenthesisedLists(other, apply(other), name -> name.startsWith("Zeta") || name.startsWith("Omega")), other);
        }
    }

    @Test
    @DisplayName("a resource named after its description in an evaluation ('using a human-translated benchmark, Flores-200,') is evaluated on")
    void describedThenNamed() {
        assertEquals(List.of("Flores-300"), apply("We evaluated 40,000 directions using a human-translated benchmark, Flores-300, and "
                + "human raters.").stream().map(Mention::name).toList());
        assertEquals(List.of(), apply("We evaluate on a new benchmark, Flores-300, that we release.").stream().map(Mention::name).toList());
    }

    @Test
    @DisplayName("a benchmark's format or code ('in the HumanEval format'), or what resembles it ('HumanEval-like'), is no evaluation on it")
    void artifactOfBenchmark() {
        assertEquals(List.of(), apply("We provide the code and logs in the HumanEval format at our repository."));
        // What resembles a benchmark is none either.
        assertEquals(List.of(), apply("We release a HumanEval-like test set of 200 tasks."));
        assertEquals(List.of(), apply("Data are open-sourced under the HumanEval license at our site."));
        // What the model learnt from, named before its training.
        assertEquals(List.of(), apply("It reaches 61.3 AP using only ImageNet-1K pre-training and HumanEval training data."));
    }

    @Test
    @DisplayName("resources named as the field's examples, in a sentence that neither evaluates nor speaks for the authors, are not evaluated on")
    void fieldExamples() {
        String slow = "Existing suites are too slow for research, like ALFWorld and HumanEval, or too simple.";
        assertTrue(apply(slow).stream().allMatch(m -> EvaluationRule.namedAsFieldExample(slow, m)) && apply(slow).size() == 2);
        for (String sentence : List.of("Our agent leads on tasks like ALFWorld and HumanEval.", "Such agents achieve 40% accuracy on benchmarks like ALFWorld.",
                "Agents are tested in tasks like ALFWorld and HumanEval.")) {
            assertTrue(apply(sentence).stream().noneMatch(m -> EvaluationRule.namedAsFieldExample(sentence, m)), sentence);
        }
    }

    @Test
    @DisplayName("prior benchmarks the paper argues against are not evaluated on; 'we evaluate on existing benchmarks such as X' is")
    void priorBenchmarks() {
        assertEquals(List.of(), apply("However, existing evaluation benchmarks (e.g., HumanEval, GSM8K) are no longer sufficient."));
        assertEquals(List.of(), apply("Unlike prior suites such as HumanEval and GSM8K, every instance needs ten facts."));
        assertEquals(List.of(), apply("Yet current popular evaluation datasets, such as HumanEval and GSM8K, predominantly focus on single files."));
        assertEquals(List.of("HumanEval", "GSM8K"),
                apply("We evaluate on existing benchmarks such as HumanEval and GSM8K.").stream().map(Mention::name).toList());
        assertEquals(List.of("HumanEval", "GSM8K"), apply("Extensive experiments on standard benchmarks such as HumanEval and GSM8K show "
                + "that the method works.").stream().map(Mention::name).toList());
        assertEquals(List.of("HumanEval", "GSM8K"),
                apply("Experiments on existing benchmarks such as HumanEval and GSM8K show gains.").stream().map(Mention::name).toList());
    }

    @Test
    @DisplayName("the resolution images are generated at is part of the benchmark's name: 'ImageNet 256x256'")
    void resolution() {
        assertEquals(List.of("ImageNet 256x256"), apply("We reach 2.18 FID on ImageNet 256x256 benchmarks.").stream().map(Mention::name).toList());
        assertEquals(List.of("ImageNet 512×512"), apply("Results on ImageNet 512×512 improve.").stream().map(Mention::name).toList());
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
        // A named split: "the VoxFoo1 test set", "the SpeakBank evaluation set".
        // … not a split's or a setting's words: "the Unseen test set of R2R", "the Hard test set", "the Long-Context evaluation set".
        assertEquals(List.of(), summary(apply("Our model outperforms the baseline on the Unseen test set of R2R and on the Hard test set.")));
        assertEquals(List.of(), summary(apply("Models are evaluated on the Long-Context evaluation set.")));
        assertEquals(List.of("VoxFoo1 [VoxFoo1 test set] benchmark-noun 0.7 benchmark"),
                summary(apply("Our model outperforms the baseline on the VoxFoo1 test set.")));
        assertEquals(List.of("DriveLab [DriveLab simulator] benchmark-noun 0.5 environment"),
                summary(apply("Cars drive through the DriveLab simulator at night.")));
        // A name after the noun ("in the live desktop environment WinArena"), not after a modifier that ends in one.
        assertEquals(List.of("WinArena"), EvaluationRule.coinedResources(List.of("We test agents in the live desktop environment WinArena."),
                List.of(), KNOWS_NOTHING).stream().map(Mention::name).toList());
        assertEquals(List.of(), EvaluationRule.coinedResources(List.of("We release the largest cross-platform GUI grounding corpus to date."),
                List.of(), KNOWS_NOTHING));
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
        assertEquals(List.of("BabyAI [BabyAI benchmark] benchmark-noun 0.5 benchmark"), summary(apply("BabyAI benchmark tasks are hard for agents.")));
    }

    @ParameterizedTest
    @DisplayName("no benchmark named: nothing")
    @ValueSource(strings = {
            "Our benchmark has many tasks.",
            "This dataset contains images.",
            "The Standard benchmark is saturated.",
            "We evaluate on a new benchmark of coding tasks.",
            "We evaluate on a held-out split of our own data.",
            "Programming benchmarks, with curated synthesis problems, are used to measure code models.",
    })
    void negatives(String sentence) {
        assertEquals(List.of(), apply(sentence));
    }

    private static final java.util.function.Predicate<String> KNOWS_NOTHING = name -> false;

    @Test
    @DisplayName("coined names after 'results on' are evaluated on, one mention each")
    void coinedResources() {
        String sentence = "Results on TrailMix and HexaQA show steady gains.";
        assertEquals(List.of(
                        new Mention(Relation.EVALUATED_ON, EntityKind.BENCHMARK, "TrailMix", List.of(), sentence, "evaluated-on-name", 0.6, "benchmark"),
                        new Mention(Relation.EVALUATED_ON, EntityKind.BENCHMARK, "HexaQA", List.of(), sentence, "evaluated-on-name", 0.6, "benchmark")),
                EvaluationRule.coinedResources(List.of("We study web agents.", sentence), List.of(), KNOWS_NOTHING));
    }

    @Test
    @DisplayName("a release written after a listed name is part of it ('RTLFoo v1.1, RTLFoo v2'), a chip's number is not ('Nvidia V100')")
    void versionedItems() {
        String sentence = "In evaluations on VeriFoo-Human, RTLFoo v1.1, RTLFoo v2, and VeriFoo v2, our approach outperforms the baselines.";
        assertEquals(List.of("VeriFoo-Human", "RTLFoo v1.1", "RTLFoo v2", "VeriFoo v2"),
                EvaluationRule.coinedResources(List.of("We study code agents.", sentence), List.of(), KNOWS_NOTHING).stream().map(Mention::name).toList());
        assertEquals(List.of(), EvaluationRule.coinedResources(List.of("We study accelerators.",
                "It reports speedups on TPU v4, FooChip, and BarChip accelerators."), List.of(), KNOWS_NOTHING).stream().map(Mention::name)
                .filter(n -> n.contains("v4")).toList());
        assertEquals(List.of(), EvaluationRule.coinedResources(List.of("We study vision models.",
                "It achieves 40.4% higher throughput on Nvidia V100 GPUs."), List.of(), KNOWS_NOTHING).stream().map(Mention::name)
                .filter(n -> n.contains("V100")).toList());
    }

    @Test
    @DisplayName("names right after a plural resource noun ('on conversation benchmarks ZorbQA and Flim-Bench+'), and where a method performs or has an advantage, are evaluated on")
    void namesAfterPluralNounAndPerforming() {
        assertEquals(List.of("ZorbQA", "Flim-Bench+"), EvaluationRule.coinedResources(List.of(
                "Results show a clear advantage over baselines on long-term conversation benchmarks ZorbQA and Flim-Bench+."), List.of(), KNOWS_NOTHING)
                .stream().map(Mention::name).toList());
        assertEquals(List.of("ZorbQA", "FlimBench", "GlorpEval"), EvaluationRule.coinedResources(List.of(
                "SeCom performs well on ZorbQA, FlimBench and GlorpEval."), List.of(), KNOWS_NOTHING).stream().map(Mention::name).toList());
        assertEquals(List.of("ZorbQA", "FlimBench"), EvaluationRule.coinedResources(List.of(
                "SeCom performs competitively on ZorbQA and FlimBench."), List.of(), KNOWS_NOTHING).stream().map(Mention::name).toList());
        // Without a result, an evaluation or the authors, a list after the noun is the field's; after "prior" or "existing", others';
        // after "train on", data to learn from; after "tasks" or "domains", no resource; plain words, no name.
        for (String sentence : List.of("Many groups released benchmarks ZorbQA and FlimBench last year.",
                "Unlike prior benchmarks ZorbQA and FlimBench, which test only short contexts, our results cover long ones.",
                "We train on datasets ZorbDialog and FlimMagic and report results on held-out questions.",
                "We report results on tasks English-German and English-French.",
                "Experiments in domains Finance and Healthcare show gains.",
                "We perform inference on Jetson-Orin boards.",
                "Our design offers clear advantages in IoT deployments.",
                "Our method improves on the approach in Deep Residual Learning (2016) by 2 points.",
                "It yields speedups on NVIDIA A100 (2.3x) and NVIDIA H100 (3.1x).",
                "Despite rapid progress in agent benchmarks such as WebZorb-X and ToolFlim, we find that agents fail.")) {
            assertEquals(List.of(), EvaluationRule.coinedResources(List.of(sentence), List.of(), KNOWS_NOTHING).stream().map(Mention::name).toList(), sentence);
        }
    }

    @Test
    @DisplayName("a scored list names benchmarks of several words and approximate scores ('NATURAL ZORB ($\\sim$8%$\\uparrow$), DocFinZA (~7%↑)'); "
            + "a comma inside a score's parentheses separates no items")
    void scoredListsOfSeveralWords() {
        assertEquals(List.of("NATURAL ZORB", "DocFinZA"), EvaluationRule.coinedResources(List.of("We study planning.",
                "We achieve state-of-the-art results on NATURAL ZORB ($\\sim$8%$\\uparrow$), DocFinZA (~7%↑), and GPQA (+1%)."), List.of(),
                name -> name.equals("GPQA")).stream().map(Mention::name).toList());
        assertEquals(List.of("Fresh-Gaokao-Zorb-2023"), EvaluationRule.coinedResources(List.of(
                "Our approach outperforms the baselines on various benchmarks, such as Fresh-Gaokao-Zorb-2023 (+13.3%, Llama-3.1-8B)."), List.of(),
                KNOWS_NOTHING).stream().map(Mention::name).toList());
        // Without a score, several capitalised words are no item of the list, nor is their first word.
        assertEquals(List.of(), EvaluationRule.coinedResources(List.of("We achieve the best results on Hexa Planning Arena."), List.of(),
                KNOWS_NOTHING).stream().map(Mention::name).toList());
    }

    @Test
    @DisplayName("listed benchmarks may carry their article, kind and purpose ('the Spider dataset for text-to-SQL, TransPlan for …, and …')")
    void listedWithPurpose() {
        String sentence = "It achieves the best results on several code generation benchmarks, including the HexSQL dataset for text-to-SQL "
                + "generation, TransPlan for C++-to-Python translation, and PlanPy for text-to-Python generation.";
        assertEquals(List.of("HexSQL", "TransPlan", "PlanPy"), EvaluationRule.coinedResources(List.of("We study code agents.", sentence), List.of(),
                KNOWS_NOTHING).stream().map(Mention::name).toList());
    }

    @Test
    @DisplayName("not a coined resource: the first word of a longer name read already, nor an abbreviation of lower-case words")
    void coinedResourcesNotNames() {
        String depth = "We improve the state of the art on the NYU Depth v2 indoor dataset.";
        Mention nyuDepth = new Mention(Relation.EVALUATED_ON, EntityKind.BENCHMARK, "NYU Depth v2", List.of(), depth, "known-benchmark", 0.85, "dataset");
        assertEquals(List.of(), EvaluationRule.coinedResources(List.of(depth), List.of(nyuDepth), KNOWS_NOTHING));
        assertEquals(List.of(), EvaluationRule.coinedResources(List.of("We study self-supervised video pre-training (SSVP).",
                "We obtain three important findings on SSVP: masking helps."), List.of(), KNOWS_NOTHING));
        assertEquals(List.of("HexaQA"), EvaluationRule.coinedResources(List.of("We obtain three important findings on HexaQA: masking helps."),
                List.of(), KNOWS_NOTHING).stream().map(Mention::name).toList());
        // Defined where the paper evaluates, a lower-case long form may name a benchmark.
        assertEquals(List.of("LRAX"), EvaluationRule.coinedResources(List.of("We evaluate on the long range arena extended (LRAX).",
                "Results on LRAX show steady gains."), List.of(), KNOWS_NOTHING).stream().map(Mention::name).toList());
    }

    @Test
    @DisplayName("a name the paper proposes, or one the vocabulary knows, is not evaluated on through coined names")
    void coinedResourcesExclusions() {
        String proposal = "We propose TrailMix, a planner for web agents.";
        String results = "Results on TrailMix and HexaQA show steady gains.";
        List<Mention> proposed = List.of(
                new Mention(Relation.PROPOSES, EntityKind.METHOD, "TrailMix", List.of(), proposal, "we-propose", 0.8, null));

        assertEquals(List.of("HexaQA"), EvaluationRule.coinedResources(List.of(proposal, results), proposed, KNOWS_NOTHING)
                .stream().map(Mention::name).toList());
        assertEquals(List.of("TrailMix"), EvaluationRule.coinedResources(List.of(results), List.of(), name -> name.equals("HexaQA"))
                .stream().map(Mention::name).toList());
    }

    @Test
    @DisplayName("datasets listed with what they train ('Plan-9k for SFT cold start') are not evaluated on")
    void listedForTraining() {
        assertEquals(List.of(), EvaluationRule.coinedResources(
                List.of("We have constructed two datasets: Plan-9k for SFT cold start and Plan-20k for RL training."), List.of(), KNOWS_NOTHING));
    }

    @Test
    @DisplayName("examples of where the authors' results are ('on planning benchmarks such as PlanQA and Hexa3K') are evaluated on; the field's are not")
    void examplesOfOwnResults() {
        List<Mention> own = List.of(new Mention(Relation.PROPOSES, EntityKind.METHOD, "PlanX", List.of(), "", "we-propose", 0.8, null));
        assertEquals(List.of("PlanQA", "Hexa3K"), EvaluationRule.coinedResources(
                List.of("PlanX achieves significant improvements on planning benchmarks such as PlanQA and Hexa3K."), own, KNOWS_NOTHING)
                .stream().map(Mention::name).toList());
        assertEquals(List.of(), EvaluationRule.coinedResources(
                List.of("Recent models approach human performance on existing benchmarks such as PlanQA and Hexa3K."), own, KNOWS_NOTHING));
    }

    @Test
    @DisplayName("'trained on X, our dataset' and 'fine-tuned on X, it …' train on X; 'tested on X, it …' evaluates on it")
    void trainedOnIsNoEvaluation() {
        assertEquals(List.of(), EvaluationRule.coinedResources(List.of("The models are trained on HexaInstruct, our curated dataset."),
                List.of(), KNOWS_NOTHING));
        assertEquals(List.of(), EvaluationRule.coinedResources(List.of("Once fine-tuned on HexaInstruct, it answers faster."),
                List.of(), KNOWS_NOTHING));
        assertEquals(List.of("HexaQA"), EvaluationRule.coinedResources(List.of("Tested on HexaQA, it answers faster."), List.of(), KNOWS_NOTHING)
                .stream().map(Mention::name).toList());
        // "pre-trained" before a noun says what the models are; "pre-trained on" says what they learnt from.
        assertEquals(List.of("HexaQA"), EvaluationRule.coinedResources(
                List.of("We report results on pre-trained text-to-text models on HexaQA."),
                List.of(), KNOWS_NOTHING).stream().map(Mention::name).toList());
        assertEquals(List.of(), EvaluationRule.coinedResources(
                List.of("We study two settings; second, models pre-trained on HexaWeb, a dataset of 3M pages."), List.of(), KNOWS_NOTHING));
    }

    @Test
    @DisplayName("a number reported on a coined name, or a head noun before it, marks an evaluation")
    void coinedResourcesOtherShapes() {
        assertEquals(List.of("HexaQA"), EvaluationRule.coinedResources(List.of("It gains 12.6% on HexaQA."), List.of(), KNOWS_NOTHING)
                .stream().map(Mention::name).toList());
        // A score with its metric between: "81.36% success rate on WebHexa"; a count of tokens is no score.
        assertEquals(List.of("WebHexa"), EvaluationRule.coinedResources(List.of("It reaches an 81.36% success rate on WebHexa."), List.of(), KNOWS_NOTHING)
                .stream().map(Mention::name).toList());
        assertEquals(List.of(), EvaluationRule.coinedResources(List.of("It was trained for 7 billion more tokens on HexaWeb."), List.of(), KNOWS_NOTHING));
        assertEquals(List.of(), EvaluationRule.coinedResources(List.of("It improves by 4.1 points over methods relying on HexaCL augmentations."),
                List.of(), KNOWS_NOTHING));
        assertEquals(List.of("WebArena2"), EvaluationRule.coinedResources(
                        List.of("Agents act in the live web environment WebArena2 for an hour."), List.of(), KNOWS_NOTHING)
                .stream().map(Mention::name).toList());
    }

    @Test
    @DisplayName("'the Practical Molecular Optimization (PMO) benchmark', 'the Technicolor light-field dataset' are evaluated on; 'the GPT-4 generated dataset' is not")
    void namedThenDescribed() {
        assertEquals(List.of("PMO [] benchmark-noun 0.65 benchmark"),
                summary(apply("We evaluate on the Practical Molecular Optimization (PMO) benchmark with a budget.")));
        assertEquals(List.of("Technicolor [] benchmark-noun 0.65 dataset"),
                summary(apply("On the Technicolor light-field dataset it improves PSNR by 0.8 dB.")));
        assertEquals(List.of(), summary(apply("We evaluate on the Orca generated dataset and the Chat-based benchmark.")));
        assertEquals(List.of(), summary(apply("The Practical Molecular Optimization (PMO) benchmark is popular.")));
    }

    @Test
    @DisplayName("review: tasks, languages, platforms, years and settings are no benchmarks; a fine-tuned state-of-the-art model still trains on its data")
    void reviewCounterexamplesOfThisChange() {
        for (String sentence : List.of(
                "We achieve state-of-the-art results on English and Chinese benchmarks.",
                "We collect 2M posts on Reddit from 2016 to 2022.",
                "It reduces latency by 35% on iOS and Android devices.")) {
            assertEquals(List.of(), EvaluationRule.coinedResources(List.of(sentence), List.of(), KNOWS_NOTHING).stream().map(Mention::name).toList(),
                    sentence);
        }
        assertEquals(List.of(), EvaluationRule.coinedResources(List.of("Using CIFAR-10 and SVHN datasets, we show that the attack transfers."),
                List.of(), name -> name.equals("CIFAR-10") || name.equals("SVHN")).stream().map(Mention::name).toList());
        assertEquals(List.of(), summary(apply("Experiments on four Knowledge Graph Question Answering (KGQA) benchmarks show gains.")));
        assertEquals(List.of(), summary(apply("We evaluate on a Chinese Named Entity Recognition (NER) dataset.")));
        assertEquals(List.of(), summary(apply("We fine-tune a state-of-the-art vision model on ImageNet.")));
    }

    @Test
    @DisplayName("an enumeration before a plural resource noun may hold names of several ordinary capitalised words where the authors report")
    void enumerationOfOrdinaryNames() {
        // "Sports" alone is an ordinary word, as "English" in "English and Chinese benchmarks" is: only the longer name counts.
        assertEquals(List.of("Amazon Beauty"), EvaluationRule.coinedResources(
                        List.of("On the Amazon Beauty, Sports and Toys datasets, our model improves Recall@10 by 11.6%."), List.of(), KNOWS_NOTHING)
                .stream().map(Mention::name).filter(n -> !n.equals("Toys")).toList());
        assertEquals(List.of(), EvaluationRule.coinedResources(
                        List.of("The Amazon Beauty, Sports and Toys datasets are popular."), List.of(), KNOWS_NOTHING)
                .stream().map(Mention::name).toList());
    }

    @Test
    @DisplayName("scores in parentheses and lower-case-first names stay in a list ('xCodeEval (45.3%)'); 'on Polyglot from 14.2% to 30.7%'")
    void scoredListsAndCapitalisedWordsWithResults() {
        assertEquals(List.of("HexaQA", "TrailMix", "xPlanEval"), EvaluationRule.coinedResources(
                        List.of("It achieves new results on HexaQA (93.9%), TrailMix (83.1%), and xPlanEval (45.3%)."), List.of(), KNOWS_NOTHING)
                .stream().map(Mention::name).toList());
        // A comma inside the parenthesis cuts it in two: neither part belongs to the name.
        assertEquals(List.of("HexaQA", "TrailMix"), EvaluationRule.coinedResources(
                        List.of("Results on HexaQA (60,000h) and TrailMix show steady gains."), List.of(), KNOWS_NOTHING)
                .stream().map(Mention::name).toList());
        assertEquals(List.of("Polyglot", "Countdown"), EvaluationRule.coinedResources(
                        List.of("It improves on Polyglot from 14.2% to 30.7%, and on Countdown (41.2%)."), List.of(), KNOWS_NOTHING)
                .stream().map(Mention::name).toList());
        // Each item of a list after "on" with its score; a decimal point and a score in parentheses keep the cue in reach.
        assertEquals(List.of("HexaQA", "TrailMix"), EvaluationRule.coinedResources(
                        List.of("Training on it yields a state-of-the-art verifier on HexaQA (75.0%) and TrailMix (65.5%)."), List.of(), KNOWS_NOTHING)
                .stream().map(Mention::name).toList());
        assertEquals(List.of("HexaQA", "TrailMix", "PlanEval"), EvaluationRule.coinedResources(
                        List.of("Our model achieves 75.0% on HexaQA, TrailMix (65.5%) and PlanEval."), List.of(), KNOWS_NOTHING)
                .stream().map(Mention::name).toList());
        assertEquals(List.of("HexaQA"), EvaluationRule.coinedResources(
                        List.of("Notably, our 7B model surpasses FooNet-72B (38.1) on HexaQA."), List.of(), KNOWS_NOTHING)
                .stream().map(Mention::name).toList());
        assertEquals(List.of(), EvaluationRule.coinedResources(
                        List.of("We attain a perplexity of 15.76, 2.26 lower than 18.02 in FooQuant, without overhead."), List.of(), KNOWS_NOTHING)
                .stream().map(Mention::name).toList());
        // No other aside: "(2.26 lower vs 18.02 in FooQuant)" names the rival the score is set against.
        assertEquals(List.of(), EvaluationRule.coinedResources(
                        List.of("We attain a perplexity of 15.76 (2.26 lower vs 18.02 in FooQuant) without overhead."), List.of(), KNOWS_NOTHING)
                .stream().map(Mention::name).toList());
        // Without a score the capitalised word is prose: "focus on Reasoning", "on Monday from 9 am" is no percentage either.
        assertEquals(List.of(), EvaluationRule.coinedResources(
                        List.of("We focus on Reasoning and report it on Monday from 9 am."), List.of(), KNOWS_NOTHING)
                .stream().map(Mention::name).toList());
    }

    @Test
    @DisplayName("the other capitalised items of an enumeration with a known benchmark are benchmarks too")
    void listSiblings() {
        Gazetteer withGame = new Gazetteer(List.of(benchmark("Game of 24", "benchmark")), false);
        String sentence = "We evaluate the agent on the Game of 24, Word Ladder, and Sudoku Solving.";

        assertEquals(List.of(
                        "Game of 24 [Game of 24] known-benchmark 0.85 benchmark",
                        "Word Ladder [] benchmark-list-sibling 0.65 benchmark",
                        "Sudoku Solving [] benchmark-list-sibling 0.65 benchmark"),
                summary(EvaluationRule.apply(sentence, withGame.find(sentence))));
    }

    @Test
    @DisplayName("an item of one word after a qualified known benchmark completes its name ('SWE-Bench Verified and Lite')")
    void ellipticSibling() {
        Gazetteer known = new Gazetteer(List.of(benchmark("SWE-Bench", "benchmark")), false);
        String sentence = "Our agents gain up to 19% on the popular SWE-Bench Verified and Lite test sets.";
        assertEquals(List.of("SWE-Bench Lite"), EvaluationRule.listSiblings(sentence, known.find(sentence), true).stream().map(Mention::name).toList());
    }

    @Test
    @DisplayName("siblings are whole tokens, may carry their gains ('TimeQA by 27%'), and two items need an 'and'")
    void listSiblingShapes() {
        Gazetteer known = new Gazetteer(List.of(benchmark("HumanEval", "benchmark"), benchmark("GSM8K", "benchmark")), false);
        String tokens = "It gains 9.8% in HumanEval, MBPP, xCodeEval and System-1.5 Tasks.";
        assertEquals(List.of("MBPP", "xCodeEval", "System-1.5 Tasks"), EvaluationRule.listSiblings(tokens, known.find(tokens), true).stream().map(Mention::name).toList());
        String gains = "It improves GSM8K by 7% and 11%, TimeQA by 27%, and MuSiQue by 7%.";
        assertEquals(List.of("TimeQA", "MuSiQue"), EvaluationRule.listSiblings(gains, known.find(gains), true).stream().map(Mention::name).toList());
        String described = "It gains across GSM8K, HumanEval, and Olympiad-level benchmarks.";
        assertEquals(List.of(), EvaluationRule.listSiblings(described, known.find(described), true));
        String pair = "For example, on GSM8K, FooNet matches CoT.";
        assertEquals(List.of(), EvaluationRule.listSiblings(pair, known.find(pair), true));
    }

    @Test
    @DisplayName("two items that fill a parenthesis are an enumeration ('question answering (WebQA, GSM8K)'); a citation is none")
    void parenthesisedPair() {
        Gazetteer known = new Gazetteer(List.of(benchmark("GSM8K", "benchmark")), false);
        String pair = "It is strong on reasoning (GSM8K, MathChat) and on coding.";
        assertEquals(List.of("MathChat"), EvaluationRule.listSiblings(pair, known.find(pair), true).stream().map(Mention::name).toList());
        String longer = "It is strong on reasoning (GSM8K, MathChat, with more to come).";
        assertEquals(List.of(), EvaluationRule.listSiblings(longer, known.find(longer), true));
        String cited = "As GSM8K shows (Cobbe, 2021), models fail.";
        assertEquals(List.of(), EvaluationRule.listSiblings(cited, known.find(cited), true));
    }

    @Test
    @DisplayName("an enumeration without a known benchmark names no siblings")
    void noSiblingsWithoutKnownItem() {
        Gazetteer withGame = new Gazetteer(List.of(benchmark("Game of 24", "benchmark")), false);
        String sentence = "We evaluate the agent on Word Ladder, Sudoku Solving, and Crossword Filling.";
        assertEquals(List.of(), EvaluationRule.listSiblings(sentence, withGame.find(sentence), true));
    }

    @Test
    @DisplayName("a name is a whole token: no 'CodeEval' inside 'xCodeEval', no 'System-1' inside 'System-1.5'")
    void wholeTokens() {
        assertEquals(List.of(), EvaluationRule.coinedResources(List.of("Results on xCodeEval and on System-1.5 improve."), List.of(), n -> false)
                .stream().map(Mention::name).filter(n -> n.equals("CodeEval") || n.equals("System-1")).toList());
    }

    @Test
    @DisplayName("several capitalised words before 'benchmark' name it; generic adjectives do not")
    void multiWordNames() {
        assertEquals(List.of("Instruction Induction"),
                apply("We evaluate on the Instruction Induction benchmark and report accuracy.").stream().map(Mention::name).toList());
        assertEquals(List.of(), apply("Results on the Synthetic Data benchmark improve.").stream().map(Mention::name).toList());
    }

    @Test
    @DisplayName("a numbered release after a known name is a benchmark of its own: 'GSM8K v2', 'HumanEval 2.0,'")
    void numberedReleases() {
        assertEquals(List.of("GSM8K v2 [] benchmark-noun 0.75 benchmark", "HumanEval 2.0 [] benchmark-noun 0.75 benchmark"),
                summary(apply("We evaluate on GSM8K v2 and HumanEval 2.0, with gains on both.")));
        assertEquals(List.of("GSM8K [GSM8K] known-benchmark 0.85 benchmark"), summary(apply("Accuracy on GSM8K 4.2 points higher.")));
    }

    @Test
    @DisplayName("names listed right after 'datasets' or 'tasks' in an evaluation sentence are evaluated on, plain capitalised words too")
    void namedLists() {
        assertEquals(List.of("Diginetica", "Tmall", "Nowplaying"), EvaluationRule.coinedResources(
                List.of("We conduct experiments on three public datasets, Diginetica, Tmall and Nowplaying."), List.of(), KNOWS_NOTHING)
                .stream().map(Mention::name).toList());
        assertEquals(List.of("Story Outline Improvement", "Mini-Crosswords Solving", "Constrained Generation"), EvaluationRule.coinedResources(
                List.of("It outperforms prior methods across three tasks: Story Outline Improvement (up to +30% interestingness), "
                        + "Mini-Crosswords Solving (up to +16%), and Constrained Generation."), List.of(), KNOWS_NOTHING)
                .stream().map(Mention::name).toList());
        assertEquals(List.of(), EvaluationRule.coinedResources(
                List.of("Popular datasets, Diginetica, Tmall and Nowplaying, are small."), List.of(), KNOWS_NOTHING));
        assertEquals(List.of("RobustFill", "DeepCoder"), EvaluationRule.coinedResources(
                List.of("We build a meta-benchmark which we use to create tasks for two popular datasets, RobustFill and DeepCoder."),
                List.of(), KNOWS_NOTHING).stream().map(Mention::name).toList());
    }

    @Test
    @DisplayName("a name written as one token ('MATH500' for MATH-500) is that name; a two-digit edition attached ('AIME24') is an edition")
    void attachedEditions() {
        Gazetteer maths = new Gazetteer(List.of(benchmark("MATH-500", "benchmark"), benchmark("AIME", "benchmark")), false);
        String sentence = "It achieves 97.2% on MATH500 and 81.3% on AIME 2024, but not on AIMEX24 or AIME24.";
        assertEquals(List.of("MATH-500 [MATH500] known-benchmark 0.85 benchmark", "AIME 2024 [] benchmark-noun 0.75 benchmark",
                        "AIME24 [] benchmark-noun 0.75 benchmark"),
                summary(EvaluationRule.apply(sentence, maths.find(sentence))));
        assertEquals(List.of(), summary(EvaluationRule.apply("An aime24 run.", maths.find("An aime24 run."))));
    }

    @Test
    @DisplayName("later editions written as their number alone are editions too: 'AIME24 & 25', 'AIME 2024 and 2025', 'AIME24/25'")
    void laterEditions() {
        Gazetteer aime = new Gazetteer(List.of(benchmark("AIME", "benchmark")), false);
        for (String sentence : List.of("With AIME24 & 25 scores of 74.0 and 60.2, it leads.", "It scores 74.0 on AIME24/25.",
                "It scores 74.0 and 60.2 on AIME 2024 and 2025, respectively.")) {
            String first = sentence.contains("2024") ? "AIME 2024" : "AIME24";
            String second = sentence.contains("2024") ? "AIME 2025" : "AIME25";
            assertEquals(List.of(first, second), names(EvaluationRule.apply(sentence, aime.find(sentence))), sentence);
        }
        assertEquals(List.of("AIME24", "AIME25", "AIME26"), names(EvaluationRule.apply("It leads on AIME24, 25, and 26.", aime.find("It leads on AIME24, 25, and 26."))));
        // Numbered variants and lettered versions, slash-joined.
        Gazetteer video = Gazetteer.forBenchmarks(List.of(benchmark("Kinetics", "dataset"), benchmark("Something-Something", "dataset"), benchmark("WMT", "benchmark")));
        String kinetics = "It leads on Kinetics-400/600/700 and Something-Something V1/V2, and on WMT'21 and WMT'22 test sets.";
        assertEquals(List.of("Kinetics-400", "Kinetics-600", "Kinetics-700", "Something-Something V1", "Something-Something V2", "WMT'21", "WMT'22"),
                names(EvaluationRule.apply(kinetics, video.find(kinetics))));
        String last = "It leads on Kinetics-400.";
        assertEquals(List.of("Kinetics-400"), names(EvaluationRule.apply(last, video.find(last))));
        // Not an edition: a number of another length, a score, a count.
        for (String sentence : List.of("It scores 74.0 on AIME24 and 2025 was its year.", "It gains on AIME24, 25.3% more.",
                "It solves AIME24 and 25 other tasks.", "It reaches 61.2 on AIME24, 25 MATH problems remain unsolved.")) {
            assertEquals(List.of("AIME24"), names(EvaluationRule.apply(sentence, aime.find(sentence))), sentence);
        }
    }

    @Test
    @DisplayName("subsets, splits and language pairs are benchmarks of their own: 'ImageNet-1K', 'ImageNet val', 'GSM8K 2014 English-to-German'")
    void subsetsAndSplits() {
        assertEquals(List.of("ImageNet-1K [] benchmark-noun 0.75 dataset", "ImageNet val [] benchmark-noun 0.75 dataset"),
                summary(apply("It achieves 87.3 top-1 accuracy on ImageNet-1K and 53.5 on ImageNet val.")));
        assertEquals(List.of("GSM8K 2014 English-to-German [] benchmark-noun 0.75 benchmark"),
                summary(apply("It achieves 28.4 BLEU on the GSM8K 2014 English-to-German task.")));
        assertEquals(List.of("ImageNet [ImageNet] known-benchmark 0.85 dataset"), summary(apply("It achieves 80% on ImageNet values.")));
        // The pair in two-letter codes; a benchmark cut into a sequence of tasks for continual learning.
        assertEquals(List.of("GSM8K 2014 En-De [] benchmark-noun 0.75 benchmark"), summary(apply("It achieves 28.4 BLEU on GSM8K 2014 En-De.")));
        assertEquals(List.of("GSM8K 2017 [] benchmark-noun 0.75 benchmark"), summary(apply("It achieves 28.4 mAP on GSM8K 2017 Re-ID.")));
        assertEquals(List.of("Split ImageNet [] benchmark-noun 0.75 dataset", "Permuted GSM8K [] benchmark-noun 0.75 benchmark"),
                summary(apply("It achieves 80% on Split ImageNet and 90% on Permuted GSM8K.")));
        assertTrue(names(apply("We split ImageNet into ten tasks and evaluate on ImageNet.")).stream().allMatch("ImageNet"::equals));
        assertTrue(names(apply("Permuted ImageNet labels measure memorization; we evaluate on ImageNet.")).stream().allMatch("ImageNet"::equals));
    }

    @Test
    @DisplayName("a year's edition or a named split is a benchmark of its own: 'GSM8K 2024', 'HumanEval Verified', 'GSM8K 2 with …'")
    void editionsAndSplits() {
        assertEquals(List.of("GSM8K 2024 [] benchmark-noun 0.75 benchmark", "HumanEval Verified [] benchmark-noun 0.75 benchmark"),
                summary(apply("It achieves 62% on GSM8K 2024 and 48% on HumanEval Verified.")));
        assertEquals(List.of("GSM8K 2 [] benchmark-noun 0.75 benchmark"), summary(apply("It achieves a 53.8% win rate on GSM8K 2 with a small model.")));
        assertEquals(List.of("GSM8K [GSM8K] known-benchmark 0.85 benchmark"), summary(apply("It improves GSM8K 3 points over the base model.")));
    }

    @Test
    @DisplayName("a known dataset a model is trained or fine-tuned on is not evaluated on; one evaluated on after training is")
    void trainingData() {
        assertEquals(List.of("HumanEval [HumanEval] known-benchmark 0.85 benchmark"),
                summary(apply("We fine-tune Llama-3.1-8B on ImageNet and evaluate on HumanEval.")));
        assertEquals(List.of("GSM8K [GSM8K] known-benchmark 0.85 benchmark"),
                summary(apply("Models trained with our method achieve 80% accuracy on GSM8K.")));
        // "Our trained model … obtains state-of-the-art performance on GSM8K": trained is what the model is, GSM8K where it is measured.
        assertEquals(List.of("GSM8K [GSM8K] known-benchmark 0.85 benchmark"),
                summary(apply("Our trained model, Armo-8B, obtains state-of-the-art performance on GSM8K, a benchmark of math problems.")));
        // A benchmark is where a model is fine-tuned and scored: fine-tuning on it evaluates on it, a dataset is learnt from.
        assertEquals(List.of("GSM8K"), apply("Finally, we compare our optimizer with Adam by fine-tuning Llama-2 on GSM8K.").stream().map(Mention::name).toList());
        assertEquals(List.of(), apply("Finally, we compare our optimizer with Adam by fine-tuning Llama-2 on ImageNet."));
        // Unless the sentence says where it is evaluated after all, or the benchmark is what the model was pretrained on.
        assertEquals(List.of("HumanEval"), apply("We train Llama-2 on GSM8K and evaluate it on HumanEval.").stream().map(Mention::name).toList());
        assertEquals(List.of(), apply("The policy is pre-trained on GSM8K before any task.").stream().map(Mention::name).toList());
        // An unlisted dataset named by its noun is training data the same way.
        assertEquals(List.of(), summary(apply("Our own PRM is simply fine-tuned on the StepLabels800K dataset.")));
        // A baseline named after its training, set against, trains on nothing here ("the Supervised Fine-Tuning (SFT) baseline on GSM8K").
        assertEquals(List.of("GSM8K", "HumanEval"), apply("Our approach outperforms the Llama-7B Supervised Fine-Tuning (SFT) baseline on GSM8K and HumanEval.")
                .stream().map(Mention::name).toList());
        assertEquals(List.of("GSM8K"), apply("It surpasses the instruction-tuned Llama-7B on GSM8K.").stream().map(Mention::name).toList());
        // A linear probe trained on a dataset evaluates frozen features on it.
        assertEquals(List.of("GSM8K"), apply("Our encoder beats prior models by only training linear layers for the task on GSM8K.")
                .stream().map(Mention::name).toList());
        assertEquals(List.of("HumanEval"), apply("We report accuracy after training a linear classifier on HumanEval.").stream().map(Mention::name).toList());
        // What is measured of training, on a benchmark, is measured there.
        assertEquals(List.of("GSM8K", "HumanEval"), apply("It has better training efficiency on GSM8K and HumanEval than prior methods.")
                .stream().map(Mention::name).toList());
        // "memory-efficient" says how the model is trained, not what is measured of training.
        assertEquals(List.of(), apply("We pretrain memory-efficient transformers on ImageNet.").stream().map(Mention::name).toList());
    }

    @Test
    @DisplayName("'On X, … outperforms', 'on the X and Y benchmarks', 'the A, B and C test sets' name evaluation settings; sized models do not")
    void moreEvaluationShapes() {
        assertEquals(List.of("SCBench", "T3Bench", "GPTEval3D", "BTCV", "AMOS", "KiTS23"), EvaluationRule.coinedResources(List.of(
                "In multi-turn settings on SCBench, PivotKV outperforms the strongest baseline by 8.3%.",
                "On the T3Bench and GPTEval3D benchmarks, OctoGen achieves a CLIP score of 31.7.",
                "It reaches a Dice of 86.3% on the BTCV, AMOS and KiTS23 test sets."), List.of(), KNOWS_NOTHING).stream().map(Mention::name).toList());
        assertEquals(List.of(), EvaluationRule.coinedResources(List.of(
                "It outperforms DeepSeek-R1-Distill-Qwen-7B by 6.6 points on OpenThinker-7B.", "All environments are released."),
                List.of(), KNOWS_NOTHING));
    }

    @Test
    @DisplayName("'building on X, …' builds on a method; a score in parentheses is no edition ('(GSM8K 8.1)')")
    void buildingOnAndScores() {
        assertEquals(List.of(), EvaluationRule.coinedResources(List.of("Building on FooNet, we propose a new detector."), List.of(), KNOWS_NOTHING));
        assertEquals(List.of("GSM8K [GSM8K] known-benchmark 0.85 benchmark"), summary(apply("It achieves 90% accuracy (GSM8K 8.1) overall.")));
    }

    @Test
    @DisplayName("review: in a first-person sentence without an evaluation, only datasets, benchmarks, environments or suites listed are evaluated on")
    void listedDomainsAreNoBenchmarks() {
        assertEquals(List.of(), EvaluationRule.coinedResources(
                List.of("We collect instruction data from three domains, Finance, Law and Medicine, to fine-tune our model."),
                List.of(), KNOWS_NOTHING));
    }

    @Test
    @DisplayName("a version written with a capital V, after a hyphen, or ending the sentence, belongs to the name: 'GSM8K V2.', 'ActionNet-1.3', 'HumanEval v1.5.'")
    void versionAtSentenceEnd() {
        String capital = "It gets 75.4% on GSM8K V2.";
        assertEquals("GSM8K V2", EvaluationRule.variantName(capital, benchmarks.find(capital).get(0)));
        String dotted = "We report results on HumanEval v1.5.";
        assertEquals("HumanEval v1.5", EvaluationRule.variantName(dotted, benchmarks.find(dotted).get(0)));
        Gazetteer numbered = Gazetteer.forBenchmarks(List.of(benchmark("ActionNet", "dataset")));
        String hyphenated = "Results on the THUMOS and ActionNet-1.3 datasets improve.";
        assertEquals("ActionNet-1.3", EvaluationRule.variantName(hyphenated, numbered.find(hyphenated).get(0)));
    }

    @Test
    @DisplayName("a named subset written between the name and its noun: 'the HumanEval Diamond benchmark', 'the GSM8K Platinum set'")
    void namedSubset() {
        assertEquals("HumanEval Diamond", EvaluationRule.variantName("We test on the HumanEval Diamond split.",
                benchmarks.find("We test on the HumanEval Diamond split.").get(0)));
        String platinum = "We also report results on the GSM8K Platinum set.";
        assertEquals("GSM8K Platinum", EvaluationRule.variantName(platinum, benchmarks.find(platinum).get(0)));
        String plain = "We also report results on GSM8K and MATH.";
        assertEquals(null, EvaluationRule.variantName(plain, benchmarks.find(plain).get(0)));
    }

    @Test
    @DisplayName("'benchmarks (ManiSkill2, MetaWorld)' lists resources without an 'and'; 'AIME '24' is an edition; a rival's training is no training data")
    void parenthesisedListsEditionsAndRivalTraining() {
        String sentence = "We evaluate StepNet on two manipulation benchmarks (ManiSkill2, MetaWorld) and two locomotion tasks.";
        assertEquals(List.of("ManiSkill2", "MetaWorld"), EvaluationRule.coinedResources(List.of(sentence), List.of(), KNOWS_NOTHING)
                .stream().map(Mention::name).toList());
        String edition = "It beats the baselines on HumanEval '24 under best-of-N selection.";
        assertEquals("HumanEval '24", EvaluationRule.variantName(edition, benchmarks.find(edition).get(0)));
        String rival = "It scores 75.9, comparable to gradient-based fine-tuning for web navigation on ALFWorld.";
        assertEquals(List.of("ALFWorld"), apply(rival).stream().map(Mention::name).toList());
        assertEquals(List.of(), apply("We fine-tune the model for web navigation on ALFWorld.").stream().map(Mention::name).toList());
    }

    @Test
    @DisplayName("'MATH level 5': the graded part of a benchmark is its own variant")
    void gradedLevel() {
        String sentence = "We benchmark it on GSM8K level 5 and it surpasses the second-best method.";
        assertEquals("GSM8K level 5", EvaluationRule.variantName(sentence, benchmarks.find(sentence).get(0)));
    }

    @Test
    @DisplayName("review: 'pretrained on ImageNet' after 'with weights' is still training data")
    void pretrainedWeightsAreTraining() {
        assertEquals(List.of(), apply("We initialise the encoder with weights pretrained on ImageNet.").stream().map(Mention::name).toList());
    }

    @Test
    @DisplayName("a benchmark set against ('Unlike HumanEval, …') or named as where data comes from, with no evaluation reported, is not evaluated on")
    void setAgainstOrSource() {
        assertEquals(List.of(), names(apply("Unlike HumanEval, which tests isolated functions, our benchmark covers whole repositories.")));
        assertEquals(List.of(), names(apply("The questions are adapted from HumanEval and GSM8K by human annotators.")));
        assertEquals(List.of(), names(apply("We collect prompts from ALFWorld, HumanEval and GSM8K.")));
        assertEquals(List.of("GSM8K"), names(apply("We evaluate on 500 problems sampled from GSM8K and report accuracy.")));
        assertEquals(List.of("HumanEval"), names(apply("Our model outperforms the baseline on HumanEval.")));
    }

    private static List<String> names(List<Mention> mentions) {
        return mentions.stream().map(Mention::name).toList();
    }

    @Test
    @DisplayName("'on the Helpful and Harmless dataset' is one dataset; 'the MME and MMBench benchmarks' (plural) are two")
    void nameWithAnd() {
        assertEquals(List.of("Helpful and Harmless"), names(apply("We evaluate RRHF on the Helpful and Harmless dataset, with gains.")));
        assertFalse(names(apply("We evaluate on the Alpha and Beta benchmarks, with gains.")).contains("Alpha and Beta"));
    }

    @Test
    @DisplayName("a language is no dataset name ('The Swahili dataset on its own …'); a passage 'based on … from' a dataset is where data comes from")
    void languageAndSource() {
        assertEquals(List.of(), names(apply("The Swahili dataset on its own proves hard for state-of-the-art models.")));
        assertEquals(List.of(), names(apply("Each item is based on a short passage from the WikiText-103 dataset and has four answers.")));
        assertEquals(List.of("WikiText-103"), names(apply("Our model achieves the best perplexity on the WikiText-103 dataset.")));
    }

    @Test
    @DisplayName("a split written after a hyphen ('GSM8K-valid', 'GSM8K-test') is evaluated on under its own name; '-train' is no split evaluated on")
    void hyphenatedSplit() {
        assertEquals(List.of("GSM8K-valid", "GSM8K-test"), names(apply("It raises the pass rate on GSM8K-valid (48.0% to 57.0%) and GSM8K-test (45.5% to 47.1%).")));
        assertEquals(List.of(), names(apply("It raises the pass rate on GSM8K-train by 5%.")));
    }

    @Test
    @DisplayName("a platform named as where problems come from is no setting of evaluation, however the sentence spells it")
    void sourcePlatforms() {
        assertEquals(List.of(), apply("We evaluate FooCoder on a dataset of problems from platforms such as HumanEval.").stream().map(Mention::name).toList());
        assertEquals(List.of(), apply("Its tasks are gathered each month from two coding platforms, namely FooCode and humaneval.")
                .stream().map(Mention::name).toList());
        // Platforms evaluated on are settings of evaluation.
        assertEquals(List.of("ALFWorld"), apply("We evaluate the agent on embodied platforms such as ALFWorld.").stream().map(Mention::name).toList());
        assertEquals(List.of("HumanEval"), apply("We evaluate FooCoder on HumanEval, a platform of coding problems.").stream().map(Mention::name).toList());
    }


    @Test
    @DisplayName("an abbreviation with capitals inside before plural data nouns names a field's kind of data: 'more complex CoT datasets'")
    void kindOfDataByAbbreviation() {
        assertEquals(List.of(), apply("Our method generalises to more complex CoT datasets.").stream().map(Mention::name).toList());
        assertEquals(List.of(), apply("Experiments on language and vision MoE benchmarks show gains.").stream().map(Mention::name).toList());
        // A single coined resource before the singular noun is still one.
        assertEquals(List.of("FooQA"), apply("Experiments on the FooQA dataset show gains.").stream().map(Mention::name).toList());
    }

    @Test
    @DisplayName("a possessive that runs on into a capitalised word is part of a sibling's name ('Montezuma's Revenge'), not cut to 'Revenge'")
    void possessiveSibling() {
        Gazetteer known = new Gazetteer(List.of(benchmark("ProcGen", "environment")), false);
        String sentence = "It helps in more challenging environments like Pharaoh's Tomb and ProcGen.";
        assertEquals(List.of("Pharaoh's Tomb"), EvaluationRule.listSiblings(sentence, known.find(sentence), true).stream().map(Mention::name).toList());
    }


    @Test
    @DisplayName("a coined name described then called a dataset or benchmark in a list without 'the' ('…, GUIDE next-action prediction dataset, and GUI-World multi-platform benchmark'); not a model run 'across four benchmarks'")
    void describedResourcesListedWithoutArticle() {
        List<String> names = apply("Extensive experiments on referring tasks, ZUIDE next-action prediction dataset, and ZUI-World multi-platform benchmark "
                + "demonstrate that FooUI significantly outperforms BarUI.").stream().map(Mention::name).toList();
        assertEquals(List.of("ZUIDE", "ZUI-World"), names);
        // An adjective of the test's difficulty may stand after "the".
        assertEquals(List.of("ZikZok"), apply("Notably, our approach outperforms the strongest baseline by over 38% in video fidelity on the challenging "
                + "ZikZok dancing dataset.").stream().map(Mention::name).toList());
        assertEquals(List.of(), apply("In particular, ZorbGPT improves the average performance of GPT-4 and ChatGPT across four benchmarks from 68% to 75%."));
        assertEquals(List.of(), apply("Notably, our method keeps 96% of performance on Mixtral-8x7B in zero-shot benchmarks."));
        assertEquals(List.of(), apply("We evaluate ZorbCritic on Qwen2.5-14B-Instruct and ZorbLM-14B across five benchmarks."));
    }

    @Test
    @DisplayName("a game the authors' agent plays, named after the word ('trained on the classic game DOOM', 'to play the imperfect information game Stratego'), is an environment evaluated on")
    void gamesPlayed() {
        assertEquals(List.of("Zoom game-played environment"), EvaluationRule.gamesPlayed(
                "When trained on the classic game Zoom, ZorbNGen extracts gameplay and generates a playable environment.", KNOWS_NOTHING).stream()
                .map(m -> m.name() + " " + m.rule() + " " + m.resourceKind()).toList());
        assertEquals(List.of("Stratego"), EvaluationRule.gamesPlayed(
                "We introduce ZorbNash, an agent capable of learning to play the imperfect information game Stratego from scratch.", KNOWS_NOTHING)
                .stream().map(Mention::name).toList());
        // The game's engine, a model's name, or a game no one plays are none.
        assertEquals(List.of(), EvaluationRule.gamesPlayed("Our agent removes the need to run the StarCraft II game engine.", KNOWS_NOTHING));
        assertEquals(List.of(), EvaluationRule.gamesPlayed("The survey covers the video game Tetris in its history section.", KNOWS_NOTHING));
    }

    @Test
    @DisplayName("a part of a coined resource the results are reported on ('On the May and June splits of SWE-zorbench, the agent achieves …', '41% on the hard subset of FlimQA') is evaluated on; not a part trained on")
    void partsOfNamedResources() {
        assertEquals(List.of("SWE-zorbench"), EvaluationRule.partsOfNamed(
                "On the May and June splits of SWE-zorbench, the resulting agent achieves Pass@1 of 35% and 31% respectively.", KNOWS_NOTHING)
                .stream().map(Mention::name).toList());
        assertEquals(List.of("ZorbyBench"), EvaluationRule.partsOfNamed(
                "On a test set from the ZorbyBench collection of programs, greedy search annotates only 15.7% of the methods.", KNOWS_NOTHING)
                .stream().map(Mention::name).toList());
        assertEquals(List.of("FlimQA"), EvaluationRule.partsOfNamed("Our model reaches 41% on the hard subset of FlimQA.", KNOWS_NOTHING)
                .stream().map(Mention::name).toList());
        assertEquals(List.of(), EvaluationRule.partsOfNamed("We train on the training split of ZorbSet and reach 41% elsewhere.", KNOWS_NOTHING));
        assertEquals(List.of(), EvaluationRule.partsOfNamed("We describe the splits of ZorbSet in the appendix.", KNOWS_NOTHING));
    }
}
