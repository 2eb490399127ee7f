package io.papergraph.extraction;

import io.papergraph.corpus.PaperRecord;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.papergraph.extraction.Entries.benchmark;
import static io.papergraph.extraction.Entries.buildingBlock;
import static io.papergraph.extraction.Entries.concept;
import static io.papergraph.extraction.Entries.method;
import static io.papergraph.extraction.Entries.metric;
import static io.papergraph.extraction.Entries.model;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExtractorTest {

    private static final Vocabulary VOCABULARY = new Vocabulary(
            List.of(benchmark("ALFWorld", "environment"), benchmark("GSM8K", "benchmark")),
            List.of(model("GPT", true), model("Llama", false)),
            List.of(method("ReAct"), method("Reflexion"), method("chain-of-thought prompting", "CoT"), method("Code as Plans")),
            List.of(metric("accuracy"), metric("success rate")),
            List.of(concept("large language model", List.of("LLM", "LLMs"), List.of(), List.of()),
                    concept("planning", List.of(), List.of(), List.of("long-horizon task"))));

    private final Extractor extractor = new Extractor(VOCABULARY);

    private Extraction extract(String title, String abstractText) {
        return extractor.extract(new PaperRecord("p", title, abstractText, "test:1"));
    }

    private static List<String> factsOf(Extractor extractor, String abstractText) {
        return facts(extractor.extract(new PaperRecord("p", "Test Title Here", abstractText, "test:1")));
    }

    private static List<String> facts(Extraction extraction) {
        return extraction.mentions().stream().map(m -> m.relation() + " " + m.kind() + " " + m.name()).toList();
    }

    private static final String TITLE = "StepPlanner: Planning with Verifiable Steps for LLM Agents";
    private static final String ABSTRACT = "LLMs struggle with long-horizon tasks, even with Reasoning and Acting (ReAct). "
            + "We propose StepPlanner, a framework that decomposes tasks into verifiable steps. "
            + "StepPlanner outperforms ReAct and Reflexion on ALFWorld, improving success rate by 12.5%. "
            + "With GPT-4 as the backbone, it reaches 91.0% accuracy on GSM8K and runs 2.1x faster than chain-of-thought (CoT). "
            + "Without the verifier, the agent is worse than StepPlanner by 9.0%. "
            + "Code is at https://github.com/acme/stepplanner.";

    @Test
    @DisplayName("a lower-case phrase the authors propose is a name where the title names nothing, a part or step where it names their method")
    void lowerCasePhraseBesideTitleName() {
        String sentence = "In our serving system, we introduce progressive quantization that lowers the dequantization overhead.";
        assertEquals(List.of("PROPOSES METHOD ZorbServe"), facts(extract("ZorbServe: Fast Serving of Quantized Models", sentence)));
        assertEquals(List.of("PROPOSES METHOD progressive quantization"), facts(extract("On the cost of serving quantized models", sentence)));
    }

    @Test
    @DisplayName("the title's contribution spelled another way in the abstract (transliterated, without its article or its kind) is one entity; a name built on it is another")
    void titleHeadSpellings() {
        Extraction transliterated = extract("Wuerstchen: An Efficient Architecture for Image Synthesis", "We introduce Würstchen, a novel architecture for image synthesis.");
        assertEquals(List.of("PROPOSES METHOD Wuerstchen"), facts(transliterated));
        assertTrue(transliterated.mentions().get(0).aliases().contains("Würstchen"), transliterated.mentions().toString());
        assertEquals(List.of("PROPOSES METHOD Zorb-K"), facts(extract("Zorb-K Routing: Boosting Experts", "We propose Zorb-K, a routing method for experts.")));
        assertEquals(1, facts(extract("The AI Zorbist-v2: Automated Discovery", "We introduce The AI Zorbist-v2, an agentic system.")).size());
        assertEquals(List.of("PROPOSES METHOD LLaVA-Zorb", "PROPOSES METHOD Zorb"),
                facts(extract("LLaVA-Zorb: Sparse Experts for Vision", "We propose Zorb, a sparse mixture of experts, and build LLaVA-Zorb on it.")));
    }

    @Test
    @DisplayName("the members of a family the authors release, listed after it ('three models in the Llama-9 series: Llama-9-mini, …'), are theirs, the family neither used nor theirs; models a benchmark evaluates are used")
    void releasedFamilyListed() {
        List<String> series = factsOf(extractor, "We introduce three models in the Llama-9 series: Llama-9-mini, Llama-9-MoE, and Llama-9-Vision.");
        assertEquals(List.of("PROPOSES METHOD Llama-9-mini", "PROPOSES METHOD Llama-9-MoE", "PROPOSES METHOD Llama-9-Vision"),
                series.stream().filter(f -> f.contains("Llama")).toList());
        List<String> family = factsOf(extractor, "We release the Llama-9 70B model family, including Llama-9-70B-Base, Llama-9-70B-Instruct, and Llama-9-70B-Reward.");
        assertTrue(family.containsAll(List.of("PROPOSES METHOD Llama-9-70B-Instruct", "PROPOSES METHOD Llama-9-70B-Reward")), family.toString());
        assertTrue(family.stream().noneMatch(f -> f.startsWith("USES_MODEL")), family.toString());
        List<String> evaluated = factsOf(extractor, "We introduce a benchmark that evaluates models including GPT-4, Llama-2-70B and Llama-2-7B on planning.");
        assertTrue(evaluated.containsAll(List.of("USES_MODEL MODEL GPT-4", "USES_MODEL MODEL Llama-2-70B", "USES_MODEL MODEL Llama-2-7B")), evaluated.toString());
        // What the authors make for models, run on models, or evaluate after making something else: the models are used.
        for (String used : List.of("We propose TokenDrop for vision-language models, including Llama-2-7B and GPT-4.",
                "We present experiments on three models: Llama-2-7B, Llama-2-13B, and GPT-4.",
                "We introduce ZorbBench and evaluate models, including GPT-4 and Llama-2-7B.")) {
            List<String> facts = factsOf(extractor, used);
            assertTrue(facts.containsAll(List.of("USES_MODEL MODEL Llama-2-7B", "USES_MODEL MODEL GPT-4")), used + " " + facts);
        }
        List<String> familyUsed = factsOf(extractor, "We propose AdaDec and evaluate it on the Llama 3 model family, including Llama-3-8B and Llama-3-70B.");
        assertTrue(familyUsed.contains("USES_MODEL MODEL Llama 3"), familyUsed.toString());
    }

    @Test
    @DisplayName("sizes or versions joined by slashes ('Llama-3-1.5B/3B/7B-Instruct', 'Llama-V1/V2') are one fact per model, the first also known by the name as written; 'Llama-8$\\times$7B' reads 8x7B")
    void modelsWrittenTogether() {
        Extraction sized = extract("Test Title Here", "We fine-tune Llama-3-1.5B/3B/7B-Instruct and Llama-V1/V2 with our method.");
        assertEquals(List.of("USES_MODEL MODEL Llama-3-1.5B-Instruct", "USES_MODEL MODEL Llama-3-3B-Instruct", "USES_MODEL MODEL Llama-3-7B-Instruct",
                "USES_MODEL MODEL Llama-V1", "USES_MODEL MODEL Llama-V2"), facts(sized));
        assertEquals(List.of("Llama-3-1.5B/3B/7B-Instruct"), sized.mentions().get(0).aliases());
        assertEquals(List.of("USES_MODEL MODEL Llama-V2", "USES_MODEL MODEL Llama-V2.5"), factsOf(extractor, "We fine-tune Llama-V2/V2.5 with our method."));
        assertEquals(List.of("USES_MODEL MODEL Llama-8x7B", "USES_MODEL MODEL Llama 8x7B-Instruct"),
                factsOf(extractor, "We prune experts of Llama-8$\\times$7B and of Llama $8\\times7$B-Instruct with our method."));
    }

    @Test
    @DisplayName("a pair of models the authors release, counted after them ('We present GPT-5-120b and GPT-5-20b, two open-weight models'), is theirs; a pair they evaluate is used")
    void pairReleased() {
        List<String> released = factsOf(extractor, "We present GPT-5-120b and GPT-5-20b, two open-weight reasoning models that push the frontier.");
        assertTrue(released.containsAll(List.of("PROPOSES METHOD GPT-5-120b", "PROPOSES METHOD GPT-5-20b")), released.toString());
        List<String> evaluated = factsOf(extractor, "We evaluate GPT-4o and Llama-3-8B, two strong models, on our benchmark.");
        assertTrue(evaluated.containsAll(List.of("USES_MODEL MODEL GPT-4o", "USES_MODEL MODEL Llama-3-8B")), evaluated.toString());
    }

    @Test
    @DisplayName("a model given as the field's example is evaluated once the authors have spoken and it is scored ('Even leading models like GPT-4 achieve only 43.8%')")
    void scoredExampleIsEvaluated() {
        List<String> scored = factsOf(extractor, "We introduce FooMath, a benchmark of hard problems. "
                + "Even leading closed-source models like GPT-4 achieve only 43.8% overall accuracy.");
        assertTrue(scored.contains("USES_MODEL MODEL GPT-4"), scored.toString());
        // A list of them, scored after a measure's name: "exhibit average Attack Success Rates (ASR) of 57% and 33%".
        List<String> listed = factsOf(extractor, "We introduce FooAttack, a framework for jailbreaks. Notably, even advanced models like "
                + "GPT-3.5-Turbo and GPT-4 exhibit average Attack Success Rates (ASR) of 57% and 33%, respectively.");
        assertTrue(listed.containsAll(List.of("USES_MODEL MODEL GPT-3.5-Turbo", "USES_MODEL MODEL GPT-4")), listed.toString());
        // "score" as the verb, an item of several words, a bound: "like GPT-4o and Claude 3 Opus score below 20%".
        List<String> bound = factsOf(extractor, "We introduce FooHay, a benchmark of long documents. Without a retriever, long-context LLMs like "
                + "GPT-4o and Claude 3 Opus score below 20% on FooHay.");
        assertTrue(bound.contains("USES_MODEL MODEL GPT-4o") && bound.stream().anyMatch(f -> f.startsWith("USES_MODEL MODEL Claude 3")), bound.toString());
        List<String> scene = factsOf(extractor, "Large language models such as GPT-4 achieve 90% on many benchmarks. We propose FooNet.");
        assertFalse(scene.contains("USES_MODEL MODEL GPT-4"), scene.toString());
    }

    @Test
    @DisplayName("a paper that makes training data, not a test, is evaluated on the coined benchmarks it scores on; one that makes a benchmark is not")
    void trainingDataPaperKeepsItsBenchmarks() {
        List<String> corpus = factsOf(extractor, "We begin by collecting PyCorp, a clean Python corpus of executable code samples. "
                + "Trained on it, ZetaCoder achieves 79.3% on CodeEval-I and 63.9% on CodeEval-O.");
        assertTrue(corpus.containsAll(List.of("EVALUATED_ON BENCHMARK CodeEval-I", "EVALUATED_ON BENCHMARK CodeEval-O")), corpus.toString());
        List<String> benchmark = factsOf(extractor, "We introduce PyBench, a benchmark of 500 Python tasks. "
                + "The best model achieves 79.3% on CodeEval-I and 63.9% on CodeEval-O.");
        assertFalse(benchmark.contains("EVALUATED_ON BENCHMARK CodeEval-I"), benchmark.toString());
    }

    @Test
    @DisplayName("a model the authors build on, or extend their models from, is used, not a rival, whichever comparison cue the sentence has")
    void modelBuiltOnIsNoRival() {
        for (String abstractText : List.of("We propose FooAgent. Built on Llama-3-8B, FooAgent outperforms strong agents by 12%.",
                "In this work, we explore the training scheme of video models extended from Llama-3-8B and investigate low-quality videos.")) {
            List<String> facts = factsOf(extractor, abstractText);
            assertTrue(facts.contains("USES_MODEL MODEL Llama-3-8B"), facts.toString());
            assertFalse(facts.stream().anyMatch(f -> f.startsWith("COMPARES_WITH")), facts.toString());
        }
    }

    @Test
    @DisplayName("a whole abstract: proposal, comparisons, benchmarks, model, concepts")
    void wholeAbstract() {
        Extraction extraction = extract(TITLE, ABSTRACT);

        assertEquals(sorted(List.of(
                "PROPOSES METHOD StepPlanner",
                "COMPARES_WITH METHOD ReAct",
                "COMPARES_WITH METHOD Reflexion",
                "EVALUATED_ON BENCHMARK ALFWorld",
                "USES_MODEL MODEL GPT-4",
                "EVALUATED_ON BENCHMARK GSM8K",
                "COMPARES_WITH METHOD chain-of-thought prompting",
                "ABOUT CONCEPT large language model",
                "ABOUT CONCEPT planning")), sorted(facts(extraction)));
    }

    private static List<String> sorted(List<String> list) {
        return list.stream().sorted().toList();
    }

    @Test
    @DisplayName("the proposed name keeps the title's long form and is never also compared with")
    void proposedNotCompared() {
        Extraction extraction = extract(TITLE, ABSTRACT);

        Mention proposal = extraction.mentions().get(0);
        assertEquals(List.of("Planning with Verifiable Steps for LLM Agents"), proposal.aliases());
        assertEquals(0.9, proposal.confidence());
        assertTrue(extraction.mentions().stream()
                .noneMatch(m -> m.relation() == Relation.COMPARES_WITH && m.name().equals("StepPlanner")));
    }

    @Test
    @DisplayName("an acronym the paper defines anywhere becomes an alias of the mention")
    void definedAliases() {
        Extraction extraction = extract(TITLE, ABSTRACT);
        Mention react = extraction.mentions().stream().filter(m -> m.name().equals("ReAct")).findFirst().orElseThrow();
        assertEquals(List.of("Reasoning and Acting"), react.aliases());
        Mention cot = extraction.mentions().stream()
                .filter(m -> m.name().equals("chain-of-thought prompting")).findFirst().orElseThrow();
        assertEquals(List.of("CoT"), cot.aliases());
    }

    @Test
    @DisplayName("results, with benchmark and metric, and code URLs")
    void resultsAndUrls() {
        Extraction extraction = extract(TITLE, ABSTRACT);

        assertEquals(List.of(
                        "12.5% % absolute_gain ALFWorld success rate",
                        "91.0% % absolute GSM8K accuracy",
                        "2.1x x relative_gain GSM8K accuracy",
                        "9.0% % absolute_gain null null"),
                extraction.results().stream()
                        .map(r -> r.value() + " " + r.unit() + " " + r.kind() + " " + r.benchmark() + " " + r.metric()).toList());
        assertEquals(List.of("https://github.com/acme/stepplanner"), extraction.codeUrls());
    }

    @Test
    @DisplayName("a name proposed through its acronym is not compared with under its long form")
    void acronymProposalNotCompared() {
        Extraction extraction = extract("Planning Agents with Memory",
                "We propose Retrieval-Augmented Planning (RAP) for embodied agents. "
                        + "Our agent is better than ReAct. An ablation compared with RAP shows the memory matters.");

        assertEquals(List.of("PROPOSES METHOD RAP", "COMPARES_WITH METHOD ReAct", "ABOUT CONCEPT planning"), facts(extraction));
        assertEquals(List.of("Retrieval-Augmented Planning"), extraction.mentions().get(0).aliases());
    }

    @Test
    @DisplayName("a benchmark introduced in the title and reported on later is also evaluated on")
    void introducedAndEvaluated() {
        Extraction extraction = extract("TaskForge: A Benchmark for Long-Horizon Agents",
                "We introduce TaskForge, a benchmark of 300 planning tasks. Experiments on TaskForge show that agents fail.");

        assertTrue(facts(extraction).contains("INTRODUCES BENCHMARK TaskForge"), facts(extraction)::toString);
        Mention evaluated = extraction.mentions().stream()
                .filter(m -> m.relation() == Relation.EVALUATED_ON).findFirst().orElseThrow();
        assertEquals("TaskForge", evaluated.name());
        assertEquals("evaluates-own-resource", evaluated.rule());
        assertEquals(1, extraction.mentions().stream().filter(m -> m.relation() == Relation.EVALUATED_ON).count());
        assertFalse(facts(extraction).contains("PROPOSES METHOD TaskForge"));
    }

    @Test
    @DisplayName("a benchmark reported on in the sentence that introduces it ('…, on which X reduces errors') is evaluated on")
    void evaluatedWhereIntroduced() {
        Extraction extraction = extract("Debugging Agents for Python",
                "We further introduce TraceEval, a benchmark of 1,204 tasks, on which our agent reduces errors by 38%.");

        assertTrue(facts(extraction).contains("INTRODUCES BENCHMARK TraceEval"), facts(extraction)::toString);
        assertTrue(facts(extraction).contains("EVALUATED_ON BENCHMARK TraceEval"), facts(extraction)::toString);
    }

    @Test
    @DisplayName("a benchmark is made to evaluate on: introduced, it is evaluated on; a dataset never reported on is not")
    void introducedOnly() {
        Extraction benchmark = extract("TaskForge: A Benchmark for Long-Horizon Agents",
                "We introduce TaskForge, a benchmark of 300 planning tasks drawn from ten domains. Each task comes with a hidden test set.");
        assertEquals(List.of("INTRODUCES BENCHMARK TaskForge", "EVALUATED_ON BENCHMARK TaskForge"),
                facts(benchmark).stream().filter(f -> !f.startsWith("ABOUT")).toList());

        Extraction dataset = extract("TaskCorpus: Data for Long-Horizon Agents",
                "We introduce TaskCorpus, a dataset of 300,000 planning trajectories drawn from ten domains. Each comes with a plan.");
        assertEquals(List.of("INTRODUCES BENCHMARK TaskCorpus"),
                facts(dataset).stream().filter(f -> !f.startsWith("ABOUT")).toList());
        // A dataset said to be made for evaluation.
        Extraction probe = extract("TaskCorpus: Data for Long-Horizon Agents",
                "We introduce TaskCorpus, a new dataset specifically designed to investigate planning failures of agents.");
        assertEquals(List.of("TaskCorpus"), probe.mentions().stream().filter(m -> m.relation() == Relation.EVALUATED_ON).map(Mention::name).toList());
        // Made for training, not to evaluate on.
        Extraction training = extract("TrainWorld: Environments for Web Agents",
                "We introduce TrainWorld, an interactive environment for training web agents with reinforcement learning.");
        assertEquals(List.of(), training.mentions().stream().filter(m -> m.relation() == Relation.EVALUATED_ON).toList());
        // Nor when a later result comes from training with it ("We use X to train agents, achieving …").
        Extraction trained = extract("TrainWorld: Environments for Web Agents",
                "We introduce TrainWorld, the first environment for training web agents. We use TrainWorld to train agents, achieving gains of 19% on WebArena.");
        assertEquals(List.of(), trained.mentions().stream().filter(m -> m.relation() == Relation.EVALUATED_ON && m.name().equals("TrainWorld")).toList());
        // Introduced by the title alone, a resource the title calls a benchmark is evaluated on.
        Extraction titled = extract("FooBench: Datasets and Benchmarks for Cross-Silo Learning",
                "Federated learning lacks realistic testbeds. FooBench encompasses 7 datasets with natural splits.");
        assertTrue(facts(titled).contains("EVALUATED_ON BENCHMARK FooBench"), facts(titled)::toString);
        // A training set built from a benchmark says nothing of the benchmark.
        Extraction benchmarkAndData = extract("A Benchmark for Coding Agents",
                "We introduce CodeArena, a benchmark of 400 coding tasks. We also release a dataset built from CodeArena for training open models.");
        assertTrue(facts(benchmarkAndData).contains("EVALUATED_ON BENCHMARK CodeArena"), facts(benchmarkAndData)::toString);
        // Tested on later, it is evaluated on.
        Extraction tested = extract("TrainWorld: Environments for Web Agents",
                "We introduce TrainWorld, the first environment for training web agents. Agents trained elsewhere score only 12% on TrainWorld.");
        assertEquals(List.of("TrainWorld"), tested.mentions().stream().filter(m -> m.relation() == Relation.EVALUATED_ON).map(Mention::name).toList());
    }

    @Test
    @DisplayName("isKnown ignores case, hyphens and plurals")
    void isKnown() {
        assertTrue(extractor.isKnown("REACT"));
        assertTrue(extractor.isKnown("Chain of Thought Prompting"));
        assertTrue(extractor.isKnown("success rates"));
        assertFalse(extractor.isKnown("StepPlanner"));
    }

    @Test
    @DisplayName("the same paper gives the same extraction")
    void deterministic() {
        assertEquals(extract(TITLE, ABSTRACT), extract(TITLE, ABSTRACT));
    }

    @Test
    @DisplayName("'improves on GSM8K' evaluates on GSM8K and compares with nothing")
    void improvesOnBenchmark() {
        Extraction extraction = extract("A Study of Math Agents", "Our method improves on GSM8K by 5.1%.");
        assertEquals(List.of("EVALUATED_ON BENCHMARK GSM8K"), facts(extraction));
    }

    @Test
    @DisplayName("a model named where a result is reported ('to 2.9 points on the Gemini-2 9B model') is no benchmark, nor the results' label")
    void modelWhereResultReportedIsNoBenchmark() {
        Extraction extraction = fieldExtractor.extract(new PaperRecord("p", "FooQuant: Rotations for Quantization",
                "We propose FooQuant. Quantised to three bits, FooQuant loses just 1.7 points on the Gemini-2 9B model.", "test:1"));
        assertEquals(List.of(), extraction.mentions().stream().filter(m -> m.relation() == Relation.EVALUATED_ON).map(Mention::name).toList());
        assertEquals(java.util.Arrays.asList((String) null), extraction.results().stream().map(ResultMention::benchmark).toList());
    }

    /** A second vocabulary for the field-level behaviour: example lists, building blocks, concept acronyms, enumerations. */
    private static final Vocabulary FIELD_VOCABULARY = new Vocabulary(
            List.of(benchmark("GSM8K", "benchmark"), benchmark("Game of 24", "benchmark")),
            List.of(model("GPT", true), model("Gemini", false)),
            List.of(method("ReAct"), buildingBlock("Transformer")),
            List.of(metric("accuracy"), metric("success rate")),
            List.of(concept("mixture of experts", List.of("MoE"), List.of(), List.of()),
                    concept("reasoning", List.of(), List.of(), List.of())));

    private final Extractor fieldExtractor = new Extractor(FIELD_VOCABULARY);

    /** The extractor with the vocabulary the service ships, for cases that depend on what it knows. */
    private static final Extractor SHIPPED = new Extractor(Vocabulary.fromClasspath());

    private static Extraction extractShipped(String title, String abstractText) {
        return SHIPPED.extract(new PaperRecord("p", title, abstractText, "test:1"));
    }

    private List<String> fieldFacts(String title, String abstractText, Relation relation) {
        return fieldExtractor.extract(new PaperRecord("p", title, abstractText, "test:1")).mentions().stream()
                .filter(m -> m.relation() == relation)
                .map(m -> m.relation() + " " + m.kind() + " " + m.name())
                .toList();
    }

    @Test
    @DisplayName("'we introduce the X series, a …' releases X, a known family's or not; its predecessor is compared with")
    void seriesReleased() {
        assertEquals(List.of("PROPOSES METHOD Gemini-Coder"), fieldFacts("Gemini-Coder Technical Report",
                "In this report, we introduce the Gemini-Coder series, a significant upgrade from its predecessor, CodeGemini.",
                Relation.PROPOSES));
        assertEquals(List.of("COMPARES_WITH MODEL GPT-4"), fieldFacts("Gemini-Coder Technical Report",
                "In this report, we introduce the Gemini-Coder series, a significant upgrade from its predecessor, GPT-4.",
                Relation.COMPARES_WITH));
    }

    @Test
    @DisplayName("a model that has enabled or shown something, an aside or not, is the field's news, not one the paper uses")
    void fieldNews() {
        assertEquals(List.of(), fieldFacts("Talking Models",
                "Language models improve fast. Gemini, as a new milestone, has enabled real-time conversations with humans.",
                Relation.USES_MODEL));
        assertEquals(List.of("COMPARES_WITH MODEL GPT-4"), fieldFacts("Talking Models",
                "Our model is second only to GPT-4 based on both academic benchmarks and human evaluation.", Relation.COMPARES_WITH));
        assertEquals(List.of("USES_MODEL MODEL Gemini"), fieldFacts("Talking Models",
                "Gemini, after fine-tuning with our method, has demonstrated a 12% gain on GSM8K.", Relation.USES_MODEL));
    }

    @Test
    @DisplayName("until the authors speak, the abstract sets the scene: a model named in its second sentence is the field's, not used")
    void sceneRunsUntilTheAuthorsSpeak() {
        assertEquals(List.of(), fieldFacts("Talking Models",
                "Language models excel at math in English. GPT-4 solves most school problems, yet accuracy drops in other languages. "
                        + "We propose a translation curriculum.", Relation.USES_MODEL));
        // A sentence that says in the passive what is done with a model speaks for the authors, "we" or not.
        assertEquals(List.of("USES_MODEL MODEL GPT-4"), fieldFacts("Talking Models",
                "Language models excel at math in English. GPT-4 is fine-tuned on 12K translated problems. We propose a curriculum.",
                Relation.USES_MODEL));
        assertEquals(List.of("USES_MODEL MODEL GPT-4"), fieldFacts("Talking Models",
                "Distillation compresses models. Here, GPT-4 acts as the teacher. We propose a curriculum.", Relation.USES_MODEL));
        // Once the authors have spoken, a model they name is theirs to use.
        assertEquals(List.of("USES_MODEL MODEL GPT-4"), fieldFacts("Talking Models",
                "Language models excel at math in English. We propose a translation curriculum. GPT-4 tuned with it solves most problems.",
                Relation.USES_MODEL));
    }

    @Test
    @DisplayName("a model in a clause about others' work ('Prior methods rely on GPT-4 to …') or opening a concession ('Although GPT-4 excels …') is not used")
    void othersWorkClause() {
        for (String sentence : List.of("Prior methods rely on GPT-4 to generate pseudo-labels, which is costly.",
                "Unlike previous work that relies on GPT-4 for annotation, our scorer is small.",
                "Although GPT-4 excels at many tasks, it still hallucinates.", "Whereas GPT-4 writes text, our model draws.")) {
            assertEquals(List.of(), fieldFacts("Talking Models", "We propose a scorer. " + sentence, Relation.USES_MODEL), sentence);
        }
        // The authors' own clause after the others' work is theirs; so is the setting they test in, or follow prior work in.
        assertEquals(List.of("USES_MODEL MODEL GPT-4"), fieldFacts("Talking Models",
                "We propose a scorer. Unlike previous work that relies on annotators, we fine-tune GPT-4.", Relation.USES_MODEL));
        assertEquals(List.of("USES_MODEL MODEL GPT-4"), fieldFacts("Talking Models",
                "We propose a scorer. It outperforms existing methods on GPT-4 by 20% in throughput.", Relation.USES_MODEL));
        assertEquals(List.of("USES_MODEL MODEL GPT-4"), fieldFacts("Talking Models",
                "We propose a scorer. Following prior work using GPT-4 as the generator, we evaluate on GSM8K.", Relation.USES_MODEL));
        // A concession that holds a score or the model's role in the authors' work keeps it.
        assertEquals(List.of("USES_MODEL MODEL GPT-4"), fieldFacts("Talking Models",
                "We propose a scorer. While GPT-4 serves as the teacher, the student is trained with our method.", Relation.USES_MODEL));
    }

    @Test
    @DisplayName("a model family written in common lower-case words is a kind of architecture ('a multi-scale vision transformer'), not the model")
    void modelKindInCommonWords() {
        Extractor vit = new Extractor(new Vocabulary(List.of(), List.of(model("ViT", false, "Vision Transformer")), List.of(), List.of(), List.of()));
        List<String> kind = factsOf(vit, "Depth is hard. Our results rest on an efficient multi-scale vision transformer for dense prediction.");
        assertFalse(kind.stream().anyMatch(f -> f.startsWith("USES_MODEL")), kind::toString);
        List<String> named = factsOf(vit, "Depth is hard. We fine-tune a Vision Transformer on our data.");
        assertTrue(named.contains("USES_MODEL MODEL Vision Transformer"), named::toString);
    }

    @Test
    @DisplayName("the field's strongest models given as examples ('even with advanced models like GPT-5') are not used; examples in experiments are")
    void advancedModelsAsExamples() {
        List<String> facts = facts(extract("Test Title Here", "We propose StepVerify, a verifier. However, verifying a whole deduction is hard, "
                + "even with advanced models like GPT-5. Experiments with models such as Llama-2 show gains."));
        assertFalse(facts.stream().anyMatch(f -> f.contains("GPT")), facts::toString);
        assertTrue(facts.contains("USES_MODEL MODEL Llama-2"), facts::toString);
        // The paper's own name leading the sentence speaks for it: the strongest models it exploits are used.
        List<String> own = facts(extract("StepVerify: Verifying Deductions", "Deductions are hard. We present StepVerify, a verifier. "
                + "StepVerify exploits the capabilities of state-of-the-art LLMs, such as GPT-5, to verify each step."));
        assertTrue(own.contains("USES_MODEL MODEL GPT-5"), own::toString);
    }

    @Test
    @DisplayName("a model named as the field's news ('inspired by the success of GPT-5') is no model the paper uses")
    void modelAsNews() {
        List<String> facts = facts(extract("Test Title Here",
                "Reasoning is hard. Inspired by the success of GPT-5, we explore rule-based RL. We train Llama-3 with it."));
        assertFalse(facts.stream().anyMatch(f -> f.contains("GPT")), facts::toString);
        assertTrue(facts.contains("USES_MODEL MODEL Llama-3"), facts::toString);
    }

    @Test
    @DisplayName("a model's name inside a file or library name ('llama.cpp') is no model")
    void modelNameInFileName() {
        List<String> facts = facts(extract("Test Title Here", "Serving is slow. Our engine is 3x faster than llama.cpp on one GPU."));
        assertFalse(facts.stream().anyMatch(f -> f.contains("MODEL")), facts::toString);
    }

    @Test
    @DisplayName("a model the method takes no help from is no model it uses ('without external supervision (e.g., responses) from GPT-4')")
    void noHelpFrom() {
        List<String> facts = facts(extract("Test Title Here",
                "Alignment is costly. Notably, our gains come without additional external supervision (e.g., responses, preferences, etc.) "
                        + "from GPT-4 or other stronger models. We fine-tune Llama-2 with it."));
        assertFalse(facts.stream().anyMatch(f -> f.contains("GPT-4")), facts::toString);
        assertTrue(facts.contains("USES_MODEL MODEL Llama-2"), facts::toString);
    }

    @Test
    @DisplayName("a capitalised name set in a LaTeX font is read as the name ('{\\sc FedPlan}', '\\texttt{FedStep}')")
    void nameInLatexFont() {
        List<String> facts = facts(extract("Test Title Here",
                "Clients drift apart. To remedy this, we propose {\\sc FedPlan}, a novel method that aligns clients. "
                        + "We also present \\texttt{FedStep}, a new algorithm for federated planning."));
        assertTrue(facts.contains("PROPOSES METHOD FedPlan"), facts::toString);
        assertTrue(facts.contains("PROPOSES METHOD FedStep"), facts::toString);
    }

    @Test
    @DisplayName("a plus sign in math mode written on a name is part of it ('We call this algorithm FedPlan$+$')")
    void plusInMathMode() {
        List<String> facts = facts(extract("Test Title Here",
                "Clients drift apart. We fix this with a second learning rate. We call this proposed algorithm FedPlan$+$. It converges faster."));
        assertTrue(facts.contains("PROPOSES METHOD FedPlan+"), facts::toString);
        assertFalse(facts.contains("PROPOSES METHOD FedPlan"), facts::toString);
    }


    @Test
    @DisplayName("a name in a font set in math mode, and a long form with underlined initials, read as plain text ('($\\textbf{SPT}$)')")
    void nameInLatexMathFont() {
        Extraction extraction = extract("Test Title Here",
                "Long tasks fail. We propose ``$\\underline{S}$plit, $\\underline{P}$lan and $\\underline{T}$rack'' ($\\textbf{SPT}$), "
                        + "an approach to long tasks.");
        Mention split = extraction.mentions().stream().filter(m -> m.relation() == Relation.PROPOSES).findFirst().orElseThrow();
        assertEquals("SPT", split.name());
        assertEquals(List.of("Split, Plan and Track"), split.aliases());
    }

    @Test
    @DisplayName("LaTeX's unbreakable space is a space: 'Planning~Networks~(PN)' defines PN as 'Planning Networks'")
    void unbreakableSpace() {
        Extraction extraction = extract("Test Title Here", "Long tasks fail. We propose Planning~Networks~(PN), an approach to long tasks.");
        Mention planning = extraction.mentions().stream().filter(m -> m.relation() == Relation.PROPOSES).findFirst().orElseThrow();
        assertEquals("PN", planning.name());
        assertEquals(List.of("Planning Networks"), planning.aliases());
        // Between two numbers it is a range, left as written.
        assertEquals(List.of("3~5%"), extract("Test Title Here", "Long tasks fail. FooPlan improves accuracy by 3~5% on GSM8K.")
                .results().stream().map(ResultMention::value).toList());
    }

    @Test
    @DisplayName("a model given as an example in parentheses is read by the model rules, not as a method built on ('open LLMs (e.g., Llama-2)')")
    void modelGivenAsExample() {
        List<String> facts = factsOf(extractor, "Planning is hard. We tune open LLMs (e.g., Llama-2 and GPT-4o) on our step data.");
        assertTrue(facts.contains("USES_MODEL MODEL Llama-2"), facts::toString);
        assertFalse(facts.stream().anyMatch(f -> f.startsWith("COMPARES_WITH METHOD")), facts::toString);
    }

    @Test
    @DisplayName("a count in math mode with its unit written on is part of a benchmark's name ('the Atari $100$k benchmark')")
    void latexCountInName() {
        Extractor knowingAtari = new Extractor(new Vocabulary(List.of(benchmark("Atari 100k", "benchmark")), List.of(), List.of(), List.of(), List.of()));
        List<String> facts = factsOf(knowingAtari, "Worlds are hard. Our agent scores 126.7% on the Atari $100$k benchmark.");
        assertTrue(facts.contains("EVALUATED_ON BENCHMARK Atari 100k"), facts::toString);
    }
    @Test
    @DisplayName("a model family's short name that the paper defines as another known thing is that thing ('Sharpness Aware Minimization (SAM)')")
    void acronymDefinedAsAnotherKnownThing() {
        Extractor samExtractor = new Extractor(new Vocabulary(List.of(), List.of(model("SAM", false, "Segment Anything Model")),
                List.of(method("sharpness-aware minimization", "SAM")), List.of(), List.of()));
        List<String> facts = factsOf(samExtractor, "Clients drift apart. We propose FedPlan, an algorithm based on the Sharpness Aware Minimization (SAM) local optimizer.");
        assertFalse(facts.stream().anyMatch(f -> f.startsWith("USES_MODEL")), facts::toString);
        assertTrue(facts.contains("COMPARES_WITH METHOD sharpness-aware minimization"), facts::toString);
        List<String> segment = factsOf(samExtractor, "Masks are costly. We use the Segment Anything Model (SAM) to label images.");
        assertTrue(segment.stream().anyMatch(f -> f.startsWith("USES_MODEL MODEL Segment Anything")), segment::toString);
    }

    private static List<String> proposedWithAliases(Extraction extraction) {
        return extraction.mentions().stream().filter(m -> m.relation() == Relation.PROPOSES).map(m -> m.name() + " " + m.aliases()).toList();
    }

    @Test
    @DisplayName("what the abstract names by the title's long form, cut before its preposition, is the title's contribution")
    void titleLongFormNamedInAbstract() {
        Extraction extraction = extract("RP-2: Robotics Planner for Real-World Control at Scale",
                "Robots learn slowly. In this paper, we present a model class, dubbed Robotics Planner, that scales well.");
        assertEquals(List.of("RP-2 [Robotics Planner for Real-World Control at Scale, Robotics Planner]"), proposedWithAliases(extraction));
        // Another name stays another contribution.
        Extraction other = extract("RP-2: Robotics Planner for Real-World Control at Scale",
                "Robots learn slowly. In this paper, we present a model class, dubbed Robotics Walker, that scales well.");
        assertEquals(List.of("RP-2", "Robotics Walker"), other.mentions().stream()
                .filter(m -> m.relation() == Relation.PROPOSES).map(Mention::name).toList());
        // A long form the name does not abbreviate is a second contribution: the task the title's model solves.
        Extraction task = extract("LENS: Step Localisation via Language Models",
                "Plans are long. In this work, we propose a new planning task -- step localisation. LENS solves it well.");
        assertEquals(List.of("LENS", "step localisation"), task.mentions().stream()
                .filter(m -> m.relation() == Relation.PROPOSES).map(Mention::name).toList());
    }

    @Test
    @DisplayName("an acronym's long form is an alias with or without its kind noun ('… Loss function (gBCE)')")
    void longFormWithoutKindNoun() {
        Extraction extraction = extract("Sparse Recs", "We propose a novel Generalised Binary Cross-Entropy Loss function (gBCE) for recommenders.");
        assertEquals(List.of("gBCE [Generalised Binary Cross-Entropy Loss, Generalised Binary Cross-Entropy Loss function]"), extraction.mentions().stream()
                .filter(m -> m.relation() == Relation.PROPOSES).map(m -> m.name() + " " + m.aliases().stream().sorted().toList()).toList());
    }

    @Test
    @DisplayName("the name before a resource noun in an acronym's long form is that resource ('the Foo Evaluation benchmark for LLMs (FooEval)')")
    void resourceNamedBeforeItsNoun() {
        Extraction extraction = extract("A Study of Hallucination",
                "We introduce the Foo Evaluation benchmark for Large Language Models (FooEval), a large collection of samples.");
        assertEquals(List.of("FooEval"), extraction.mentions().stream().filter(m -> m.relation() == Relation.INTRODUCES).map(Mention::name).toList());
    }

    @Test
    @DisplayName("the name before what it is for in an acronym's long form is that method ('Sparse Task Mixing for merging models (STM)')")
    void methodNamedBeforeItsPurpose() {
        Extraction extraction = extract("STM: Merging Models",
                "We propose Sparse Task Mixing for merging models (STM). We propose Sparse Task Mixing to cut interference.");
        assertEquals(List.of("STM"), extraction.mentions().stream().filter(m -> m.relation() == Relation.PROPOSES).map(Mention::name).toList());
    }

    @Test
    @DisplayName("a name shaped like a model that the vocabulary knows as a dataset, an architecture or a training system (ImageNet, Mamba, Megatron-LM) is no model used")
    void datasetOrArchitectureShapedLikeModel() {
        // The shipped vocabulary, which knows ImageNet as a dataset.
        List<String> facts = facts(extractShipped("Sparse Nets",
                "While these models were designed for learning with ImageNet labels, we build on a FooNet backbone."));
        assertFalse(facts.contains("USES_MODEL MODEL ImageNet"), facts::toString);
        assertTrue(facts.contains("COMPARES_WITH METHOD FooNet"), facts::toString);
        // … and Mamba as an architecture papers build on, not a pretrained model they use.
        List<String> hybrid = facts(extractShipped("ZetaNet: A Hybrid Model", "We present ZetaNet, a hybrid model. Specifically, ZetaNet "
                + "interleaves blocks of Transformer and Mamba layers, enjoying the benefits of both model families."));
        assertFalse(hybrid.contains("USES_MODEL MODEL Mamba"), hybrid::toString);
        assertTrue(hybrid.contains("COMPARES_WITH METHOD Mamba"), hybrid::toString);
        // … and Megatron-LM as a training system.
        List<String> system = facts(extractShipped("ZetaMoE: Sparse Experts", "We propose ZetaMoE. The implementation based on Megatron-LM "
                + "is available online."));
        assertFalse(system.stream().anyMatch(f -> f.contains("Megatron")), system::toString);
        // Data named after its noun and a comma: "trained on two of the largest datasets, SA-Med2D-20M and IMed-361M".
        List<String> data = facts(extractShipped("SyncNet: Universal Segmentation", "SyncNet is trained on two of the largest medical image "
                + "segmentation datasets, SA-Med2D-20M and IMed-361M, resulting in a series of pre-trained models."));
        assertFalse(data.stream().anyMatch(f -> f.startsWith("USES_MODEL")), data::toString);
        // A family's name opening a benchmark's: "Minerva Math" is the benchmark, not a Minerva model.
        Extractor knowingMinervaMath = new Extractor(new Vocabulary(List.of(benchmark("Minerva Math", "benchmark")), List.of(model("Minerva", false)),
                List.of(), List.of(), List.of()));
        assertEquals(List.of("EVALUATED_ON BENCHMARK Minerva Math"), factsOf(knowingMinervaMath,
                "Our model improves accuracy on five datasets (including Minerva Math) while using half the training steps."));
        // … written apart from a name the vocabulary writes as one word: "Alpaca Eval 2.0" is AlpacaEval, no Alpaca model.
        List<String> apart = facts(extractShipped("ZetaPO: Weighted Preferences", "We propose ZetaPO. Our model scores 30% on Alpaca Eval 2.0 "
                + "and improves on Arena-Hard."));
        assertFalse(apart.stream().anyMatch(f -> f.startsWith("USES_MODEL")), apart::toString);
        // Models given as examples of what the paper's own is built on are used, every one of a list ("built on fine-tuning open-source
        // LLMs such as …"), not compared with.
        List<String> builtOn = facts(extractShipped("ZetaKBQA: Question Answering", "We introduce ZetaKBQA, a novel generate-then-retrieve "
                + "framework built on fine-tuning open-source LLMs such as Llama-2, ChatGLM2 and Baichuan2."));
        assertEquals(3, builtOn.stream().filter(f -> f.startsWith("USES_MODEL")).count(), builtOn::toString);
        assertFalse(builtOn.stream().anyMatch(f -> f.startsWith("COMPARES_WITH")), builtOn::toString);
        // A date is no model's name: "As of May 2023, Claude-v1.3 and PaLM-2 are …".
        List<String> dated = facts(extractShipped("ZetaHub: Measuring Reasoning", "Our results show that as of May 2023, Claude-v1.3 and PaLM-2 "
                + "are the only two models that are comparable with GPT-4."));
        assertFalse(dated.stream().anyMatch(f -> f.contains("May")), dated::toString);
        // Data named after a model: "the 52k Alpaca data" is data, not the Alpaca model.
        List<String> named = facts(extractShipped("ZetaTune: Fewer Instructions", "We introduce ZetaTune, which is fine-tuned on only 9k examples "
                + "filtered from the 52k Alpaca data."));
        assertFalse(named.stream().anyMatch(f -> f.startsWith("USES_MODEL")), named::toString);
        // Not data the model made for the authors: "uses GPT-4 data to train small models" uses GPT-4.
        List<String> made = facts(extractShipped("ZetaTune: Small Models", "We propose ZetaTune, which uses GPT-4 data to train small models."));
        assertTrue(made.contains("USES_MODEL MODEL GPT-4"), made::toString);
        // A clause between "builds on" and the models' list says something else: "builds on the observation that LLMs such as GPT-4 fail".
        List<String> observed = facts(extractShipped("ZetaPlan: Planning", "We propose ZetaPlan. Our work builds on the observation that LLMs "
                + "such as GPT-4 fail at long-horizon planning."));
        assertFalse(observed.contains("USES_MODEL MODEL GPT-4"), observed::toString);
    }

    @Test
    @DisplayName("a model of a known family the authors introduce and say how they made, or name, is theirs; one they call through an API is not")
    void familyModelsTheAuthorsMake() {
        // A model the authors introduce, then say how they made it, is theirs: "We introduce FinPythia-6.9B, developed through …".
        List<String> made = facts(extractShipped("Continual Pre-training for Finance", "We introduce FinPythia-6.9B, developed through "
                + "domain-adaptive continual pre-training on the financial domain."));
        assertTrue(made.contains("PROPOSES METHOD FinPythia-6.9B"), made::toString);
        // The authors name it ("we call the resulting model …"); not "We call Llama-2 through its API".
        List<String> named = facts(extractShipped("Continual Pre-training for Finance", "We continue pre-training and we call the resulting "
                + "model Llama-2-Fin."));
        assertTrue(named.contains("PROPOSES METHOD Llama-2-Fin"), named::toString);
        List<String> called = facts(extractShipped("Grading with Models", "We call Llama-2-7B through its API to grade answers."));
        assertFalse(called.contains("PROPOSES METHOD Llama-2-7B"), called::toString);
    }

    @Test
    @DisplayName("before the authors speak, resources given as the field's examples are not evaluated on; after, they are")
    void fieldExampleResources() {
        List<String> background = facts(extract("Fast Agents", "Existing suites are too slow for research, like ALFWorld, or too simple. "
                + "We propose FastWorld, a quick suite."));
        assertFalse(background.contains("EVALUATED_ON BENCHMARK ALFWorld"), background::toString);
        List<String> later = facts(extract("Fast Agents", "We propose FastWorld, a quick suite. "
                + "Its tasks are easy to port, like ALFWorld, or to extend."));
        assertTrue(later.contains("EVALUATED_ON BENCHMARK ALFWorld"), later::toString);
        List<String> ownLed = facts(extract("AgentTune: Tuned Agents", "AgentTune is a tuned model that generalizes to held-out tasks such as ALFWorld."));
        assertTrue(ownLed.contains("EVALUATED_ON BENCHMARK ALFWorld"), ownLed::toString);
    }

    @Test
    @DisplayName("a model named in the opening sentence sets the scene, unless the authors speak or compare there")
    void modelsInTheOpeningSentence() {
        assertEquals(List.of(), fieldFacts("Fast Detectors",
                "The Gemini series has become the most popular framework for real-time detection. We propose FastDet, a detector.",
                Relation.USES_MODEL));
        assertEquals(List.of("USES_MODEL MODEL Gemini"), fieldFacts("Fast Detectors",
                "We fine-tune Gemini for real-time detection. It is fast.", Relation.USES_MODEL));
        // Until the authors speak, every sentence sets the scene; after they have, a model they name is theirs.
        assertEquals(List.of(), fieldFacts("Fast Detectors",
                "Detectors are slow. The Gemini series has become the most popular framework for real-time detection.",
                Relation.USES_MODEL));
        assertEquals(List.of("USES_MODEL MODEL Gemini"), fieldFacts("Fast Detectors",
                "We study detectors. The Gemini series is the framework we tune for real-time detection.", Relation.USES_MODEL));
        // Led by the paper's own name, the opening sentence speaks for the authors.
        assertEquals(List.of("USES_MODEL MODEL Gemini"), fieldFacts("FastDet: Real-Time Detection",
                "FastDet is fine-tuned from Gemini on 52K detection examples. It is fast.", Relation.USES_MODEL));
        // The title names a family only as a whole word ("Optimization" names no Opt).
        assertEquals(List.of(), fieldFacts("Adaptive Geminization for Detectors",
                "The Gemini series has become the most popular framework for real-time detection. We propose FastDet.", Relation.USES_MODEL));
    }

    @Test
    @DisplayName("a model given as an example of a kind of method is prior work compared with ('approaches like X')")
    void modelsAsMethodExamples() {
        assertEquals(List.of("COMPARES_WITH MODEL Gemini"), fieldFacts("Captioners",
                "Images matter. This paper presents FooCap, which subsumes the capabilities of contrastive approaches like Gemini.",
                Relation.COMPARES_WITH));
    }

    @Test
    @DisplayName("a model the paper's own name ends in ('HQ-Gemini') is built on: compared as well as used; not one it starts with ('Gemini-Plan')")
    void ownNameEndsInModel() {
        String abstractText = "We present HQ-Gemini, which refines the masks of Gemini. Gemini keeps its weights frozen.";
        assertEquals(List.of("COMPARES_WITH MODEL Gemini"), fieldFacts("HQ-Gemini: Segmentation in High Quality", abstractText, Relation.COMPARES_WITH));
        assertEquals(List.of("USES_MODEL MODEL Gemini"), fieldFacts("HQ-Gemini: Segmentation in High Quality", abstractText, Relation.USES_MODEL));
        assertEquals(List.of(), fieldFacts("Gemini-Plan: Planning with Gemini",
                "We present Gemini-Plan, trained from Gemini with our planning data.", Relation.COMPARES_WITH));
    }

    @Test
    @DisplayName("'an extension of X' builds on X; 'second only to X' is measured against X")
    void extensionAndSecondOnly() {
        assertEquals(List.of("COMPARES_WITH MODEL Gemini"), fieldFacts("Search Agents",
                "This paper introduces Seeker, an extension of the Gemini model that learns to search.", Relation.COMPARES_WITH));
        assertEquals(List.of("COMPARES_WITH MODEL GPT-4"), fieldFacts("Search Agents",
                "Our model is second only to GPT-4 on both benchmarks.", Relation.COMPARES_WITH));
    }

    @Test
    @DisplayName("a name known only by its model-like shape that begins with a name the paper proposes is the paper's own")
    void ownNamesShapedAsModels() {
        assertEquals(List.of("USES_MODEL MODEL Zorblax-70B"), fieldFacts("Rotated Models",
                "We fine-tune Zorblax-70B on our data.", Relation.USES_MODEL));
        Extraction variant = extract("Quokka: Code Generation with Open Data",
                "We introduce Quokka, a series of code models. Notably, QuokkaS-CL-7B surpasses ChatGPT on HumanEval.");
        assertTrue(facts(variant).contains("PROPOSES METHOD QuokkaS-CL-7B"), facts(variant)::toString);
        assertTrue(facts(variant).stream().noneMatch(f -> f.startsWith("USES_MODEL")), facts(variant)::toString);
    }

    @Test
    @DisplayName("a model listed right after a rival is a rival too, however far the list runs from its cue")
    void listOfRivalsRunsOn() {
        assertEquals(List.of("COMPARES_WITH MODEL GPT-3", "COMPARES_WITH MODEL GPT-3.5", "COMPARES_WITH MODEL GPT-4", "COMPARES_WITH MODEL Gemini 1.0",
                        "COMPARES_WITH MODEL Gemini 1.5", "COMPARES_WITH MODEL Gemini 2"),
                fieldFacts("Rotated Models", "Our model, trained on public data only, achieves results surpassing the instruct versions of "
                        + "Gemini 1.0, Gemini 2, GPT-3, GPT-3.5, and even closed models such as GPT-4 and Gemini 1.5.", Relation.COMPARES_WITH).stream().sorted().toList());
        // A model the vocabulary does not know carries the list on as well as one it knows.
        assertEquals(List.of("COMPARES_WITH MODEL Gemini 1.5", "COMPARES_WITH MODEL Zorblax-70B"), fieldFacts("Rotated Models",
                "Our model, trained on public data only, achieves results surpassing the instruct versions of Gemini 1.0, Gemini 2, GPT-3, "
                        + "GPT-3.5, and open models such as Zorblax-70B and Gemini 1.5.", Relation.COMPARES_WITH).stream()
                .filter(f -> f.endsWith("Zorblax-70B") || f.endsWith("Gemini 1.5")).sorted().toList());
        // Not a model named after the list has ended.
        assertEquals(List.of("USES_MODEL MODEL Gemini 1.5"), fieldFacts("Rotated Models",
                "Our model surpasses Gemini 2 on every task we test, and we use Gemini 1.5 as the judge.", Relation.USES_MODEL));
    }

    @Test
    @DisplayName("a version the paper also names with a parameter count is that sized model; a word size, another version or a longer name stays")
    void versionNamedWithSize() {
        assertEquals(List.of("USES_MODEL MODEL Gemini 2 70B"), fieldFacts("Rotated Models",
                "We quantise Gemini 2 models without calibration. Our 4-bit Gemini 2 70B model keeps 99% of its accuracy.", Relation.USES_MODEL));
        // A model of its own beside a larger one.
        assertEquals(List.of("USES_MODEL MODEL Gemini 2", "USES_MODEL MODEL Gemini 2 XL"), fieldFacts("Rotated Models",
                "We evaluate Gemini 2 and Gemini 2 XL on long documents.", Relation.USES_MODEL).stream().sorted().toList());
        assertEquals(List.of("USES_MODEL MODEL GPT-4", "USES_MODEL MODEL GPT-4-Turbo", "USES_MODEL MODEL Gemini 2", "USES_MODEL MODEL Gemini 2.5-7B"),
                fieldFacts("Rotated Models", "We test GPT-4, GPT-4-Turbo, Gemini 2 and Gemini 2.5-7B.", Relation.USES_MODEL).stream().sorted().toList());
    }

    @Test
    @DisplayName("models given as examples in a sentence about the field are not used by the paper")
    void modelsAsFieldExamples() {
        String abstractText = "Recent models such as GPT-4 and Gemini write much of the code in open repositories. "
                + "We audit that code for security flaws.";
        assertEquals(List.of(), fieldFacts("Auditing Generated Code", abstractText, Relation.USES_MODEL));
        assertEquals(List.of(), fieldFacts("Auditing Generated Code", abstractText, Relation.COMPARES_WITH));
        // The examples may stand a few words after "such as".
        assertEquals(List.of(), fieldFacts("Auditing Generated Code", "Generative models have seen success, such as the wide adoption "
                + "of GPT-4 and Gemini. We audit their code for security flaws.", Relation.USES_MODEL));
    }

    @Test
    @DisplayName("the paper's own method named in the plural ('(ReActs)') is the known one in the singular, not something it compares with")
    void ownMethodInThePlural() {
        String abstractText = "This paper introduces a new agent design called Reasoning Acting Agents (ReActs). Our ReAct solves more tasks.";
        assertEquals(List.of(), fieldFacts("Reasoning Acting Agents", abstractText, Relation.COMPARES_WITH));
        assertEquals(List.of("PROPOSES METHOD ReActs"), fieldFacts("Reasoning Acting Agents", abstractText, Relation.PROPOSES));
    }

    @Test
    @DisplayName("a known method inside the paper's own name is part of it, unless the sentence also names it on its own")
    void knownMethodInsideOwnNameAndOnItsOwn() {
        assertEquals(List.of("COMPARES_WITH METHOD ReAct"), fieldFacts("Agents",
                "We propose Fast-ReAct, a planner. We build Fast-ReAct in two steps, outperforming the original ReAct.", Relation.COMPARES_WITH));
        // Named on its own as a kind, it is still part of the own name.
        assertEquals(List.of(), fieldFacts("Agents",
                "We propose Fast-ReAct, a planner. We build Fast-ReAct, a new generation of ReAct variants.", Relation.COMPARES_WITH));
        assertEquals(List.of(), fieldFacts("Agents", "We design Step-wise ReAct Planning (SRP) for web agents.", Relation.COMPARES_WITH));
    }

    @Test
    @DisplayName("models given as examples in a first-person sentence are used")
    void modelsAsOwnExamples() {
        assertEquals(List.of("USES_MODEL MODEL GPT-4", "USES_MODEL MODEL Gemini"),
                fieldFacts("Auditing Generated Code", "We audit models such as GPT-4 and Gemini for security flaws.", Relation.USES_MODEL));
        // Others' work named as examples, however late in the abstract.
        assertEquals(List.of(), fieldFacts("Auditing Generated Code",
                "In this work, we audit generated code. Prior audits of models such as GPT-4 and Gemini were manual.", Relation.USES_MODEL));
        // "scale" the verb is no size.
        assertEquals(List.of("USES_MODEL MODEL GPT-4", "USES_MODEL MODEL Gemini"), fieldFacts("Auditing Generated Code",
                "We audit generated code. Both GPT-4 and Gemini scale predictably with audit effort.", Relation.USES_MODEL));
        // A size or a level to reach names no model used.
        assertEquals(List.of(), fieldFacts("Auditing Generated Code",
                "We audit generated code. Audit quality scales as a power law of compute up to GPT-4/Gemini scale.", Relation.USES_MODEL));
        // Once the authors have spoken, examples are of their work: "the attack transfers to open LLMs such as …".
        assertEquals(List.of("USES_MODEL MODEL GPT-4", "USES_MODEL MODEL Gemini"),
                fieldFacts("Auditing Generated Code", "We craft one adversarial suffix. The suffix transfers to open LLMs such as GPT-4 and Gemini.",
                        Relation.USES_MODEL));
    }

    @Test
    @DisplayName("models named as examples in the abstract's own experiments are used")
    void modelsInOwnExperiments() {
        assertEquals(List.of("USES_MODEL MODEL GPT-4", "USES_MODEL MODEL Gemini"),
                fieldFacts("Auditing Generated Code", "Extensive experiments on models including GPT-4 and Gemini show many flaws.",
                        Relation.USES_MODEL));
    }

    @Test
    @DisplayName("a model or method the paper works without is not used nor compared with")
    void modelNotUsed() {
        assertEquals(List.of("USES_MODEL MODEL Gemini"),
                fieldFacts("Small Auditors", "We distil Gemini traces into a small auditor that runs without GPT-4.", Relation.USES_MODEL));
        assertEquals(List.of("USES_MODEL MODEL Gemini"),
                fieldFacts("Small Auditors", "We distil Gemini traces; our auditor does not utilize GPT-4 at all.", Relation.USES_MODEL));
        assertEquals(List.of("COMPARES_WITH METHOD ReAct"),
                fieldFacts("Small Auditors", "Our auditor matches ReAct in zero-shot settings without CoT.", Relation.COMPARES_WITH));
    }

    @Test
    @DisplayName("a building-block method mentioned in passing is not compared with; a regular known method is")
    void buildingBlockInPassing() {
        assertEquals(List.of("COMPARES_WITH METHOD ReAct"), fieldFacts("Search Planners",
                "Planning takes many steps. We encode each state with a Transformer and act in the style of ReAct.", Relation.COMPARES_WITH));
    }

    @Test
    @DisplayName("a building block the authors say they build with, right after the verb or defined, is built on; another's use is not")
    void buildingBlockBuiltWith() {
        assertEquals(List.of("COMPARES_WITH METHOD Transformer"), fieldFacts("Search Planners",
                "Our planner leverages a Transformer for faster inference.", Relation.COMPARES_WITH));
        assertEquals(List.of("COMPARES_WITH METHOD Transformer"), fieldFacts("Search Planners",
                "We adopt state caching for faster inference, coupled with a Transformer (TF) to handle long inputs.", Relation.COMPARES_WITH));
        assertEquals(List.of(), fieldFacts("Search Planners",
                "While existing planners employ a Transformer, we propose a recurrent planner.", Relation.COMPARES_WITH));
        // What the authors' work is based on.
        assertEquals(List.of("COMPARES_WITH METHOD Transformer"), fieldFacts("Search Planners",
                "We present PlanNet, a planner based on flow matching with a Transformer.", Relation.COMPARES_WITH));
        assertEquals(List.of(), fieldFacts("Search Planners",
                "Existing planners are based on a Transformer.", Relation.COMPARES_WITH));
        assertEquals(List.of(), fieldFacts("Search Planners",
                "We present PlanNet, a planner based on the observation that Transformer attention collapses.", Relation.COMPARES_WITH));
    }

    @Test
    @DisplayName("a generic paradigm is no baseline, even right after a comparison cue; a named method beside it is")
    void paradigmNeverCompared() {
        assertEquals(List.of("COMPARES_WITH METHOD ReAct"), fieldFacts("Search Planners",
                "Our planner outperforms supervised fine-tuning, few-shot prompting and ReAct on long tasks.", Relation.COMPARES_WITH));
    }

    @Test
    @DisplayName("a building-block method right after a comparison cue is compared with")
    void buildingBlockCompared() {
        assertEquals(List.of("COMPARES_WITH METHOD Transformer"), fieldFacts("Search Planners",
                "Our search planner outperforms a plain Transformer policy on long tasks.", Relation.COMPARES_WITH));
        // Far along the window, it is part of the paper's own description.
        assertEquals(List.of("COMPARES_WITH METHOD ReAct"), fieldFacts("Search Planners",
                "Compared to earlier versions of ReAct, our planner leverages a three times larger Transformer backbone.",
                Relation.COMPARES_WITH));
    }

    @Test
    @DisplayName("'outperforms traditional MoE models' compares with the concept's acronym; 'reasoning methods' names nothing")
    void conceptComparisons() {
        assertEquals(List.of("COMPARES_WITH METHOD MoE"), fieldFacts("Sparse Routers",
                "Our sparse router outperforms traditional MoE models at equal compute.", Relation.COMPARES_WITH));
        assertEquals(List.of(), fieldFacts("Sparse Routers",
                "Our sparse router outperforms reasoning methods at equal compute.", Relation.COMPARES_WITH));
    }

    @Test
    @DisplayName("coined names where results are reported are evaluated on, but not the paper's own method")
    void coinedEvaluationNames() {
        String abstractText = "We propose TrailMix, a planner for web agents. Results on TrailMix and HexaQA show steady gains.";
        assertEquals(List.of("PROPOSES METHOD TrailMix"), fieldFacts("Planning for Web Agents", abstractText, Relation.PROPOSES));
        assertEquals(List.of("EVALUATED_ON BENCHMARK HexaQA"), fieldFacts("Planning for Web Agents", abstractText, Relation.EVALUATED_ON));
    }

    @Test
    @DisplayName("items listed next to a known benchmark are evaluated on too")
    void enumerationSiblings() {
        assertEquals(List.of("EVALUATED_ON BENCHMARK Game of 24", "EVALUATED_ON BENCHMARK Word Ladder", "EVALUATED_ON BENCHMARK Sudoku Solving"),
                fieldFacts("Puzzle Agents", "We evaluate the agent on the Game of 24, Word Ladder, and Sudoku Solving.", Relation.EVALUATED_ON));
    }

    private List<String> fieldResults(String abstractText) {
        return fieldExtractor.extract(new PaperRecord("p", "Puzzle Agents", abstractText, "test:1")).results().stream()
                .map(r -> r.value() + " " + r.unit() + " " + r.kind() + " " + r.benchmark() + " " + r.metric())
                .toList();
    }

    @Test
    @DisplayName("LaTeX percents, hyphenated ranges and word multipliers are results")
    void resultShapes() {
        assertEquals(List.of("33.3% % absolute GSM8K accuracy", "10.7-15.3% % absolute_gain GSM8K accuracy", "3x x relative_gain GSM8K success rate"),
                fieldResults("On GSM8K our agent reaches 33.3\\% accuracy, with gains of 10.7-15.3% over ReAct. "
                        + "Self-checking triples the success rate on GSM8K."));
    }

    @Test
    @DisplayName("a method naming material ('CoT prompts', 'MCTS traces') is no rival without a word of comparison")
    void methodNamingMaterial() {
        assertEquals(List.of(), compared("Planning Games", "We present PlanBench. Agents struggle even when given detailed MCTS traces."));
        assertEquals(List.of(), compared("Planning Games", "We apply StepNet to MCTS solutions of math problems."));
        assertEquals(List.of("Monte Carlo tree search"), compared("Planning Games", "We present PlanBench. StepNet outperforms MCTS traces by 5%."));
        // The length or kind of output written with the method's name: a style of reasoning, no method compared.
        // Methods the field has tried, named as examples of methods: the prior work the paper answers.
        assertEquals(List.of("Reflexion", "chain-of-thought prompting"), comparedInMainVocabulary(
                "Despite progress in methods like CoT and Reflexion, answers stay unreliable. We present StepNet."));
        assertEquals(List.of(), comparedInMainVocabulary("Agents such as ReAct are common. We present StepNet."));
        assertEquals(List.of(), comparedInMainVocabulary("We present StepNet. This research delves into long CoT reasoning with RL."));
        assertEquals(List.of(), comparedInMainVocabulary("We present StepNet. We optimize the preference between generated CoT candidates."));
        assertEquals(List.of(), comparedInMainVocabulary("We present StepNet. These models write long chain of thought (CoT) answers."));
        assertEquals(List.of("chain-of-thought prompting"), comparedInMainVocabulary("We present StepNet. Our agent outperforms long CoT by 5%."));
    }

    @Test
    @DisplayName("a known method read inside the name of the paper's own is not compared with, unless named on its own too")
    void methodInsideOwnName() {
        assertEquals(List.of(), fieldFacts("Planning Agents", "We propose the Trajectory ReAct, which plans ahead. "
                + "To evaluate the Trajectory ReAct, we run it on GSM8K.", Relation.COMPARES_WITH));
        assertEquals(List.of("COMPARES_WITH METHOD ReAct"), fieldFacts("Planning Agents", "We propose the Trajectory ReAct, which plans ahead. "
                + "To evaluate the Trajectory ReAct, we run it and plain ReAct on GSM8K.", Relation.COMPARES_WITH));
        assertEquals(List.of("COMPARES_WITH METHOD ReAct"), fieldFacts("Trajectory ReAct: Marrying ReAct with Lookahead",
                "We propose the Trajectory ReAct, which plans ahead. To evaluate the Trajectory ReAct, we run it on GSM8K.", Relation.COMPARES_WITH));
    }

    @Test
    @DisplayName("a result without a known benchmark takes the benchmark the paper evaluates on in that sentence")
    void resultBenchmarkNamedNearby() {
        assertEquals(List.of("3x x relative_gain CubeWorld success rate"),
                fieldResults("Our agent triples the success rate of ReAct on the CubeWorld benchmark."));
        assertEquals(List.of("12.4% % absolute_gain HexaQA accuracy"),
                fieldResults("Our agent improves accuracy by 12.4% on HexaQA."));
    }

    @Test
    @DisplayName("known methods given as examples of the field are not compared with; after a cue they are")
    void methodsAsFieldExamples() {
        assertEquals(List.of(), fieldFacts("Checkable Reasoning",
                "Current agents such as ReAct operate as opaque boxes. We make every step checkable.", Relation.COMPARES_WITH));
        assertEquals(List.of("COMPARES_WITH METHOD ReAct"), fieldFacts("Checkable Reasoning",
                "Our agent outperforms ReAct on long tasks.", Relation.COMPARES_WITH));
    }

    @Test
    @DisplayName("models listed after a comparison cue are compared with, even as examples")
    void comparedExampleModels() {
        assertEquals(List.of("COMPARES_WITH MODEL GPT-4", "COMPARES_WITH MODEL Gemini"), fieldFacts("Math Solver",
                "The solver reaches 70% on GSM8K, surpassing closed-source models, including GPT-4 and Gemini.", Relation.COMPARES_WITH));
    }

    @Test
    @DisplayName("a model the authors introduce is proposed; a variant of an introduced benchmark is introduced; a sized variant of the proposed model is not used")
    void ownModelsAndVariants() {
        Extraction released = extract("A Sparse Model", "We introduce Llama-5-8B, a sparse language model. It outperforms GPT-4 on GSM8K.");
        assertTrue(facts(released).contains("PROPOSES METHOD Llama-5-8B"), facts(released)::toString);
        assertFalse(facts(released).contains("USES_MODEL MODEL Llama-5-8B"), facts(released)::toString);
        // "the first" of its kind, however known its name: with the shipped vocabulary, which lists that model.
        Extraction first = extractShipped("Single Image to 3D",
                "We propose the first Large Reconstruction Model (LRM) that predicts the 3D model of an object from one image.");
        assertTrue(first.mentions().stream().anyMatch(m -> m.relation() == Relation.PROPOSES
                && (m.name() + m.aliases()).contains("Large Reconstruction Model")), facts(first)::toString);
        assertFalse(facts(first).contains("USES_MODEL MODEL Large Reconstruction Model"), facts(first)::toString);

        Extraction benchmark = extract("LongHaul: A Benchmark for Long-Context Agents",
                "We introduce LongHaul, a benchmark of 900 tasks. We further release LongHaul-Lite, a 400-task subset for fast iteration.");
        assertTrue(facts(benchmark).contains("INTRODUCES BENCHMARK LongHaul-Lite"), facts(benchmark)::toString);
        assertFalse(facts(benchmark).contains("PROPOSES METHOD LongHaul-Lite"), facts(benchmark)::toString);
    }

    /** The facts of a benchmark paper, TaskForge, whose second sentence is the one given. */
    private List<String> taskForgeFacts(String sentence) {
        return facts(extract("TaskForge: A Benchmark for Long-Horizon Agents", "We introduce TaskForge, a benchmark of 300 tasks. " + sentence));
    }

    @Test
    @DisplayName("in a benchmark paper the models compared are the models evaluated; 'our X model' and variants of the proposed model are proposed")
    void benchmarkPapersAndOwnModels() {
        List<String> benchmark = taskForgeFacts("Llama-3-70B outperforms GPT-4o by 3 points on TaskForge.");
        assertTrue(benchmark.contains("USES_MODEL MODEL GPT-4o"), benchmark::toString);
        assertFalse(benchmark.contains("COMPARES_WITH MODEL GPT-4o"), benchmark::toString);
        // What the resource paper builds itself is set against the model: compared with, as in any paper.
        List<String> ownJudge = taskForgeFacts("To grade it, we trained a judge that is more reliable than GPT-4o.");
        assertTrue(ownJudge.contains("COMPARES_WITH MODEL GPT-4o"), ownJudge::toString);
        assertFalse(ownJudge.contains("USES_MODEL MODEL GPT-4o"), ownJudge::toString);
        // A finding about the models ranked is no comparison with the paper's work, "we show that" or not.
        List<String> finding = taskForgeFacts("We show that human experts solve 92% vs. 15% for GPT-4o.");
        assertTrue(finding.contains("USES_MODEL MODEL GPT-4o"), finding::toString);
        // "Our results show …", "we evaluate … and find": the paper's findings about the models it ranks, not its own work set against them.
        List<String> results = taskForgeFacts("Our results show that Llama-3-70B surpasses GPT-4o on long tasks.");
        assertTrue(results.contains("USES_MODEL MODEL GPT-4o"), results::toString);

        Extraction own = extract("Llama-9: Open Models", "Here we describe our Llama-9 model. Llama-9-mini runs on phones and uses GPT-4o as a judge.");
        assertTrue(facts(own).contains("PROPOSES METHOD Llama-9-mini"), facts(own)::toString);
        assertTrue(facts(own).contains("USES_MODEL MODEL GPT-4o"), facts(own)::toString);
    }

    @Test
    @DisplayName("a model that is the backbone of the baselines ('Codex-backboned baselines') is used, not compared with")
    void backboneModels() {
        Extraction extraction = extract("Self-Checking Agents", "Our agent surpasses the corresponding GPT-4-backboned baselines by 6% on GSM8K.");
        assertTrue(facts(extraction).contains("USES_MODEL MODEL GPT-4"), facts(extraction)::toString);
        assertFalse(facts(extraction).contains("COMPARES_WITH MODEL GPT-4"), facts(extraction)::toString);
        // "Codellama-7B + R^3 performs comparable to larger models": a model joined to a method by a plus is what it runs on.
        Extraction joined = extract("Reverse Curricula", "Our method exceeds the baseline by 4.2 points, and GPT-4 + FooRL performs comparable "
                + "to larger models.");
        assertTrue(facts(joined).contains("USES_MODEL MODEL GPT-4"), facts(joined)::toString);
        assertFalse(facts(joined).contains("COMPARES_WITH MODEL GPT-4"), facts(joined)::toString);
        // Two models joined are still two rivals.
        Extraction pair = extract("Reverse Curricula", "Our method outperforms GPT-4 + Llama-2 ensembles by 4.2 points.");
        assertTrue(facts(pair).contains("COMPARES_WITH MODEL GPT-4"), facts(pair)::toString);
    }

    @Test
    @DisplayName("review findings: repeated values keep their benchmark, evaluations of pretrained models count, 'We call GPT-4' uses it")
    void reviewFindings() {
        assertEquals(List.of("5% ALFWorld", "5% GSM8K"), extract("Math Agents", "Our agent improves accuracy by 5% on ALFWorld and by 5% on GSM8K.")
                .results().stream().map(r -> r.value() + " " + r.benchmark()).toList());
        assertTrue(facts(extract("Probing Models", "We evaluate pretrained language models on GSM8K.")).contains("EVALUATED_ON BENCHMARK GSM8K"));
        Extraction called = extract("API Agents", "We call GPT-4 through its API to plan each step.");
        assertTrue(facts(called).contains("USES_MODEL MODEL GPT-4"), facts(called)::toString);
        assertFalse(facts(called).contains("PROPOSES METHOD GPT-4"), facts(called)::toString);
    }

    @Test
    @DisplayName("a list of hundreds of names is read in linear time and does not exhaust the stack")
    void hugeLists() {
        String list = String.join(", ", java.util.Collections.nCopies(3000, "Alpha")) + " and Beta";
        Extraction extraction = extract("Many Benchmarks", "We evaluate on the benchmarks " + list + ". Results on the " + list + " datasets improve.");
        assertEquals("p", extraction.paper().id());
    }

    @Test
    @DisplayName("the paper's own model under another of its names, a family beside its versions, and names in URLs are not used models")
    void modelsThatAreNotUsed() {
        Extractor withModels = new Extractor(new Vocabulary(List.of(),
                List.of(model("BERT", false, "Bidirectional Encoder Representations from Transformers"), model("Llama", false),
                        model("CLIP", false)),
                List.of(), List.of(), List.of()));
        Extraction bert = withModels.extract(new PaperRecord("p", "BERT: Pre-training Deep Transformers",
                "We introduce a language representation model called BERT, which stands for Bidirectional Encoder "
                        + "Representations from Transformers. We fine-tune Llama 2 on the same data; the tuned Llama keeps its accuracy.", "test:1"));
        assertEquals(List.of("PROPOSES METHOD BERT", "USES_MODEL MODEL Llama 2"), facts(bert));
        // Listed beside a later generation of itself, the bare family is the first generation: a model of its own.
        Extraction generations = withModels.extract(new PaperRecord("p", "Sparse Adapters",
                "We apply our adapters to the Llama and Llama2 families.", "test:1"));
        assertEquals(List.of("USES_MODEL MODEL Llama", "USES_MODEL MODEL Llama2"),
                facts(generations).stream().sorted().toList());
        for (String listed : List.of("Llama and Llama-2", "Llama and Llama 2", "Llama, Llama 2")) {
            Extraction spelled = withModels.extract(new PaperRecord("p", "Sparse Adapters", "We apply our adapters to " + listed + ".", "test:1"));
            assertEquals(2, facts(spelled).stream().filter(f -> f.startsWith("USES_MODEL")).count(), listed);
        }
        // A size is no generation: "Llama and Llama-7B" names the one sized model.
        Extraction sized = withModels.extract(new PaperRecord("p", "Sparse Adapters", "We apply our adapters to Llama and Llama-7B.", "test:1"));
        assertEquals(List.of("USES_MODEL MODEL Llama-7B"), facts(sized));
        // A sized model is no family of its tuned variant: the base model and the chat model are two models.
        Extraction tuned = withModels.extract(new PaperRecord("p", "Sparse Adapters",
                "We tune Llama-7b on our data and compare it with Llama-7b-Chat.", "test:1"));
        assertEquals(List.of("USES_MODEL MODEL Llama-7b", "USES_MODEL MODEL Llama-7b-Chat"), facts(tuned).stream().sorted().toList());
        // "CLIP" is not the family of "CLIPPER": the longer name must go on with a space, hyphen or digit.
        Extraction prefix = withModels.extract(new PaperRecord("p", "Tracking with Memory",
                "We propose CLIPPER, an adaptation of CLIP for tracking.", "test:1"));
        assertTrue(facts(prefix).contains("USES_MODEL MODEL CLIP"), facts(prefix)::toString);

        Extraction url = withModels.extract(new PaperRecord("p", "Contrastive Pre-training at Scale",
                "We train an image encoder. Weights are at https://github.com/acme/CLIP.", "test:1"));
        assertEquals(List.of(), facts(url).stream().filter(f -> f.startsWith("USES_MODEL")).toList());
    }

    @Test
    @DisplayName("'We are releasing the X Model (XM)' releases the paper's own model")
    void releasingOwnModel() {
        Extractor withModels = new Extractor(new Vocabulary(List.of(), List.of(model("Segment Everything Model", false, "SEM")),
                List.of(), List.of(), List.of()));
        Extraction extraction = withModels.extract(new PaperRecord("p", "Segmenting Everything",
                "We are releasing the Segment Everything Model (SEM) and its data.", "test:1"));
        assertEquals(List.of("PROPOSES METHOD Segment Everything Model"), facts(extraction));
    }

    @Test
    @DisplayName("models named as data ('datasets like Alpaca and WizardLM') are not used models")
    void modelsNamedAsData() {
        Extractor withModels = new Extractor(new Vocabulary(List.of(), List.of(model("Alpaca", false), model("Vicuna", false)),
                List.of(), List.of(), List.of()));
        Extraction extraction = withModels.extract(new PaperRecord("p", "Selecting Instruction Data",
                "Validations on renowned datasets like Alpaca and Vicuna underpin our findings. We fine-tune Vicuna on them.", "test:1"));
        assertEquals(List.of("USES_MODEL MODEL Vicuna"), facts(extraction));
    }

    @Test
    @DisplayName("with no contribution found, an acronym the abstract defines for words of the title is proposed; a topic is not")
    void namedByTitle() {
        Extractor withMethods = new Extractor(new Vocabulary(List.of(), List.of(),
                List.of(method("sparse autoencoder", "sparse autoencoders", "SAE")), List.of(),
                List.of(concept("large language model", List.of("LLM", "LLMs"), List.of(), List.of()))));
        Extraction own = withMethods.extract(new PaperRecord("p", "Sparse Autoencoders Are Scalable Readers",
                "This paper shows that sparse autoencoders (SAE) read features at scale.", "test:1"));
        assertEquals(List.of("PROPOSES METHOD SAE"), facts(own));

        Extraction studied = withMethods.extract(new PaperRecord("p", "Failure Modes of Sparse Autoencoders in Practice",
                "Sparse autoencoders (SAE) are the dominant tool. We analyze where they fail.", "test:1"));
        assertEquals(List.of(), facts(studied).stream().filter(f -> f.startsWith("PROPOSES")).toList());

        // What the authors use is not what they propose, though the title names it.
        Extraction used = withMethods.extract(new PaperRecord("p", "Sparse Autoencoders Boost Steering",
                "We introduce an approach to steering. Our work leverages sparse autoencoders (SAE) to find features.", "test:1"));
        assertEquals(List.of(), facts(used).stream().filter(f -> f.startsWith("PROPOSES")).toList());

        Extraction topic = withMethods.extract(new PaperRecord("p", "Steering Large Language Models at Scale",
                "This paper shows that large language models (LLMs) can be steered.", "test:1"));
        assertEquals(List.of(), facts(topic).stream().filter(f -> f.startsWith("PROPOSES")).toList());

        // Nor what they apply or study: "We apply … (RLHF) to …", "This work explores whether small language models (LMs) …".
        for (String sentence : List.of("We apply sparse autoencoders (SAEs) to steer the model.",
                "This work explores whether sparse autoencoders (SAEs) read features at scale.")) {
            Extraction applied = withMethods.extract(new PaperRecord("p", "Sparse Autoencoders Boost Steering", sentence, "test:1"));
            assertEquals(List.of(), facts(applied).stream().filter(f -> f.startsWith("PROPOSES")).toList(), sentence);
        }

        // Nor a long form the title predicates ("GRPO is Secretly a Process Reward Model") or gives as the field the paper works in.
        Map<String, String> predicated = Map.of(
                "Steering Vectors Are Secretly Token Mixers", "We prove theoretically that steering induces non-trivial token mixers (TMs).",
                "Revisiting Distillation for Autoregressive Token Mixers",
                "However, in the context of autoregressive token mixers (TMs), we empirically find that larger teachers hurt.");
        predicated.forEach((title, sentence) -> assertEquals(List.of(), facts(withMethods.extract(new PaperRecord("p", title, sentence, "test:1")))
                .stream().filter(f -> f.startsWith("PROPOSES")).toList(), title));
        // The means a title names are the paper's ("… with Chain of Density Prompting").
        Extraction means = withMethods.extract(new PaperRecord("p", "Reading Features with Token Mixers",
                "This paper shows that token mixers (TMs) read features at scale.", "test:1"));
        assertEquals(List.of("PROPOSES METHOD TMs"), facts(means));
    }

    @Test
    @DisplayName("a listed dataset is not the first word of a known benchmark the list names whole ('Game' of 'GSM8K and Game of 24')")
    void listedNameInsideKnownBenchmark() {
        Extractor knowingGame = new Extractor(new Vocabulary(List.of(benchmark("GSM8K", "benchmark"), benchmark("Game of 24", "benchmark")),
                List.of(), List.of(), List.of(), List.of()));
        Extraction extraction = knowingGame.extract(new PaperRecord("p", "Value Models for Planning", "We train a value model. Our experiments "
                + "on two multi-step mathematical reasoning datasets, GSM8K and Game of 24, demonstrate the superior performance of our model.", "test:1"));
        assertEquals(List.of("GSM8K", "Game of 24"), extraction.mentions().stream().filter(m -> m.relation() == Relation.EVALUATED_ON)
                .map(Mention::name).toList());
    }

    @Test
    @DisplayName("a known family's model named after the paper's method is the paper's ('Llama-FooPO-α'); the bare family stays a model it uses")
    void familyTrainedWithOwnMethod() {
        Extraction extraction = extract("FooPO: Preference Optimization without a Reference",
                "We introduce FooPO, a preference optimization algorithm. Fine-tuning Llama (7B) with FooPO surpasses larger models. "
                        + "We release checkpoints for Llama-FooPO-α (7B) and Llama-FooPO-β (7B).");
        assertEquals(List.of("PROPOSES FooPO", "USES_MODEL Llama", "PROPOSES Llama-FooPO-α", "PROPOSES Llama-FooPO-β"), extraction.mentions().stream()
                .filter(m -> m.relation() == Relation.PROPOSES || m.relation() == Relation.USES_MODEL)
                .map(m -> m.relation() + " " + m.name()).toList());
    }

    @Test
    @DisplayName("with nothing else proposed, a coined unknown name that is the subject of two sentences, one the authors', is the method")
    void subjectOfOwnSentences() {
        String abstractText = "We study how to compress caches with little loss. Moreover, with lightweight profiling, "
                + "FooGen can be deployed without fine-tuning. In our experiments across various tasks, FooGen demonstrates large savings.";
        assertEquals(List.of("PROPOSES METHOD FooGen"), fieldFacts("Adaptive Cache Compression for LLMs", abstractText, Relation.PROPOSES));
        // Named once, or never in the authors' voice, it is not.
        assertEquals(List.of(), fieldFacts("Adaptive Cache Compression for LLMs",
                "Caches grow. FooGen compresses them well. FooGen also runs fast on GPUs.", Relation.PROPOSES));
        assertEquals(List.of(), fieldFacts("Adaptive Cache Compression for LLMs",
                "We study caches. In our experiments, FooGen demonstrates large savings.", Relation.PROPOSES));
    }

    @Test
    @DisplayName("the earlier version of the paper's own name, named alone, is compared with ('FooMAE' for 'FooMAE V2'); 'OWL' of 'OWL-ST' is not")
    void predecessorOfOwnName() {
        assertEquals(List.of("COMPARES_WITH METHOD FooMAE"), fieldFacts("FooMAE V2: Scaling Masked Autoencoders",
                "We scale the FooMAE in both model and data. FooMAE V2 sets a new state of the art.", Relation.COMPARES_WITH));
        // A lower version is improved on too, a higher one (a later paper's) is not.
        assertEquals(List.of("COMPARES_WITH METHOD ZetaAttention-2"), fieldFacts("ZetaAttention-3: Fast Attention",
                "ZetaAttention-2 achieves only 35% utilization on the H100 GPU. We show that ZetaAttention-3 reaches 75%, and ZetaAttention-4 "
                        + "will follow.", Relation.COMPARES_WITH));
        // A count after the name is no version: "runs ZetaNet 1 epoch faster".
        assertFalse(fieldFacts("ZetaNet-3: Fast Training", "ZetaNet-3 trains ZetaNet 1 epoch faster.", Relation.COMPARES_WITH)
                .contains("COMPARES_WITH METHOD ZetaNet 1"));
        assertTrue(OwnNames.isEarlierVersion("1.9", "1.10"));
        assertFalse(OwnNames.isEarlierVersion("2", "2.0"));
        assertEquals(List.of(), fieldFacts("Scaling Detection", "We present the BarLv2 model and BarL-ST self-training recipe.",
                Relation.COMPARES_WITH));
    }

    @Test
    @DisplayName("a title headed by a known model put to a field's work ('ChatGPT for Robotics: …') names no contribution; the model is used")
    void knownModelAppliedInTitle() {
        Extraction extraction = extractShipped("ChatGPT for Robotics: Design Principles and Model Abilities",
                "This paper presents an experimental study regarding the use of OpenAI's ChatGPT for robotics applications.");
        assertFalse(facts(extraction).stream().anyMatch(f -> f.startsWith("PROPOSES")), facts(extraction)::toString);
        // A coined name for the field's work is still the paper's.
        Extraction coined = extractShipped("RoboGPT for Robotics: Design Principles", "We present RoboGPT for robotics applications.");
        assertTrue(facts(coined).stream().anyMatch(f -> f.startsWith("PROPOSES METHOD RoboGPT")), facts(coined)::toString);
    }

    @Test
    @DisplayName("a title headed by a known environment the abstract describes as one introduces it; described as a method, it is the method")
    void knownResourceInTitle() {
        Extractor knowingWebShop = new Extractor(new Vocabulary(List.of(benchmark("WebShop", "environment")), List.of(), List.of(), List.of(), List.of()));
        String title = "WebShop: Towards Scalable Real-World Web Interaction with Grounded Language Agents";
        Extraction introduced = knowingWebShop.extract(new PaperRecord("p", title,
                "We develop WebShop -- a simulated e-commerce website environment with 12,087 instructions. Agents trained there transfer.", "test:1"));
        assertEquals(List.of("INTRODUCES WebShop environment"), introduced.mentions().stream()
                .filter(m -> m.relation() == Relation.INTRODUCES || m.relation() == Relation.PROPOSES)
                .map(m -> m.relation() + " " + m.name() + " " + m.resourceKind()).toList());
        Extraction method = knowingWebShop.extract(new PaperRecord("p", title, "We propose WebShop, an agent that shops on the web.", "test:1"));
        assertEquals(List.of("PROPOSES WebShop null"), method.mentions().stream()
                .filter(m -> m.relation() == Relation.INTRODUCES || m.relation() == Relation.PROPOSES)
                .map(m -> m.relation() + " " + m.name() + " " + m.resourceKind()).toList());
    }

    @Test
    @DisplayName("LaTeX quotation marks are read as quotes: 'We introduce ``Step Prompting'', where …' names the method")
    void latexQuotes() {
        Extraction quoted = extract("Decomposing Questions", "We introduce ``Step Prompting'', where we break a task into simple ones.");
        assertEquals(List.of("Step Prompting"), quoted.mentions().stream().filter(m -> m.relation() == Relation.PROPOSES).map(Mention::name).toList());
        assertTrue(quoted.mentions().get(0).evidence().contains("“Step Prompting”"), quoted.mentions()::toString);
    }

    @Test
    @DisplayName("an earlier version of the paper's own model is what it improves on, not a model it uses; its sizes are its own")
    void predecessorsAreCompared() {
        assertTrue(OwnNames.isPredecessor("Phi-2", "Phi-3"));
        assertTrue(OwnNames.isPredecessor("Qwen-VL", "Qwen2-VL"));
        assertTrue(OwnNames.isPredecessor("AlphaFold 2", "AlphaFold 3"));
        assertTrue(OwnNames.isPredecessor("Mixtral-8x7B v0.1", "Mixtral-8x22B v0.2"));
        assertFalse(OwnNames.isPredecessor("Llama-3-8B", "Llama 3"));
        assertFalse(OwnNames.isPredecessor("Llama-2-7B", "CodeLlama-2"));
        assertFalse(OwnNames.isPredecessor("Qwen2.5-Math-7B", "Qwen2.5-Math-7B-Instruct-Step"));
        assertFalse(OwnNames.isPredecessor("M2", "M3"));

        Extractor withModels = new Extractor(new Vocabulary(List.of(), List.of(model("Phi", true), model("Llama", true)),
                List.of(), List.of(), List.of()));
        Extraction extraction = withModels.extract(new PaperRecord("p", "Phi-3: A Small Model",
                "We introduce Phi-3, a 3.8B model. Its data scales up the one used for Phi-2 and we distil Llama-3-70B into it.", "test:1"));
        assertEquals(List.of("PROPOSES METHOD Phi-3", "COMPARES_WITH MODEL Phi-2", "USES_MODEL MODEL Llama-3-70B"), facts(extraction));
    }

    @Test
    @DisplayName("a model the title names and the abstract calls 'our X model' is proposed; 'the X benchmark' is no model")
    void ownModelOfTitleAndModelNamedBenchmark() {
        Extractor withModels = new Extractor(new Vocabulary(List.of(), List.of(model("AlphaFold", false), model("Vicuna", false)),
                List.of(), List.of(), List.of()));
        Extraction own = withModels.extract(new PaperRecord("p", "Structure prediction with AlphaFold 3",
                "The introduction of AlphaFold 2 spurred a revolution. Here we describe our AlphaFold 3 model with a new architecture.", "test:1"));
        assertEquals(List.of("COMPARES_WITH MODEL AlphaFold 2", "PROPOSES METHOD AlphaFold 3"), facts(own));

        Extraction notInTitle = withModels.extract(new PaperRecord("p", "Structure prediction at scale",
                "Here we describe our AlphaFold 3 model with a new architecture.", "test:1"));
        assertEquals(List.of("USES_MODEL MODEL AlphaFold 3"), facts(notInTitle));

        Extraction benchmark = withModels.extract(new PaperRecord("p", "Chat tuning",
                "Our model leads the Vicuna benchmark, and we fine-tune Vicuna on it.", "test:1"));
        assertEquals(List.of("USES_MODEL MODEL Vicuna"), facts(benchmark).stream().filter(f -> f.contains("MODEL")).toList());
    }

    @Test
    @DisplayName("a title phrase the authors say they propose is the paper's contribution only when no rule read another")
    void titlePhraseAsLastResort() {
        String title = "Saving Tokens: Budget-Aware Step Pruning for LLM Reasoning";
        String proposal = "Long chains waste tokens. This work presents a simple, effective Budget-Aware Step Pruning method for long chains.";
        assertEquals(List.of("PROPOSES METHOD Budget-Aware Step Pruning"), facts(extract(title, proposal))
                .stream().filter(f -> f.startsWith("PROPOSES")).toList());
        assertEquals(List.of("PROPOSES METHOD BASP"), facts(extract(title, proposal + " We call our implementation BASP."))
                .stream().filter(f -> f.startsWith("PROPOSES")).toList());
    }

    @Test
    @DisplayName("numbered and sized variants of a proposed name are proposed wherever the abstract names them")
    void ownVariants() {
        Extraction extraction = extract("Hydra: Fast Decoding with Many Heads",
                "We present two procedures: Hydra-1: Hydra is tuned on a frozen backbone. Hydra-2 tunes both, and "
                        + "hydra-medium is larger. Hydra-style heads and Hydra-Net are something else.");
        assertEquals(List.of("PROPOSES METHOD Hydra", "PROPOSES METHOD Hydra-1", "PROPOSES METHOD Hydra-2", "PROPOSES METHOD hydra-medium"),
                facts(extraction).stream().filter(f -> f.startsWith("PROPOSES")).toList());
    }

    @Test
    @DisplayName("a version or a lower-case word after the proposed name names a variant ('Hydra-v1.5', 'Hydra-tree'); a word on how "
            + "something relates to it, a letter, a family's name or a path does not")
    void namedVariants() {
        Extraction extraction = extract("Hydra: Fast Decoding with Many Heads",
                "We propose Hydra, a decoding method. We instantiate Hydra for two settings: Hydra-chain for short outputs and "
                        + "Hydra-tree for long ones, and Hydra-v1.5 is trained longer. Hydra-based heads, Hydra-generated drafts, "
                        + "Hydra-A and Hydra-Mistral use it. Code: https://github.com/org/Hydra-llm.");
        assertEquals(java.util.Set.of("PROPOSES METHOD Hydra", "PROPOSES METHOD Hydra-chain", "PROPOSES METHOD Hydra-tree", "PROPOSES METHOD Hydra-v1.5"),
                java.util.Set.copyOf(facts(extraction).stream().filter(f -> f.startsWith("PROPOSES")).toList()));
        // A tag alone names a variant; a part or product of the method, an address, a dash for a pause do not; a name in
        // capitals matches no ordinary word.
        Extraction alone = extract("Hydra: Fast Decoding with Many Heads",
                "We propose Hydra, a decoding method. We also introduce Scheduled Token Eviction Planning (STEP), a cache policy. "
                        + "Hydra-rl is tuned with RL, Hydra-chain is fast, the Hydra-encoder and Hydra-heads are small, Hydra-reward and "
                        + "Hydra-policy are learnt, and Hydra-which needs no tuning-runs anywhere; mail hydra-team@example.com. The step-size is fixed.");
        assertEquals(java.util.Set.of("PROPOSES METHOD Hydra", "PROPOSES METHOD STEP", "PROPOSES METHOD Hydra-rl", "PROPOSES METHOD Hydra-chain"),
                java.util.Set.copyOf(facts(alone).stream().filter(f -> f.startsWith("PROPOSES")).toList()));
    }

    @Test
    @DisplayName("sizes of the proposed model are that model under other names, not more proposals")
    void sizesOfProposedModel() {
        Extraction extraction = extract("MathOwl: Bootstrapping Math Questions",
                "We propose MathOwl, a fine-tuned language model. Our MathOwl-7B model reaches 66.4% on GSM8K, and MathOwl-70B reaches "
                        + "82.3% on GSM8K. The smaller mathowl-mini variant is fast.");
        List<Mention> proposed = extraction.mentions().stream().filter(m -> m.relation() == Relation.PROPOSES).toList();
        assertEquals(List.of("MathOwl", "mathowl-mini"), proposed.stream().map(Mention::name).toList());
        assertTrue(proposed.get(0).aliases().containsAll(List.of("MathOwl-7B", "MathOwl-70B")), proposed.get(0)::toString);
        // Active and total sizes; the base model it was tuned from, then its size.
        Extraction more = extract("MathOwl: Bootstrapping Math Questions",
                "We propose MathOwl, a fine-tuned language model. MathOwl-1B-7B has 7 billion parameters, and MathOwl-Llama 7B "
                        + "reaches 82.3% on GSM8K.");
        List<Mention> proposedMore = more.mentions().stream().filter(m -> m.relation() == Relation.PROPOSES).toList();
        assertEquals(List.of("MathOwl"), proposedMore.stream().map(Mention::name).toList());
        assertTrue(proposedMore.get(0).aliases().containsAll(List.of("MathOwl-1B-7B", "MathOwl-Llama 7B")), proposedMore.get(0)::toString);
        // Size letters and words, patch sizes and backbone depths are sizes too.
        Extraction letters = extract("HexDet: Real-Time Detection",
                "Detectors are slow. For example, our HexDet-S is 1.8x faster than RT-DETR, and HexDet-XL is the most accurate.");
        List<Mention> proposedLetters = letters.mentions().stream().filter(m -> m.relation() == Relation.PROPOSES).toList();
        assertEquals(List.of("HexDet"), proposedLetters.stream().map(Mention::name).toList());
        assertTrue(proposedLetters.get(0).aliases().containsAll(List.of("HexDet-S", "HexDet-XL")), proposedLetters.get(0)::toString);
        // A variant of its own with a size stays its own.
        Extraction code = extract("MathOwl: Bootstrapping Math Questions",
                "We propose MathOwl, a fine-tuned language model. MathOwl-Code-34B reaches 82.3% on GSM8K.");
        assertEquals(List.of("MathOwl", "MathOwl-Code-34B"), code.mentions().stream().filter(m -> m.relation() == Relation.PROPOSES)
                .map(Mention::name).toList());
    }

    @Test
    @DisplayName("a split of a benchmark evaluated on is that benchmark; a known dataset named where it is introduced, or trained on, is not evaluated on")
    void splitsAndTrainingData() {
        Extraction splits = extract("A Backbone", "We present HexNet, a backbone. It reaches 58.7% accuracy on GSM8K test-dev and 53.5% on GSM8K.");
        List<Mention> evaluated = splits.mentions().stream().filter(m -> m.relation() == Relation.EVALUATED_ON).toList();
        assertEquals(List.of("GSM8K"), evaluated.stream().map(Mention::name).toList());
        assertTrue(evaluated.get(0).aliases().contains("GSM8K test-dev"), evaluated::toString);
        // A result is labelled as the sentence writes its benchmark; the label resolves to the one benchmark.
        assertEquals(List.of("58.7% GSM8K test-dev", "53.5% GSM8K"),
                splits.results().stream().map(r -> r.value() + " " + r.benchmark()).toList());

        // A result by an acronym the abstract defines is labelled by the long form, when that names the benchmark.
        Extractor knowingHwt = new Extractor(new Vocabulary(List.of(benchmark("Household Web Tasks", "dataset", "HWT")), List.of(), List.of(),
                List.of(), List.of()));
        String abstractText = "We present HexNet, a planner. We evaluate it on the Household-Web-Tasks (HWT) dataset, "
                + "where HexNet reaches a 67.2% success rate. HexNet also reaches 70.1% on HWT with more steps.";
        // Wherever the acronym labels a result, once the abstract has defined it.
        assertEquals(List.of("67.2% Household-Web-Tasks", "70.1% Household-Web-Tasks"), knowingHwt.extract(new PaperRecord("p", "A Planner", abstractText, "test:1"))
                .results().stream().map(r -> r.value() + " " + r.benchmark()).toList());
        // A benchmark that goes by its acronym keeps it.
        Extraction byAcronym = extract("A Planner", abstractText);
        assertEquals(List.of("67.2% HWT", "70.1% HWT"), byAcronym.results().stream().map(r -> r.value() + " " + r.benchmark()).toList());

        // A split named alone is its benchmark too, when the vocabulary knows the benchmark.
        Extraction alone = extract("A Backbone", "We present HexNet, a backbone. It improves from 58.5% to 59.5% accuracy on GSM8K val.");
        assertEquals(List.of("GSM8K [GSM8K val]"), alone.mentions().stream().filter(m -> m.relation() == Relation.EVALUATED_ON)
                .map(m -> m.name() + " " + m.aliases()).toList());
        assertEquals(List.of("58.5% GSM8K val", "59.5% GSM8K val"), alone.results().stream().map(r -> r.value() + " " + r.benchmark()).toList());
        // Two splits named alone are the one benchmark.
        Extraction twoSplits = extract("A Backbone", "We present HexNet, a backbone. It reaches 58.5% accuracy on GSM8K val and 59.5% on GSM8K test-dev.");
        assertEquals(List.of("GSM8K [GSM8K val, GSM8K test-dev]"), twoSplits.mentions().stream().filter(m -> m.relation() == Relation.EVALUATED_ON)
                .map(m -> m.name() + " " + m.aliases()).toList());
        // So is the resolution images are generated at.
        Extraction resolution = extract("A Generator", "We present HexGen, a generator. It reaches 2.18 FID on GSM8K 256x256.");
        assertEquals(List.of("GSM8K [GSM8K 256x256]"), resolution.mentions().stream().filter(m -> m.relation() == Relation.EVALUATED_ON)
                .map(m -> m.name() + " " + m.aliases()).toList());

        Extraction data = extract("Bootstrapped Questions", "We build a new dataset called HexaGSM. Then we fine-tune Llama models on HexaGSM and "
                + "on HexaMath, our second dataset. Results on ALFWorld are good.");
        assertEquals(List.of("EVALUATED_ON BENCHMARK ALFWorld"), facts(data).stream().filter(f -> f.startsWith("EVALUATED_ON")).toList());
    }

    @Test
    @DisplayName("variants of the paper's own release ('Llama-5 7B -- Instruct' of a proposed 'Llama-5 7B v0.1') are proposed; a known family's "
            + "models the authors introduce as theirs are too; 'released as an open-source suite' names no resource")
    void ownReleases() {
        Extraction release = extract("Llama-5 7B", "We introduce Llama-5 7B v0.1, a 7-billion-parameter language model. We also provide "
                + "a model fine-tuned to follow instructions, Llama-5 7B -- Instruct, that surpasses the GPT-4 -- Chat model.");
        assertEquals(List.of("PROPOSES METHOD Llama-5 7B v0.1", "PROPOSES METHOD Llama-5 7B -- Instruct"),
                facts(release).stream().filter(f -> f.startsWith("PROPOSES")).toList());

        Extraction family = extract("Reasoning by Reinforcement", "We introduce our first-generation reasoning models, Llama-R1-Zero and Llama-R1.");
        assertEquals(List.of("PROPOSES METHOD Llama-R1-Zero", "PROPOSES METHOD Llama-R1"),
                facts(family).stream().filter(f -> f.startsWith("PROPOSES")).toList());

        Extraction suite = extract("LIMA: Less Is More", "Our proposed model LIMA reaches 57.1% on GSM8K. We release LIMA as a comprehensive "
                + "open-source suite at https://github.com/example/lima.");
        assertEquals(List.of("PROPOSES METHOD LIMA"), facts(suite).stream().filter(f -> f.startsWith("PROPOSES") || f.startsWith("INTRODUCES")).toList());
    }

    @Test
    @DisplayName("a known model the title sets the paper against is compared with ('Small Planners Beat GPT-4'); one it only names is the abstract's to say; 'GPT-4 level' is neither")
    void rivalsOfTitle() {
        assertEquals(List.of(), facts(extract("Reaching GPT-4 level Math Solutions via Tree Search with Llama-3 8B",
                "We search over solutions.")).stream().filter(f -> f.contains("MODEL")).toList());
        assertEquals(List.of("USES_MODEL MODEL Llama-3 8B"), facts(extract("Reaching GPT-4 level Math Solutions via Tree Search with Llama-3 8B",
                "We search over solutions with Llama-3 8B.")).stream().filter(f -> f.contains("MODEL")).toList());
        assertEquals(List.of("COMPARES_WITH MODEL GPT-4"), facts(extract("Small Planners Beat GPT-4 with Search", "We search over plans."))
                .stream().filter(f -> f.contains("MODEL")).toList());
    }

    @Test
    @DisplayName("'our … models, A and B.' proposes both; a name and its acronym introduced apart are one resource")
    void namedModelsAndOneResource() {
        Extraction models = extract("Reasoning Models", "We introduce our first-generation reasoning models, Zeta-R1-Zero and Zeta-R1. "
                + "Zeta-R1 solves 79.8% of GSM8K.");
        assertEquals(List.of("PROPOSES METHOD Zeta-R1-Zero", "PROPOSES METHOD Zeta-R1"),
                facts(models).stream().filter(f -> f.startsWith("PROPOSES")).toList());

        Extraction resource = extract("A Heterogeneous Benchmark for Retrieval", "We introduce Benchmarking-RX (BRX), a robust and "
                + "heterogeneous evaluation benchmark for retrieval. We evaluate ten systems on the BRX benchmark.");
        assertEquals(List.of("INTRODUCES BENCHMARK"), facts(resource).stream().filter(f -> f.startsWith("INTRODUCES"))
                .map(f -> f.replaceFirst(" \\S+$", "")).toList(), facts(resource)::toString);
        assertTrue(facts(resource).stream().noneMatch(f -> f.startsWith("PROPOSES")), facts(resource)::toString);
    }

    @Test
    @DisplayName("models a paper evaluates ('We evaluate 17 models, including …') or builds on are used; 'compare … models such as' compares")
    void evaluatedModelsAreUsed() {
        assertEquals(List.of("USES_MODEL MODEL GPT-4", "USES_MODEL MODEL Llama-3-70B"),
                fieldFacts("Agents at Work", "We evaluate 17 models, including GPT-4 and Llama-3-70B, on our tasks.", Relation.USES_MODEL));
        assertEquals(List.of("COMPARES_WITH MODEL GPT-4"),
                fieldFacts("Agents at Work", "We propose StepNet and compare it with strong models such as GPT-4.", Relation.COMPARES_WITH));
        assertEquals(List.of("USES_MODEL MODEL GPT-4"),
                fieldFacts("Agents at Work", "StepNet builds on a GPT-4 language model with a visual encoder.", Relation.USES_MODEL));
    }

    @Test
    @DisplayName("a benchmark paper with a subset of its benchmark ('X-Lite') still ranks the models it compares")
    void benchmarkWithSubset() {
        Extraction extraction = extract("LongBench9: A Benchmark for Long Inputs",
                "We introduce LongBench9, a benchmark of long inputs. GPT-4 outperforms Llama-3-70B on it. "
                        + "We further release LongBench9-Lite, a subset for fast iteration.");
        assertEquals(List.of("USES_MODEL MODEL GPT-4", "USES_MODEL MODEL Llama-3-70B"),
                facts(extraction).stream().filter(f -> f.contains(" MODEL ")).toList());
    }

    @Test
    @DisplayName("a known method inside the paper's own name, or under another name of its own proposal, is not compared with")
    void knownMethodInsideOwnName() {
        Extractor withMethods = new Extractor(new Vocabulary(List.of(), List.of(),
                List.of(method("Group Relative Policy Optimization", "GRPO"), method("Low-Rank Adaptation", "LoRA")), List.of(), List.of()));
        Extraction inside = withMethods.extract(new PaperRecord("p", "Reasoning with Steps",
                "We design Step-wise Group Relative Policy Optimization (StepGRPO), a new online reinforcement learning framework.", "test:1"));
        assertEquals(List.of("PROPOSES METHOD StepGRPO"), facts(inside));
        Extraction renamed = withMethods.extract(new PaperRecord("p", "LoRA: Low-Rank Adaptation of Large Models",
                "We propose Low-Rank Adaptation, or LoRA, which freezes the pre-trained weights.", "test:1"));
        assertEquals(List.of("PROPOSES METHOD LoRA"), facts(renamed));
    }

    private static final Extractor RIVALS = new Extractor(new Vocabulary(List.of(benchmark("AIME", "benchmark")),
            List.of(model("Claude", false), model("o1", false), model("DeepSeek", false)),
            List.of(method("Proximal Policy Optimization", "PPO"), method("Monte Carlo tree search", "MCTS"), method("process reward model", "PRM")),
            List.of(), List.of()));

    private List<String> comparedInMainVocabulary(String abstractText) {
        return extract("Reasoning Length", abstractText).mentions().stream()
                .filter(m -> m.relation() == Relation.COMPARES_WITH).map(Mention::name).sorted().toList();
    }

    private static List<String> compared(String title, String abstractText) {
        return RIVALS.extract(new PaperRecord("p", title, abstractText, "test:1")).mentions().stream()
                .filter(m -> m.relation() == Relation.COMPARES_WITH).map(Mention::name).sorted().toList();
    }

    @Test
    @DisplayName("what the authors' work is inspired by it builds on ('inspired by HexVox', coined or known); 'inspired by the success of X' is news")
    void inspiredBy() {
        assertEquals(List.of("HexVox"), compared("Dynamic Scenes", "We propose a voxel encoding algorithm inspired by HexVox to build features."));
        assertEquals(List.of("HexVox"), compared("Dynamic Scenes", "We are inspired by the recent HexVox and propose tube masking."));
        assertEquals(List.of("Monte Carlo tree search"), compared("Dynamic Scenes", "We are inspired by the recent MCTS and propose a new search."));
        assertEquals(List.of(), compared("Dynamic Scenes", "Inspired by the success of HexVox, we explore rule-based rewards."));
    }

    @Test
    @DisplayName("methods a paper does without ('without relying on techniques such as X, Y and Z') are not compared with")
    void doneWithout() {
        assertEquals(List.of(), compared("Scaling RL",
                "Our framework works without relying on more complex techniques such as Monte Carlo tree search, value functions, and process reward models."));
    }

    @Test
    @DisplayName("a known long form inside a longer capitalised name ('Value-based Augmented Proximal Policy Optimization') is not compared with")
    void knownLongFormInsideLongerName() {
        assertEquals(List.of(), compared("VAPX: Value RL", "We present VAPX, Value-based Augmented Proximal Policy Optimization framework for reasoning."));
        assertEquals(List.of("Proximal Policy Optimization"), compared("VAPX: Value RL", "VAPX outperforms Proximal Policy Optimization on AIME."));
    }

    @Test
    @DisplayName("'-- matching OpenAI's o1' compares; a coined name listed after a known rival ('X and DAPX') is compared with too")
    void matchingAndListsAfterRivals() {
        assertEquals(List.of("Claude Sonnet 3.5", "o1"), compared("Kimi: RL",
                "Our system reaches 77.5 on AIME -- matching OpenAI's o1. It outperforms Claude Sonnet 3.5 by far."));
        assertEquals(List.of("DAPX", "DeepSeek-R1-Zero-Qwen-32B"), compared("VAPX: Value RL",
                "VAPX outperforms the previously reported results of DeepSeek-R1-Zero-Qwen-32B and DAPX by 10 points."));
    }

    @Test
    @DisplayName("what the authors introduced before ('In our previous work, we introduced X') is compared with, not proposed")
    void earlierWorkIsCompared() {
        Extraction extraction = RIVALS.extract(new PaperRecord("p", "VoiceCraft 2: Streaming Speech Synthesis",
                "In our previous work, we introduced VoiceCraft, a speech synthesis model. We present VoiceCraft 2, which streams.", "test:1"));
        assertEquals(List.of("COMPARES_WITH METHOD VoiceCraft", "PROPOSES METHOD VoiceCraft 2"), sorted(facts(extraction)));
    }

    @Test
    @DisplayName("a head the title only suggests is a benchmark ('X: Benchmarking …') is the method the abstract proposes")
    void proposedOverSuggestedBenchmark() {
        Extraction extraction = extract("WebRover: Benchmarking LLMs in Web Traversal",
                "We introduce WebRoverQA, a benchmark of web traversal questions. We propose WebRover, which is a multi-agent framework.");
        assertEquals(List.of("INTRODUCES BENCHMARK WebRoverQA", "PROPOSES METHOD WebRover"),
                sorted(facts(extraction).stream().filter(f -> f.startsWith("PROPOSES") || f.startsWith("INTRODUCES")).toList()));
    }

    @Test
    @DisplayName("review: rivals after a 'without … such as' clause, the authors' own clause after 'unlike', a finding of this paper, a cause")
    void reviewedComparisons() {
        assertEquals(List.of("Proximal Policy Optimization"), compared("Lean RL", "Without requiring additional components such as a process "
                + "reward model, our method consistently outperforms Proximal Policy Optimization on AIME."));
        assertEquals(List.of(), compared("Synthetic Tuning", "Unlike prior work, we fine-tune DeepSeek-V3 on synthetic data."));
        assertEquals(List.of(), compared("Hallucination Probe", "We find that the vision encoder of DeepSeek-V3 is the dominant source of errors."));
        assertEquals(List.of("USES_MODEL MODEL DeepSeek-V3"), facts(RIVALS.extract(new PaperRecord("p", "Few Samples",
                "Fine-tuned on only 1K samples, DeepSeek-V3 exhibited a 27% gain on AIME.", "test:1"))).stream()
                .filter(f -> f.contains(" MODEL ")).toList());
    }

    @Test
    @DisplayName("a model that showed something in other work ('DeepSeek-R1 has shown that …') is not one the paper uses")
    void priorFinding() {
        assertEquals(List.of(), compared("Zero RL", "DeepSeek-R1 has shown that long reasoning can emerge from RL."));
        for (String sentence : List.of("DeepSeek-R1 has shown that long reasoning can emerge from RL.",
                "The recent DeepSeek-R1 release has demonstrated the potential of RL.",
                "While DeepSeek-R1 and other follow-up work focus on math, we study code.")) {
            assertEquals(List.of(), RIVALS.extract(new PaperRecord("p", "Zero RL", sentence, "test:1")).mentions().stream()
                    .filter(m -> m.relation() == Relation.USES_MODEL).toList(), sentence);
        }
    }

    @Test
    @DisplayName("a known method named as the kind the paper's own is ('EchoPlan, a training-free MCTS method') is no rival")
    void kindOfOwnWork() {
        assertEquals(List.of(), compared("EchoPlan", "Planning is slow. We introduce EchoPlan, a training-free Monte Carlo tree search method that plans ahead."));
        assertEquals(List.of(), compared("OmegaX", "Labels are costly. We propose a novel divide-and-conquer style Monte Carlo Tree Search (MCTS) algorithm named OmegaX."));
        // Every form of the verb: "we present a …", "we develop a …" (only "propose" and "introduce" were read before).
        assertEquals(List.of(), compared("EchoPlan", "Planning is slow. We present a training-free Monte Carlo tree search method for planning."));
        assertEquals(List.of(), compared("EchoPlan", "Planning is slow. We develop a fast Monte Carlo tree search algorithm for planning."));
        assertEquals(List.of("Monte Carlo tree search"), compared("EchoPlan", "Planning is slow. EchoPlan outperforms a strong Monte Carlo tree search method."));
        assertEquals(List.of("Proximal Policy Optimization"), compared("GRPX", "Critics are costly. We introduce GRPX, a variant of PPO that drops the critic."));
    }

    @Test
    @DisplayName("review: 'a PPO variant' is built on PPO; 'a win rate over PPO of 68%' compares with PPO")
    void variantAndRateOver() {
        assertEquals(List.of("Proximal Policy Optimization"), compared("GRPX", "Critics are costly. We introduce GRPX, a PPO variant that drops the critic."));
        assertEquals(List.of("Proximal Policy Optimization"), compared("Flow", "Planning is hard. Our method yields a win rate over PPO of 68% on the hard split."));
    }

    @Test
    @DisplayName("a method's name inside a URL is part of an address: 'https://github.com/org/PPO-Lab', 'github.com/x/MCTS'")
    void namesInsideUrls() {
        assertEquals(List.of(), compared("Flow", "We search agent workflows with a planner. Code: https://github.com/org/PPO-Lab and github.com/x/MCTS."));
        assertEquals(List.of("Proximal Policy Optimization"), compared("Flow", "Our planner builds on PPO. Code: https://github.com/org/MCTS."));
        // An abbreviation with a value after it is a metric's reading.
        assertEquals(List.of(), compared("Flow", "Our planner reaches a PRM of 0.058 and a PPO = 3.1 on the hard split."));
    }

    @Test
    @DisplayName("'performs comparably to X', 'has the same architecture as X' measure against X")
    void comparablyAndSameAs() {
        assertEquals(List.of("DeepSeek-V3"), compared("Data RL", "Models tuned with our data perform comparably to the official DeepSeek-V3."));
        assertEquals(List.of("Claude 3"), compared("Mixer", "Our model has the same architecture as Claude 3, with more experts."));
    }

    @Test
    @DisplayName("a topic's acronym as a family ('unlike traditional MoE approaches') is no baseline; 'outperforms traditional MoE models' is")
    void conceptFamily() {
        assertEquals(List.of(), fieldFacts("Routing Experts", "Unlike traditional MoE approaches that rely on fixed routing, we adapt.",
                Relation.COMPARES_WITH));
        assertEquals(List.of("COMPARES_WITH METHOD MoE"), fieldFacts("Routing Experts", "Our model outperforms traditional MoE models on GSM8K.",
                Relation.COMPARES_WITH));
    }

    @Test
    @DisplayName("a family of methods ('outperforms conventional ReAct methods') is no single baseline; 'outperforms ReAct' is")
    void familyOfMethods() {
        assertEquals(List.of(), fieldFacts("Agents at Work", "Our agent outperforms conventional ReAct methods on GSM8K.", Relation.COMPARES_WITH));
        assertEquals(List.of("COMPARES_WITH METHOD ReAct"),
                fieldFacts("Agents at Work", "Our agent outperforms ReAct on GSM8K.", Relation.COMPARES_WITH));
    }

    @Test
    @DisplayName("a known method named in the opening sentence sets the scene; named later, or after a cue there, it is built on or compared")
    void openingSentence() {
        assertEquals(List.of(), fieldFacts("Agents at Work",
                "ReAct lets LLM agents interleave reasoning and acting. We propose StepPlanner, which verifies each step.",
                Relation.COMPARES_WITH));
        assertEquals(List.of("COMPARES_WITH METHOD ReAct"), fieldFacts("Agents at Work",
                "LLM agents can act. We propose StepPlanner, which adds a verifier to ReAct.", Relation.COMPARES_WITH));
        assertEquals(List.of("COMPARES_WITH METHOD ReAct"), fieldFacts("Agents at Work",
                "Our agent outperforms ReAct on GSM8K. It verifies each step.", Relation.COMPARES_WITH));
    }

    private static final Extractor ACRONYMS = new Extractor(new Vocabulary(
            List.of(benchmark("GQA", "dataset"), benchmark("GSM8K", "benchmark")),
            List.of(model("Llama", false), model("Mistral", false)),
            List.of(buildingBlock("grouped-query attention")),
            List.of(metric("accuracy")),
            List.of()));

    private static List<String> facts(String title, String abstractText) {
        return facts(ACRONYMS.extract(new PaperRecord("p", title, abstractText, "test:1")));
    }

    @Test
    @DisplayName("the paper's own contribution under two names is one: the title's plural, its initials, or its name with its kind")
    void ownContributionUnderTwoNames() {
        List<String> plural = facts(extract("Hexformers: Trading Simplicity for Efficiency", "We propose Hexformer, a block of mixed layers."));
        assertEquals(1, plural.stream().filter(f -> f.startsWith("PROPOSES")).count(), plural::toString);
        List<String> initials = facts(extract("Consistency Trajectory Planners: Learning to Plan",
                "We propose CTP, a planner that learns trajectories."));
        assertEquals(1, initials.stream().filter(f -> f.startsWith("PROPOSES")).count(), initials::toString);
        List<String> kind = facts(extract("Lookahead Optimizer: k steps forward", "We propose Lookahead, a simple optimizer."));
        assertEquals(1, kind.stream().filter(f -> f.startsWith("PROPOSES")).count(), kind::toString);
        List<String> owner = facts(extract("Hexa's MergeBox: A Toolkit for Merging Models", "We present MergeBox, a toolkit for merging models."));
        assertEquals(1, owner.stream().filter(f -> f.startsWith("PROPOSES")).count(), owner::toString);
        // Two contributions whose names only share letters stay two.
        List<String> two = facts(extract("HexNet: A Planner", "We propose HexNet, a planner, and HexNet-Lite, a smaller variant."));
        assertEquals(2, two.stream().filter(f -> f.startsWith("PROPOSES")).count(), two::toString);
    }

    @Test
    @DisplayName("a benchmark's letters spelled out as a known method ('grouped-query attention (GQA)') are that method, no benchmark")
    void benchmarkLettersRedefined() {
        assertFalse(facts("Fast Decoders", "Our model leverages grouped-query attention (GQA) for faster inference. It reaches 71% on GSM8K.")
                .contains("EVALUATED_ON BENCHMARK GQA"));
        assertTrue(facts("Visual Reasoners", "Our model reaches 61% on GQA and 71% on GSM8K.").contains("EVALUATED_ON BENCHMARK GQA"));
    }

    @Test
    @DisplayName("the paper's own model named short ('We introduce Mistral 7B v0.1 … Mistral 7B outperforms …') is its own, no predecessor")
    void ownModelNamedShort() {
        Extraction extraction = ACRONYMS.extract(new PaperRecord("p", "Mistral 7B",
                "We introduce Mistral 7B v0.1, a 7-billion-parameter language model. Mistral 7B outperforms Llama 2 13B on GSM8K.", "test:1"));
        assertEquals(List.of("PROPOSES METHOD Mistral 7B v0.1", "EVALUATED_ON BENCHMARK GSM8K", "COMPARES_WITH MODEL Llama 2 13B"),
                facts(extraction));
        assertEquals(List.of("Mistral 7B"), extraction.mentions().get(0).aliases());
    }

    @Test
    @DisplayName("a model a method extends is used: 'LongCtx extends Llama 2 7B from 4k context to 100k'")
    void extendedModelIsUsed() {
        assertEquals(List.of("USES_MODEL MODEL Llama 2 7B"), facts("Long Contexts",
                "Long contexts are costly. LongCtx extends Llama 2 7B from 4k context to 100k on one machine.").stream()
                .filter(f -> f.contains("MODEL")).toList());
    }

    @Test
    @DisplayName("a model named only inside the paper's own name ('the Hidden-Unit Llama (HuLlama) approach') or resembled ('a Llama-like loss') is not used")
    void modelInsideOwnName() {
        assertEquals(List.of(), facts("Speech Units", "Speech is hard. We propose the Hidden-Unit Llama (HuLlama) approach, which uses a Llama-like loss.")
                .stream().filter(f -> f.startsWith("USES_MODEL")).toList());
        assertEquals(List.of("USES_MODEL MODEL Llama 2"), facts("Speech Units",
                "Speech is hard. We propose the Hidden-Unit Llama (HuLlama) approach, distilled from Llama 2.")
                .stream().filter(f -> f.startsWith("USES_MODEL")).toList());
    }

    @Test
    @DisplayName("a cited known method is built on even in the opening sentence; 'a ReAct-based baseline' names a kind; 'QStepPlanner' is the paper's own")
    void citedKindAndOwnVariant() {
        assertEquals(List.of("COMPARES_WITH METHOD ReAct"), fieldFacts("Agents at Work",
                "Agents such as ReAct (Yao et al., 2023) interleave thoughts and actions. We propose StepPlanner.", Relation.COMPARES_WITH));
        assertEquals(List.of(), fieldFacts("Agents at Work",
                "Our agent is better than a strong ReAct-based baseline. It is fast.", Relation.COMPARES_WITH));
        assertEquals(List.of(), fieldFacts("Agents at Work",
                "Agents act. Our agent outperforms ReAct based planners on GSM8K.", Relation.COMPARES_WITH));
        assertEquals(List.of("PROPOSES METHOD StepPlanner", "PROPOSES METHOD QStepPlanner"), fieldFacts("StepPlanner: Planning Steps",
                "Planning is hard. Compared to QLoRA, QStepPlanner (StepPlanner with 4-bit weights) errs less.", Relation.PROPOSES));
    }

    @Test
    @DisplayName("an introduced benchmark is evaluated on, once, whether or not its sentence gives results on it")
    void introducedBenchmarkEvaluatedOnce() {
        List<Mention> chatLong = fieldExtractor.extract(new PaperRecord("p", "Long Chats", "Chat is long. Third, we introduce the "
                + "ChatLong benchmark for evaluating instruction following on long queries.", "test:1")).mentions().stream()
                .filter(m -> m.relation() == Relation.EVALUATED_ON).toList();
        assertEquals(List.of("ChatLong"), chatLong.stream().map(Mention::name).toList());
        assertEquals("evaluates-own-resource", chatLong.get(0).rule());
        assertEquals(List.of("EVALUATED_ON BENCHMARK WinArena"), fieldFacts("Agents at Work", "Agents act. Our agent generalizes to other "
                + "operating systems on a newly-released WinArena benchmark.", Relation.EVALUATED_ON));
        assertEquals(List.of("EVALUATED_ON BENCHMARK ToolTrek"), fieldFacts("Tools at Work", "Tools matter. We release the ToolTrek benchmark "
                + "and show that GPT-4 solves only 35% of its tasks.", Relation.EVALUATED_ON));
    }

    @Test
    @DisplayName("a dataset compiled for pre-training is not 'this benchmark' the paper designs besides; 'on our dataset' refers to it")
    void ownDatasetReferredToByKind() {
        String pile = "Models need data. We compile a large collection of public series, called the Series Pile, for pre-training. "
                + "We design a benchmark of diverse tasks. ";
        assertEquals(List.of(), fieldFacts("Series Models", pile + "Experiments on this benchmark demonstrate the effectiveness of our models.",
                Relation.EVALUATED_ON));
        assertEquals(List.of("EVALUATED_ON BENCHMARK Series Pile"), fieldFacts("Series Models",
                pile + "Experiments on our dataset demonstrate the effectiveness of our models.", Relation.EVALUATED_ON));
    }

    @Test
    @DisplayName("a sized variant of an introduced dataset is a model the paper trains ('ShareCap-7B'); 'ChatLong-Lite' is the resource's")
    void sizedVariantOfResource() {
        Extraction extraction = extract("ShareCap: Better Captions", "Captions are short. We introduce the ShareCap dataset, a large-scale "
                + "resource of 1.2 million captions. Training on ShareCap data yields ShareCap-7B, a superior model. We also release ShareCap-Lite.");
        assertTrue(facts(extraction).contains("PROPOSES METHOD ShareCap-7B"), facts(extraction).toString());
        assertFalse(facts(extraction).contains("INTRODUCES BENCHMARK ShareCap-7B"), facts(extraction).toString());
    }

    @Test
    @DisplayName("an introduced dataset models are pretrained on is not evaluated on; one models are tested on is")
    void datasetTrainedOnNotEvaluated() {
        assertEquals(List.of(), fieldFacts("Web Text", "Text matters. We release WebCorp, a 15-trillion token collection of web pages. "
                + "Models pretrained on WebCorp outperform others on downstream tasks.", Relation.EVALUATED_ON));
        assertEquals(List.of(), fieldFacts("Math Data", "Math matters. We introduce MathInstr, a dataset of 260K math rationales. "
                + "Instruction tuning on MathInstr improves accuracy on GSM8K by 15%.", Relation.EVALUATED_ON).stream().filter(f -> f.contains("MathInstr")).toList());
        assertEquals(List.of(), fieldFacts("Tiny Text", "Text matters. We release TinyCorp, a corpus of 2M short stories. "
                + "Small models trained on our TinyCorp data achieve fluent generation.", Relation.EVALUATED_ON));
        assertEquals(List.of("EVALUATED_ON BENCHMARK WebCorp"), fieldFacts("Web Text", "Text matters. We release WebCorp, a 15-trillion token "
                + "collection of web pages. Models reach 60% accuracy on WebCorp.", Relation.EVALUATED_ON));
    }

    @Test
    @DisplayName("a benchmark a result is reported on in the same sentence is evaluated on, even where the sentence says a model was trained")
    void scoredOnIsEvaluatedOn() {
        assertEquals(List.of("EVALUATED_ON BENCHMARK GSM8K"), fieldFacts("Refine: Better Answers",
                "We propose Refine. It lifts a model (already fine-tuned with RL) on GSM8K from 53% to 65% when sampled greedily.",
                Relation.EVALUATED_ON));
        assertEquals(List.of("EVALUATED_ON BENCHMARK GSM8K"), fieldFacts("Agent Tuning",
                "We propose AgentTune. Fine-tuning a small model with 500 trajectories leads to a 77% GSM8K performance increase.",
                Relation.EVALUATED_ON));
        // A benchmark fine-tuned on is where the model is scored ("fine-tuning RoBERTa on SuperGLUE"); a corpus learnt from is not.
        assertEquals(List.of("EVALUATED_ON BENCHMARK GSM8K"), fieldFacts("Agent Tuning", "We propose AgentTune. Fine-tuning on GSM8K helps a small model.",
                Relation.EVALUATED_ON));
    }

    @Test
    @DisplayName("a known model a generation before the paper's own ('Gemini' of 'Gemini 2') is its predecessor, compared with; 'Gemini 2.5' of 'Gemini 2.5.1' a release of it")
    void predecessorGeneration() {
        assertEquals(List.of("COMPARES_WITH MODEL Gemini"), fieldFacts("Gemini 2: Faster Streaming Speech",
                "In our previous work, we introduced Gemini, a speech model. Here we present Gemini 2, which streams.", Relation.COMPARES_WITH));
        assertEquals(List.of(), fieldFacts("Gemini 2.5.1: Faster Streaming Speech",
                "We present Gemini 2.5.1. Gemini 2.5 streams with low latency.", Relation.COMPARES_WITH));
    }

    @Test
    @DisplayName("'a 0.05 decline in GPT Score' names a metric after a model, no model used")
    void metricNamedAfterModel() {
        assertEquals(List.of(), fieldFacts("Fast Diffusion", "Diffusion is slow. Our cache speeds sampling up 2x with only a 0.05 decline "
                + "in Gemini Score.", Relation.USES_MODEL));
        assertEquals(List.of("USES_MODEL MODEL Gemini"), fieldFacts("Fast Diffusion", "Diffusion is slow. We speed up Gemini sampling 2x.",
                Relation.USES_MODEL));
        assertEquals(List.of(), fieldFacts("Fast Reasoning", "Reasoning is slow. We train only on the 2k Gemini subset of math problems.",
                Relation.USES_MODEL));
    }

    @Test
    @DisplayName("a method named like the paper's resource stays a method ('SpeechCorp-Pipe, a … pipeline'); a variant of the resource is one")
    void methodNamedLikeResource() {
        Extraction extraction = extract("SpeechCorp: A Large Speech Dataset", "Speech data is scarce. We introduce SpeechCorp-Pipe, an open-source "
                + "preprocessing pipeline designed to extract training data from podcasts. Using SpeechCorp-Pipe, we construct SpeechCorp, which "
                + "comprises over 80k hours of speech. We also propose a harder variant of SpeechCorp, SpeechCorp-Hard, that keeps noisy clips.");
        assertTrue(facts(extraction).contains("PROPOSES METHOD SpeechCorp-Pipe"), facts(extraction).toString());
        assertTrue(facts(extraction).contains("INTRODUCES BENCHMARK SpeechCorp-Hard"), facts(extraction).toString());
    }

    @Test
    @DisplayName("'SpeechCorp-trained models …': a dataset the models learnt from is not evaluated on")
    void compoundTrainedOn() {
        assertEquals(List.of(), fieldFacts("Speech Data", "Speech data is scarce. We release SpeechCorp, a corpus of 80k hours of speech. "
                + "Experiments show that SpeechCorp-trained models produce more natural speech.", Relation.EVALUATED_ON));
    }

    @Test
    @DisplayName("a LaTeX dash against the words ('LLMs--Llama-2, Gemini, and GPT-4--across') does not hide the models")
    void attachedDash() {
        assertEquals(List.of("USES_MODEL MODEL Gemini", "USES_MODEL MODEL GPT-4"), fieldFacts("Fusion of Models",
                "Models differ. We validate our approach using three LLMs--Gemini, GPT-4, and Gemini--across various tasks.", Relation.USES_MODEL));
    }

    @Test
    @DisplayName("a paper proposing nothing else, titled by a known method's whole name or by a name its authors use, proposes it")
    void titleNamesTheMethod() {
        assertEquals(List.of("PROPOSES METHOD chain-of-thought prompting"), extract("Chain-of-Thought Prompting for Arithmetic Word Problems",
                "Models fail at arithmetic. Prompting them to reason step by step reaches 80% accuracy on GSM8K.").mentions().stream()
                .filter(m -> m.relation() == Relation.PROPOSES).map(m -> m.relation() + " " + m.kind() + " " + m.name()).toList());
        // The title's head whole, where cutting it before a preposition would leave one word ("Code" of "Code as Plans").
        assertEquals(List.of("Code as Plans []"), proposedWithAliases(extract("Code as Plans: Language Model Programs for Robot Control",
                "Robots need plans. This paper presents code as plans, which language models write.")));
        // Review: a paper that only studies the method its title head names does not propose it.
        assertEquals(List.of(), proposedWithAliases(extract("Code as Plans: Failure Modes in Long-Horizon Manipulation",
                "Robots need plans. We analyze where such programs break on long tasks.")));
        assertEquals(List.of("PROPOSES METHOD Self-Judging Language Agents"), fieldFacts("Self-Judging Language Agents",
                "Agents need feedback. In this work, we study Self-Judging Language Agents, where the agent scores its own actions.", Relation.PROPOSES));
        assertEquals(List.of(), fieldFacts("Large Language Models Are Careful Judges",
                "Judging is hard. In this work, we show that Large Language Models Are Careful Judges of code.", Relation.PROPOSES));
        assertEquals(List.of("PROPOSES METHOD StepJudge"), fieldFacts("Self-Judging Language Agents",
                "Agents need feedback. We propose StepJudge, where Self-Judging Language Agents score their own actions.", Relation.PROPOSES));
    }

    @Test
    @DisplayName("a model the paper makes, in a sentence that speaks for it ('the development of Gemini-Nano, an efficient VLM'), is proposed, not used")
    void modelMadeHere() {
        assertEquals(List.of("PROPOSES METHOD Gemini-Nano"), fieldFacts("What Matters for Small Vision-Language Models",
                "Design choices are rarely justified. Our findings include the development of Gemini-Nano, an efficient VLM of 8 billion parameters.",
                Relation.PROPOSES));
        assertEquals(List.of("PROPOSES METHOD Gemini-Flash"), fieldFacts("Scaling Finetuned Models",
                "Finetuning helps. We also publicly release Gemini-Flash checkpoints, which achieve strong few-shot performance.", Relation.PROPOSES));
        assertEquals(List.of("USES_MODEL MODEL GPT-4"), fieldFacts("Scaling Finetuned Models",
                "We study distillation. Rapid progress led to GPT-4, a strong model. We distil it into small students.", Relation.USES_MODEL));
    }

    @Test
    @DisplayName("the paper's own model in the plural ('the grounding ability of Gemini-VLs') is not a model it uses")
    void ownModelInThePlural() {
        assertEquals(List.of(), fieldFacts("Gemini-VL: A Versatile Vision-Language Model",
                "We introduce the Gemini-VL series. We implement the grounding ability of Gemini-VLs by aligning image-caption pairs.", Relation.USES_MODEL));
    }

    @Test
    @DisplayName("a model the method does without ('without reliance on the commonly used proprietary GPT-4') is no model it uses")
    void withoutRelianceOn() {
        assertEquals(List.of("USES_MODEL MODEL Gemini-Pro"), fieldFacts("Rejection Tuning for Math",
                "Math data is costly. Our synthesis relies on Gemini-Pro, without reliance on the commonly used proprietary GPT-4.", Relation.USES_MODEL));
    }

    @Test
    @DisplayName("what a name defined in parentheses is, is read after the whole span: 'Robot Teaching Kit (RTK) -- a data collection and policy learning framework'")
    void kindAfterDefinedName() {
        assertEquals(List.of("PROPOSES METHOD RTK"), fieldFacts("Some Study of Robots",
                "Robots are hard to teach. We present Robot Teaching Kit (RTK) -- a data collection and policy learning framework that "
                        + "transfers skills from human demonstrations.", Relation.PROPOSES));
    }

    @Test
    @DisplayName("a dataset made for a name says the name is no dataset ('we introduce step-switching tuning (SwiT) and curate a dataset for SwiT')")
    void datasetForTheName() {
        assertEquals(List.of("PROPOSES METHOD SwiT"), fieldFacts("Some Study of Agents",
                "Agents switch poorly. Moreover, we introduce a step-switching instruction tuning (SwiT) and manually curate a dataset for SwiT.",
                Relation.PROPOSES));
    }

    @Test
    @DisplayName("names listed as novel techniques are methods, whatever words stand near them ('Step Data Collection (SDC) and Planning Heads (PH)')")
    void listedTechniquesAreMethods() {
        assertEquals(List.of("PROPOSES METHOD Zeta", "PROPOSES METHOD SDC", "PROPOSES METHOD PH"), fieldFacts("Zeta: Fast Retrieval",
                "Retrieval is slow. Zeta adopts novel techniques, including Step Data Collection (SDC) and Planning Heads (PH).", Relation.PROPOSES));
    }

    @Test
    @DisplayName("a list of benchmarks, each with its score in parentheses ('FooSet3D (+11.2 mAP) and BarNet200 test (+12.4 mAP)'), names each, and each score is on its own")
    void benchmarksListedWithScores() {
        Extraction extraction = extractShipped("ZetaSeg: Masks for Points",
                "Segmentation is hard. ZetaSeg sets a new state-of-the-art on ScanNet test (+6.2 mAP), FooSet3D (+11.2 mAP) and "
                        + "BarNet200 test (+12.4 mAP).");
        List<String> evaluated = extraction.mentions().stream().filter(m -> m.relation() == Relation.EVALUATED_ON).map(Mention::name).toList();
        assertTrue(evaluated.containsAll(List.of("ScanNet", "FooSet3D", "BarNet200")), evaluated::toString);
        List<String> results = extraction.results().stream().map(r -> r.value() + " " + r.benchmark()).toList();
        assertTrue(results.containsAll(List.of("11.2 FooSet3D", "12.4 BarNet200")), results::toString);
    }

    @Test
    @DisplayName("a known benchmark right after a comparison cue ('3x higher separation compared to GSM8K') is set against, not evaluated on")
    void benchmarkSetAgainst() {
        Extraction extraction = extract("StepBench: Hard Prompts for Planners",
                "Benchmarks saturate. We introduce StepBench, a benchmark of 500 planning prompts. StepBench provides 3x higher separation "
                        + "of models compared to GSM8K. We evaluate ten models on StepBench and ALFWorld.");
        List<String> facts = facts(extraction);
        assertTrue(facts.contains("COMPARES_WITH BENCHMARK GSM8K"), facts::toString);
        assertFalse(facts.contains("EVALUATED_ON BENCHMARK GSM8K"), facts::toString);
        assertTrue(facts.contains("EVALUATED_ON BENCHMARK ALFWorld"), facts::toString);
    }

    @Test
    @DisplayName("a list of coined names set as the scene of a result ('on StepBench and PlanBench, it surpasses …') is evaluated on, each")
    void sceneOfNames() {
        assertEquals(List.of("EVALUATED_ON BENCHMARK StepBench", "EVALUATED_ON BENCHMARK PlanBench"), fieldFacts("Zeta: Rewards for Steps",
                "Rewards are noisy. Experiments show Zeta's strength: on StepBench and PlanBench, it surpasses strong baselines by 11.9 points.",
                Relation.EVALUATED_ON));
    }

    @Test
    @DisplayName("a name that only qualifies a kind ('results in the LLM-Modulo setting') or a GPU ('3.5x on L40S') is no benchmark")
    void kindOrHardwareIsNoBenchmark() {
        assertEquals(List.of(), fieldFacts("Zeta: Serving",
                "Serving is slow. However, the results in the Plan-Modulo setting show more promise. Zeta improves throughput by 1.4x on L40S.",
                Relation.EVALUATED_ON));
    }

    @Test
    @DisplayName("a benchmark given as an example of the field's progress ('Recent advances … near-perfect accuracy on benchmarks like GSM8K') is not evaluated on")
    void benchmarkOfTheFieldsProgress() {
        assertEquals(List.of("EVALUATED_ON BENCHMARK Game of 24"), fieldFacts("Zeta: Harder Math",
                "Recent advances in language models have achieved near-perfect accuracy on grade-school math benchmarks like GSM8K. "
                        + "We evaluate Zeta on Game of 24.", Relation.EVALUATED_ON));
    }

    @Test
    @DisplayName("a dataset the paper makes is not evaluated on where a later sentence only releases it ('We release all the StepData dataset')")
    void releasedNotEvaluated() {
        assertEquals(List.of(), fieldFacts("StepData: A Dataset of Plans",
                "Plans are scarce. We introduce StepData, a dataset of 10K plans for training planners. "
                        + "We release all the StepData dataset, the models and the code.", Relation.EVALUATED_ON));
    }

    @Test
    @DisplayName("a dataset said to be made to evaluate ('StepQA, which is designed to faithfully evaluate planners') is evaluated on")
    void madeToEvaluateAsNamed() {
        assertEquals(List.of("EVALUATED_ON BENCHMARK StepQA"), fieldFacts("StepQA: A Dataset for Planning with Tools",
                "Planners fail with tools. To address this, we introduce a new dataset called StepQA, which is designed to faithfully "
                        + "evaluate planners. Our development of StepQA involved a scalable process for dataset curation.", Relation.EVALUATED_ON));
    }

    @Test
    @DisplayName("a benchmark paper's examples of others' benchmarks before its own ('95% on simple benchmarks such as GSM8K') and its own parts are not evaluated on")
    void othersResourcesOfBenchmarkPaper() {
        assertEquals(List.of("EVALUATED_ON BENCHMARK StepArena"), fieldFacts("StepArena: A Fast Benchmark for Planning Agents",
                "We study open-ended agents. Models score 95% on simple benchmarks such as GSM8K. We introduce StepArena, "
                        + "a benchmark of 300 planning tasks. Agents reach only 12% on StepArena and 9% on StepArena-Hard.", Relation.EVALUATED_ON));
    }

    @Test
    @DisplayName("a model set level with ('the first open model to match GPT-4', 'approach the performance levels of Gemini-Ultra', 'past that of GPT-4o') is compared with")
    void setLevelWith() {
        for (String sentence : List.of("Our data led to Zeta-32B, the first model trained on public data to match GPT-4 on AIME.",
                "Both Zeta models approach the performance levels of the full Gemini-Ultra model.",
                "Search lifts the reasoning of Zeta past that of GPT-4o on popular benchmarks.")) {
            List<String> facts = fieldFacts("Zeta: Open Reasoners", "Reasoning is costly. " + sentence, Relation.COMPARES_WITH);
            assertEquals(1, facts.size(), () -> sentence + " " + facts);
            assertEquals(List.of(), fieldFacts("Zeta: Open Reasoners", "Reasoning is costly. " + sentence, Relation.USES_MODEL), sentence);
        }
    }

    @Test
    @DisplayName("a name set off after the kind of thing the authors make ('an efficient inference scheduler, Zeta-Serve, to …', 'a novel inference scheme, step skipping, for …') is proposed")
    void nameAfterKindMade() {
        assertEquals(List.of("PROPOSES METHOD Zeta-Serve"), fieldFacts("Some Study of Serving",
                "Serving is slow. We introduce an efficient LLM inference scheduler, Zeta-Serve, to address this tradeoff.", Relation.PROPOSES));
        assertEquals(List.of("PROPOSES METHOD step skipping"), fieldFacts("Some Study of Serving",
                "Serving is slow. We present a novel inference scheme, step skipping, for accelerating decoders.", Relation.PROPOSES));
    }

    @Test
    @DisplayName("a coined name right after the kind of resource the authors make, then how they made it ('a process supervision dataset StepPRM400K using a pipeline')")
    void kindThenCoinedThenHow() {
        assertEquals(List.of("INTRODUCES BENCHMARK StepPRM400K"), fieldFacts("Some Study of Rewards",
                "Rewards are noisy. We construct a multimodal process supervision dataset StepPRM400K using an automated data pipeline.",
                Relation.INTRODUCES));
    }

    @Test
    @DisplayName("a sequel's Roman numeral belongs to the name ('FooCraft II'), and is no name alone")
    void romanNumeralSequel() {
        List<String> facts = facts(extract("Agents Play Strategy Games", "We introduce FooCraft II, a new environment for assessing LLMs in real-time strategy."));
        assertTrue(facts.contains("INTRODUCES BENCHMARK FooCraft II"), facts::toString);
        assertFalse(facts.stream().anyMatch(f -> f.endsWith(" II") && !f.contains("FooCraft")), facts::toString);
    }

    @Test
    @DisplayName("the shipped vocabulary knows the field's formalisms and standard tools (MDP, DPP, PTQ, VQ, DTW, LTL): abbreviated by a paper, they are not its proposals")
    void fieldTermsAreNoProposals() {
        List<String> facts = facts(extractShipped("Zeta: Token Rewards for Alignment",
                "We introduce Zeta, a framework that models alignment as a Markov decision process (MDP). Zeta samples diverse prompts with "
                        + "determinantal point processes (DPPs) and applies post-training quantization (PTQ). Unlike vector quantization (VQ), it "
                        + "aligns series by dynamic time warping (DTW) and checks plans in linear temporal logic (LTL)."));
        assertTrue(facts.contains("PROPOSES METHOD Zeta"), facts::toString);
        assertEquals(List.of("PROPOSES METHOD Zeta"), facts.stream().filter(f -> f.startsWith("PROPOSES")).toList());
    }

    @Test
    @DisplayName("the shipped vocabulary reads RLVR as a method papers build on (annotators counted it so in 12 of 13 mentions), SFT as nobody's method")
    void rlvrIsBuiltOn() {
        List<String> facts = facts(extractShipped("Zeta: Sparse Rewards for Reasoning",
                "Reinforcement learning with verifiable rewards (RLVR) has improved reasoning. We show that Zeta makes RLVR more sample-efficient "
                        + "than SFT."));
        assertTrue(facts.contains("COMPARES_WITH METHOD reinforcement learning with verifiable rewards"), facts::toString);
        assertFalse(facts.stream().anyMatch(f -> f.contains("supervised fine-tuning")), facts::toString);
    }

    @Test
    @DisplayName("a known method abbreviated before a modifier and a method noun ('a novel Monte Carlo Tree Search (MCTS) reasoning algorithm') is what the contribution is a kind of")
    void knownKindWithModifier() {
        List<String> facts = facts(extractShipped("Some Study of Search",
                "Search is slow. We propose ZetaSearch: a novel Monte Carlo Tree Search (MCTS) reasoning algorithm for LLMs."));
        assertTrue(facts.contains("PROPOSES METHOD ZetaSearch"), facts::toString);
        assertFalse(facts.stream().anyMatch(f -> f.startsWith("PROPOSES") && f.contains("MCTS")), facts::toString);
    }

    @Test
    @DisplayName("a bare version in a list of what is released ('(2) Zeta 2, models finetuned on the V2 mixture') names nothing on its own")
    void bareVersionIsNoName() {
        List<String> facts = fieldFacts("Camels Again: Adapting Zeta", "Adaptation moves fast. Concretely, we release: (1) Zeta-V2-mix, an "
                + "improved collection of instruction datasets; (2) Zeta 2, Gemini models finetuned on the V2 mixture; (3) Code Zeta 2, "
                + "Gemini-Code models finetuned on our V2 mix that outperform Gemini-Code.", Relation.PROPOSES);
        assertFalse(facts.contains("PROPOSES METHOD V2"), facts::toString);
    }

    @Test
    @DisplayName("a known benchmark the paper's own is made from is not evaluated on: compared with when rewritten or extended ('a "
            + "ground-up rewrite of ALFWorld', 'an extension of the ALFWorld mechanics'), left out when built on ('Building upon ALFWorld, we …')")
    void benchmarkMadeFrom() {
        List<Map.Entry<String, Boolean>> comparedWhenMadeFrom = List.of(
                Map.entry("We present StepWorld: a ground-up rewrite of ALFWorld that runs 250x faster.", true),
                Map.entry("We present StepWorld, the next generation of the ALFWorld benchmark.", true),
                Map.entry("We present StepWorld, a significant extension of the ALFWorld mechanics with elements inspired from GSM8K.", true),
                Map.entry("Building upon GSM8K, we develop StepWorld, a harder set of agent tasks. Building upon the ALFWorld engine, it runs fast.", false));
        for (Map.Entry<String, Boolean> madeFrom : comparedWhenMadeFrom) {
            String sentence = madeFrom.getKey();
            List<String> facts = facts(extract("StepWorld: A Fast Benchmark for Agents", "Agents are slow to train. " + sentence));
            assertEquals(madeFrom.getValue(), facts.contains("COMPARES_WITH BENCHMARK ALFWorld"), () -> sentence + " " + facts);
            assertFalse(facts.contains("EVALUATED_ON BENCHMARK ALFWorld") || facts.contains("EVALUATED_ON BENCHMARK GSM8K"), () -> sentence + " " + facts);
        }
        // Evaluated on, the same benchmark stays, and so does one whose results are built on.
        assertTrue(facts(extract("StepWorld: A Fast Benchmark for Agents", "We evaluate StepWorld agents on ALFWorld."))
                .contains("EVALUATED_ON BENCHMARK ALFWorld"));
        assertTrue(facts(extract("Agent Failures", "Building upon the ALFWorld results, we analyse where agents fail and evaluate fixes."))
                .contains("EVALUATED_ON BENCHMARK ALFWorld"));
    }

    @Test
    @DisplayName("a coined name set off by dashes after the kind of resource the authors establish ('a bilingual benchmark -- WebStepBench -- for …') is introduced; 'GUI' is no name")
    void dashedBenchmarkAndGenericGui() {
        List<String> facts = facts(extract("Some Study of Agents", "Agents browse poorly. For comprehensive evaluation, we establish a bilingual "
                + "benchmark -- WebStepBench -- for real-world web navigation tasks. Our agent uses a Graphical User Interface (GUI) parser."));
        assertTrue(facts.contains("INTRODUCES BENCHMARK WebStepBench"), facts::toString);
        assertFalse(facts.stream().anyMatch(f -> f.endsWith(" GUI")), facts::toString);
    }

    @Test
    @DisplayName("a known benchmark the authors say they make ('we introduce the GSM8K benchmark with 8.5K problems') is introduced, its fame notwithstanding")
    void knownBenchmarkMadeHere() {
        List<String> facts = facts(extract("Grade School Math for Verifiers",
                "Models fail at multi-step math. In this paper, we introduce the GSM8K benchmark with 8.5K problems. Models solve 35% of it."));
        assertTrue(facts.contains("INTRODUCES BENCHMARK GSM8K"), facts::toString);
    }

    @Test
    @DisplayName("a release named with a gerund part ('We introduce Zeta-4-reasoning, a 14-billion parameter reasoning model') is proposed; '-ing' is no modifier like '-based'")
    void gerundPartOfName() {
        assertEquals(List.of("PROPOSES METHOD Zeta-4-reasoning"), fieldFacts("Some Report",
                "Reasoning is costly. We introduce Zeta-4-reasoning, a 14-billion parameter reasoning model.", Relation.PROPOSES));
    }
    @Test
    @DisplayName("models of the ninth fresh lists: 'more than 20,000 GPU hours' opens no comparison; 'the same base model as X (i.e. Y)' uses Y; "
            + "'we open-source X-9B-Thinking, which …' releases it; 'we apply it to a recent LLM called Llama' uses Llama; 'we train X, a "
            + "retrieval-augmented LM' makes X")
    void modelsOfTheNinthFreshLists() {
        assertEquals(List.of("USES_MODEL MODEL Llama-2", "USES_MODEL MODEL Gemini"), factsOfRelation(factsOf(SHIPPED, "In this paper, we study "
                + "strategies. Through extensive experiments (more than 20,000 GPU hours) across a variety of models (e.g., Llama-2 and Gemini), "
                + "our studies help."), "USES_MODEL"));
        assertTrue(factsOf(SHIPPED, "In this work, we present FooPO. FooPO achieves this using the same base model as DeepSeek (i.e. Qwen2.5-32B), "
                + "using fewer steps.").contains("USES_MODEL MODEL Qwen2.5-32B"));
        assertEquals(List.of("PROPOSES METHOD Gemini-4V-9B-Thinking"), fieldFacts("Some Report", "Reasoning matters. To facilitate research, "
                + "we open-source Gemini-4V-9B-Thinking, which achieves strong performance among models of comparable size.", Relation.PROPOSES));
        List<String> applied = factsOf(SHIPPED, "To validate FooMA, we apply it to a recent LLM called LLaMA and term this formed large "
                + "vision-language instructed model as FooVIN.");
        assertTrue(applied.contains("USES_MODEL MODEL LLaMA") && applied.contains("PROPOSES METHOD FooVIN"), applied::toString);
        assertTrue(factsOf(SHIPPED, "Models hallucinate. We train ZAVA, a retrieval-augmented LM by carefully creating synthetic data to detect "
                + "hallucinations.").contains("PROPOSES METHOD ZAVA"));
        // A rival after "approaches the effectiveness of", the quantity after "than" notwithstanding.
        assertTrue(factsOf(SHIPPED, "We propose Zynx. Zynx surpasses the baseline by more than 26 pts and approaches the effectiveness of GPT-3.5.")
                .contains("COMPARES_WITH MODEL GPT-3.5"));
        // "performs as well as X" sets X against it; a building block named after a model is no model used.
        List<String> asWell = factsOf(SHIPPED, "We propose FooVec. On Librispeech it performs as well as wav2vec 2.0 in 10.6x less time. "
                + "Earlier efforts tried hybrid design with MobileNet block, yet inference stays slow.");
        assertTrue(asWell.contains("COMPARES_WITH MODEL wav2vec 2.0") && asWell.stream().noneMatch(f -> f.contains("MobileNet")), asWell::toString);
        // "on X, a … benchmark" evaluates on X; "a 6% improvement on X compared to …" measures on X, and ", enabling Y to match …"
        // says what the method lets Y do.
        List<String> described = factsOf(SHIPPED, "We propose FooMem. First, on ScreenshotFoo, a challenging multimodal benchmark "
                + "comprising 20,000 screenshots, FooMem achieves 35% higher accuracy. FooMem achieves a 6% absolute improvement on ColFoo "
                + "compared to other multi-turn RL algorithms, enabling Llama-3.1-8B to match the performance of GPT-4o.");
        assertTrue(described.containsAll(List.of("EVALUATED_ON BENCHMARK ScreenshotFoo", "EVALUATED_ON BENCHMARK ColFoo",
                "USES_MODEL MODEL Llama-3.1-8B", "COMPARES_WITH MODEL GPT-4o")), described::toString);
        // A share of another's is still set against it.
        assertTrue(factsOf(SHIPPED, "We propose Zynx. Zynx reaches more than 95% of the performance of GPT-4 at a fraction of the cost.")
                .contains("COMPARES_WITH MODEL GPT-4"));
    }

    private static List<String> factsOfRelation(List<String> facts, String relation) {
        return facts.stream().filter(f -> f.startsWith(relation + " ")).toList();
    }

    @Test
    @DisplayName("a title head its long form makes a resource, that the abstract calls an agent, is a method ('Repo2Foo: Automated Building "
            + "Executable Environment …' with 'Repo2Foo, the first LLM-based agent …'); not a title that says it evaluates")
    void titleHeadDescribedAsAgent() {
        assertEquals(List.of("PROPOSES METHOD Repo2Foo"), fieldFacts("Repo2Foo: Automated Building Executable Environment for Code Repository at Scale",
                "Environments are scarce. We introduce Repo2Foo, the first LLM-based agent aiming at automating the building of executable test "
                        + "environments for any repositories at scale.", Relation.PROPOSES));
    }

    @Test
    @DisplayName("models of the eleventh fresh lists: the last of what is done without ('without costly human annotation or GPT-4 "
            + "distillation'); 'our resulting X 7B' is the paper's, 'X 8x7B' another size of it; a benchmark paper's rivals beaten by "
            + "models trained on its data ('FooCode-tuned models … surpassing …') stay rivals")
    void modelsOfTheEleventhFreshLists() {
        assertTrue(factsOf(SHIPPED, "We show how to harvest instruction data without costly human annotation or GPT-4 distillation, providing a "
                + "new paradigm.").stream().noneMatch(f -> f.contains("GPT-4")));
        List<String> own = factsOf(SHIPPED, "We unify embedding and generation. Compared to other open models, our resulting FritLM 7B sets a new "
                + "state of the art on MTEB. By scaling up further, FritLM 8x7B outperforms all open generative language models.");
        assertTrue(own.contains("PROPOSES METHOD FritLM 7B") && own.stream().noneMatch(f -> f.contains("8x7B")), own::toString);
        List<String> rivals = factsOf(SHIPPED, "We introduce FooCode, a synthetic dataset of coding questions. Fine-tuning experiments show that "
                + "FooCode-tuned models achieve state-of-the-art performance, surpassing models like Qwen2.5-Coder-32B-Instruct.");
        assertTrue(rivals.contains("COMPARES_WITH MODEL Qwen2.5-Coder-32B-Instruct"), rivals::toString);
    }

    @Test
    @DisplayName("shapes from the sixth session's re-read, each read as before its rules: known benchmarks gathered, a known model tuned or "
            + "handed something, a name that starts with a digit after 'than', 'improvement upon', a count after a name, a compound title word, "
            + "training on a described dataset, what is done without as an act, 'does as well as', a plural after 'and'")
    void reviewedShapes() {
        assertEquals(List.of("EVALUATED_ON BENCHMARK MMLU", "EVALUATED_ON BENCHMARK GSM8K"),
                factsOfRelation(factsOf(SHIPPED, "We collect a set of existing benchmarks: MMLU and GSM8K."), "EVALUATED_ON"));
        assertTrue(factsOf(SHIPPED, "We fine-tune Llama-2-7B on our data, and our resulting Llama-2-7B outperforms GPT-3.5.")
                .contains("USES_MODEL MODEL Llama-2-7B"));
        assertTrue(factsOf(SHIPPED, "For each task, we provide GPT-4, a strong proprietary model, with the full context.")
                .contains("USES_MODEL MODEL GPT-4"));
        assertTrue(factsOf(SHIPPED, "We propose QuickNet. QuickNet is more accurate than 4DGS and YOLOv8 on all scenes.")
                .contains("COMPARES_WITH MODEL YOLOv8"));
        assertTrue(factsOf(SHIPPED, "We propose CodeFix. CodeFix yields a 12% improvement upon GPT-4 on SWE-bench.")
                .contains("COMPARES_WITH MODEL GPT-4"));
        assertTrue(factsOf(SHIPPED, "We build a simulator for evaluating LLM agents, and a data collection pipeline, which we call Zorb.")
                .contains("PROPOSES METHOD Zorb"));
        assertTrue(factsOf(SHIPPED, "We propose a method, called SparseFoo here, that prunes adapters.").contains("PROPOSES METHOD SparseFoo"));
        assertTrue(factsOf(SHIPPED, "We introduce a new dataset ZorbQA 10 times larger than prior ones.").contains("INTRODUCES BENCHMARK ZorbQA"));
        assertEquals(List.of(), factsOfRelation(facts(SHIPPED.extract(new PaperRecord("p", "Scaling Multi-Agent Collaboration",
                "We propose a multi-agent framework where agents debate.", "test:1"))), "PROPOSES"));
        assertEquals(List.of(), factsOfRelation(factsOf(SHIPPED, "By training on HexaWeb, a large dataset of browsing traces, WebPilot learns."),
                "EVALUATED_ON"));
        assertTrue(factsOf(SHIPPED, "We propose FooTune. We test it without changing Llama-2-7B or Mistral-7B weights.")
                .contains("USES_MODEL MODEL Mistral-7B"));
        assertTrue(factsOf(SHIPPED, "We propose FastASR. FastASR does as well as wav2vec 2.0 in 10.6x less time.")
                .contains("COMPARES_WITH MODEL wav2vec 2.0"));
        assertEquals(List.of("PROPOSES METHOD CodeAgent"),
                factsOfRelation(factsOf(SHIPPED, "We develop CodeAgent and Unit Tests for each repository."), "PROPOSES"));
        // A count with its unit after "over" ("over 200k instances") opens no comparison either.
        assertEquals(List.of(), factsOfRelation(factsOf(SHIPPED, "We contribute a large-scale training dataset with over 200k instances, which "
                + "substantially optimizes the tool retrieval ability of BM25 models."), "COMPARES_WITH"));
    }


    @Test
    @DisplayName("an abbreviation the vocabulary lists, defined with a long form of other words ('Motion-Adaptive Spline (MAS)'), is coined here; spelled as the known one, it is that")
    void abbreviationDefinedAnew() {
        Extractor knowing = new Extractor(new Vocabulary(List.of(), List.of(), List.of(method("graph neural network", "GNN")), List.of(),
                List.of(concept("multi-agent system", List.of("MAS"), List.of(), List.of()))));
        assertTrue(factsOf(knowing, "At its core is a novel Motion-Adaptive Spline (MAS) method, which represents trajectories with few control points.")
                .contains("PROPOSES METHOD MAS"));
        assertTrue(factsOf(knowing, "We propose a Motion-Adaptive Spline (MAS) that represents trajectories.").contains("PROPOSES METHOD MAS"));
        assertFalse(factsOf(knowing, "We propose a cooperative Multi-Agent System (MAS) that plans trips.").contains("PROPOSES METHOD MAS"));
        // A misspelt or plural long form still shares the known one's words.
        assertTrue(knowing.isKnown("Graph Neural Networks (GNN)"));
        assertEquals(List.of(), factsOf(knowing, "We propose an attention-enhanced Graph Neural Netwok (GNN) to model spatial dependencies.").stream()
                .filter(f -> f.startsWith("PROPOSES")).toList());
        assertFalse(knowing.isKnown("Motion-Adaptive Spline (MAS)"));
        assertTrue(knowing.isKnown("MAS"));
        // Listed by its abbreviation only, the entry has no long form to share words with: a definition is read as coined.
        Extractor bare = new Extractor(new Vocabulary(List.of(), List.of(), List.of(method("SAM")), List.of(), List.of()));
        assertFalse(bare.isKnown("Sharpness-Aware Minimization (SAM)"));
        assertTrue(bare.isKnown("SAM"));
        // Six letters tell "Expert" from "Experience".
        Extractor her = new Extractor(new Vocabulary(List.of(), List.of(), List.of(method("hindsight experience replay", "HER")), List.of(), List.of()));
        assertFalse(her.isKnown("Hierarchical Expert Router (HER)"));
    }

    @Test
    @DisplayName("'Our method, TD-Zorb, achieves …': the paper's own method by name, even one the vocabulary has come to know; 'our baseline method, ReAct,' is not")
    void ownMethodOutright() {
        Extractor knowing = new Extractor(new Vocabulary(List.of(), List.of(), List.of(method("TD-Zorb"), method("ReAct")), List.of(), List.of()));
        assertTrue(factsOf(knowing, "Our method, TD-Zorb, achieves superior sample efficiency over prior work on continuous control tasks.")
                .contains("PROPOSES METHOD TD-Zorb"));
        assertFalse(factsOf(knowing, "Our baseline method, ReAct, fails on long tasks.").contains("PROPOSES METHOD ReAct"));
        assertFalse(factsOf(knowing, "Our agent, ReAct, fails on long tasks.").contains("PROPOSES METHOD ReAct"));
        // Review: the name opens a clause of its own after a preposition, or is what the method is applied to.
        assertFalse(factsOf(knowing, "Unlike our method, ReAct requires a reference model.").contains("PROPOSES METHOD ReAct"));
        assertFalse(factsOf(knowing, "For our method, TD-Zorb is applied to all layers.").contains("PROPOSES METHOD TD-Zorb"));
        assertFalse(factsOf(knowing, "Our approach, TD-Zorb, is applied to a 7B model to improve math reasoning.").contains("PROPOSES METHOD TD-Zorb"));
    }
}
