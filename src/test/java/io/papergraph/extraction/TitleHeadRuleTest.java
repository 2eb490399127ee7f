package io.papergraph.extraction;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TitleHeadRuleTest {

    @Test
    @DisplayName("'NAME: long form' proposes NAME with the long form as alias")
    void proposesWithLongForm() {
        String title = "StepWise: Verifiable Planning for Language Agents";

        Optional<Mention> mention = TitleHeadRule.apply(title);

        assertEquals(Optional.of(new Mention(Relation.PROPOSES, EntityKind.METHOD, "StepWise",
                List.of("Verifiable Planning for Language Agents"), title, "title-head", 0.9, null)), mention);
    }

    @ParameterizedTest(name = "{0}")
    @DisplayName("a dash with spaces around it sets the head off as a colon does: 'ReMix — Reward Mixing …', 'ReMix -- …', 'ReMix - …'")
    @ValueSource(strings = {"ReMix — Reward Mixing for Alignment", "ReMix -- Reward Mixing for Alignment", "ReMix - Reward Mixing for Alignment"})
    void dashHeads(String title) {
        Mention mention = TitleHeadRule.apply(title).orElseThrow();
        assertEquals("ReMix", mention.name());
        assertEquals(List.of("Reward Mixing for Alignment"), mention.aliases());
    }

    @ParameterizedTest(name = "{0}")
    @DisplayName("no head is proposed by a dash that joins words or sets off a topic, a survey's head, or a plain head asked about")
    @ValueSource(strings = {"Vision - Language Pretraining for Radiology", "Efficient Long-Context Inference - The FlashKV Approach",
            "Deep Learning: A Survey", "Mixture of Experts: A Primer", "LLM4Rec: A Survey of Recommenders",
            "Self-Supervised Learning: What Really Matters?", "Chain of Thought Prompting: When Does It Help?"})
    void noHead(String title) {
        assertEquals(Optional.empty(), TitleHeadRule.apply(title, "Chain of thought prompting and deep learning help. We study them."));
    }

    @Test
    @DisplayName("a coined head asked about is still the paper's: 'GLoRe: When, Where, and How to Improve …'")
    void coinedHeadAskedAbout() {
        assertEquals("GLoRe", TitleHeadRule.apply("GLoRe: When, Where, and How to Improve LLM Reasoning").orElseThrow().name());
    }

    @ParameterizedTest(name = "{0}")
    @DisplayName("coined heads of various shapes are proposed")
    @CsvSource(delimiter = '|', value = {
            "φ-Decoding: Adaptive Foresight Sampling      | φ-Decoding",
            "MoE-Lite: Sparse Experts for Edge Devices    | MoE-Lite",
            "R1-Zero: Reasoning from Scratch              | R1-Zero",
            "Memento: Agents that Remember Past Episodes  | Memento",
            // a name after a preposition, the rest of the title spelling it out
            "Long-term Forecasting with TiDE: Time-series Dense Encoder | TiDE",
            "For SALE: State-Action Representation Learning for Deep RL | SALE",
    })
    void coinedHeads(String title, String name) {
        Mention mention = TitleHeadRule.apply(title).orElseThrow();
        assertEquals(Relation.PROPOSES, mention.relation());
        assertEquals(name, mention.name());
    }

    @Test
    @DisplayName("a head may open with a dimension: '3D-PLAN: …', and '3D Plan Actor: …' when the abstract repeats it")
    void dimensionFirst() {
        assertEquals("3D-PLAN", TitleHeadRule.apply("3D-PLAN: A 3D Planning World Model").orElseThrow().name());
        assertEquals("3D Plan Actor", TitleHeadRule.apply("3D Plan Actor: Policy Planning with 3D Scenes",
                "We present 3D Plan Actor, a policy. 3D Plan Actor plans well.", name -> false).orElseThrow().name());
    }

    @Test
    @DisplayName("a head that sets two things side by side names neither as the paper's ('StepNet vs Full Planning: …')")
    void twoThingsSetSideBySide() {
        assertEquals(Optional.empty(), TitleHeadRule.apply("StepNet vs Full Planning: An Illusion of Equivalence"));
        assertEquals(Optional.empty(), TitleHeadRule.apply("StepNet versus PlanNet: Which Plans Better?"));
    }

    @Test
    @DisplayName("a head that sets a direction or asks a question names nothing ('Towards Deeper StepNets: …', 'When Do LLMs Plan: …')")
    void directionOrQuestion() {
        assertEquals(Optional.empty(), TitleHeadRule.apply("Towards Deeper StepNets: Training Tips for Long Plans"));
        assertEquals(Optional.empty(), TitleHeadRule.apply("When Do LLMs Plan: A Study of Step Graphs"));
        assertEquals("StepNets", TitleHeadRule.apply("StepNets: Training Tips for Long Plans").orElseThrow().name());
    }

    @Test
    @DisplayName("a name after a preposition that the rest of the title does not spell out is not the head")
    void nameAfterPrepositionNotSpelledOut() {
        assertEquals(Optional.empty(), TitleHeadRule.apply("Long-term Forecasting with GPT-4: Lessons from Weather Data")
                .filter(m -> m.name().equals("GPT-4")));
        // A known method, spelled out or not, is not the paper's own; nor letters found across the whole long form.
        assertEquals(Optional.empty(), TitleHeadRule.apply("Aligning Chatbots with RLHF: Reinforcement Learning from Human Feedback at Scale", "",
                name -> name.equals("RLHF")).filter(m -> m.name().equals("RLHF")));
        assertEquals(Optional.empty(), TitleHeadRule.apply("Scaling Vision with MoX: Models for Image Recognition and Expert Routing")
                .filter(m -> m.name().equals("MoX")));
    }

    @Test
    @DisplayName("a name after a phrase of plain words is the head when the abstract uses it, spelled out by the title or not")
    void nameAfterPhraseUsedInAbstract() {
        String abstractText = "We propose a new approach, which we call PixFlow. We test PixFlow on a dataset called PixBench.";
        assertEquals("PixFlow", TitleHeadRule.apply("Image Editing with PixFlow: From Masks to Strokes", abstractText).orElseThrow().name());
        // Not without the abstract using it, and not after a coined word ("Scaling MoE with …" is no plain phrase).
        assertEquals(Optional.empty(), TitleHeadRule.apply("Image Editing with PixFlow: From Masks to Strokes", "We edit images.")
                .filter(m -> m.name().equals("PixFlow")));
        assertEquals(Optional.empty(), TitleHeadRule.apply("Scaling MoE with PixFlow: From Masks to Strokes", abstractText)
                .filter(m -> m.name().equals("PixFlow")));
    }

    @ParameterizedTest(name = "{0}")
    @DisplayName("benchmark-like heads or long forms introduce a resource of the right kind")
    @CsvSource(delimiter = '|', value = {
            "XBench: A Benchmark for Evaluating Tool-Using Agents | XBench    | benchmark",
            "ClinNotes: A Dataset of Annotated Clinical Notes     | ClinNotes | dataset",
            "MedCorpus: A Corpus of Discharge Summaries           | MedCorpus | dataset",
            "HomeSim: An Environment for Household Robots         | HomeSim   | environment",
            "AgentLab: A Testbed for Web Agents                   | AgentLab  | benchmark",
            "D5RL: Datasets for Data-Driven Control               | D5RL      | dataset",
            "HonestQA: Measuring How Models Mimic Human Lies      | HonestQA  | benchmark",
            "RoboGym: Simulated Manipulation Tasks                | RoboGym   | benchmark",
            "PlanScore: Fine-grained Atomic Evaluation of Plans   | PlanScore | metric",
            "MMXU: A Massive Multi-discipline Multimodal Understanding and Reasoning Benchmark for Expert AGI | MMXU | benchmark",
            // Adjectives in a list before the noun.
            "ToolBox: A Stateful, Conversational, Interactive Evaluation Benchmark for Tool Use | ToolBox | benchmark",
    })
    void introducesResources(String title, String name, String kind) {
        assertEquals(Optional.of(new Mention(Relation.INTRODUCES, EntityKind.BENCHMARK, name, List.of(), title, "title-head", 0.9, kind)),
                TitleHeadRule.apply(title));
    }

    @Test
    @DisplayName("'X: Benchmarking …' suggests a benchmark, less surely than a head or long form that names one")
    void benchmarkingSuggestsResource() {
        String title = "ToolRover: Benchmarking Tool Use in Language Models";
        assertEquals(Optional.of(new Mention(Relation.INTRODUCES, EntityKind.BENCHMARK, "ToolRover", List.of(), title, "title-head", 0.7, "benchmark")),
                TitleHeadRule.apply(title));
        // Benchmarking paired with what else the paper does.
        String paired = "PhoneLab: Training and Systematic Benchmarking of Phone Agents";
        assertEquals(Optional.of(new Mention(Relation.INTRODUCES, EntityKind.BENCHMARK, "PhoneLab", List.of(), paired, "title-head", 0.7, "benchmark")),
                TitleHeadRule.apply(paired));
        // A resource noun that qualifies the next word names what a method works on.
        assertEquals(Relation.PROPOSES, TitleHeadRule.apply("DistillX: Simple, Fast, Scalable Dataset Distillation").orElseThrow().relation());
        // A long form that says what the named thing does to resources names the method that makes them.
        assertEquals(Relation.PROPOSES, TitleHeadRule.apply("WorldMaker: Generating and Adapting Environments for Training Agents").orElseThrow().relation());
        // Not a gerund that qualifies the noun.
        assertEquals(Relation.INTRODUCES, TitleHeadRule.apply("ZetaGym: Training Environment for Embodied Agents").orElseThrow().relation());
        assertEquals(Relation.INTRODUCES, TitleHeadRule.apply("Zeta: Reasoning Benchmark for Multimodal Models").orElseThrow().relation());
        // What a method does and how it is checked is no benchmark's subtitle.
        for (String method : List.of("ZetaNet: Learning and Evaluating Dexterous Grasps", "HaluCheck: Detecting and Assessing Hallucinations in LLM Outputs")) {
            assertEquals(Relation.PROPOSES, TitleHeadRule.apply(method).orElseThrow().relation(), method);
        }
    }

    @Test
    @DisplayName("a head that defines its short name ('Long Form (LF): …') names the contribution by it, however long the long form")
    void headDefiningItsShortName() {
        Mention method = TitleHeadRule.apply("Recommendation as Language Processing (RLP): A Unified Paradigm").orElseThrow();
        assertEquals(Relation.PROPOSES, method.relation());
        assertEquals("RLP", method.name());
        assertEquals(List.of("Recommendation as Language Processing", "A Unified Paradigm"), method.aliases());
        Mention resource = TitleHeadRule.apply("Long Range Graph Benchmark (LRGB): Tasks that Need Long-Range Reasoning").orElseThrow();
        assertEquals(Relation.INTRODUCES, resource.relation());
        assertEquals("LRGB", resource.name());
        // Not a definition: lower-case words, or letters that do not spell the short form.
        assertEquals(Optional.empty(), TitleHeadRule.apply("Learning to reason with large language models (LLMs): a survey"));
        assertEquals(Optional.empty(), TitleHeadRule.apply("Large Language Models (LLMs): A Survey"));
        assertEquals(Optional.empty(), TitleHeadRule.apply("Graph Neural Networks (GNNs): Foundations and Frontiers"));
    }

    @Test
    @DisplayName("a QA name whose long form is a system, or a plural resource noun after 'using', proposes a method")
    void methodsThatLookLikeResources() {
        assertEquals(Relation.PROPOSES, TitleHeadRule.apply("UnifiedQA: Crossing Format Boundaries With a Single QA System").orElseThrow().relation());
        assertEquals(Relation.PROPOSES, TitleHeadRule.apply("SynDet: Training Object Detectors Using Only Synthetic Datasets").orElseThrow().relation());
        // An Eval name whose long form is an evaluator or a system; alone, it is a benchmark.
        assertEquals(Relation.PROPOSES, TitleHeadRule.apply("DebateEval: Towards Better LLM-based Evaluators through Debate").orElseThrow().relation());
        assertEquals(Relation.PROPOSES, TitleHeadRule.apply("DebateEval: A Multi-Agent System for Scoring Answers").orElseThrow().relation());
        assertEquals(Relation.INTRODUCES, TitleHeadRule.apply("DebateEval: Measuring How Models Argue").orElseThrow().relation());
    }

    @Test
    @DisplayName("an Eval or QA name the abstract calls a framework or a system proposes a method; called a benchmark, it introduces one")
    void evalNameDescribedByAbstract() {
        String title = "StepEval: Judging Plans using GPT-4 with Better Human Agreement";
        assertEquals(Relation.PROPOSES, TitleHeadRule.apply(title,
                "Metrics disagree with people. We present StepEval, a framework of using LLMs with forms to score plans.").orElseThrow().relation());
        assertEquals(Relation.INTRODUCES, TitleHeadRule.apply(title,
                "Metrics disagree with people. We present StepEval, a benchmark of 500 plans.").orElseThrow().relation());
        assertEquals(Relation.INTRODUCES, TitleHeadRule.apply(title, "Metrics disagree with people.").orElseThrow().relation());
        // Its expansion may stand between the name and what it is; a methodology is a method.
        assertEquals(Relation.PROPOSES, TitleHeadRule.apply(title,
                "We propose StepEval (Step Evaluation), a framework that scores each step.").orElseThrow().relation());
        assertEquals(Relation.PROPOSES, TitleHeadRule.apply(title,
                "We introduce StepEval, a new methodology for scoring the steps of a plan.").orElseThrow().relation());
    }

    @Test
    @DisplayName("'The PlanMix Optimizer: …' proposes the coined name, the head an alias; 'The Transformer Model: …' names nothing coined")
    void theNamedMethodHead() {
        Mention mention = TitleHeadRule.apply("The PlanMix Optimizer: Better, Faster, Older", "").orElseThrow();
        assertEquals("PlanMix", mention.name());
        assertTrue(mention.aliases().contains("The PlanMix Optimizer"), mention::toString);
        assertTrue(TitleHeadRule.apply("The Reasoning Model: Notes on Planning", "").map(Mention::name).filter("Reasoning"::equals).isEmpty());
    }

    @Test
    @DisplayName("a name and its version heads a title as a name ('Orca 2: …'); a plain word and a number after a colon in prose does not")
    void versionedNameHead() {
        assertEquals("Planner 2", TitleHeadRule.apply("Planner 2: Teaching Small Models How to Plan", "").orElseThrow().name());
        assertEquals(Optional.empty(), TitleHeadRule.apply("Chapter Two: Teaching Small Models How to Plan", ""));
    }

    @Test
    @DisplayName("the abstract's spelling of a head it never writes whole needs a first part of two characters or more")
    void abstractSpellingOfShortFirstPart() {
        assertEquals("S-LoRA", TitleHeadRule.abstractSpelling("S-LoRA", "New activation functions SwooshR and SwooshL work."));
        assertEquals("AlphaMath", TitleHeadRule.abstractSpelling("AlphaMath Almost Zero", "We train AlphaMath without labels; AlphaMath wins."));
    }

    @Test
    @DisplayName("a head that starts with an activity ('Understanding X Training', 'Fine-Tuning X Models') is no name; 'Meta-Prompting' alone is")
    void gerundHeads() {
        assertEquals(Optional.empty(), TitleHeadRule.apply("Understanding R2-Like Training: A Critical Perspective",
                "We examine R2-Like training."));
        assertEquals(Optional.empty(), TitleHeadRule.apply("Fine-Tuning Vision-Action Models: Optimizing Speed",
                "We study how to fine-tune vision-action models."));
        assertEquals("Meta-Prompting", TitleHeadRule.apply("Meta-Prompting: Task-Agnostic Scaffolding for Language Models",
                "We introduce Meta-Prompting, a scaffolding technique.").orElseThrow().name());
    }

    @ParameterizedTest
    @DisplayName("ordinary title heads do not fire")
    @ValueSource(strings = {
            "Learning to Reason: Scaling Test-Time Compute",
            "Survey: Large Language Models for Science",
            "Position: Agents Need Memory",
            "Large Language Models: A Survey",
            "Towards Robust Agents: A Study of Failure Modes",
            "Deep Research Agents: A Systematic Review",
            "A Title Without Any Colon",
            "Agents:no space after the colon",
    })
    void ordinaryHeads(String title) {
        assertEquals(Optional.empty(), TitleHeadRule.apply(title));
    }

    @Test
    @DisplayName("a plain title-case head the abstract uses again is proposed, with lower confidence")
    void plainHeadReused() {
        String title = "Memory Weaver: Long-Horizon Recall for Dialogue Agents";
        String abstractText = "Dialogue agents forget what users said weeks ago. Memory Weaver stores and links past turns, "
                + "and with Memory Weaver agents answer recall questions far more often.";

        assertEquals(Optional.of(new Mention(Relation.PROPOSES, EntityKind.METHOD, "Memory Weaver",
                        List.of("Long-Horizon Recall for Dialogue Agents"), title, "title-head", 0.75, null)),
                TitleHeadRule.apply(title, abstractText));
    }

    @Test
    @DisplayName("a head that starts with an ordinary noun but ends in a coined word is a name: 'Model Breadcrumbs'")
    void ordinaryNounThenName() {
        String title = "Model Lanterns: Merging Many Fine-Tunings with Sparse Masks";
        String abstractText = "We introduce Model Lanterns, which merge fine-tunings. Model Lanterns need no tuning.";
        assertEquals("Model Lanterns", TitleHeadRule.apply(title, abstractText).orElseThrow().name());
        assertEquals(Optional.empty(), TitleHeadRule.apply("Language Models: What They Know", "Language models know things."));
    }

    @Test
    @DisplayName("a plain title-case head the abstract never repeats is not proposed")
    void plainHeadNotReused() {
        assertEquals(Optional.empty(), TitleHeadRule.apply("Memory Weaver: Long-Horizon Recall for Dialogue Agents",
                "Dialogue agents forget what users said weeks ago. We store and link past turns in a graph."));
        assertEquals(Optional.empty(), TitleHeadRule.apply("Memory Weaver: Long-Horizon Recall for Dialogue Agents"));
    }

    @ParameterizedTest(name = "{0}")
    @DisplayName("heads starting with a gerund, an ordinary word or a question word, or saying something, are not names, even when repeated")
    @CsvSource(delimiter = '|', value = {
            "Learning to Plan: Agents that Think Ahead      | We study learning to plan in agents, and learning to plan helps.",
            "Planning Ahead: Agents that Think Ahead        | Planning ahead helps agents; we study planning ahead.",
            "Towards Honest Agents: A Study of Deception    | Towards honest agents, we measure deception.",
            "Why Agents Forget: Memory Failures in Dialogue | We ask why agents forget, and show why agents forget.",
            "Can Agents Plan: Evidence from Games           | Can agents plan? We find that agents can plan.",
            "Harder Tasks Need More Experts: Dynamic Routing | Harder tasks need more experts, so we route dynamically.",
            "Divide-and-Conquer Meets Consensus: Code Agents | We propose FunCoder; divide-and-conquer meets consensus.",
            "Mixture-of-Depths Is All You Need: Fast Models  | Mixture-of-Depths is all you need, we show.",
    })
    void notPlainNames(String title, String abstractText) {
        assertEquals(Optional.empty(), TitleHeadRule.apply(title, abstractText));
    }

    @ParameterizedTest(name = "{0}")
    @DisplayName("a plain title-case head that ends in a method noun is proposed even when the abstract never repeats it")
    @CsvSource(delimiter = '|', value = {
            "Contrastive Routing Networks: Sparse Experts for Vision | Contrastive Routing Networks",
            "Causal Plan Transformers: Reasoning over Action Graphs   | Causal Plan Transformers",
    })
    void methodNounHeads(String title, String name) {
        assertEquals(Optional.of(name), TitleHeadRule.apply(title, "We study a problem and solve it with a new model.").map(Mention::name));
    }

    @Test
    @DisplayName("'X Technical Report: …' proposes X")
    void technicalReport() {
        assertEquals(Optional.of("Phi-3"), TitleHeadRule.apply("Phi-3 Technical Report: A Highly Capable Language Model Locally on Your Phone")
                .map(Mention::name));
    }

    @Test
    @DisplayName("a survey of a method family is not a proposal of it")
    void surveys() {
        assertEquals(Optional.empty(), TitleHeadRule.apply("Convolutional Neural Networks: An Overview", "We review the field."));
        // The abstract may say so where the title does not; a coined head is still the paper's.
        String survey = "We trace the concept of test-time computing back to System-1 models. We organize this survey by the trend of System-1 to System-2 thinking.";
        assertEquals(Optional.empty(), TitleHeadRule.apply("Test-time Computing: from System-1 Thinking to System-2 Thinking", survey));
        assertEquals(Optional.of("Test-time Computing"), TitleHeadRule.apply("Test-time Computing: from System-1 Thinking to System-2 Thinking",
                "We scale test-time computing with Test-time Computing.").map(Mention::name));
        assertEquals(Optional.of("ThinkBench"), TitleHeadRule.apply("ThinkBench: from System-1 Thinking to System-2 Thinking", survey)
                .map(Mention::name));
    }

    @Test
    @DisplayName("a long form that mentions a benchmark after a preposition is a method's: 'A Framework for Agents on a New Benchmark'")
    void benchmarkAfterPreposition() {
        assertEquals(Relation.PROPOSES, TitleHeadRule.apply("StepNet: A Framework for Agents on a New Benchmark").orElseThrow().relation());
    }

    @Test
    @DisplayName("'The Flora Dataset: …' introduces Flora, the head an alias; 'The Pitfalls Benchmark' and a plain 'Large Dataset' do not")
    void resourceHead() {
        Mention flora = TitleHeadRule.apply("The Flora Dataset: An Open-Access Collection for Multilingual Instruction Tuning", "").orElseThrow();
        assertEquals(Relation.INTRODUCES, flora.relation());
        assertEquals("Flora", flora.name());
        assertEquals("dataset", flora.resourceKind());
        assertEquals("Flora Dataset", flora.aliases().get(0));
        assertEquals(Relation.INTRODUCES, TitleHeadRule.apply("Polyglot Speech Corpus: Ten Thousand Hours", "").orElseThrow().relation());
        assertEquals(Optional.empty(), TitleHeadRule.apply("The Large Dataset: Why Size Matters", ""));
    }

    @Test
    @DisplayName("'X: Assessing …' suggests a benchmark as 'X: Evaluating …' does, 'X: Probing …' and 'X: Diagnosing …' do not (tools); 'The X Datasets: …' introduces X")
    void benchmarkingLongForms() {
        assertEquals(Relation.INTRODUCES, TitleHeadRule.apply("MathCheck: Assessing the Robustness of Mathematical Reasoning", "").orElseThrow().relation());
        assertEquals(Relation.PROPOSES, TitleHeadRule.apply("SAE-Lens: Probing Sparse Autoencoder Features in Language Models", "").orElseThrow().relation());
        assertEquals(Relation.PROPOSES, TitleHeadRule.apply("GradCheck: Diagnosing Gradient Pathologies in Deep Networks", "").orElseThrow().relation());
        assertEquals(Relation.PROPOSES, TitleHeadRule.apply("LatentPower: Measuring Agency with Latent Models", "").orElseThrow().relation());
        Mention corp = TitleHeadRule.apply("The WebCorp Datasets: Decanting the Web for the Finest Text Data", "").orElseThrow();
        assertEquals("WebCorp", corp.name());
        assertEquals("dataset", corp.resourceKind());
    }

    @Test
    @DisplayName("a head joining two coined names names the first as the method; a phrase with 'and' stays whole")
    void pairOfNames() {
        assertEquals("Molmo", TitleHeadRule.apply("Molmo and PixMo: Open Weights and Open Data for Vision-Language Models").orElseThrow().name());
        assertEquals("Plan-and-Solve", TitleHeadRule.apply("Plan-and-Solve: Prompting for Zero-Shot Reasoning").orElseThrow().name());
    }
}
