package io.papergraph.extraction;

import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
    @DisplayName("what the authors introduced in earlier work is what this paper builds on, not a proposal")
    void earlierWork() {
        String sentence = "In our previous work, we introduced VoiceCraft, a multilingual speech synthesis model.";
        assertEquals(List.of("COMPARES_WITH VoiceCraft null authors-earlier-work"), summary(apply(sentence)));
        assertEquals(List.of("COMPARES_WITH StepNet null authors-earlier-work"),
                summary(apply("We previously proposed StepNet, a planner for long tasks.")));
    }

    @Test
    @DisplayName("the best model of a ranking ('with the best model, ZetaLM-4, scoring …') or the models evaluated ('evaluate 7 models: …') are no proposals")
    void rankedOrEvaluatedModels() {
        assertEquals(List.of(), summary(apply("Our findings reveal that models struggle, with the best model, ZetaLM-4, scoring only 28.9% on average.")));
        assertEquals(List.of(), summary(apply("To evaluate agents, we construct a security agent and evaluate 7 models: ZetaLM-4, FooLM and BarLM.")));
        // Named after a colon, what the authors make stays theirs.
        assertEquals(List.of("PROPOSES Auto-Zeta null we-propose"), summary(apply("We propose an automatic planning method: Auto-Zeta.")));
    }

    @Test
    @DisplayName("a kind of model heads the appositive, not the data it is trained on: 'X, a transformer pretrained on … datasets' proposes X")
    void modelKindHeadsAppositive() {
        assertEquals(List.of("PROPOSES TabPrior null we-propose"), summary(apply("We propose TabPrior, a transformer pretrained on millions of synthetic datasets.")));
        assertEquals(List.of("PROPOSES DepthAny null we-propose"), summary(apply("We propose DepthAny, a depth estimator trained on 20 datasets.")));
        assertEquals(List.of("INTRODUCES MedQA-X dataset we-propose"), summary(apply("We introduce MedQA-X, a dataset of questions for evaluating retrievers.")));
        // A noun that as often modifies the head is none: "a network traffic dataset" is a dataset.
        assertEquals(List.of("INTRODUCES NetFlow-24 dataset we-propose"), summary(apply("We introduce NetFlow-24, a network traffic dataset of 2M flows.")));
    }

    @Test
    @DisplayName("the third fresh lists' shapes: 'X, a … token mixer', 'X, a family of … embeddings', 'a method, called cross-lingual-thought prompting (XLT), …'")
    void namesOfTheThirdFreshLists() {
        assertEquals(List.of("PROPOSES Aggregated Focus null we-propose"),
                summary(apply("To address this issue, we propose Aggregated Focus, a biomimetic design-based token mixer that simulates foveal vision.")));
        assertEquals(List.of("PROPOSES Q7 null we-propose"),
                summary(apply("This paper presents Q7, a family of state-of-the-art text embeddings that transfer well to many tasks.")));
        assertEquals(List.of("PROPOSES XLTP null called-named"), summary(apply(
                "In this work, we introduce a simple yet effective method, called cross-lingual-thought prompting (XLTP), to improve multilingual LLMs.")));
        // A short form the sentence defines for its long form is the acronym rule's, read once.
        assertEquals(1, summary(apply("We introduce a method, called step-level beam search (SLBS), that prunes steps.")).size());
        // Not a layer of someone else's model named after its noun.
        assertEquals(List.of(), summary(apply("We replace each block, a standard transformer layer, with a cheaper one.")));
    }

    @Test
    @DisplayName("no name after a capitalised word's colon ('in Cities: Skylines'); 'We present Agent Lightning' names it whole; "
            + "'the transition-net' without its article; 'a multilingual coder mCoder trained on …'")
    void namesOfTheSecondFreshLists() {
        assertEquals(List.of(), summary(apply("Our agent can also create a city of a thousand people in Cities: Skylines, and farm parsnips.")));
        assertEquals(List.of("PROPOSES AutoPlan null we-propose"), summary(apply("We propose an automatic CoT prompting method: AutoPlan.")));
        assertEquals(List.of("PROPOSES Agent Thunder null we-propose"),
                summary(apply("We present Agent Thunder, a flexible and extensible framework for RL-based training of agents.")));
        assertEquals(List.of("PROPOSES transition-net null we-propose"),
                summary(apply("This paper proposes the transition-net, a robust transition strategy that expands robot locomotion.")));
        // "Our resulting model, <long form> (ACR), …": the role says it is a model, whatever word ends its long form.
        assertTrue(summary(apply("Our resulting model, Aligned Language Model with Synthetic Training dataset (ALMoST), outperforms recent open models."))
                .contains("PROPOSES ALMoST null proposal-acronym"));
        assertEquals(List.of("PROPOSES mCoderX null we-propose"), summary(apply(
                "In addition, we introduce an effective multilingual coder mCoderX trained on our instruction data.")));
    }

    @Test
    @DisplayName("what the paper's own method is made of, counted and named in its voice ('EoT integrates four … paradigms: A, B, C, and D'); "
            + "'a novel … schedule, CGOPipe, with …'")
    void partsCountedInOwnVoice() {
        assertEquals(List.of("PROPOSES Memory null we-propose", "PROPOSES Report null we-propose", "PROPOSES Relay null we-propose",
                        "PROPOSES Debate null we-propose"),
                summary(ProposalRule.apply("Drawing inspiration from network topology, EoT integrates four unique communication paradigms: Memory, Report, Relay, and Debate.",
                        List.of(), KNOWN, List.of("EoT"))));
        assertEquals(List.of("PROPOSES Conceptual Chaining null we-propose", "PROPOSES Chunked Symbolism null we-propose",
                        "PROPOSES Expert Lexicons null we-propose"),
                summary(ProposalRule.apply("SoT is designed as a modular approach and is instantiated with three paradigms--Conceptual Chaining, "
                        + "Chunked Symbolism, and Expert Lexicons--each tailored to distinct reasoning tasks.", List.of(), KNOWN, List.of("SoT"))));
        // Not in the voice of others' work, nor a count that does not match the list.
        assertEquals(List.of(), summary(ProposalRule.apply("Prior work integrates four communication paradigms: Memory, Report, Relay, and Debate.",
                List.of(), KNOWN, List.of("EoT"))));
        assertEquals(List.of("PROPOSES CGOPipe null we-propose"), summary(ProposalRule.apply(
                "FooServe introduces a novel CPU-GPU-I/O pipelining schedule, CGOPipe, with paged weights to achieve high utilization.",
                List.of(), KNOWN, List.of("FooServe"))));
    }

    @Test
    @DisplayName("resources named in shapes the fresh lists had: 'collecting PyX, a … corpus', 'X, our newly-curated … dataset', "
            + "'establish three datasets: A, B, and C', 'X, by far the largest … data collection'; no name after a colon inside a word ('CS:GO')")
    void resourceShapesOfFreshLists() {
        assertEquals(List.of("INTRODUCES PyCorp dataset we-propose"), summary(apply(
                "We begin by collecting PyCorp, a clean Python corpus of fully executable code samples with functional descriptions.")));
        assertEquals(List.of("INTRODUCES UltraTrace dataset we-propose"), summary(apply(
                "The strong performance of our model can be attributed to UltraTrace, our newly-curated large-scale, high-quality alignment dataset.")));
        assertEquals(List.of("INTRODUCES GroundSet dataset we-propose", "INTRODUCES IdmBench dataset we-propose", "INTRODUCES CritBench dataset we-propose"),
                summary(apply("We also collect new data with our tools to establish three datasets: GroundSet, IdmBench, and CritBench.")));
        assertEquals(List.of("INTRODUCES CodeEval Pro benchmark we-propose", "INTRODUCES MBXP Pro benchmark we-propose",
                        "INTRODUCES BigEval-Lite Pro benchmark we-propose"), summary(apply(
                "First, we propose a general recipe for harder versions of existing benchmarks, resulting in three new benchmarks: "
                        + "CodeEval Pro, MBXP Pro, and BigEval-Lite Pro, specifically designed to assess LLMs.")));
        assertEquals(List.of("INTRODUCES TrajBank dataset we-propose"), summary(apply(
                "In this work, we introduce TrajBank, by far the largest trajectory tuning data collection featuring more than 50k trajectories.")));
        // Said to be made here, whoever the sentence is about.
        assertEquals(List.of("INTRODUCES JudgeQR benchmark we-propose"), summary(apply(
                "We validate JADES on JudgeQR, a newly introduced benchmark proposed in this work, consisting of 400 annotated pairs.")));
        assertEquals(List.of("INTRODUCES JudgeQR dataset we-propose"), summary(apply(
                "We validate the judge on JudgeQR, a dataset constructed in this work.")));
        assertEquals(List.of(), summary(apply("We validate the judge on JudgeQR, a dataset constructed in earlier work.")));
        assertEquals(List.of(), summary(apply("Models are evaluated on SWE-Solo, a newly released benchmark from OpenAI.")));
        assertEquals(List.of("INTRODUCES ViDoc benchmark we-propose"), summary(apply(
                "To benchmark current systems, we introduce the Visual Document Retrieval Benchmark ViDoc, composed of page-level retrieval tasks.")));
        // A long name's head noun right after it: "our Multi-Modal Instruction Collection (MMIC) dataset", whatever noun precedes.
        String longName = "We adopt a similar approach to construct our Multi-Modal Instruction Collection (MMIC) dataset.";
        assertEquals("dataset", ResourceKinds.resourceKind(longName, longName.indexOf("Multi-Modal"), longName.indexOf("(MMIC)") + 6));
        assertEquals(List.of("INTRODUCES OpenQA benchmark we-propose"), summary(apply(
                "We accompany our formulation with OpenQA -- the first open-vocabulary benchmark dataset for embodied question answering.")));
        assertEquals(List.of(), summary(apply(
                "We show that it is possible to take a data-driven approach to creating human-like movement controllers for CS:GO.")));
    }

    @Test
    @DisplayName("'dubbed as X', 'termed as X'; 'motivates us to develop …'; 'X, Acme's first reasoning model'; 'a … variant, X.'")
    void namingShapesOfFreshLists() {
        assertEquals(List.of("PROPOSES FastDraft null called-named"),
                summary(apply("We propose a new decoding method, dubbed as FastDraft, that reuses drafts.")));
        assertEquals(List.of("PROPOSES PerSeg null called-named"),
                summary(apply("In this paper, we propose a training-free personalization approach for segmentation, termed as PerSeg.")));
        // "as" is no name: a lower-case phrase after it names nothing.
        assertEquals(List.of(), summary(apply("We propose a new decoding method, dubbed as faster drafting.")));
        // The long form is read too, as for "We develop …"; the two merge as one entity with its alias.
        assertTrue(summary(apply("It motivates us to develop an If-or-Else (IoE) prompting framework, designed to guide LLMs in assessing their confidence."))
                .contains("PROPOSES IoE null proposal-acronym"));
        assertEquals(List.of(), summary(apply("It is an If-or-Else (IoE) prompting framework, designed to guide LLMs in assessing their confidence.")));
        assertEquals(List.of("PROPOSES Magistrix null we-propose"),
                summary(apply("We introduce Magistrix, Acme's first reasoning model and our own scalable RL pipeline.")));
        assertEquals(List.of("PROPOSES PerSeg-F null we-propose"),
                summary(apply("To further alleviate the ambiguity, we present an efficient one-shot fine-tuning variant, PerSeg-F.")));
    }

    @Test
    @DisplayName("a multi-word name after the verb, set off by what follows it: a period, a colon, 'that decomposes', 'and show', its kind")
    void multiWordNameSetOffByWhatFollows() {
        assertEquals(List.of("PROPOSES Recursive Skill Composition null we-propose"),
                summary(apply("To this end, we introduce Recursive Skill Composition.")));
        assertEquals(List.of("PROPOSES Contrastive Step Verification null we-propose"),
                summary(apply("We propose Contrastive Step Verification: a verifier trained on pairs of steps.")));
        assertEquals(List.of("PROPOSES Skill Graph Planning null we-propose"),
                summary(apply("We develop Skill Graph Planning that decomposes tasks into skills.")));
        assertEquals(List.of("PROPOSES Mixture of Sparse Adapters null we-propose"),
                summary(apply("We introduce Mixture of Sparse Adapters and show that it matches full fine-tuning.")));
        assertEquals(List.of("PROPOSES Self-Guided Curriculum Learning null we-propose"),
                summary(apply("Here we present Self-Guided Curriculum Learning, where the model selects its own data.")));
        assertEquals(List.of("PROPOSES Adaptive Token Merging null we-propose"),
                summary(apply("We propose the Adaptive Token Merging method to reduce the cost of inference.")));
        // Set off only by what follows, a known name is used ("Chain of Thought" is known here).
        assertEquals(List.of(), summary(apply("We introduce Chain of Thought and show that it helps.")));
        // What may follow any noun phrase sets off no name after words describing it ("results for publicly available").
        assertEquals(List.of(), summary(apply("Additionally, we present results for publicly available Zeta LLMs, ranging from 1B to 12B.")));
        // A word ending in "-based" describes; the name comes after ("…, MAGIS,"); a method named in parentheses is that name.
        assertEquals(List.of("PROPOSES PLANIS null we-propose"), summary(apply(
                "We propose a novel LLM-based Multi-Agent framework for GitHub Issue reSolution, PLANIS, consisting of four kinds of agents.")));
        assertEquals(List.of(), summary(apply(
                "We put forward an eXtremely Simple Graph Contrastive Learning method (XSimRec) for recommendation, which discards augmentations.")));
    }

    @Test
    @DisplayName("'a new methodology for evaluating …' is a method, even for a name ending in Eval; 'the FooAgent Dataset' is read whole, not also as 'FooAgent'")
    void methodologyAndCapitalisedResourceNoun() {
        assertEquals(List.of("PROPOSES StepEval null we-propose"), summary(apply(
                "To measure reasoning beyond accuracy, we introduce StepEval, a new methodology for evaluating the quality of reasoning steps.")));
        assertEquals(List.of("INTRODUCES PilotAgent Dataset dataset we-propose"), summary(apply(
                "Additionally, we construct the PilotAgent Dataset, which collects screenshots of daily computer tasks.")));
        // A lower-case noun is no part of the name.
        assertEquals(List.of("INTRODUCES PilotAgent dataset we-propose"), summary(apply(
                "Additionally, we construct the PilotAgent dataset, which collects screenshots of daily computer tasks.")));
    }

    @Test
    @DisplayName("'We call this procedure Long Form (LF)', 'we refer to our method as X', 'We call the resulting method A B C' (whole, not cut)")
    void namedByTheAuthors() {
        assertEquals(List.of("PROPOSES IPB null proposal-acronym"),
                summary(apply("We call this procedure Iterative Preference Bootstrapping (IPB).")));
        assertEquals(List.of("PROPOSES Falconet null called-named"), summary(apply("We refer to the resulting family of models as Falconet.")));
        assertEquals(List.of("PROPOSES Falconet null called-named"), summary(apply("We refer to our method as Falconet.")));
        assertEquals(List.of("PROPOSES Stochastic Weight Rewinding null called-named"),
                summary(apply("We call the resulting method Stochastic Weight Rewinding.")));
        // The kind after "this" is no part of a lower-case name.
        assertEquals(List.of("PROPOSES self-denoised smoothing null called-named"),
                summary(apply("We call this procedure self-denoised smoothing.")));
        // "named entities" are what a tagger finds, not a name given.
        assertEquals(List.of(), summary(apply("We find that most of our errors involve named entities.")));
    }

    @Test
    @DisplayName("'The proposed method, X,', 'The distilled model, X,', 'a navigation policy, X,': what the authors' work yields, with or without 'we'")
    void ownMethodNamed() {
        assertEquals(List.of("PROPOSES VidMem null we-propose"), summary(apply("The proposed method, VidMem, keeps a memory of past clips.")));
        assertEquals(List.of("PROPOSES ToolMist null we-propose"), summary(apply("The distilled model, ToolMist, runs on a laptop.")));
        // A coined name that starts in lower case: "the effectiveness of the proposed approach, cDPO".
        assertEquals(List.of("PROPOSES cDPO null we-propose"),
                summary(apply("Results on two benchmarks demonstrate the effectiveness of the proposed approach, cDPO.")));
        assertEquals(List.of("PROPOSES NaviLM null we-propose"), summary(apply("We introduce a navigation policy, NaviLM, that follows instructions.")));
        assertEquals(List.of("PROPOSES CascadeGate null we-propose"),
                summary(apply("We propose a simple yet effective router, namely CascadeGate, that predicts query difficulty.")));
        // A known family's model the authors trained is one they use; "our model, X" stays their release.
        String trained = "The trained model, Llama-7B, runs on a laptop.";
        assertEquals(List.of(), summary(ProposalRule.apply(trained, List.of(), n -> Names.key(n).equals("llama"))));
        String detector = "The trained detector, YOLOv8, reaches 91% mAP.";
        assertEquals(List.of(), summary(ProposalRule.apply(detector, List.of(), n -> Names.key(n).equals("yolo"))));
        // A name of several capitalised words is read whole.
        assertEquals(List.of("PROPOSES Adaptive Token Merging null we-propose"),
                summary(apply("The proposed method, Adaptive Token Merging, reduces FLOPs by 35%.")));
    }

    @Test
    @DisplayName("a thing the authors take ('We use a pretrained encoder, FooBERT, as …', 'using an off-the-shelf model, X') is no proposal")
    void appositiveOfWhatIsTaken() {
        assertEquals(List.of(), summary(apply("We use a pretrained encoder, FooBERT, as the backbone.")));
        assertEquals(List.of("PROPOSES WebRephrase null we-propose"),
                summary(apply("We propose WebRephrase, which rephrases documents using an off-the-shelf instruction model, FooLM-Instruct.")));
        assertEquals(List.of("PROPOSES FooNet null we-propose"), summary(apply("We propose a novel framework, FooNet, that adds a module.")));
        // A known family's model in a role the authors give it is used ("Our planner, GPT-4o,"); "our model, Orca-3," is theirs.
        Predicate<String> knowsFamilies = n -> Set.of("gpt", "orca").contains(Names.key(n));
        assertEquals(List.of(), summary(ProposalRule.apply("Our planner, GPT-4o, decomposes tasks.", List.of(), knowsFamilies)));
        assertEquals(List.of(), summary(ProposalRule.apply("Here, our encoder, GPT-2, embeds queries.", List.of(), knowsFamilies)));
        assertEquals(List.of("PROPOSES Orca-3 null we-propose"), summary(ProposalRule.apply("Our model, Orca-3, beats others.", List.of(), knowsFamilies)));
    }

    @Test
    @DisplayName("as many names as the authors count after 'we present two … methods:' are theirs ('LoRA Switch, which …, and LoRA Composite')")
    void countedKindsListed() {
        assertEquals(List.of("PROPOSES Zeta Switch null we-propose", "PROPOSES Zeta Composite null we-propose"),
                summary(apply("We present two training-free methods: Zeta Switch, which alternates between adapters at each step, and Zeta Composite, which merges them.")));
        assertEquals(List.of("PROPOSES Early Exit null we-propose", "PROPOSES Layer Skip null we-propose", "PROPOSES TokMerge null we-propose"),
                summary(apply("We propose three strategies: Early Exit, Layer Skip, and TokMerge.")));
        assertEquals(List.of("PROPOSES Dynamic Routing null we-propose", "PROPOSES Expert Pruning null we-propose"),
                summary(apply("We introduce two techniques, namely Dynamic Routing and Expert Pruning, to speed up inference.")));
        // Not as many names as counted, no "and" closing the list, or methods compared rather than made: nothing.
        assertEquals(List.of(), summary(apply("We propose two strategies: Early Exit and a learned router that skips layers.")));
        assertEquals(List.of(), summary(apply("We propose three strategies: Early Exit, Layer Skip, and a router.")));
        assertEquals(List.of(), summary(apply("We compare two methods: Zeta Switch and Zeta Composite.")));
        // Baselines, prior techniques and ablations the authors count are not theirs.
        assertEquals(List.of(), summary(apply("We present two strong baseline methods: Zeta Reranking, which scores lexically, and Dense Zeta, which embeds.")));
        assertEquals(List.of(), summary(apply("We develop three sampling strategies: Uniform Sampling, which is the standard baseline, Loss Sampling and Norm Sampling.")));
        assertEquals(List.of(), summary(apply("We design two ablated variants: Without Memory and Without Planner, to isolate each part.")));
    }

    @Test
    @DisplayName("a family the authors make and its members named after it are theirs ('we introduce ZetaLM series, including ZetaLM-Text-01 and …')")
    void familyMembersListed() {
        List<String> found = summary(apply("We introduce ZetaLM-01 series, including ZetaLM-Text-01 and ZetaLM-VL-01, which rival larger models."));
        assertTrue(found.containsAll(List.of("PROPOSES ZetaLM-01 null we-propose", "PROPOSES ZetaLM-Text-01 null we-propose",
                "PROPOSES ZetaLM-VL-01 null we-propose")), found::toString);
        assertTrue(summary(apply("We also propose ZetaAvg variants (ZetaAvg-all, and ZetaAvg-2) that average weights rarely."))
                .contains("PROPOSES ZetaAvg-all null we-propose"));
        // A family the authors train is one they use; members of another name are no members.
        assertEquals(List.of(), summary(apply("We train the ZetaLM family, including ZetaLM-7B and ZetaLM-13B, on our data.")));
        assertEquals(List.of(), summary(apply("We release the ZetaLM series, including FooNet-7B, under a permissive license.")));
    }

    @Test
    @DisplayName("the capitalised first word of a long form ('we propose ADapt And Merge (ADAM)') is no name of its own; the short form is")
    void longFormOpeningIsNoName() {
        assertEquals(List.of("PROPOSES ADAM null we-propose"),
                summary(apply("We propose ADapt And Merge (ADAM), which aggregates the embeddings of two models.")));
        // "our model, <long form> (PYoCo)": the short form is the model's name, the opening word no name.
        assertEquals(List.of("PROPOSES PYoCo null proposal-acronym"),
                summary(apply("Extensive validation shows that our model, Preserve Your Own COrrelation (PYoCo), attains strong results.")));
        // A name the sentence also writes on its own is a name.
        assertTrue(summary(apply("We propose StepNet and a lightweight variant, StepNet Lite (SNL), for planning on phones."))
                .contains("PROPOSES StepNet null we-propose"));
    }

    @Test
    @DisplayName("an acronym defined in what the paper claims ('to demonstrate that small language models (SLMs) can …') is no proposal")
    void acronymInClaim() {
        String sentence = "We present rStep-Math to demonstrate that small language models (SLMs) can rival larger ones.";
        assertEquals(List.of("PROPOSES rStep-Math null we-propose"), summary(apply(sentence)));
    }

    @Test
    @DisplayName("a phenomenon the authors name ('a phenomenon we term post-saturation generalization') is a finding, not a proposal")
    void namedPhenomenon() {
        assertEquals(List.of(), summary(apply("Accuracy keeps rising after training saturates, a phenomenon we term post-saturation generalization.")));
        assertEquals(List.of("PROPOSES step pruning null called-named"),
                summary(apply("We cut redundant steps with a method we call step pruning.")));
    }

    @Test
    @DisplayName("review: a part named by its long form after a preposition is proposed; a tool trained, a known name described, 'our X Baseline' are not")
    void reviewCounterexamplesOfThisChange() {
        assertEquals(List.of("PROPOSES SAGE null we-propose", "PROPOSES RMM null proposal-acronym"),
                summary(apply("We propose SAGE, which equips LLM agents with a Reflective Memory Module (RMM) that stores past failures.")));
        assertEquals(List.of(), summary(apply("We train XGBoost, a gradient-boosted tree classifier, on 12 clinical features.")));
        assertEquals(List.of(), summary(apply("We propose Chain Of Thought, guided by a learned value model, to plan.")));
        assertEquals(List.of(), summary(apply("Our ReAct Baseline is weak.")));
    }

    @Test
    @DisplayName("an acronym defined as the object of a preposition ('through a Graphical User Interface (GUI)') is no proposal")
    void acronymAfterPreposition() {
        String sentence = "We present Agent Q, an open agentic framework that acts on computers through a Graphical User Interface (GUI).";
        assertEquals(List.of("PROPOSES Agent Q null we-propose"), summary(apply(sentence)));
        String part = "We introduce TimeTiles, a model that routes patches through a Mixture of Tile Experts (MoTE) layer.";
        assertEquals(List.of("PROPOSES TimeTiles null we-propose", "PROPOSES MoTE null proposal-acronym"), summary(apply(part)));
    }

    @ParameterizedTest(name = "{0}")
    @DisplayName("more ways to name one's contribution: 'by presenting X, which', 'X -- a …', 'we call the resulting models X'")
    @CsvSource(delimiter = '|', value = {
            "We solve this by presenting Graphormer, which is built upon the Transformer.   | Graphormer",
            "We present mBERTa -- a denoising auto-encoder pre-trained on many languages.    | mBERTa",
            "We call the resulting models InstructLM.                                        | InstructLM",
            // Known names, made this paper's by how they are set off or named.
            "This paper presents ReAct: a simple framework for reasoning and acting.        | ReAct",
            "Reasoning emerges via a simple method called chain of thought, where we prompt. | chain of thought",
    })
    void moreNamings(String sentence, String name) {
        assertEquals(List.of(name), apply(sentence).stream().map(Mention::name).toList());
    }

    @Test
    @DisplayName("review: building on earlier work still proposes; a gerund or a use-verb keeps a known name known; no generic phrase after a colon")
    void reviewedProposals() {
        assertEquals(List.of("PROPOSES VoiceCraft2 null we-propose"),
                summary(apply("Building on our previous work, we introduce VoiceCraft2, a streaming speech synthesis model.")));
        assertEquals(List.of(), summary(apply("We reduce memory by introducing ReAct, a reasoning technique, into every layer.")));
        // Without a place it is put in, the gerund's appositive presents the paper's own, however known the name became.
        assertEquals(List.of("PROPOSES ReAct null we-propose"),
                summary(apply("We challenge this notion by introducing ReAct, a reasoning agent trained from scratch.")));
        assertEquals(List.of(), summary(apply("We adopt a technique called chain of thought.")));
        assertEquals(List.of(), summary(apply("We propose two variants: a lightweight model for edge devices and a larger model for servers.")));
        assertEquals(List.of("PROPOSES UnifiedQA null we-propose"),
                summary(apply("We present UnifiedQA, a single pre-trained model that answers questions in any format.")));
    }

    @Test
    @DisplayName("a quoted long form with commas names its short form; innovations 'to:' do something; the datasets listed after a count are the paper's")
    void quotedNamesPurposesAndListedParts() {
        assertEquals(List.of("PROPOSES P5 null called-named"), summary(apply(
                "We present a unified paradigm called \"Pretrain, Personalized Prompt, and Predict Paradigm\" (P5) for recommendation.")));
        assertEquals(List.of("Pretrain, Personalized Prompt, and Predict Paradigm"), apply(
                "We present a unified paradigm called \"Pretrain, Personalized Prompt, and Predict Paradigm\" (P5) for recommendation.").get(0).aliases());
        assertEquals(List.of(), summary(apply("We propose key architectural innovations to: (i) bridge vision and language models, (ii) handle video.")));
        assertEquals(List.of("INTRODUCES PascalVOC-SP dataset we-propose", "INTRODUCES COCO-SP dataset we-propose",
                        "INTRODUCES Peptides-func dataset we-propose"),
                summary(apply("We present a benchmark with 3 graph learning datasets: PascalVOC-SP, COCO-SP and Peptides-func that need long-range reasoning.")));
        assertEquals(List.of(), summary(apply("Experiments use three datasets: PascalVOC-SP, COCO-SP and Peptides-func.")));
        // The count hangs on what the method is evaluated on, not on what is introduced: no list of introduced datasets.
        assertTrue(apply("We propose a simple method and evaluate it on three benchmark datasets: Cora, Citeseer and Pubmed.").stream()
                .noneMatch(m -> m.name().equals("Citeseer") || m.name().equals("Pubmed")));
    }

    @Test
    @DisplayName("a symmetry group with its parenthesis is one word of a name; 'we construct the … (DimeNet)' names the paper's own")
    void symmetryGroupsAndConstructedNames() {
        List<Mention> egnn = apply("This paper introduces a new model called E(n)-Equivariant Graph Neural Networks (EGNNs).");
        assertEquals(List.of("PROPOSES EGNNs null proposal-acronym"), summary(egnn));
        assertEquals(List.of("Equivariant Graph Neural Networks"), egnn.get(0).aliases());
        assertEquals(List.of("PROPOSES DimeNet null proposal-acronym"), summary(ProposalRule.apply(
                "We construct the directional message passing neural network (DimeNet).",
                AcronymDefinitions.find("We construct the directional message passing neural network (DimeNet)."), "dimenet"::equalsIgnoreCase)));
    }

    @Test
    @DisplayName("a class or family of named models the authors design is theirs: 'design a significantly improved class of Normalizer-Free ResNets'")
    void classOfNamedModels() {
        assertEquals(List.of("PROPOSES Normalizer-Free ResNets null we-propose"),
                summary(apply("We develop a clipping technique and design a significantly improved class of Normalizer-Free ResNets.")));
        assertEquals(List.of(), summary(apply("Prior work designs a class of Normalizer-Free ResNets.")));
    }

    @Test
    @DisplayName("a version written after the name belongs to it: 'We introduce MedMNIST v2, a large-scale dataset collection'")
    void versionAfterName() {
        assertEquals(List.of("INTRODUCES MedMNIST v2 dataset we-propose"),
                summary(apply("We introduce MedMNIST v2, a large-scale dataset of standardized biomedical images.")));
    }

    @Test
    @DisplayName("a participle of earlier work proposes nothing: 'the recently-proposed GraphGPS framework', 'a previously introduced X'")
    void participlesOfEarlierWork() {
        assertEquals(List.of(), summary(apply("We show that incorporating it into the recently-proposed GraphGPS framework helps.")));
        assertEquals(List.of(), summary(apply("We reuse the previously introduced FooNet architecture.")));
    }

    @Test
    @DisplayName("what a new paradigm is built on is no proposal; 'the notion of X (Y)' names the idea; a plural noun may head the appositive; a test set is a resource")
    void builtOnNotionsPluralsAndTestSets() {
        assertEquals(List.of(), summary(apply("We introduce a new paradigm for generative modeling built on Continuous Normalizing Flows (CNFs).")));
        assertEquals(List.of("PROPOSES FM null proposal-acronym"),
                summary(apply("Specifically, we present the notion of Flow Matching (FM), a simulation-free approach for training flows.")));
        assertEquals(List.of("PROPOSES consistency models null we-propose"),
                summary(apply("To overcome this limitation, we propose consistency models, a new family of models that map noise to data.")));
        assertEquals(List.of("INTRODUCES NovelEval benchmark called-named"),
                summary(apply("Furthermore, we collect a new test set called NovelEval, based on the latest knowledge.")));
    }

    @Test
    @DisplayName("what an appositive calls a name decides its kind, over a resource named nearby; a name called novel is the paper's")
    void appositivesSayWhatANameIs() {
        assertEquals(List.of("PROPOSES Lynx null we-propose"),
                summary(apply("Using this dataset, we train Lynx, a tool-augmented LLM initialized from Alpaca.")));
        assertEquals(List.of(), summary(apply("We train XGBoost, a gradient-boosted tree classifier, on the features.")));
        assertEquals(List.of("INTRODUCES SkillSet benchmark we-propose"),
                summary(apply("Trained with our method, agents are then tested on SkillSet, a new benchmark of 40 tasks.")));
        assertEquals(List.of("PROPOSES OSS-Instruct null we-propose"),
                summary(apply("The models are trained on 75K examples using OSS-Instruct, a novel approach to making instruction data.")));
        assertEquals(List.of(), summary(apply("They are trained using ReAct, a novel approach to prompting.")));
        // A few words may qualify the noun before the name's comma; a list the noun opens is no appositive.
        assertEquals(List.of("PROPOSES Judge-Z null we-propose"), summary(apply(
                "In this paper, we propose a generative judge with 13B parameters, Judge-Z, designed to address these challenges.")));
        assertEquals(List.of(), summary(apply(
                "We finetune this model with two policy improvement methods: Advantage-Weighted Alignment and Self-Taught Reasoning.")));
        // Review: after words that qualify the noun, a list's first item is no name of it.
        assertEquals(List.of(), summary(apply("We present a repair system for Python, Java, and C++ that fixes bugs.")));
        assertEquals(List.of(), summary(apply("We present a retrieval framework for low-resource languages, Swahili, Yoruba, and Hausa, that works.")));
        // Review: a head noun with a comma after it is no adjective ("a web agent, trained …"), nor is "the first" of a list.
        assertEquals(List.of("PROPOSES WebPilot null we-propose"), summary(apply(
                "We introduce WebPilot, a web agent, trained and evaluated in a realistic e-commerce environment.")));
        assertEquals(List.of("INTRODUCES FactLens metric we-propose"), summary(apply(
                "We propose FactLens, a reference-free metric, which uses an NLI model to score answers.")));
        assertEquals(List.of("PROPOSES FastKV null called-named", "PROPOSES SlimKV null called-named"), summary(apply(
                "We propose two compression methods, called FastKV and SlimKV, the first pruning the retrieval corpus and the second quantizing the cache.")));
        // Adjectives with commas between them still lead to the head noun.
        assertEquals(List.of("PROPOSES pivot voting null we-propose"), summary(apply(
                "Next, in addition to our benchmark, we propose pivot voting, a simple, but effective training-free approach that helps.")));
        assertEquals(List.of("INTRODUCES StepEval benchmark we-propose"), summary(apply(
                "To measure reasoning beyond accuracy, we introduce StepEval, a new, challenging benchmark of reasoning steps.")));
        assertEquals(List.of(), summary(apply("Recently, HyenaDNA, a new genomic foundation model, showed long-range recall.")));
        // A hyphenated modifier is no head noun: "an LLM-based evaluation suite" is a suite.
        assertEquals(List.of("INTRODUCES FooSet benchmark we-propose"),
                summary(apply("Trained with our method, agents are tested on FooSet, a new LLM-based evaluation suite of 40 tasks.")));
        // A suite of models is a model the paper makes, not a resource to test on.
        assertEquals(List.of("PROPOSES FooLM-MoE null we-propose"),
                summary(apply("We release FooLM-MoE, a completely open-source research suite composed of seven decoder-only models, for study.")));
        assertEquals(List.of("PROPOSES Fooia null we-propose"),
                summary(apply("We introduce Fooia, a suite of 16 LLMs trained on public data in the same order.")));
        assertEquals(List.of("PROPOSES Fooio null we-propose"),
                summary(apply("We introduce Fooio, a suite of improved Barra models for adaptation.")));
        // Set off by a colon or a dash as by a comma.
        assertEquals(List.of("PROPOSES Fooia null we-propose"),
                summary(apply("We improve access to medical LLMs by releasing Fooia: a suite of open-source LLMs adapted to medicine.")));
        assertEquals(List.of("INTRODUCES FooMix benchmark we-propose"), summary(apply("We release FooMix — a suite of tasks for evaluating models.")));
        assertEquals(List.of("PROPOSES Fooia null we-propose"), summary(apply("We release Fooia—a suite of open LLMs trained on public data.")));
        assertEquals(List.of("INTRODUCES FooMix benchmark we-propose"), summary(apply("We release FooMix, a suite of tasks for evaluating models.")));
        assertEquals(List.of("INTRODUCES FooMix benchmark we-propose"), summary(apply("We release FooMix, a suite of tasks probing language models.")));
        // A resource for or from models stays a resource.
        assertEquals(List.of("INTRODUCES PrefMix benchmark we-propose"), summary(apply("We introduce PrefMix, a benchmark of 500 questions for language models.")));
        assertEquals(List.of("INTRODUCES PrefMix dataset we-propose"), summary(apply("We release PrefMix, a dataset of responses from 12 LLMs.")));
    }

    @Test
    @DisplayName("an enumerated item described as a resource is introduced, the others proposed")
    void enumeratedResourceAndMethod() {
        assertEquals(List.of("INTRODUCES SciBench benchmark we-propose", "PROPOSES StepNet null we-propose"),
                summary(apply("We present three contributions: (1) SciBench, a benchmark of 869 college-level problems; (2) StepNet, a planner.")));
    }

    @Test
    @DisplayName("a capitalised name described before it and followed by its kind: 'propose an inference-time Sway Sampling strategy'")
    void describedNameWithKind() {
        assertEquals(List.of("PROPOSES Sway Sampling null we-propose"),
                summary(apply("We further propose an inference-time Sway Sampling strategy, which improves efficiency.")));
        assertEquals(List.of("PROPOSES Rank-2 Experts null we-propose"),
                summary(apply("Moreover, we introduce cutting-edge Rank-2 Experts formulation designed to manage intuitions.")));
        // Up to six words of description: "a simple yet effective test-time scaling approach Multi-round Thinking."
        assertEquals(List.of("PROPOSES Multi-pass Reading null we-propose"),
                summary(apply("To address these issues, we propose a simple yet effective test-time scaling approach Multi-pass Reading.")));
    }

    @Test
    @DisplayName("enumerated innovations are proposed, whatever data their descriptions mention: '(1) Enhanced Perception: leveraging a dataset …'")
    void enumeratedInnovations() {
        assertEquals(List.of("PROPOSES Enhanced Perception null we-propose", "PROPOSES Unified Action Modeling null we-propose"),
                summary(apply("Our agent incorporates several key innovations: (1) Enhanced Perception: leveraging a large-scale dataset of "
                        + "screenshots; (2) Unified Action Modeling, which standardizes actions.")));
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
        assertEquals(List.of("INTRODUCES GameMind benchmark we-propose"),
                summary(apply("We introduce GameMind, a gaming arena designed for transparent assessment of LLM reasoning.")));
    }

    @Test
    @DisplayName("a known resource the authors test on, named with 'called', is not introduced; an unknown one is")
    void testedOnCalled() {
        Predicate<String> known = n -> Names.key(n).equals("codecontests");
        String tested = "We tested FooCoder on a challenging code generation dataset called CodeContests.";
        assertEquals(List.of(), summary(ProposalRule.apply(tested, AcronymDefinitions.find(tested), known)));
        String made = "We introduce a new dataset called CodeContests for program synthesis.";
        assertEquals(List.of("INTRODUCES CodeContests dataset called-named"), summary(ProposalRule.apply(made, AcronymDefinitions.find(made), known)));
        String unknown = "We tested FooCoder on a new dataset called BarCode.";
        assertEquals(List.of("INTRODUCES BarCode dataset called-named"), summary(ProposalRule.apply(unknown, AcronymDefinitions.find(unknown), known)));
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
    @DisplayName("names of a fresh list: 'In our new X algorithm', 'termed iAgents', 'a Directed Acyclic Graph Multi-Agent Framework VillagerAgent'")
    void namesOfFreshBatchFive() {
        assertEquals(List.of("PROPOSES FooSearch null we-propose"),
                summary(apply("In our new FooSearch algorithm, the world model provides a prior belief for the search.")));
        assertEquals(List.of("PROPOSES iTeams null called-named"),
                summary(apply("To address this, we propose a new paradigm termed iTeams, which denotes Informative Teams.")));
        assertEquals(List.of("PROPOSES HamletAgent null we-propose"), summary(apply(
                "Second, we introduce a Directed Acyclic Graph Multi-Agent Framework HamletAgent to resolve inter-agent dependencies.")));
        // A version after the kind is no name of its own: "Human Preference Dataset v2" stays whole.
        List<Mention> versioned = new java.util.ArrayList<>();
        Contributions.addOfKind(versioned, "We introduce Human Preference Dataset v2.", "Human Preference Dataset v2", List.of(), "dataset",
                ProposalRule.RULE_VERB, 0.8, n -> false);
        assertEquals(List.of("INTRODUCES Human Preference Dataset v2 dataset we-propose"), summary(versioned));
        // A name ending in what it does is a method, whatever data the sentence goes on to; not with its noun right after it.
        assertEquals(List.of("PROPOSES BSO null we-propose"), summary(apply(
                "We propose Bootstrapped Sequence Optimization (BSO), which conducts preference learning with datasets of negative responses.")));
        assertEquals(List.of("PROPOSES MMTR null called-named"),
                summary(apply("We refer to the model after continual pre-training as MMTR.")));
    }

    @Test
    @DisplayName("a name ending in -bench or -Eval is a benchmark whatever the nouns around it")
    void benchSuffix() {
        assertEquals("benchmark", ResourceKinds.resourceKind("We propose CodeBench to test agents.", 11, "CodeBench"));
        assertEquals("benchmark", ResourceKinds.resourceKind("We propose TaskEval to rate the capability of LLMs.", 11, "TaskEval"));
        String evaluator = "We develop an automatic evaluator: ToolEval.";
        assertEquals("metric", ResourceKinds.resourceKind(evaluator, evaluator.indexOf("ToolEval"), "ToolEval"));
        assertEquals(null, ResourceKinds.resourceKind("We propose StepPlanner, a framework for agents.", 11, "StepPlanner"));
    }

    @Test
    @DisplayName("a resource noun in the clause before the one that makes the name does not say what it is")
    void resourceNounOfAnEarlierClause() {
        String sentence = "We scrutinize the RLHF objective in the offline dataset and propose uncertainty-penalized RLHF (UP-RLHF), which "
                + "incorporates uncertainty regularization.";
        assertEquals(List.of("PROPOSES UP-RLHF null proposal-acronym"), summary(apply(sentence)));
        // Its own clause's noun still does: "and introduce the FooSet dataset".
        String own = "We study the objective in the offline setting and introduce the offline preference dataset (OPD) for it.";
        assertEquals("dataset", ResourceKinds.resourceKind(own, own.indexOf("offline preference"), own.indexOf("(OPD)") + 5));
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

    @Test
    @DisplayName("a naming cue takes a name of several capitalised words")
    void multiWordName() {
        String sentence = "We design a framework named Streamlined Inference, which prunes tokens on the fly.";
        assertEquals(List.of(new Mention(Relation.PROPOSES, EntityKind.METHOD, "Streamlined Inference", List.of(), sentence,
                "called-named", 0.85, null)), apply(sentence));
    }

    @Test
    @DisplayName("'named Long Form (LF)' proposes LF through the acronym, with the long form as alias only")
    void namedDefinition() {
        String sentence = "We propose a decoding method named Contrastive Step Decoding (CSD) for math reasoning.";
        assertEquals(List.of(new Mention(Relation.PROPOSES, EntityKind.METHOD, "CSD", List.of("Contrastive Step Decoding"), sentence,
                "proposal-acronym", 0.85, null)), apply(sentence));
    }

    @Test
    @DisplayName("a lower-case name after 'which we refer to as' ending the clause is proposed")
    void lowerCaseNaming() {
        String sentence = "We teach models to run algorithms through fully worked traces, which we refer to as algorithmic prompting.";
        assertEquals(List.of(new Mention(Relation.PROPOSES, EntityKind.METHOD, "algorithmic prompting", List.of(), sentence,
                "called-named", 0.7, null)), apply(sentence));
    }

    @Test
    @DisplayName("'we propose a … method: NAME.' proposes NAME even when the vocabulary knows it")
    void nameAfterColon() {
        String sentence = "We propose a new prompting method: AutoSketch.";
        Predicate<String> knowsAutoSketch = n -> Names.key(n).equals("autosketch");

        assertEquals(List.of(new Mention(Relation.PROPOSES, EntityKind.METHOD, "AutoSketch", List.of(), sentence, "we-propose", 0.8, null)),
                ProposalRule.apply(sentence, AcronymDefinitions.find(sentence), knowsAutoSketch));
    }

    @Test
    @DisplayName("'our final method, NAME (…)' and 'the resulting model (NAME)' propose NAME")
    void ourMethod() {
        assertEquals(List.of("PROPOSES MixRoute-Net null we-propose"),
                summary(apply("Putting these together, our final method, MixRoute-Net (merged routing with pruning), halves memory use.")));
        // A hyphenated modifier: "our fine-tuned model SWE-Llama".
        assertEquals(List.of("PROPOSES Dojo-Llama null we-propose"),
                summary(apply("Both proprietary models and our fine-tuned model Dojo-Llama solve only the simplest issues.")));
        // What the authors' process yields, named in parentheses: "the resulting model (X)".
        assertEquals(List.of("PROPOSES Wren-2 null we-propose"),
                summary(apply("Comparing the resulting model (Wren-2) to its base model, we see gains on every task.")));
    }

    @Test
    @DisplayName("a plain capitalised word after the verb is a name only when set off by ', a', ':' or the sentence end")
    void plainWordSetOff() {
        assertEquals(List.of("PROPOSES Choreographer null we-propose"),
                summary(apply("We present Choreographer, a model-based agent that explores with learned skills.")));
        assertEquals(List.of(), apply("We present Orchestra for routing queries between experts."));
    }

    @Test
    @DisplayName("'We propose Long Form Of Words (ACRONYM)' proposes the acronym, not the first word")
    void acronymNotFirstWord() {
        String sentence = "We propose Mixture Of Sparse Adapters (MOSA) for multi-task learning.";
        assertEquals(List.of(new Mention(Relation.PROPOSES, EntityKind.METHOD, "MOSA", List.of("Mixture Of Sparse Adapters"), sentence,
                "proposal-acronym", 0.85, null)), apply(sentence));
    }

    @Test
    @DisplayName("'a novel CL method named NAME' proposes NAME, not the field acronym before the noun")
    void fieldAcronymBeforeNaming() {
        assertEquals(List.of("PROPOSES DualMem null called-named"),
                summary(apply("We propose a novel CL method named DualMem that keeps a fast and a slow memory.")));
        assertEquals(List.of("PROPOSES PairComm null called-named"),
                summary(apply("We introduce a new MARL algorithm called PairComm for sparse rewards.")));
    }

    @Test
    @DisplayName("the name itself is no head noun: 'Agent-Z, a large-scale benchmark' introduces a benchmark")
    void nameIsNotHeadNoun() {
        String sentence = "We introduce Agent-Z, a large-scale benchmark of 500 web navigation tasks.";
        assertEquals(List.of(new Mention(Relation.INTRODUCES, EntityKind.BENCHMARK, "Agent-Z", List.of(), sentence, "we-propose", 0.8, "benchmark")),
                apply(sentence));
        assertEquals("benchmark", ResourceKinds.resourceKind(sentence, sentence.indexOf("Agent-Z"), "Agent-Z"));
    }

    @Test
    @DisplayName("a multi-word title-case name set off by 'an approach …' after the verb")
    void multiWordNameWithAppositive() {
        assertEquals(List.of("PROPOSES Route Planner null we-propose"),
                summary(apply("We present Route Planner, an approach for solving long-horizon navigation tasks.")));
    }

    @Test
    @DisplayName("a lower-case name set off by 'a novel approach …' after the verb")
    void lowerCaseNameWithAppositive() {
        assertEquals(List.of("PROPOSES layered prompt tuning null we-propose"),
                summary(apply("We propose layered prompt tuning, a novel approach that initialises soft prompts from low-rank factors.")));
    }

    @Test
    @DisplayName("a lower-case phrase without an appositive is only a description")
    void lowerCaseDescriptionIsNotAName() {
        assertEquals(List.of(), summary(apply("We propose a dynamic denoising training method for noisy labels.")));
    }

    @Test
    @DisplayName("'the new task of X' names the task")
    void taskOf() {
        assertEquals(List.of("PROPOSES branching plan induction null we-propose"),
                summary(apply("In this paper, we propose the new challenging task of branching plan induction, aiming to capture optional steps.")));
    }

    @Test
    @DisplayName("'we introduce two tasks: X, and Y' names both, and stops where the list turns into a clause")
    void enumeratedTasks() {
        assertEquals(List.of("PROPOSES plan repair null we-propose", "PROPOSES goal recall null we-propose"),
                summary(apply("We introduce two new tasks: plan repair, and goal recall, for a fine-grained evaluation of how agents revise plans.")));
        assertEquals(List.of("PROPOSES scene captioning null we-propose", "PROPOSES next action prediction null we-propose"),
                summary(apply("We present a benchmark with two tasks: (1) scene captioning, and (2) next action prediction.")));
        // The tasks a method is evaluated across are not its contributions.
        assertEquals(List.of(), summary(apply("We perform a comprehensive evaluation of our method across five tasks: instruction tuning, memory and pretraining.")));
        assertEquals(List.of(), summary(apply("We test our agent on all three tasks: plan repair, goal recall and tool use.")));
    }

    @Test
    @DisplayName("'We present ReAct, a paradigm …' is the ReAct paper: known names set off by an appositive are proposed")
    void knownNameWithAppositiveIsTheContribution() {
        assertEquals(List.of("PROPOSES ReAct null we-propose"),
                summary(apply("We present ReAct, a paradigm that interleaves reasoning traces and actions.")));
        assertEquals(List.of(), summary(apply("We build on ReAct to plan web actions.")));
    }

    @Test
    @DisplayName("'we propose the Route Planner, which …' names a multi-word method")
    void theNameWhich() {
        assertEquals(List.of("PROPOSES Route Planner null we-propose"),
                summary(apply("We propose the Route Planner, which reuses cached subplans across tasks.")));
        assertEquals(List.of("PROPOSES Naive Dynamic Resolution null we-propose"),
                summary(ProposalRule.apply("StepNet introduces the Naive Dynamic Resolution mechanism to read any image.", List.of(), n -> false,
                        List.of("StepNet"))));
    }

    @Test
    @DisplayName("'X, NAME, a method that …' and 'a routing mechanism, NAME, which …' name the method")
    void nameBetweenCommas() {
        assertEquals(List.of("PROPOSES TGC null we-propose"),
                summary(apply("We introduce task-graph clustering, TGC, a method that groups tasks by their adapters.")));
        assertEquals(List.of("PROPOSES Compass null we-propose"),
                summary(apply("We present a novel zero-shot routing mechanism, Compass, which selects adapters for new inputs.")));
    }

    @Test
    @DisplayName("an acronym defined right after 'our' or after a quoted name is the paper's own")
    void ourAcronymAndQuotedName() {
        assertEquals(List.of("PROPOSES SGR null proposal-acronym"),
                summary(apply("Unlike earlier methods, our subtask graph reasoner (SGR) infers the task structure first.")));
        assertEquals(List.of("PROPOSES MoS null proposal-acronym"),
                summary(apply("Our merging framework called ''Merging of Subspaces'' (MoS) achieves strong results.")));
    }

    @Test
    @DisplayName("'a novel framework NAME', 'a model NAME': the kind of thing between the article and the name")
    void kindBeforeTheName() {
        assertEquals(List.of("PROPOSES RouteMoE null we-propose"),
                summary(apply("We design a novel framework RouteMoE that routes tokens by intent.")));
        assertEquals(List.of("PROPOSES StepFormer null we-propose"),
                summary(apply("We developed a model StepFormer (a transformer over steps) for planning.")));
    }

    @Test
    @DisplayName("a multi-word name before an appositive whose adjectives are separated by commas")
    void appositiveWithCommas() {
        assertEquals(List.of("PROPOSES Layered Planner null we-propose"),
                summary(apply("We introduce the Layered Planner, a simple, fast, yet effective planning method for robots.")));
    }

    @Test
    @DisplayName("'NAME -- a novel dataset that we introduce' and 'a novel game benchmark NAME' introduce resources")
    void resourcesNamedBeforeOrAfterTheirKind() {
        assertEquals(List.of("INTRODUCES CraftWorld dataset we-propose"),
                summary(apply("Our agent reaches 33% in CraftWorld -- a novel compositional dataset that we introduce.")));
        assertEquals(List.of("INTRODUCES KitchenQuest benchmark we-propose"),
                summary(apply("We evaluate on several benchmarks, including a novel game benchmark KitchenQuest.")));
    }

    @Test
    @DisplayName("'we propose the concept of X, …' proposes the lower-case name")
    void conceptOf() {
        assertEquals(List.of("PROPOSES sparse skill tokens null we-propose"),
                summary(apply("In this work, we propose the concept of sparse skill tokens, compact codes for reusable behaviours.")));
    }

    @Test
    @DisplayName("'we propose the novel problem of x' proposes the task")
    void problemOf() {
        assertEquals(List.of("PROPOSES multi-step plan repair null we-propose"),
                summary(apply("We propose the novel problem of multi-step plan repair, in which an agent fixes a failing plan.")));
    }

    @Test
    @DisplayName("an acronym defined right after 'a novel' in a first-person sentence is proposed")
    void novelAcronym() {
        assertEquals(List.of("PROPOSES MCoT null proposal-acronym"),
                summary(apply("We recast the standard chain as a novel Markov Chain of Thought (MCoT) with short states.")));
    }

    @Test
    @DisplayName("'our NAME' names the authors' own method; 'our NAME baseline' and known names do not")
    void ourName() {
        assertEquals(List.of("PROPOSES PlanNet null we-propose"), summary(apply("Our PlanNet solves twice as many tasks.")));
        assertEquals(List.of(), summary(apply("Our PlanNet baseline solves few tasks.")));
        assertEquals(List.of(), summary(apply("Our ReAct agent solves few tasks.")));
    }

    @Test
    @DisplayName("a multi-word name with its short name in parentheses: the short name, the long one its alias")
    void multiWordWithShortName() {
        String sentence = "We also propose Procedure Transformer (ProcX), a model for step localization in videos.";
        assertEquals(List.of(new Mention(Relation.PROPOSES, EntityKind.METHOD, "ProcX", List.of("Procedure Transformer"), sentence, "we-propose", 0.75, null)),
                apply(sentence));
    }

    @Test
    @DisplayName("explicit naming makes a name the paper's own even when the vocabulary knows it")
    void namingBeatsVocabulary() {
        assertEquals(List.of("PROPOSES ReAct null called-named"),
                summary(apply("We present a new paradigm, called ReAct, that interleaves reasoning and acting.")));
        assertEquals(List.of("PROPOSES CoT null proposal-acronym"),
                summary(apply("We explore a method which we call chain of thought (CoT) prompting.")));
        assertEquals(List.of("PROPOSES ReAct null we-propose"),
                summary(apply("We introduce ReAct: Reasoning and Acting Agents, a prompting paradigm for LLMs.")));
        assertEquals(List.of(), summary(apply("We build on ReAct and show that it fails on long tasks.")));
    }

    @Test
    @DisplayName("'termed Long Form (LF)' names the paper's own part without a 'we'; 'so-called' and known names do not")
    void namingWithoutFirstPerson() {
        assertEquals(List.of("PROPOSES SI-NCE null proposal-acronym"),
                summary(apply("A contrastive objective, termed Session-Item InfoNCE (SI-NCE), aligns the two views.")));
        assertEquals(List.of(), summary(apply("It stems from the so-called Hilbert Schmidt independence criterion (HSIC).")));
        assertEquals(List.of(), summary(apply("A prompting style, termed chain of thought, has become common.")));
    }

    @Test
    @DisplayName("'we call X' and 'which we term x' name the paper's own; 'we call for' does not")
    void weCallAndTerm() {
        assertEquals(List.of("PROPOSES DialogForge null called-named"),
                summary(apply("It is trained on synthetic dialogues generated with a new data pipeline we call DialogForge.")));
        assertEquals(List.of("PROPOSES pivot tokens null called-named"),
                summary(apply("A few tokens, which we term pivot tokens, receive most of the attention.")));
        assertEquals(List.of(), summary(apply("We call for more careful evaluation.")));
    }

    @Test
    @DisplayName("a multi-word name set off as an appositive after 'we' ('a paired accuracy metric, Phantom Score, that …')")
    void multiWordAppositive() {
        assertEquals(List.of("INTRODUCES Phantom Score metric we-propose"),
                summary(apply("We score models with a paired accuracy metric, Phantom Score, that rewards consistent answers.")));
        assertEquals(List.of(), summary(apply("We compare against a strong method, Plan Ranker, that uses search.")));
    }

    @Test
    @DisplayName("a sized model the paper trains or obtains is proposed; a known family fine-tuned is not")
    void trainedModels() {
        assertEquals(List.of("PROPOSES Dojo-Coder-32B null we-propose"),
                summary(apply("We train Dojo-Coder-32B from a public checkpoint with online RL.")));
        assertEquals(List.of("PROPOSES ProofPath-7B null we-propose"),
                summary(apply("Supervised fine-tuning on our data yields ProofPath-7B, which solves 62% of problems.")));
        assertEquals(List.of(), summary(apply("We train ReAct-7B with rejection sampling.")));
        assertEquals(List.of("PROPOSES Dojo-Coder-32B null we-propose"),
                summary(apply("Using the data, we collect trajectories and train Dojo-Coder-32B from a public checkpoint.")));
        assertEquals(List.of(), summary(apply("Others collect trajectories and train Dojo-Coder-32B from a public checkpoint.")));
        assertEquals(List.of("PROPOSES GroundNet null we-propose"),
                summary(apply("We collect 10M screenshots and use them to train GroundNet, a strong universal visual grounding model.")));
        assertEquals(List.of("PROPOSES GroundNet null we-propose"),
                summary(apply("We collect 10M screenshots and use them to train GroundNet, a tool-augmented LLM.")));
        assertEquals(List.of(), summary(apply("Prior work used it to train GroundNet, a strong grounding model.")));
        assertEquals(List.of(), summary(apply("We collect 10M screenshots to train Transformer, a strong grounding model.")));
    }

    @Test
    @DisplayName("a sentence that starts with the title's name speaks for the authors; number formats and GPUs are no names")
    void ownNameAsSubject() {
        String sentence = "HypeGT introduces Curvature-Adaptive Positional Encodings (CAPE) for hyperbolic attention.";
        assertEquals(List.of("PROPOSES CAPE null proposal-acronym"),
                summary(ProposalRule.apply(sentence, AcronymDefinitions.find(sentence), KNOWN, List.of("HypeGT"))));
        assertEquals(List.of(), summary(ProposalRule.apply(sentence, AcronymDefinitions.find(sentence), KNOWN, List.of())));
        assertEquals(List.of(), summary(apply("Our W4A4 kernels run on an H100 at twice the speed.")));
    }

    @Test
    @DisplayName("the expansion may stand between a name and its appositive: 'we propose DIAYN (…), a method'")
    void expansionBeforeAppositive() {
        // The appositive makes it the paper's own, though the vocabulary knows it by now.
        assertEquals(List.of("PROPOSES ReAct null we-propose"),
                summary(apply("We propose ReAct ('Reason and Act'), a method that interleaves thoughts and actions.")));
    }

    @Test
    @DisplayName("'codenamed X (Y)' names the method; a lower-case coined name after the verb is a name ('aTLAS')")
    void codenamedAndLowerCoined() {
        assertEquals(List.of("PROPOSES MoX null proposal-acronym"),
                summary(apply("The resulting method, codenamed Mixture-of-Examples (MoX), wins 81% of comparisons.")));
        assertEquals(List.of("PROPOSES eLMo2 null we-propose"),
                summary(apply("To this end, we introduce eLMo2, an algorithm that scales parameter blocks.")));
        assertEquals(List.of("PROPOSES g-KTO null we-propose"),
                summary(apply("This paper presents g-KTO, a generalized approach to preference tuning.")));
        // The phrase named runs on to the short name in parentheses, whose letters need not spell it.
        assertEquals(List.of("PROPOSES WKTO [KTO with weights]"), ProposalRule.apply(
                "We propose a variant, termed KTO with weights (WKTO), that weighs pairs.", List.of(), KNOWN).stream()
                .map(m -> m.relation() + " " + m.name() + " " + m.aliases()).toList());
    }

    @Test
    @DisplayName("a title-case list defines an acronym ('the Plan, Eliminate, and Track (PET) framework')")
    void listAcronymIsProposed() {
        assertEquals(List.of("PROPOSES SMC null proposal-acronym"),
                summary(apply("We propose the Sort, Merge, and Check (SMC) framework.")));
    }

    @Test
    @DisplayName("the span of a long form is masked whole: 'Parametric …' holds no 'metric'")
    void longFormMaskedWhole() {
        assertEquals(List.of("PROPOSES PSX null proposal-acronym"),
                summary(apply("We propose Parametric Skill Xpansion (PSX) to grow a skill library.")));
    }

    @Test
    @DisplayName("an appositive name may start with an ordinary noun ('a new simple method, Model Lanterns, which')")
    void appositiveWithOrdinaryNoun() {
        assertEquals(List.of("PROPOSES Model Lanterns null we-propose"),
                summary(apply("We introduce a new simple method, Model Lanterns, which merges sparse task vectors.")));
        assertEquals(List.of(), summary(apply("We introduce a new simple method, Large Language Models, which is odd.")));
    }

    @Test
    @DisplayName("'named MiXSE (MiXture of …)': a name with its expansion after it is the name")
    void namedWithExpansionAfter() {
        assertEquals(List.of("PROPOSES MoSE null called-named"),
                summary(apply("We present a system of self-specialized experts, named MoSE (Mixture of Self-specialized Experts).")));
    }

    @Test
    @DisplayName("a sentence led by a name the paper proposed earlier speaks for the authors, after a connective too")
    void earlierProposalAsSubject() {
        String sentence = "Specifically, StepGRPO introduces two rewards: Step Accuracy Reward (StepAR) and Step Validity Reward (StepVR).";
        assertEquals(List.of("PROPOSES StepAR null proposal-acronym", "PROPOSES StepVR null proposal-acronym"),
                summary(ProposalRule.apply(sentence, AcronymDefinitions.find(sentence), KNOWN, List.of("StepGRPO"))));
    }

    @Test
    @DisplayName("the paper's own named contribution putting forward a part names that part ('S-LoRA proposes Unified Paging')")
    void ownContributionProposesPart() {
        String sentence = "To use memory well and reduce fragmentation, FooServe proposes Unified Paging. It pages adapters.";
        assertEquals(List.of("PROPOSES Unified Paging null we-propose"),
                summary(ProposalRule.apply(sentence, AcronymDefinitions.find(sentence), KNOWN, List.of("FooServe"))));
        // Another system's proposal is not the paper's part.
        assertEquals(List.of(), summary(ProposalRule.apply(sentence, AcronymDefinitions.find(sentence), KNOWN, List.of("BarServe"))));
    }

    @Test
    @DisplayName("a technique the authors apply and define here, known to no vocabulary, is theirs ('we apply distilled foo optimization (dFO)')")
    void appliedAndDefinedHere() {
        assertEquals(List.of("PROPOSES dFO null proposal-acronym"),
                summary(apply("Starting from ranked outputs, we apply distilled foo optimization (dFO) to learn a chat model.")));
        // A known one applied is used, not proposed.
        assertEquals(List.of(), summary(apply("We apply chain of thought (CoT) to every question.")));
    }

    @Test
    @DisplayName("a second coined name joined to the one the verb puts forward is the paper's too ('the FooV2 model and Foo-ST self-training recipe')")
    void secondNameAfterVerb() {
        assertEquals(List.of("PROPOSES FooV2 null we-propose", "PROPOSES Foo-ST null we-propose"),
                summary(apply("We present the FooV2 model and Foo-ST self-training recipe, which address these challenges.")));
        assertEquals(List.of("PROPOSES FooV2 null we-propose", "PROPOSES Foo-ST null we-propose"),
                summary(apply("We present FooV2 and Foo-ST, which address these challenges.")));
        // Not what the sentence goes on to do with another name.
        assertEquals(List.of("PROPOSES FooNet null we-propose"), summary(apply("We propose FooNet and compare it with BarNet.")));
    }

    @Test
    @DisplayName("a count of things the authors made, then a colon: the coined names opening its clauses, when as many as counted")
    void countedThenNamed() {
        assertEquals(List.of("PROPOSES L-FooRec null we-propose", "PROPOSES T-FooRec null we-propose"), summary(apply(
                "We propose two extensions of FooRec: L-FooRec clusters items in a latent space; and T-FooRec reweights interactions by time.")));
        assertEquals(List.of("PROPOSES FooNet-A null we-propose", "PROPOSES FooNet-B null we-propose"), summary(apply(
                "We propose two variants: FooNet-A, which prunes heads, and FooNet-B, which merges them, outperforming BarNet.")));
        // Not as many names as counted: which are the authors' is not clear.
        assertEquals(List.of(), summary(apply("We propose two variants: FooNet-A prunes heads as BarNet does.")));
    }

    @Test
    @DisplayName("'we train various models …, including the reward model FooRM and critique model FooCM': the authors' models by name")
    void trainedModelsIncluding() {
        assertEquals(List.of("PROPOSES FooRM null we-propose", "PROPOSES FooLM-13B-PPO null we-propose", "PROPOSES FooCM null we-propose"),
                summary(apply("Utilizing our data, we train various models to demonstrate its effectiveness, including the reward model FooRM, "
                        + "chat language model FooLM-13B-PPO, and critique model FooCM.")));
        // Known families trained are base models, not the paper's.
        assertEquals(List.of(), summary(apply("We train several models on our data, including ReAct-7B and CoT-13B.")));
    }

    @Test
    @DisplayName("'called the Series Pile': the article after a naming cue is no part of the name; 'a prompt set' is a resource")
    void namedWithArticle() {
        assertEquals(List.of("INTRODUCES Series Pile dataset called-named"),
                summary(apply("We compile a large collection of public time series, called the Series Pile, for pre-training.")));
        assertEquals(List.of("INTRODUCES The Code Pile dataset called-named"),
                summary(apply("We compile a large collection of source code, called The Code Pile, for pre-training.")));
        assertEquals(List.of("INTRODUCES FactSet benchmark we-propose"),
                summary(apply("We introduce FactSet, a prompt set comprising thousands of questions.")));
    }

    @Test
    @DisplayName("a name the authors set in quotes as they put it forward is theirs ('We introduce \"Step Prompting\", where …')")
    void quotedAfterVerb() {
        assertEquals(List.of("PROPOSES Step Prompting null we-propose"), summary(apply("We introduce “Step Prompting”, where we break a task down.")));
        assertEquals(List.of("PROPOSES self-distill null we-propose"), summary(apply("We propose \"self-distill\", which trains on its own outputs.")));
        // 'our "X" technique' is theirs even when the vocabulary knows it now.
        assertEquals(List.of("PROPOSES ReAct null we-propose"), summary(apply("We show that our \"ReAct\" technique provides a boost.")));
        // Plain words in quotes, then their kind; new, in curly single quotes.
        assertEquals(List.of("PROPOSES shared bank null we-propose"),
                summary(apply("We propose a novel “shared bank” initialization scheme for upcycling.")));
        assertEquals(List.of("PROPOSES first-look null we-propose"),
                summary(apply("We pick examples for each step with a novel ‘first-look’ strategy.")));
        assertEquals(List.of(), summary(apply("We call this a “free lunch” for merging.")));
        // Scare quotes are no name.
        assertEquals(List.of(), summary(apply("We propose \"the best\" approach to do this.")));
        assertEquals(List.of(), summary(apply("We introduce “ReAct”, which others proposed.")));
    }

    @Test
    @DisplayName("each named item of a numbered release list is the paper's, a resource where its own description says so")
    void releasesEnumerated() {
        assertEquals(List.of("INTRODUCES Foo-V2-mix dataset we-propose", "PROPOSES Foo 2 null we-propose", "PROPOSES Foo 2+DPO null we-propose",
                        "PROPOSES Code Foo 2 null we-propose"),
                summary(apply("Concretely, we release: (1) Foo-V2-mix, an improved collection of instruction datasets; (2) Foo 2, Llama-2 models "
                        + "finetuned on the V2 mixture; (3) Foo 2+DPO, Foo 2 models trained with DPO; (4) Code Foo 2, Code Llama models finetuned on our mix.")));
        // An item led by no name is skipped; a list that is not a release is not read here.
        assertEquals(List.of("PROPOSES BarLM null we-propose"),
                summary(apply("We publicly release: (1) code to reproduce our results, and (2) BarLM, a model trained on our data.")));
        assertEquals(List.of(), summary(apply("Prior releases include (1) Vicuna, a chat model; (2) Alpaca, an instruction model.")));
    }

    @Test
    @DisplayName("parts called new and named right after are proposed, each of a list ('new activation functions SwooshR and SwooshL')")
    void newPartsNamed() {
        String changes = "Changes include new activation functions SwooshR and SwooshL that work better than Swish.";
        assertEquals(List.of("PROPOSES SwooshR null called-named", "PROPOSES SwooshL null called-named"),
                summary(ProposalRule.apply(changes, AcronymDefinitions.find(changes), KNOWN, List.of("FooFormer"))));
        // With neither the authors nor their contribution named, nobody's.
        assertEquals(List.of(), summary(apply(changes)));
        assertEquals(List.of(), summary(apply("Changes include new activation functions such as ReLU.")));
        assertEquals(List.of(), summary(apply("It uses new activation functions. Swish works better.")));
        // Or set off by a comma: "a novel token mixing operator, FooMixer, a building block of …".
        assertEquals(List.of("PROPOSES FooMixer null called-named"),
                summary(apply("To this end, we introduce a novel token mixing operator, FooMixer, a building block of our network.")));
        // Rivals and others' work are not the paper's parts.
        assertEquals(List.of(), summary(apply("We compare against new architectures RetNet and RWKV, which scale linearly.")));
        assertEquals(List.of(), summary(apply("Recent studies propose new optimizers AdaBelief and AdamP, which adapt step sizes.")));
    }

    @Test
    @DisplayName("what a naming cue names is the last head noun of its clause, however far before the cue")
    void namedNounFarBefore() {
        assertEquals(List.of("INTRODUCES FooInstruct dataset called-named"), summary(apply(
                "We propose a method of generating novel and high-quality datasets with math problems and their code-based solutions, referred to as FooInstruct.")));
        assertEquals(List.of("PROPOSES FooPlanner null called-named"), summary(apply(
                "We build a planner over a large dataset of demonstrations and a new search procedure for long tasks, called FooPlanner.")));
    }

    @Test
    @DisplayName("a name the authors spell out is theirs, in lower case too ('We present deita (short for …)')")
    void spelledOutName() {
        assertEquals(List.of("PROPOSES deita null called-named"),
                summary(apply("We present deita (short for Data-Efficient Instruction Tuning for Alignment), a series of models.")));
        assertEquals(List.of(), summary(apply("Prior work presents deita (short for Data-Efficient Instruction Tuning), a series of models.")));
    }

    @Test
    @DisplayName("what the authors' combining forms is theirs ('to form the TD7 algorithm')")
    void formedByCombining() {
        assertEquals(List.of("PROPOSES TD7 null we-propose"),
                summary(apply("We integrate SALE into TD3 to form the TD7 algorithm, which outperforms existing algorithms.")));
        assertEquals(List.of(), summary(apply("Prior work integrates SALE into TD3 to form the TD7 algorithm.")));
        // Tools a pipeline ends in are not formed by the authors.
        assertEquals(List.of(), summary(apply("We fine-tune on our data to obtain a LightGBM model, then to form the MobileNetV3 model.")));
    }

    @ParameterizedTest(name = "{0}")
    @DisplayName("resources the sentence says are new or released here are introduced, with their kind")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
            "We test agents on a novel game benchmark Cookhouse, built to simulate kitchens.                 | Cookhouse          | benchmark",
            "We fine-tune on MedSet-9, a curated collection of 9 public datasets that we harmonize and release. | MedSet-9         | dataset",
            "Our model is pretrained on TSData-3B, a new corpus of 3 billion points that we assemble.         | TSData-3B          | dataset",
            "We train on a new harmonized radar archive, RADAR-EU, covering 12 years, which we make public.  | RADAR-EU           | dataset",
            "We are releasing the model and the corresponding dataset (SEG-1M) of 1M masks.                 | SEG-1M             | dataset",
            "With our new \"Giant Clean Web Corpus\", we reach the state of the art.                          | Giant Clean Web Corpus | dataset",
    })
    void introducedResources(String sentence, String name, String kind) {
        assertEquals(List.of("INTRODUCES " + name + " " + kind + " we-propose"), summary(apply(sentence)));
    }

    @Test
    @DisplayName("a resource said to be released here is this paper's even when the vocabulary knows it ('HumanEval, a new evaluation set we release')")
    void releasedKnownResource() {
        Predicate<String> known = n -> Names.key(n).equals("codeeval");
        String sentence = "On CodeEval, a new evaluation set we release to measure correctness, our model solves 28.8% of problems.";
        assertEquals(List.of("INTRODUCES CodeEval benchmark we-propose"),
                summary(ProposalRule.apply(sentence, AcronymDefinitions.find(sentence), known)));
        String gathered = "Past data does not permit this, so we also gather a new dataset, CrossTask, aimed at sharing.";
        assertEquals(List.of("INTRODUCES CrossTask dataset we-propose"),
                summary(ProposalRule.apply(gathered, AcronymDefinitions.find(gathered), n -> Names.key(n).equals("crosstask"))));
        // Known and not said to be new: the paper only works on it.
        String evaluated = "We evaluate FixIt on CodeEval, a benchmark of real issues, for which we design a scaffold.";
        assertEquals(List.of(), summary(ProposalRule.apply(evaluated, AcronymDefinitions.find(evaluated), known)).stream()
                .filter(s -> s.contains("CodeEval")).toList());
    }

    @ParameterizedTest(name = "{0}")
    @DisplayName("a metric defined and described, or named as the key innovation, is introduced")
    @ValueSource(strings = {
            "Alongside the data we define the Boundary Error Score (BES), a metric that weights errors by distance.",
            "Our key innovation, the Boundary Error Score (BES) metric, emerges as a pivotal tool.",
            "The pruner employs a new metric, the boundary error score (BES), derived from router logits.",
    })
    void introducedMetrics(String sentence) {
        assertEquals(List.of("INTRODUCES BES metric"),
                apply(sentence).stream().map(m -> m.relation() + " " + m.name() + " " + m.resourceKind()).toList());
    }

    @Test
    @DisplayName("an enumeration of contributions after the verb and a colon: '(a) 4-bit FloatX …, (b) double scaling to …'")
    void enumeratedContributions() {
        String sentence = "We introduce several innovations: (a) 4-bit FloatX (FX), a new data type, (b) double scaling to save memory, "
                + "and (c) paged buffers that absorb spikes.";
        assertEquals(List.of("PROPOSES 4-bit FloatX", "PROPOSES double scaling", "PROPOSES paged buffers"),
                apply(sentence).stream().map(m -> m.relation() + " " + m.name()).filter(m -> !m.endsWith("FX")).toList());
        assertEquals(List.of(), summary(apply("Prior work introduced two ideas: (a) the memory buffer, and (b) replay.")));
        assertEquals(List.of(), summary(apply("We present an empirical study of three questions: (1) scaling, (2) data quality, and (3) tokenization.")));
    }

    @Test
    @DisplayName("known names defined right after the verb and described, or after 'a simple yet novel algorithm,', are this paper's; generic abbreviations are no names")
    void knownNamesIntroducedHere() {
        Predicate<String> known = n -> Set.of("grpo", "grouprelativepolicyoptimization", "act", "lm").contains(Names.key(n));
        String grpo = "Second, we introduce Group Relative Policy Optimization (GRPO), a variant of PPO, that saves memory.";
        assertEquals(List.of("PROPOSES GRPO null we-propose"), summary(ProposalRule.apply(grpo, AcronymDefinitions.find(grpo), known)));
        String act = "To address this, we develop a simple yet novel algorithm, Action Chunking with Transformers (ACT), which learns chunks.";
        assertEquals(List.of("PROPOSES ACT null proposal-acronym"), summary(ProposalRule.apply(act, AcronymDefinitions.find(act), known)));
        String lm = "We introduce ToneGen, a single Language Model (LM) that operates over several streams.";
        assertEquals(List.of("PROPOSES ToneGen null we-propose"), summary(ProposalRule.apply(lm, AcronymDefinitions.find(lm), n -> false)));
        // Its kind, then described as new: this paper's, however known (not when used, nor without the description).
        Predicate<String> knowsTot = n -> Set.of("tot", "treeofthought", "rag", "retrievalaugmentedgeneration").contains(Names.key(n));
        String tot = "We introduce the Tree-of-Thought (ToT) framework, a novel approach to problem solving.";
        assertEquals(List.of("PROPOSES ToT null proposal-acronym"), summary(ProposalRule.apply(tot, AcronymDefinitions.find(tot), knowsTot)));
        String rag = "We introduce the Retrieval-Augmented Generation (RAG) framework into our pipeline.";
        assertEquals(List.of(), summary(ProposalRule.apply(rag, AcronymDefinitions.find(rag), knowsTot)));
        // A short form defined inside what another name is said to be is a word of that description; "the first …" opens
        // that description as "a …" does, and the abbreviation in passing does not end it: the name is a dataset.
        String inside = "We propose PlanX, the first open-domain natural language (NL) to plan generation dataset.";
        assertEquals(List.of("INTRODUCES PlanX dataset we-propose"), summary(ProposalRule.apply(inside, AcronymDefinitions.find(inside), n -> false)));
        // Review: "our", "novel", "new" or "proposed" before it make it the paper's all the same.
        String ours = "We propose PlanDet, an efficient detector trained with our cross-scale distillation (CSD) objective.";
        assertTrue(summary(ProposalRule.apply(ours, AcronymDefinitions.find(ours), n -> false)).contains("PROPOSES CSD null proposal-acronym"));
        // Review: a known method presented as background is not this paper's ("a popular RL method").
        String background = "We first introduce the Group Relative Policy Optimization (GRPO) algorithm, a popular RL method, and then present PlanRL.";
        assertTrue(summary(ProposalRule.apply(background, AcronymDefinitions.find(background), knowsTot.or(n -> Set.of("grpo", "grouprelativepolicyoptimization").contains(Names.key(n))))).stream().noneMatch(f -> f.contains("GRPO")));
        String mobile = "We present PlanVLM, a multimodal vision language model (MMVLM) for mobile devices.";
        assertEquals(List.of("PROPOSES PlanVLM null we-propose"), summary(ProposalRule.apply(mobile, AcronymDefinitions.find(mobile), n -> false)));
        // What the contribution is built from is not the contribution.
        String based = "We propose a Multi-layer Perceptron (MLP) based encoder-decoder model, Time-series Dense Encoder (TiDE), for forecasting.";
        List<String> proposed = summary(ProposalRule.apply(based, AcronymDefinitions.find(based), n -> false));
        assertTrue(proposed.contains("PROPOSES TiDE null proposal-acronym") && proposed.stream().noneMatch(p -> p.contains("MLP")), proposed::toString);
        // Known and only used: not this paper's.
        String used = "We train with Group Relative Policy Optimization (GRPO), a variant of PPO, on math.";
        assertEquals(List.of(), summary(ProposalRule.apply(used, AcronymDefinitions.find(used), known)));
    }

    @Test
    @DisplayName("'introducing two benchmarks: X, a …; and Y, a …' introduces both")
    void enumeratedResources() {
        assertEquals(List.of("INTRODUCES MT-Quiz benchmark we-propose", "INTRODUCES Chat Ring benchmark we-propose"),
                summary(apply("We then verify agreement by introducing two benchmarks: MT-Quiz, a multi-turn question set; "
                        + "and Chat Ring, a crowdsourced battle platform.")));
    }

    @Test
    @DisplayName("review: 'Self-Retrieval' and 'G-Eval, a framework' are methods; 'our agent … fine-tuned with PPO (…)' and 'the MCTS algorithm' are not the paper's")
    void reviewCounterexamples() {
        assertEquals(List.of("PROPOSES Self-Retrieval null we-propose"),
                summary(apply("We propose Self-Retrieval, an end-to-end LLM-driven information retrieval architecture.")));
        assertEquals(List.of("PROPOSES G-Eval null we-propose"),
                summary(apply("We present G-Eval, a framework of using LLMs with chain-of-thoughts to assess quality.")));
        Predicate<String> known = n -> Set.of("ppo", "proximalpolicyoptimization", "montecarlotreesearch").contains(Names.key(n));
        String ppo = "Our agent is then fine-tuned with Proximal Policy Optimization (PPO) against the learned reward.";
        assertEquals(List.of(), summary(ProposalRule.apply(ppo, AcronymDefinitions.find(ppo), known)));
        String mcts = "We propose the Monte Carlo Tree Search algorithm for planning.";
        assertEquals(List.of(), summary(ProposalRule.apply(mcts, AcronymDefinitions.find(mcts), known)));
        assertEquals(List.of("PROPOSES Trajectory Tree Search null we-propose"),
                summary(ProposalRule.apply("We propose the Trajectory Tree Search algorithm for planning.", List.of(), known)));
    }

    /** As {@link #apply(String)}, with names of benchmarks and models a vocabulary knows by now. */
    private static List<Mention> applyKnowing(String sentence) {
        Predicate<String> known = n -> Set.of("webnav", "ifeval", "instructionfollowingeval", "graphneuralnetwork", "gnn", "stepnet").contains(Names.key(n));
        return ProposalRule.apply(sentence, AcronymDefinitions.find(sentence), known);
    }

    @Test
    @DisplayName("a known name the authors introduce in so many words is theirs: 'We introduce WebNav, the first dataset …', 'we introduce Instruction-Following Eval (IFEval)'")
    void knownNameIntroducedHere() {
        assertEquals(List.of("INTRODUCES WebNav dataset we-propose"),
                summary(applyKnowing("We introduce WebNav, the first dataset for developing generalist agents for the web.")));
        assertEquals(List.of("INTRODUCES IFEval benchmark proposal-acronym"),
                summary(applyKnowing("To overcome these issues, we introduce Instruction-Following Eval (IFEval) for large language models.")));
        // Described as a collection, written with its kind and short name between.
        assertEquals(List.of("INTRODUCES WebNav dataset we-propose"),
                summary(applyKnowing("We present the WebNav (WN) dataset, a carefully curated collection of 3,000 web tasks.")));
        // A kind of model, used as a modifier, is no contribution; nor is a tool a gerund says how to use.
        assertEquals(List.of(), summary(applyKnowing("We introduce a Graph Neural Network (GNN)-based retriever.")));
        assertEquals(List.of(), summary(applyKnowing("We cut memory by introducing Graph Neural Network (GNN) layers.")));
    }

    @Test
    @DisplayName("the paper's own resources named around their noun: 'our long LongAlpaca dataset', 'we collect an instruction-tuning dataset CodeInstruct'")
    void ownResourcesAroundTheirNoun() {
        assertEquals(List.of("INTRODUCES LongAlpaca dataset we-propose"),
                summary(apply("We further fine-tune with our long instruction-following LongAlpaca dataset.")));
        assertEquals(List.of("INTRODUCES CodeInstruct dataset we-propose"),
                summary(apply("To this end, we collect an instruction-tuning dataset CodeInstruct that consists of 7k interactions.")));
        // Counted, then each coined name with what it is for.
        assertEquals(List.of("INTRODUCES Plan-CoT-9k dataset we-propose", "INTRODUCES Plan-20k dataset we-propose"),
                summary(apply("We have constructed two datasets: Plan-CoT-9k for SFT cold start and Plan-20k for RL training, both with plans.")));
        // The first word of a longer name defined by its acronym is not the name.
        assertEquals(List.of("MTPB", "Multi-Step Planning Benchmark"),
                apply("We construct an open benchmark, Multi-Step Planning Benchmark (MTPB), of 115 plans.").stream().map(Mention::name).toList());
        assertEquals(List.of(), summary(apply("We fine-tune on our GPU cluster with the Alpaca dataset.")));
        // A size among the words before the name; "namely" before it; a name before the noun the authors make.
        assertEquals(List.of("INTRODUCES Plan-MathQA dataset we-propose"),
                summary(apply("We fine-tune 7B LLMs on our proposed 2.5M-instance Plan-MathQA dataset.")));
        assertEquals(List.of("INTRODUCES PlanEvo dataset we-propose"),
                summary(apply("We construct a repository-level code generation dataset, namely PlanEvo, with an execution tool.")));
        assertEquals(List.of("INTRODUCES Plan Instruction dataset we-propose"),
                summary(apply("Using the environment, we develop a Plan Instruction dataset and train six LLMs.")));
        assertEquals(List.of(), summary(apply("Using the environment, we develop a reward model and train it on a GSM8K dataset.")));
        // Generated here, and said to be a resource.
        assertEquals(List.of("INTRODUCES PlanFact benchmark we-propose"),
                summary(apply("We use a strong LLM to generate PlanFact, a prompt set of 2,000 questions on 38 topics.")));
        assertEquals(List.of(), summary(apply("We use a strong LLM to generate PlanFact answers for each question.")));
        // New metrics listed plainly after their count; "built" as a making verb.
        assertEquals(List.of("INTRODUCES Dependency Reach metric we-propose", "INTRODUCES Static Validity Score metric we-propose"),
                summary(apply("We create a benchmark of 680 repositories and introduce two new repository-level metrics: Dependency Reach and Static Validity Score.")));
        assertEquals(List.of(), summary(apply("We introduce two new metrics: accuracy and recall of steps.")));
        assertEquals(List.of("INTRODUCES PlanWorld environment we-propose"),
                summary(apply("To remedy this gap, we built PlanWorld, a high-quality execution environment of 9 apps.")));
        // Ours, described, then named; not a known benchmark named so.
        assertEquals(List.of("INTRODUCES Plan-Bench Mistake dataset we-propose"),
                summary(apply("We release our dataset of LLM-generated logical mistakes, Plan-Bench Mistake, to enable further research.")));
        String known = "We evaluate on our benchmark of math problems, GSM8K, and report accuracy.";
        assertEquals(List.of(), summary(ProposalRule.apply(known, List.of(), n -> Names.key(n).equals("gsm8k"))));
        // Review: what the data is about is no name; another's resource, or one another generates, is not introduced here.
        assertEquals(List.of(), summary(apply("We collect a Reddit dataset and build a Python benchmark.")));
        assertEquals(List.of(), summary(apply("We introduce a new English-Hindi corpus for translation.")));
        assertEquals(List.of(), summary(apply("We construct a subset of the benchmark LegalBench-X for our tests.")));
        assertEquals(List.of(), summary(apply("Prior work generates PlanQA, a synthetic question set of 5,000 items.")));
    }

    @Test
    @DisplayName("'design a new architecture (StepNet-2)': a new thing named in parentheses is the paper's, however known its family")
    void newKindInParentheses() {
        assertEquals(List.of("PROPOSES StepNet-2 null we-propose"),
                summary(applyKnowing("Our framework allows us to design a new architecture (StepNet-2) whose core layer is faster.")));
        assertEquals(List.of(), summary(applyKnowing("Prior work designed a new architecture (StepNet-2) whose core layer is faster.")));
    }

    @Test
    @DisplayName("'a novel chain-of-thought (CoT) framework': a known method abbreviated before a method noun is the kind, not the contribution")
    void knownAcronymBeforeMethodNoun() {
        assertEquals(List.of(), summary(apply("We introduce a novel chain-of-thought (CoT) framework for multi-hop planning.")));
        assertEquals(List.of("PROPOSES SPF null proposal-acronym"),
                summary(apply("We introduce a novel Step Planning Flow (SPF) framework for multi-hop planning.")));
    }

    @Test
    @DisplayName("'we propose a simple and effective method (ReNu)': a coined name in parentheses after the kind the authors make is theirs")
    void kindNamedInParentheses() {
        assertEquals(List.of("PROPOSES ReNu null we-propose"),
                summary(apply("Here we design a lightweight two-stage method (ReNu) for waking idle units.")));
        // Not a name the vocabulary knows (the method built with), nor someone else's making, nor a kind after another phrase.
        assertEquals(List.of(), summary(apply("We propose a simple prompting method (ReAct) for agents.")));
        assertEquals(List.of(), summary(apply("Prior work proposed a lightweight method (ReNu) for waking idle units.")));
        assertEquals(List.of(), summary(apply("Unlike prior work that designed a routing method (FooRoute), we route by cost.")));
        assertEquals(List.of(), summary(apply("We present a study of the popular method (FooRoute) on long inputs.")));
    }

    @Test
    @DisplayName("new designs listed and spelled out are the paper's: 'we adopt innovative architectures including Multi-head Latent Attention (MLA)'")
    void novelKindsListed() {
        assertEquals(List.of("PROPOSES MLA null we-propose", "PROPOSES Sparse Expert Router null we-propose"),
                summary(apply("We adopt innovative architectures including Multi-head Latent Attention (MLA), StepMoE and Sparse Expert Router.")));
        assertEquals(List.of(), summary(apply("We adopt common architectures including Multi-head Latent Attention (MLA).")));
    }

    @Test
    @DisplayName("'we define … Low-rank Linear Subspace ReFT (LoReFT)', 'we further propose buffer-manager to update …'; not 'we propose fine-tuning to …'")
    void definedAndHyphenatedNames() {
        assertEquals(List.of("PROPOSES LoReFT null proposal-acronym"),
                summary(apply("We define a strong instance of the ReFT family, Low-rank Linear Subspace ReFT (LoReFT).")));
        assertEquals(List.of("PROPOSES buffer-manager null we-propose"),
                summary(apply("To guarantee stability, we further propose buffer-manager to dynamically update the meta-buffer.")));
        assertEquals(List.of(), summary(apply("We propose fine-tuning to adapt the model.")));
    }

    @Test
    @DisplayName("'we develop draft pruning to …': a bare lower-case phrase the authors make is named; not an article, a gerund, a quantity or a finding")
    void bareLowerCaseObject() {
        assertEquals(List.of("PROPOSES draft pruning null we-propose"),
                summary(apply("Second, we develop draft pruning to bound the cost of long plans.")));
        assertEquals(List.of("PROPOSES plan-guided-decoding null we-propose"),
                summary(apply("Additionally, we propose plan-guided-decoding to avoid reward hacking.")));
        assertEquals(List.of("PROPOSES staged plan distillation null we-propose"),
                summary(apply("To this end we introduce staged plan distillation.")));
        // Not a phrase with an article, a gerund of what is done, a quantity, a finding, a single plain word, or another's verb.
        for (String sentence : List.of("We propose a plan voting mechanism to merge drafts.", "We propose using reinforcement learning to train it.",
                "We present extensive experiments on three benchmarks.", "We present four main findings: plans help.",
                "We propose strategies to mitigate overthinking.", "We introduce pruning to bound the cost.",
                "Prior work proposed draft pruning to bound the cost.", "We propose fine-tuning smaller students to imitate it.",
                // Generic objects: what is presented, not a method's name.
                "We present ablation results.", "We develop reward shaping strategies to curb hacking.",
                // A count of things, whatever they are.
                "We design eight signals for noisy plans.", "We develop several heuristics to rank drafts.")) {
            assertEquals(List.of(), summary(apply(sentence)), sentence);
        }
    }

    @Test
    @DisplayName("'our X' is a resource only when its name or the noun right after it says so, not a noun further off")
    void ourNameKind() {
        assertEquals(List.of("PROPOSES StepTool null we-propose"),
                summary(apply("Experiments across various datasets demonstrate the superiority of our StepTool over strong baselines.")));
        assertEquals(List.of("INTRODUCES StepData benchmark we-propose"),
                summary(apply("Models trained on our StepData benchmark improve.")));
    }

    @Test
    @DisplayName("review: experiments on a benchmark introduce none; a known long form built or used is no proposal; a compared list proposes nothing; 'introduce cross-attention to' proposes nothing")
    void reviewedProposals2() {
        assertEquals(List.of(), summary(apply("We evaluate our method on the HumanEval-X benchmark.")));
        assertEquals(List.of(), summary(apply("Our experiments on the LongBench-Chat benchmark show gains.")));
        assertEquals(List.of(), summary(applyKnowing("We build Graph Neural Network (GNN) systems for clinical QA.")));
        assertEquals(List.of(), summary(apply("We compare with new techniques such as Grouped-Query Attention (GQA) and Sliding Window Attention (SWA).")));
        assertEquals(List.of(), summary(apply("We introduce cross-attention to condition the denoiser on text.")));
        assertEquals(List.of(), summary(apply("We fine-tune a new open-source model (StepNet-7B) on math.")));
        assertEquals(List.of("INTRODUCES CodeData dataset we-propose"), summary(apply("We curated a new dataset CodeData of 7k programs.")));
    }

    @Test
    @DisplayName("the head noun of a compound decides the kind: 'an instruction tuning dataset' is data, 'a dataset distillation method' a method")
    void compoundHeadNoun() {
        assertEquals(List.of("INTRODUCES TrajSet dataset we-propose"),
                summary(apply("We construct TrajSet, a lightweight instruction-tuning dataset containing interaction trajectories.")));
        assertEquals(List.of("INTRODUCES GridRef dataset we-propose"),
                summary(apply("To bolster grounding, we curate GridRef, a refer-and-ground instruction tuning dataset of 1.1M samples.")));
        assertEquals(List.of("PROPOSES DistilX null we-propose"),
                summary(apply("We propose DistilX, a dataset distillation method that keeps accuracy.")));
        assertEquals(List.of("INTRODUCES PlanBench2 benchmark we-propose"),
                summary(apply("We introduce PlanBench2, a benchmark containing agent trajectories.")));
    }

    @Test
    @DisplayName("what is compiled, curated or collected is data unless a method noun says otherwise")
    void collectedData() {
        assertEquals(List.of("INTRODUCES CodeCommits dataset we-propose"),
                summary(apply("We compile CodeCommits: 4 terabytes of Git commits across 350 programming languages.")));
        assertEquals(List.of("PROPOSES GatherNet null we-propose"),
                summary(apply("We collect GatherNet, a pipeline that filters web pages.")));
    }

    @Test
    @DisplayName("'our models, X and Y, …'; 'resulting in X.' in the authors' sentence; 'we introduce Retro 48B, the …'")
    void namedOwnModels() {
        assertEquals(List.of("PROPOSES OctaCoder null we-propose", "PROPOSES OctaGeo null we-propose"),
                summary(apply("Our models, OctaCoder and OctaGeo, achieve the best performance among all permissive models.")));
        assertEquals(List.of(), summary(apply("Our models, trained on more data, achieve the best performance.")));
        assertEquals(List.of(), summary(apply("Our base models, MistralX-7B and WizardY-7B, are merged with the method.")));
        assertEquals(List.of(), summary(apply("Our models, ReAct-7B and CoT-13B, are evaluated.")));
        assertEquals(List.of("PROPOSES AgentLX null we-propose"),
                summary(apply("We instruction-tune the Llama 2 series, resulting in AgentLX.")));
        assertEquals(List.of(), summary(apply("Prior work tuned Llama 2, resulting in AgentLX.")));
        assertEquals(List.of(), summary(apply("We tune the model, resulting in SOTA results on MATH.")));
        assertEquals(List.of("PROPOSES Retrox 48B null we-propose"),
                summary(apply("In this work, we introduce Retrox 48B, the largest LLM pretrained with retrieval.")));
    }

    @Test
    @DisplayName("'we introduce Lookahead decoding, an exact … algorithm'; 'a new … setting—One-Shot Video Tuning, where …'")
    void namesWithHeadNounOrAfterDash() {
        assertEquals(List.of("PROPOSES Lookahead decoding null we-propose"),
                summary(apply("In this paper, we introduce Lookahead decoding, an exact, parallel decoding algorithm that accelerates decoding.")));
        assertEquals(List.of("PROPOSES One-Shot Video Tuning null we-propose"),
                summary(apply("In this work, we propose a new T2V generation setting\u2014One-Shot Video Tuning, where only one pair is presented.")));
        assertEquals(List.of(), summary(apply("We introduce Lookahead decoding to our system.")));
    }

    @Test
    @DisplayName("'we introduce the AyaMix dataset', 'we release the AyaMix Evaluation Suite', '3 newly created datasets (A, B, and C)'; not a language, a source or a plain word, nor datasets new to the model")
    void theNamedResources() {
        assertEquals(List.of("INTRODUCES AyaMix dataset we-propose"),
                summary(apply("We introduce the AyaMix dataset, a collection of 200 languages with 1 million annotations.")));
        assertEquals(List.of("INTRODUCES AyaMix Evaluation Suite benchmark we-propose"),
                summary(apply("We also release the AyaMix Evaluation Suite spanning 101 languages.")));
        assertEquals(List.of("INTRODUCES Flora dataset we-propose"), summary(ProposalRule.apply(
                "We introduce the Flora dataset, a collection of 200 languages.", List.of(), KNOWN, List.of("Flora"))));
        assertEquals(List.of(), summary(apply("We evaluate on the GSM8K dataset.")));
        assertEquals(List.of(), summary(apply("We introduce the English dataset to the model.")));
        assertEquals(List.of(), summary(apply("We also construct the Hindi benchmark by translating MMLU.")));
        assertEquals(List.of(), summary(apply("We collect the Reddit dataset from Pushshift dumps.")));
        assertEquals(List.of(), summary(apply("We present the Test Suite, a collection of unit tests for each problem.")));
        assertEquals(List.of("INTRODUCES IQTest dataset we-propose", "INTRODUCES FunctionQA dataset we-propose", "INTRODUCES PaperQA dataset we-propose"),
                summary(apply("It is derived from 28 existing datasets and 3 newly created datasets (IQTest, FunctionQA, and PaperQA).")));
        assertEquals(List.of("INTRODUCES IQTest dataset we-propose", "INTRODUCES FunctionQA dataset we-propose"),
                summary(apply("We create two new datasets (IQTest and FunctionQA) for this study.")));
        assertEquals(List.of(), summary(apply("It is derived from existing datasets (IQTest, FunctionQA, and PaperQA).")));
        assertEquals(List.of(), summary(apply("GeoCLIP transfers zero-shot to novel datasets (EuroSAT, RESISC45, and PatternNet).")));
        assertEquals(List.of(), summary(apply("We further test generalization on two new benchmarks (CRUXEval and EvoEval), released after the cutoff.")));
        // Listed after ", namely" or a colon too; said to be new and made here, a known name is the paper's all the same.
        assertEquals(List.of("INTRODUCES ImageNet-Q benchmark we-propose", "INTRODUCES GSM8K benchmark we-propose"), summary(ProposalRule.apply(
                "We propose two new benchmarks for assessment, namely ImageNet-Q and GSM8K.", List.of(), n -> n.equals("GSM8K"))));
        assertEquals(List.of(), summary(apply("We evaluate on two existing benchmarks, namely ImageNet-Q and ObjectNet-Q.")));
    }

    @Test
    @DisplayName("a name counted in items of data is a benchmark ('MathCheck, which comprises 10K questions'), not one counted in parts")
    void countedContents() {
        assertEquals(List.of("INTRODUCES MathChecker benchmark we-propose"),
                summary(apply("To this end, we construct MathChecker, which comprises 10K questions across 5 domains.")));
        assertEquals(List.of("INTRODUCES VidQuest benchmark we-propose"),
                summary(apply("We present VidQuest, containing 900 videos and 2,700 questions.")));
        assertEquals(List.of("PROPOSES PlanMod null we-propose"),
                summary(apply("We construct PlanMod, which comprises 3 modules for planning.")));
        assertEquals(List.of("INTRODUCES CodeInstr dataset we-propose"),
                summary(apply("We build CodeInstr, comprising 80K instruction-following examples.")));
        assertEquals(List.of("PROPOSES TokenDrop null we-propose"),
                summary(apply("We propose TokenDrop, which covers 5 tasks and reduces training cost by 40%.")));
    }

    @Test
    @DisplayName("a second resource released with the first: 'WebCorp, a … collection …, and WebCorp-Edu, a … subset of …'")
    void secondResource() {
        assertEquals(List.of("INTRODUCES WebCorp dataset we-propose", "INTRODUCES WebCorp-Edu dataset we-propose"),
                summary(apply("We release WebCorp, a 15-trillion token collection of cleaned web pages, and WebCorp-Edu, a 1.3-trillion token subset of educational pages.")));
        assertEquals(List.of("INTRODUCES WebCorp dataset we-propose"),
                summary(apply("We release WebCorp, a 15-trillion token collection of cleaned web pages, and GPT-2, a model.")));
        assertEquals(List.of("PROPOSES PathLIP null we-propose"),
                summary(apply("We introduce PathLIP, a pathology model pretrained on pairs from QuiltX and OpenPath, a dataset of images shared online.")));
        assertEquals(List.of(), summary(apply("We propose MolGen, a molecule generator trained on ZINC-250K and GuacaMol, a benchmark suite for design."))
                .stream().filter(f -> f.contains("GuacaMol")).toList());
    }

    @Test
    @DisplayName("'we provide a modular framework X that …', 'we term this approach X', 'a family of models, X,'; not 'we provide GPT-4 with tools'")
    void moreContributionShapes() {
        assertEquals(List.of("PROPOSES GraphNX null we-propose"),
                summary(apply("We provide a modular framework GraphNX that supports multiple types of encodings.")));
        assertEquals(List.of("PROPOSES Skill Chaining null called-named"), summary(apply("We term this approach Skill Chaining.")));
        assertEquals(List.of("PROPOSES Phoenix null we-propose"), summary(apply("We introduce a family of models, Phoenix, trained on 2T tokens.")));
        assertEquals(List.of(), summary(apply("We provide Claude with tools and memory.")));
        assertEquals(List.of(), summary(apply("We provide a theoretical analysis of Adam.")));
    }

    @Test
    @DisplayName("'called Self-Rank oPtimization (SRP)': the capitalised words start the long form, the acronym names the method")
    void calledNameStartsLongForm() {
        assertEquals(List.of("PROPOSES SRP null proposal-acronym"),
                summary(apply("We propose a new tuning method called Self-Rank oPtimization (SRP), which starts from a tuned model.")));
    }

    @Test
    @DisplayName("'a new LLM planning framework, Chain of Thought (CoT)': described as new right before, it is proposed however well known")
    void newKindOfSeveralWords() {
        assertEquals(List.of("PROPOSES CoT null proposal-acronym"),
                summary(apply("To this end, we propose a new LLM planning framework, Chain of Thought (CoT).")));
    }

    @Test
    @DisplayName("a list after a colon ('four languages: English, Hindi, …') names no contribution; 'method: Auto-Plan.' does")
    void listAfterColon() {
        assertTrue(summary(apply("Using WikiPipe, we build WikiSpeech, which covers speech in four languages: English, Hindi, Swahili, and Thai."))
                .stream().noneMatch(f -> f.contains("English")));
        assertEquals(List.of("PROPOSES Auto-Plan null we-propose"), summary(apply("We propose an automatic planning method: Auto-Plan.")));
    }

    @Test
    @DisplayName("'we develop and release the Koala Dataset, the Koala Collection, and the Koala Evaluation Suite': each is a resource; several capitalised words name one")
    void listOfNamedResources() {
        assertEquals(List.of("INTRODUCES Koala Evaluation Suite benchmark we-propose", "INTRODUCES Koala Dataset dataset we-propose",
                        "INTRODUCES Koala Collection dataset we-propose").stream().sorted().toList(),
                summary(apply("Overall, we develop and release the Koala Dataset, the Koala Collection, and the Koala Evaluation Suite."))
                        .stream().sorted().toList());
        assertEquals(List.of("INTRODUCES Puzzle Crafting dataset we-propose"),
                summary(apply("Additionally, we introduce the Puzzle Crafting dataset, featuring 3K diverse questions.")));
        assertEquals(List.of(), summary(apply("We collect the Reddit dataset, the Twitter dataset, and the Test Suite.")));
        assertEquals(List.of("INTRODUCES CubeTest dataset we-propose", "INTRODUCES GraphQA dataset we-propose"),
                summary(apply("It mixes 20 existing datasets and 2 newly created datasets (i.e., CubeTest and GraphQA).")));
    }

    @Test
    @DisplayName("'a … reading comprehension (MRC) dataset': a lower-case term abbreviated before a resource noun is no contribution")
    void abbreviationBeforeResourceNoun() {
        assertEquals(List.of("INTRODUCES WikiRead dataset we-propose"),
                summary(apply("We present WikiRead, a multiple-choice machine reading comprehension (MRC) dataset covering 50 languages.")));
        assertEquals(List.of("PROPOSES MTGI null proposal-acronym"),
                summary(apply("Unlike prior work, our multi-task graph inferencer (MTGI) first infers the shared graph.")));
    }

    @Test
    @DisplayName("'a harder variant of CodeArena, CodeArena-Hard, that …' and 'the notion of model grafting for LLMs' are contributions")
    void variantAndNotion() {
        assertEquals(List.of("PROPOSES CodeArena-Hard null we-propose"),
                summary(apply("In addition, we propose a harder variant of CodeArena, CodeArena-Hard, that keeps only the failing tasks.")));
        assertEquals(List.of("PROPOSES model grafting null we-propose"),
                summary(apply("In this paper, we introduce the notion of model grafting for LLMs, aimed at joining their skills.")));
    }

    @Test
    @DisplayName("a quoted name in parentheses after a method noun ('framework (\"Generative Rankers\")'); a lower-case part after a defined one")
    void quotedNameAndSecondPart() {
        assertEquals(List.of("PROPOSES Generative Rankers null we-propose"),
                summary(apply("We recast ranking as generation within a sequence modeling framework (\"Generative Rankers\") for feeds.")));
        assertEquals(List.of("PROPOSES region-word alignment loss null we-propose", "PROPOSES CMFN null proposal-acronym"),
                summary(apply("Specifically, we propose a new Cross-Modal Fusion Network (CMFN) and region-word alignment loss to connect both modalities.")));
        assertEquals(List.of(), summary(apply("We use the contrastive loss and the focal loss to train it.")));
    }

    @Test
    @DisplayName("'our newly introduced Large-scale Open Weather Archive (LOWA)': the long form ends in what it is, a dataset")
    void archiveIsDataset() {
        assertEquals(List.of("INTRODUCES LOWA dataset proposal-acronym"),
                summary(apply("Trained on our newly introduced Large-scale Open Weather Archive (LOWA) featuring 2B observations, it forecasts well.")));
    }

    @Test
    @DisplayName("the plural of an abbreviation ('when designing RMs') names a kind, unless defined here ('value verifiers (PVVs)')")
    void pluralAbbreviation() {
        assertEquals(List.of(), summary(apply("We identify two challenges when designing RMs to resist reward hacking.")));
        assertEquals(List.of("PROPOSES PVVs null proposal-acronym"), summary(apply("We propose process value verifiers (PVVs), which score each step.")));
    }

    @Test
    @DisplayName("'resulting in Llama-GRM models': a coined word after a known family names a new model; 'Llama-3-8B-Instruct' a release")
    void coinedModelOfKnownFamily() {
        Predicate<String> knowsLlama = n -> Names.key(n).equals("llama");
        assertEquals(List.of("PROPOSES Llama-GRM null we-propose"), summary(ProposalRule.apply(
                "We tune the judges with online RL, resulting in Llama-GRM models.", List.of(), knowsLlama)));
        assertEquals(List.of(), summary(ProposalRule.apply("We tune the judges with online RL, resulting in Llama-3-8B-Instruct.", List.of(), knowsLlama)));
    }

    @Test
    @DisplayName("a LaTeX superscript belongs to the name ('which we call ReFT^{EM}', 'MERGE^3', 'S^2-Attn')")
    void latexSuperscript() {
        assertEquals(List.of("PROPOSES ReFT^{EM} null called-named"),
                summary(apply("To do so, we study a simple self-training method, which we call ReFT^{EM}, where we sample.")));
        assertEquals(List.of("PROPOSES MERGE^3 null we-propose"), summary(apply("We propose MERGE^3, a framework that merges models cheaply.")));
        assertEquals(List.of("PROPOSES S^2-Attn null we-propose"), summary(apply("We propose S^2-Attn, a shifted sparse attention.")));
    }
    @Test
    @DisplayName("resources the authors call theirs after the name ('X, our curated dataset'), lower-case names with a digit after "
            + "'we curate a dataset', and an Atlas are introduced")
    void ownResourcesNamedSo() {
        assertEquals(List.of("INTRODUCES HexaInstruct dataset we-propose"),
                summary(apply("The models are trained on HexaInstruct, our meticulously curated instruction tuning dataset.")));
        assertEquals(List.of("INTRODUCES h2K dataset we-propose"),
                summary(apply("First, we curate a small dataset h2K of 1,000 questions paired with reasoning traces.")));
        assertEquals(List.of("INTRODUCES Hexa Protein Atlas dataset we-propose"), summary(apply("Building on this, we present the Hexa Protein Atlas.")));
        // Not a name ("a small dataset of …"), not theirs ("GSM8K, a dataset we evaluate on" is no "our").
        assertEquals(List.of(), summary(apply("First, we curate a small dataset of 1,000 questions.")));
        assertEquals(List.of(), summary(apply("The models are trained on HexaInstruct, a public instruction tuning dataset.")));
        assertEquals(List.of(), summary(apply("We report results on HexaQA, our main evaluation benchmark, and on dataset v2.")));
    }
    @Test
    @DisplayName("a defined name after 'with' is what the contribution works with, unless described as the contribution is")
    void definedAfterPreposition() {
        assertEquals(List.of("PROPOSES HCO null proposal-acronym"),
                summary(apply("We address this issue with Hybrid Cross Offline (HCO), a hierarchical deep reinforcement learning agent that learns options.")));
        assertEquals(List.of("PROPOSES WebHand null we-propose"),
                summary(apply("We present WebHand, which interacts with computers through a Graphical User Interface (GUI) of the desktop.")));
    }
    @Test
    @DisplayName("a lower-case name set off right after the verb ('speculative decoding - an algorithm') is the paper's, however well known")
    void knownLowerCaseNameSetOff() {
        Predicate<String> known = n -> Names.key(n).equals("speculativedecoding");
        assertEquals(List.of("PROPOSES speculative decoding null we-propose"), summary(ProposalRule.apply(
                "In this work we introduce speculative decoding - an algorithm to sample faster.", List.of(), known)));
        assertEquals(List.of(), summary(ProposalRule.apply(
                "We speed up serving by introducing speculative decoding, an algorithm to sample faster.", List.of(), known)));
    }
    @Test
    @DisplayName("'Our E(3) Equivariant Flow Model (EFM)': a symmetry group with its parenthesis is one word of the authors' name")
    void symmetryGroupInOwnName() {
        assertEquals(List.of("PROPOSES EFM null proposal-acronym"),
                summary(apply("Our E(3) Equivariant Flow Model (EFM) learns to denoise atom positions.")));
    }

    private static List<String> names(List<Mention> mentions) {
        return mentions.stream().filter(m -> m.relation() == Relation.PROPOSES).map(Mention::name).toList();
    }

    @Test
    @DisplayName("a contribution said in the present passive is the paper's: 'A new router network, Attention Router, is proposed', "
            + "'a novel agent framework is proposed as REMEMBERER', 'To this end, GradSplice is proposed to …'")
    void passiveProposals() {
        assertEquals(List.of("Attention Router"), names(apply("A new router network, Attention Router, is proposed and adopted for expert selection.")));
        assertEquals(List.of("REMEMBERER"), names(apply("Inspired by human memory, a novel evolvable agent framework is proposed as REMEMBERER.")));
        assertEquals(List.of("GradSplice"), names(apply("To this end, GradSplice is proposed to merge models efficiently.")));
        // History, others' work, a known name, or what a thing is like: no proposal.
        assertEquals(List.of(), names(apply("FooNet was proposed to merge models.")));
        assertEquals(List.of(), names(apply("To this end, FooNet is introduced in prior work.")));
        assertEquals(List.of(), names(apply("Then, GSM1k is designed to mirror the style of GSM8k.")));
        // The field's work in the present tense, or a tool put in place (review).
        assertEquals(List.of(), names(apply("Recently, GraphNet is proposed to learn node representations.")));
        assertEquals(List.of(), names(apply("In [12], GraphNet is introduced to embed nodes with sketching.")));
        assertEquals(List.of(), names(apply("Firstly, GraphNet is introduced as the backbone encoder of our model.")));
        assertEquals(List.of(), names(apply("The acoustic model is designed as ConvNet with 12 layers.")));
        assertEquals(List.of(), names(ProposalRule.apply("To this end, LoRA is proposed to reduce parameters.", List.of(), n -> n.equals("LoRA"))));
        // "the proposed CoT-decoding outperforms …": the abstract's proposal, without a "we"; not a plain capitalised word.
        assertEquals(List.of("CoT-decoding"), names(apply("Extensive studies show that the proposed CoT-decoding substantially outperforms greedy decoding.")));
        assertEquals(List.of(), names(apply("Experiments show that the proposed Adaptive sampling improves accuracy.")));
        // A method, whatever data the sentence names: "Experiments on five public datasets demonstrate … the proposed NCL".
        assertEquals(List.of("PROPOSES NCL null passive-proposal"),
                summary(apply("Extensive experiments on five public datasets demonstrate the effectiveness of the proposed NCL.")));
    }

    @Test
    @DisplayName("'we develop in this work FedFix, …': where it is introduced may stand between the verb and the name; "
            + "a known name set off after 'a new <kind>,' is the paper's own")
    void adverbialAndNewKnownName() {
        assertEquals(List.of("FedSync"), names(apply("In particular, we develop in this work FedSync, a novel extension of FedAvg.")));
        assertEquals(List.of("FedSync"), names(apply("We propose here FedSync, a simple extension of FedAvg.")));
        // A part of the authors' work said to be new, where they or their own name speak.
        assertEquals(List.of("Rank-PO"), names(ProposalRule.apply("FlowOpt incorporates Rank-PO, a novel variant of preference optimization.",
                List.of(), n -> false, List.of("FlowOpt"))));
        assertEquals(List.of(), names(apply("Prior pipelines incorporate Rank-PO, a novel variant of preference optimization.")));
        assertTrue(names(apply("This paper introduces FooGen, a system that employs Dynamic SplitFuse, a novel composition strategy, to deliver "
                + "higher throughput.")).contains("Dynamic SplitFuse"));
        // A rival named after a comparison cue is not the authors', set off or defined ("outperforms … system, MemGPT,", "in the
        // Deep Memory Retrieval (DMR) benchmark").
        assertEquals(List.of("Zep"), names(apply("We introduce Zep, a novel memory layer service that outperforms the current state-of-the-art "
                + "system, MemGPT, in the Deep Memory Retrieval (DMR) benchmark.")));
        // … unless the authors' making verb comes between; and a baseline said to be new is no part of theirs.
        assertTrue(names(apply("We propose FooNet, which outperforms strong baselines and introduces a novel loss, Contrastive Flow Loss (CFL), "
                + "for training.")).contains("CFL"));
        assertEquals(List.of(), names(apply("Our experiments include BarNet, a new sparse baseline, and two dense ones.")));
        Predicate<String> knowsIt = n -> Names.key(n).equals(Names.key("Analogical Prompting"));
        assertEquals(List.of("Analogical Prompting"), names(ProposalRule.apply(
                "In this work, we introduce a new prompting approach, Analogical Prompting, designed to guide reasoning.", List.of(), knowsIt)));
        // A model said to be new is still the known model the paper uses.
        Predicate<String> knowsModel = n -> Names.key(n).equals(Names.key("PaliGemma"));
        assertEquals(List.of("RoboFlow"), names(ProposalRule.apply(
                "We present RoboFlow, a manipulation system powered by a new vision-language model, PaliGemma, and a planner.", List.of(), knowsModel)));
        // Not said to be new, a known name stays the one the vocabulary knows.
        assertEquals(List.of(), names(ProposalRule.apply(
                "In this work, we use a prompting approach, Analogical Prompting, to guide reasoning.", List.of(), knowsIt)));
        // A resource called challenging as the authors introduce it is theirs; a popular one is not.
        Predicate<String> knowsBench = n -> Set.of("judgebar", "gsm8k").contains(Names.key(n));
        assertEquals(List.of("INTRODUCES JudgeBar benchmark we-propose"), summary(ProposalRule.apply(
                "We introduce a challenging meta-evaluation benchmark, JudgeBar, designed to test LLM evaluators.", List.of(), knowsBench)));
        assertEquals(List.of(), summary(ProposalRule.apply("We introduce a popular benchmark, GSM8K, to test our method.", List.of(), knowsBench)));
    }

    @Test
    @DisplayName("a capitalised word that runs on into more of the name is no kind noun: 'a novel Budget-Aware Step Pruning method' is not "
            + "'Budget-Aware'")
    void nameRunsOnPastKindWord() {
        assertEquals(List.of("Budget-Aware Step Pruning"), names(apply("We propose a novel Budget-Aware Step Pruning method that drops redundant steps.")));
        assertEquals(List.of("FooNet"), names(apply("We propose FooNet, a step pruning method.")));
    }

    @Test
    @DisplayName("a resource the authors make, described before its name ('we introduce the large-scale Visual CoT dataset') or named a "
            + "challenge ('we propose the Ancestral Trace Challenge (ATC)'), is introduced, not proposed")
    void describedAndChallengeResources() {
        List<Mention> described = ProposalRule.apply(
                "To address these gaps, we collect and introduce the large-scale Visual Foo dataset comprising 438k question-answer pairs.", List.of(), n -> false);
        assertEquals(List.of("INTRODUCES Visual Foo"), described.stream().map(m -> m.relation() + " " + m.name()).toList());
        String challenge = "Furthermore, we propose the Ancestral Foo Challenge (AFC) to mimic the complexity of logical reasoning.";
        assertEquals(List.of("INTRODUCES AFC"), ProposalRule.apply(challenge, AcronymDefinitions.find(challenge), n -> false)
                .stream().map(m -> m.relation() + " " + m.name()).toList());
        String benchmark = "We introduce the Ancestral Foo Challenge (AFC), a benchmark that measures how well language models trace lineage.";
        assertEquals(List.of("INTRODUCES AFC"), ProposalRule.apply(benchmark, AcronymDefinitions.find(benchmark), n -> false)
                .stream().map(m -> m.relation() + " " + m.name()).toList());
        // Someone else's resource described, a noun after the resource's, a challenge described as a method.
        for (String sentence : List.of("We curate the publicly available Foo dataset to remove near-duplicates.",
                "We develop the recently proposed BarBench benchmark further with harder tasks.",
                "We present the noisy Foo-10 benchmark results in Table 2.", "We propose Self-Challenge, a framework in which an LLM tests itself.",
                "We propose Constitutional Challenge, a red-teaming method for chat models.")) {
            assertEquals(List.of(), ProposalRule.apply(sentence, List.of(), n -> false).stream()
                    .filter(m -> m.relation() == Relation.INTRODUCES).map(Mention::name).toList(), sentence);
        }
    }

    @Test
    @DisplayName("a resource the authors first construct, described at length before 'namely', is introduced; one they generate is "
            + "too, unless the vocabulary knows its name ('generate CelebA-HQ, a dataset of faces' draws from a known one)")
    void constructedAndGeneratedResources() {
        assertEquals(List.of("INTRODUCES FooEvo"), ProposalRule.apply("To achieve this, we first construct an evolving-aware repository-level "
                + "code generation dataset, namely FooEvo, equipped with a tool.", List.of(), n -> false)
                .stream().map(m -> m.relation() + " " + m.name()).toList());
        String generated = "To benchmark factuality, we first use GPT-4 to generate LongFoo, a prompt set comprising thousands of questions.";
        assertEquals(List.of("INTRODUCES LongFoo"), ProposalRule.apply(generated, List.of(), n -> false).stream().map(m -> m.relation() + " " + m.name()).toList());
        assertEquals(List.of(), ProposalRule.apply(generated, List.of(), n -> n.equals("LongFoo")).stream().map(m -> m.relation() + " " + m.name()).toList());
    }

    @Test
    @DisplayName("a kind called new with its name in apposition is the paper's, in lower case ('a new decoding strategy, self-consistency')")
    void newKindThenLowerCaseName() {
        assertEquals(List.of("least-to-most prompting"), names(apply(
                "To overcome this, we propose a novel prompting strategy, least-to-most prompting.")));
        assertEquals(List.of("self-consistency"), names(apply(
                "In this paper, we propose a new decoding strategy, self-consistency, to replace greedy decoding.")));
        // Not a name: what the strategy does, or earlier work's.
        assertEquals(List.of(), names(apply(
                "We propose a new decoding strategy, which samples many paths.")));
        assertEquals(List.of(), names(apply(
                "Prior work proposed a new decoding strategy, self-consistency, to replace greedy decoding.")));
        // What follows the kind is no name: a preposition, a participle.
        assertEquals(List.of(), names(apply("We propose a novel approach, in contrast to prior work that relies on labels, to learn skills.")));
        assertEquals(List.of(), names(apply("We propose a new training method, inspired by human memory, to compress long contexts.")));
    }

    @Test
    @DisplayName("a known name the authors propose and say what it does (', which teaches …') is theirs; ', which is …' describes a known one")
    void proposedWithWhatItDoes() {
        Predicate<String> known = name -> name.equals("Self-Planning") || name.equals("LoRA");
        assertEquals(List.of("Self-Planning"), names(ProposalRule.apply(
                "In this work, we propose Self-Planning, which teaches a language model to plan via few-shot demonstrations.", List.of(), known)));
        assertEquals(List.of(), names(ProposalRule.apply("We introduce LoRA, which is widely used for fine-tuning.", List.of(), known)));
        assertEquals(List.of(), names(ProposalRule.apply("By introducing LoRA, which reduces memory, we train faster.", List.of(), known)));
        assertEquals(List.of(), names(ProposalRule.apply("We adopt LoRA, which reduces memory.", List.of(), known)));
    }

    @Test
    @DisplayName("a known name the authors propose and describe as a network or a Transformer is theirs ('Soft Planner, a sparse Transformer')")
    void knownNameDescribedAsNetwork() {
        Predicate<String> known = name -> name.equals("Soft Planner");
        assertEquals(List.of("Soft Planner"), names(ProposalRule.apply(
                "In this work, we propose Soft Planner, a fully-differentiable sparse Transformer that addresses these challenges.", List.of(), known)));
        assertEquals(List.of(), names(ProposalRule.apply("We use Soft Planner to route tokens.", List.of(), known)));
    }

    @Test
    @DisplayName("a quoted name with its exclamation mark ('we introduce \"MergeIt!\", a general method')")
    void quotedExclaimedName() {
        assertEquals(List.of("MergeIt"), names(apply("Thus, we introduce \"MergeIt!\", a general method for merging two models.")));
    }

    @Test
    @DisplayName("'a novel … training scheme, namely Co-Planner' names the scheme")
    void schemeNamely() {
        assertEquals(List.of("Co-Planner"), names(apply(
                "To alleviate this, we present a novel collaborative hybrid assignments training scheme, namely Co-Planner, to learn faster planners.")));
    }

    @Test
    @DisplayName("a name in sentence case, or described as a format or a scheme, right after the authors' verb and set off, is theirs")
    void sentenceCaseAndFormatAppositives() {
        assertEquals(List.of("Distilling plans stepwise"), names(apply("We introduce Distilling plans stepwise, a new mechanism that trains smaller models.")));
        assertEquals(List.of("complexity-based planning"), names(apply(
                "In this work, we propose complexity-based planning, a simple and effective example selection scheme for multi-step reasoning.")));
        assertEquals(List.of("Natural Plan"), names(apply("To facilitate this procedure, we propose Natural Plan, a natural language-based deductive reasoning format.")));
        assertEquals(List.of(), names(apply("By introducing Distilling plans stepwise, a new mechanism, into training, we gain.")));
    }

    @Test
    @DisplayName("a count of things the authors made, named in apposition ('we have developed two metrics, WB-Plan and WB-Step, which …')")
    void countedKindsNamed() {
        List<Mention> found = apply("For automated evaluation, we have developed two metrics, WB-Plan and WB-Step, which are computable using LLMs.");
        assertEquals(List.of("INTRODUCES WB-Plan metric", "INTRODUCES WB-Step metric"),
                found.stream().map(m -> m.relation() + " " + m.name() + " " + m.resourceKind()).toList());
        assertEquals(List.of("PlanLoRA-X", "PlanLoRA-Y"), names(apply("We propose two variants, PlanLoRA-X and PlanLoRA-Y.")));
        assertEquals(List.of(), names(apply("Prior work has developed two metrics, WB-Plan and WB-Step, which are costly.")));
    }

    @Test
    @DisplayName("a name read whole and cut short in the same sentence is the whole name ('Our model, Depth Planner, …')")
    void cutNameDropped() {
        assertEquals(List.of("Depth Planner"), names(apply("Our model, Depth Planner, synthesizes sharp plans in a second.")));
    }

    @Test
    @DisplayName("two coined names joined by 'and' after a naming cue are two contributions; a name of ordinary words with 'and' is one")
    void namedPair() {
        assertEquals(List.of("PlanFlow", "StepFlow"), names(apply(
                "We fine-tune two predictors to obtain generative models of plans called PlanFlow and StepFlow.")));
        assertEquals(List.of("Search and Learn"), names(apply("We propose a method called Search and Learn.")));
    }

    @Test
    @DisplayName("a capital 'The' in mid-sentence belongs to the name: 'we introduce The Heap, a 2 TB dataset'")
    void theInName() {
        assertEquals(List.of("INTRODUCES The Heap dataset we-propose"),
                summary(apply("To help open research, we introduce The Heap, a 2 TB dataset of permissively licensed plans.")));
        assertEquals(List.of("INTRODUCES HeapSet dataset we-propose"),
                summary(apply("We introduce the HeapSet, a 2 TB dataset of plans.")));
    }

    @Test
    @DisplayName("capitalised words the authors propose for a purpose name it ('we propose Cautious Replanning to extend …'); a known name so placed is used")
    void namedForAPurpose() {
        assertEquals(List.of("PROPOSES Cautious Replanning null we-propose"),
                summary(apply("Furthermore, we propose Cautious Replanning to extend the agent to long tasks.")));
        assertEquals(List.of(), summary(ProposalRule.apply("We introduce Reinforcement Learning to train the planner.", List.of(),
                n -> Names.key(n).equals(Names.key("Reinforcement Learning")))));
        // Not what follows with capitals ("for Cold-Start Recommendations (CSR)"), which an acronym definition reads.
        assertEquals(List.of(), summary(apply("We propose Cautious Replanning for Long Horizons today.")));
    }

    @Test
    @DisplayName("a kind the authors make, described in plain words, then a coined name: 'we design a repo-level benchmark PlanBench.'")
    void kindThenCoinedName() {
        assertEquals(List.of("INTRODUCES PlanBench benchmark we-propose"),
                summary(apply("We design a repo-level benchmark PlanBench.")));
        assertEquals(List.of("INTRODUCES Plan40K dataset we-propose"),
                summary(apply("Finally, we build a small but high-quality plan training set Plan40K to teach explanations.")));
        assertEquals(List.of("PROPOSES P-Merger null we-propose"),
                summary(apply("We design a simple and effective plan-to-text module P-Merger, which shortens plans.")));
        // Not a plain word, not another's kind ("a study of the popular method PlanNet"), not where no author speaks.
        for (String sentence : List.of("We design a planning module Planner for it.", "We build a study of the popular method PlanNet.",
                "Prior work built a repo-level benchmark PlanBench.")) {
            assertEquals(List.of(), summary(apply(sentence)), sentence);
        }
    }

    @Test
    @DisplayName("'the resulting models, TagPlan, …' names what the authors' procedure yields; a known model so placed is used")
    void resultingNamed() {
        assertEquals(List.of("TagPlan"), names(apply("The resulting models, TagPlan, outperform open-source models on MT-Bench.")));
        assertEquals(List.of(), names(ProposalRule.apply("The resulting model, GPT-4, is strong.", List.of(), name -> name.startsWith("GPT"))));
    }

    @Test
    @DisplayName("a new task or setting the authors pose is named by the lower-case words after it, whatever resource they also provide")
    void newTaskNamed() {
        assertEquals(List.of("step localisation"), names(apply("In this work, we propose a new planning task -- step localisation.")));
        assertEquals(List.of("zero-shot pose transfer"), names(apply("We study a novel problem: zero-shot pose transfer, which matters for animation.")));
        assertEquals(List.of("recipe grounding"), names(apply(
                "We also provide a new dataset and evaluation protocol for this new task of recipe grounding.")));
        // A task that is not new, or a new task in general words, names nothing.
        assertEquals(List.of(), names(apply("We study the task of image classification, a problem of great importance.")));
        assertEquals(List.of(), names(apply("With a few examples from a new task, our router adapts at once.")));
        // Someone else's new task.
        assertEquals(List.of(), names(apply("Prior work posed a new task -- step localisation.")));
    }

    @Test
    @DisplayName("a lower-case term the authors set in italics as they propose is named; italics elsewhere name nothing")
    void emphasisedTerm() {
        assertEquals(List.of("plan vectors"), names(apply(
                "We propose a new paradigm for steering agents, centered around \\textit{plan vectors}.")));
        assertEquals(List.of(), names(apply("We explore two scenarios: \\textit{verification} and \\textit{reinforcement}.")));
        assertEquals(List.of(), names(apply("The \\emph{permutation-invariant} attention loses order.")));
    }

    @Test
    @DisplayName("'a setting we frame as X' names X; 'we frame the problem as X' does not")
    void framedAs() {
        assertEquals(List.of("goal-conditioned retrieval"), names(apply(
                "The challenge lies in finding the right data, a setting we frame as goal-conditioned retrieval.")));
        // A task, though the sentence speaks of datasets.
        assertEquals(List.of("PROPOSES goal-conditioned retrieval"), ProposalRule.apply(
                "The challenge lies in finding the relevant data in large datasets, a setting we frame as goal-conditioned retrieval.",
                List.of(), KNOWN).stream().map(m -> m.relation() + " " + m.name()).toList());
        assertEquals(List.of(), names(apply("We frame the problem as a Markov decision process.")));
    }

    @Test
    @DisplayName("capitalised words right after the authors' verb and its article name what they introduce; a two-word kind does not")
    void articleThenTitled() {
        assertEquals(List.of("Space-Time U-Net"), names(apply("To this end, we introduce a Space-Time U-Net architecture that generates the video at once.")));
        assertEquals(List.of("Physically Interpretable Unified Action Space"), names(apply(
                "We further introduce a Physically Interpretable Unified Action Space, which unifies the action representations.")));
        assertEquals(List.of(), names(apply("We introduce a Reward Model for math.")));
        assertEquals(List.of(), names(apply("We introduce a Graph Neural Network-based retriever for long documents.")));
        assertEquals(List.of(), names(apply("Prior work introduced a Space-Time U-Net architecture.")));
        // A field's term in capitals.
        String generic = "We propose a Deep Reinforcement Learning approach for adaptive traffic signal control.";
        assertEquals(List.of(), names(ProposalRule.apply(generic, List.of(), n -> Names.key(n).equals("reinforcementlearning"))));
    }

    @Test
    @DisplayName("'we call this training method \"X\"' names the authors' method")
    void callThisKindOfMethod() {
        assertEquals(List.of("Any Model Can Talk"), names(apply("We call this training method \"Any Model Can Talk\".")));
    }

    @Test
    @DisplayName("'we introduce a … variant, namely X' names the authors' X, version and all; a list after 'namely' elsewhere does not")
    void kindNamely() {
        assertEquals(List.of("BitNet b1.58"), names(apply("In this work, we introduce a 1-bit LLM variant, namely BitNet b1.58, in which every weight is ternary.")));
        assertEquals(List.of(), names(apply("We evaluate on two benchmarks, namely GSM8K and MATH.")));
        assertEquals(List.of("SSC-CoT"), names(apply("We introduce a novel algorithm, namely Stepwise Self-Consistent Chain-of-Thought (SSC-CoT).")));
    }

    @Test
    @DisplayName("'the X Series' the authors present is X")
    void seriesIsTheModel() {
        assertEquals(List.of("ZetaNet-2"), names(apply("We present the ZetaNet-2 Series, an advanced upgrade of earlier models.")));
    }

    @Test
    @DisplayName("a kind called new, then its name and the long form in parentheses: 'a new paradigm Coconut (Chain of Continuous Thought)'")
    void newKindNameThenLongForm() {
        List<Mention> found = apply("To explore latent reasoning, we introduce a new paradigm Coconut (Chain of Continuous Thought).");
        assertEquals(List.of("Coconut"), names(found));
        assertEquals(List.of("Chain of Continuous Thought"), found.get(0).aliases());
        assertEquals(List.of(), names(apply("Earlier work introduced a new paradigm Coconut (Chain of Continuous Thought).")));
    }

    @Test
    @org.junit.jupiter.api.Timeout(10)
    @DisplayName("a long run of hyphenated capitalised words is read in linear time, not split every possible way")
    void hyphenChainReadOnce() throws InterruptedException {
        String chain = "We introduce a " + "Ab-".repeat(800) + "Ab (1).";
        // Nor by recursion as deep as the chain is long: on a small stack, interpreted or compiled, it still completes.
        java.util.concurrent.atomic.AtomicReference<Throwable> failure = new java.util.concurrent.atomic.AtomicReference<>();
        java.util.concurrent.atomic.AtomicInteger found = new java.util.concurrent.atomic.AtomicInteger(-1);
        Thread reader = new Thread(null, () -> {
            try {
                found.set(apply(chain).size());
            } catch (Throwable t) {
                failure.set(t);
            }
        }, "small-stack", 256 * 1024);
        reader.start();
        reader.join();
        assertEquals(null, failure.get());
        assertTrue(found.get() >= 0 && found.get() <= 1);
    }

    @Test
    @DisplayName("'we introduce Foorex in this paper, a suite of strategies …': where it is introduced is no part of the name, and a suite of methods is a method")
    void introducedInThisPaper() {
        assertEquals(List.of("PROPOSES Foorex null we-propose"),
                summary(apply("Going beyond single models, we introduce Foorex in this paper, a suite of three simple strategies for teams of models.")));
        // A suite of tasks is a benchmark, whoever it is for.
        assertEquals(List.of("INTRODUCES WebFoo benchmark we-propose"), summary(apply("We introduce WebFoo, a suite of tasks for web agents.")));
        assertEquals(List.of("PROPOSES FooKit null we-propose"),
                summary(apply("We introduce FooKit, a suite of prompting strategies for small models.")));
    }

    @Test
    @DisplayName("names of the ninth fresh lists: a version written apart ('FooRAG 2'), 'as' joining a name's words, a second "
            + "multi-word name after a coined one, and what a name picks or holds decides its kind")
    void namesOfTheNinthFreshLists() {
        assertEquals(List.of("PROPOSES FooRAG 2 null we-propose"),
                summary(apply("We address this deterioration and propose FooRAG 2, a framework that outperforms standard retrieval.")));
        // A version, not a count or a share: "we propose Zorb 2%" is no name with a version.
        assertEquals(List.of(), summary(apply("We propose Zorb 25% of the time to mitigate this.")));
        assertEquals(List.of("PROPOSES Ledger as Memory null we-propose"),
                summary(apply("To address this gap, we propose Ledger as Memory, a framework inspired by accounting practice.")));
        assertEquals(List.of("PROPOSES Self-Graders null we-propose", "PROPOSES Mutual Pruning null we-propose"),
                summary(apply("We also introduce Self-Graders and Mutual Pruning during decoding to tailor data-efficient samples.")));
        // A known method after "and" is used, not new.
        assertEquals(List.of("PROPOSES Self-Graders null we-propose"),
                summary(apply("We also introduce Self-Graders and Monte Carlo Tree Search during decoding.")));
        // "identifies a critical subset of tokens": what it picks inside its input is no data it is.
        assertEquals(List.of("PROPOSES SF null we-propose"), summary(apply(
                "We propose Selective Forgetting (SF), which identifies a critical subset of tokens within the forgetting set and unlearns only those.")));
        // "a suite of LLM-based safety content moderation models": a suite of models is a model the paper makes.
        assertEquals(List.of("PROPOSES GuardFoo null we-propose"), summary(apply(
                "We present GuardFoo, a comprehensive suite of LLM-based safety content moderation models built upon Gemma2.")));
    }

    @Test
    @DisplayName("kinds of the ninth fresh lists: whom a benchmark is for ('for Factuality Evaluation of large Language Models'), 'corpora', "
            + "what a model is fine-tuned on, and a clause before the one that makes the name say nothing of what it is")
    void kindsOfTheNinthFreshLists() {
        assertEquals(List.of("INTRODUCES FOOLM benchmark called-named"), summary(apply(
                "To mitigate this issue, we introduce a benchmark for Factuality Evaluation of large Language Models, referred to as FOOLM.")));
        assertEquals(List.of("INTRODUCES API-MIX dataset we-propose"), summary(apply(
                "In turn, we introduce API-MIX, a large corpora for training and systematic testing of tool-augmented LLMs.")));
        assertEquals(List.of("PROPOSES InstructFoo-4 null we-propose"), summary(apply(
                "In this paper, we introduce InstructFoo-4, which is fine-tuned on a small dataset comprising only 200 examples.")));
        assertEquals(List.of("PROPOSES FooPrompts null called-named"), summary(apply("We unveil conflicts in multi-source code corpora and "
                + "introduce data-specific prompts with hindsight relabeling, termed FooPrompts, to harmonize data sources.")));
    }

    @Test
    @DisplayName("resources of the ninth fresh lists: a version written apart ('benchmark FooEval 2.0'), a set of benchmarks listed after a colon "
            + "(its shared acronym no name of its own), 'we provide X, an extensible collection …', and no '-language' modifier as a name")
    void resourcesOfTheNinthFreshLists() {
        assertEquals(List.of("INTRODUCES FooEval 2.0 benchmark we-propose"), summary(apply(
                "Specially, we construct a new hallucination benchmark FooEval 2.0, and design a simple detection method.")));
        assertEquals(List.of("INTRODUCES TiX-DataComp benchmark we-propose", "INTRODUCES TiX-YFCC benchmark we-propose",
                        "INTRODUCES TiX-Redcaps benchmark we-propose"), summary(apply("We introduce the first set of web-scale Time-Indexed (TiX) "
                + "benchmarks for training vision-language models: TiX-DataComp, TiX-YFCC, and TiX-Redcaps.")));
        assertEquals(List.of("INTRODUCES JUDGE-FOO dataset we-propose"), summary(apply(
                "We provide JUDGE-FOO, an extensible collection of 20 NLP datasets with human annotations.")));
        assertEquals(List.of(), summary(apply("We construct a well-established Chinese-language dataset, which is lacking.")));
    }

    @Test
    @DisplayName("names of the tenth fresh lists: a superscript inside a name ('A$^3$T'), a decimal release of a lower-case coined name "
            + "('xLAM-v0.1'), a second name described as a method after a colon list, a second coined name before what it is for")
    void namesOfTheTenthFreshLists() {
        assertEquals(List.of("PROPOSES B$^3$T null we-propose"),
                summary(apply("In this work, we propose B$^3$T, a framework that enables the annotation of agent trajectories.")));
        assertEquals(List.of("PROPOSES xFOO-v0.1 null we-propose"),
                summary(apply("Additionally, we present xFOO-v0.1, a large action model tailored for AI agents.")));
        assertTrue(summary(apply("We then present both a benchmark and a method for refactoring: MiniFoo, a benchmark where files must be "
                + "refactored into a shared library, and Archivist, a sample-and-rerank method for generating reusable libraries."))
                .contains("PROPOSES Archivist null we-propose"));
        assertEquals(List.of("PROPOSES MM-Checker null we-propose", "PROPOSES MM-Thinker null we-propose"),
                summary(apply("In this paper, we introduce MM-Checker and MM-Thinker to enhance multimodal reasoning.")));
        assertEquals(List.of("PROPOSES SignFoo null we-propose", "PROPOSES BasisFoo null we-propose"),
                summary(apply("We introduce SignFoo and BasisFoo -- new neural architectures that are invariant to sign flips.")));
        assertEquals(List.of("PROPOSES Build-a-Tree Prompting null we-propose", "PROPOSES Stepwise Prompting null we-propose"),
                summary(apply("We then propose Build-a-Tree Prompting and Stepwise Prompting, two instruction-based approaches to enhance LLMs.")));
    }

    @Test
    @DisplayName("names of the eleventh fresh lists: 'we name this attention mechanism the X', 'this technical report introduces X', "
            + "a structure or a solution set off, 'a novel approach, the X', 'a new method called X anchoring, which …'")
    void namesOfTheEleventhFreshLists() {
        assertEquals(List.of("PROPOSES Fading Attention null called-named"),
                summary(apply("We name this attention mechanism the Fading Attention.")));
        assertEquals(List.of("PROPOSES DINOFoo null we-propose"),
                summary(apply("This technical report introduces DINOFoo, a major milestone toward realizing this vision.")));
        assertEquals(List.of("PROPOSES GraphFoo null we-propose"),
                summary(apply("This research introduces GraphFoo, a planner for multi-robot teams.")));
        // "we name the algorithm X (XX)"; "a new family of VLAs, X,"; "benchmark" as the verb says nothing of what X is.
        assertEquals(List.of("PROPOSES RFO null proposal-acronym"),
                summary(apply("The objective fuses both losses, for which we name the algorithm Regularized Foo Optimization (RFO).")));
        assertEquals(List.of("PROPOSES RoboFoo null we-propose"),
                summary(apply("We develop a new family of VLAs, RoboFoo, which require very few manual designs.")));
        // The review's counterexamples: "call" as invoking, "this research" as a field, a family others made, a pretrained model the
        // authors introduce, a part at work "proposed by" a module.
        assertEquals(List.of(), summary(apply("To label the data we call the model GPT-4o-mini with temperature zero.")));
        assertEquals(List.of("PROPOSES RouteFoo null called-named"), summary(apply("We train a router that picks a model per query; we call the framework RouteFoo.")));
        assertEquals(List.of(), summary(apply("Within this research direction, Liu et al. introduced StreamFoo, a cache for long inputs.")));
        assertEquals(List.of(), summary(apply("We study a family of optimizers, Lion, under heavy-tailed noise.")));
        assertEquals(List.of("PROPOSES Lumina-Foo null we-propose"), summary(apply("We introduce a large pretrained vision-language model, Lumina-Foo, for charts.")));
        assertEquals(List.of("PROPOSES AAG null proposal-acronym"),
                summary(apply("In our detector, candidate boxes are proposed by the Adaptive Anchor Generator (AAG) module.")));
        // "the proposed approach" is an adjective, no verb of the authors': what the approach is evaluated on is not theirs.
        assertEquals(List.of(), summary(apply("We evaluate the proposed approach on the Evolving Foo Benchmark (EvoFooBench) dataset, a code benchmark.")));
        assertEquals(List.of("PROPOSES FRM null proposal-acronym"),
                summary(apply("We show that the proposed Foo Routing Module (FRM) improves accuracy on every split.")));
        // A kind said to exist already ("a pre-trained language model, X"), and whoever developed a thing, are nobody's proposal here.
        assertEquals(List.of("PROPOSES AFFS null we-propose"),
                summary(apply("We introduce the Artificial Foo Forecasting System (AFFS), a model developed by the European Centre for Weather Studies (ECWS).")));
        assertEquals(List.of(), summary(apply("We first study how toxicity is represented in a pre-trained language model, FooLM-medium.")));
        assertEquals(List.of("PROPOSES FooCoder null we-propose"),
                summary(apply("We propose the FooCoder to enhance and benchmark the repository-level completion abilities of code LLMs.")));
        assertEquals(List.of("PROPOSES FramePacker null we-propose"),
                summary(apply("We present a neural network structure, FramePacker, to train next-frame prediction models for video generation.")));
        assertEquals(List.of("PROPOSES Nash-FD null we-propose"),
                summary(apply("We present a novel algorithmic solution, Nash-FD, founded on the principles of mirror descent.")));
        assertEquals(List.of("PROPOSES LLM-Embedfoo null we-propose"),
                summary(apply("In this work, we present a novel approach, the LLM-Embedfoo, which supports retrieval augmentation.")));
        // With an article, a method not said to be new is another's.
        assertEquals(List.of(), summary(apply("We show how an existing binary feedback method, the Wince Loss (Smith et al., 2022), can be generalized.")));
        assertEquals(List.of("PROPOSES Gram anchoring null called-named"),
                summary(apply("Second, we introduce a new method called Gram anchoring, which addresses dense feature maps degrading.")));
        // A licence in parentheses and a hyphened "-quality" adjective do not hide what the appositive calls it.
        assertEquals(List.of("INTRODUCES FooSteer-Preference dataset we-propose"), summary(apply("To address this need, we introduce "
                + "FooSteer-Preference, a permissively licensed (CC-BY-4.0), high-quality, human-annotated preference dataset comprising of over 40,000 samples.")));
        // Not the kind after the name.
        assertEquals(List.of("PROPOSES VectorFoo null called-named"), summary(apply("We propose methods called VectorFoo techniques, which help.")));
    }


    @Test
    @DisplayName("'known as' after what the authors make names it ('we construct a … benchmark, known as X', 'resulting in a family of models known as X'); "
            + "elsewhere it names the field's terms")
    void knownAsAfterAuthorsMaking() {
        assertEquals(List.of("INTRODUCES Zorb2Bench benchmark called-named"),
                summary(apply("To this end, we construct a comprehensive benchmark, known as Zorb2Bench, and perform extensive experiments.")));
        assertEquals(List.of("PROPOSES ZorbGenieLM null called-named"),
                summary(apply("We test the augmentation technique, resulting in a family of models known as ZorbGenieLM.")));
        assertEquals(List.of("PROPOSES LCZD null we-propose"), summary(apply(
                "To this end, we propose an end-to-end imitation learning approach known as Language Conditioned Zorb Discovery (LCZD).")).subList(0, 1));
        // What the authors build on, or a method based on something known so, is not theirs.
        assertEquals(List.of(), summary(apply("We build on a technique known as Zorb Adaptation to adapt models.")));
        assertEquals(List.of(), summary(apply("We develop a method based on the approach known as Zorbing Attention (ZA).")));
        assertEquals(List.of(), summary(apply("It mitigates a phenomenon known as Catastrophic Zorbing (CZ).")));
        // Named inside a clause about what the authors' work addresses or targets, or in a finding: the field's term.
        assertEquals(List.of(), summary(apply("We propose a regularizer that mitigates the phenomenon known as Catastrophic Zorbing.")));
        assertEquals(List.of(), summary(apply("We construct a benchmark targeting the failure mode known as Zorbophancy.")));
        assertEquals(List.of(), summary(apply("Our analysis shows that reward models overfit, resulting in a phenomenon known as Reward Zorbing.")));
        assertEquals(List.of("INTRODUCES ZorbLand benchmark called-named"),
                summary(apply("We constructed a math benchmark, known as ZorbLand, with 10K problems.")));
    }

    @Test
    @DisplayName("'by introducing two variants, namely A and B' proposes both, not a comparison with variants of something")
    void variantsIntroducedNamely() {
        assertEquals(List.of("PROPOSES ZorbAgent-Zero null called-named", "PROPOSES ZorbAgent-CoT null called-named"), summary(apply(
                "We further investigate different initialization policies by introducing two variants, namely ZorbAgent-Zero and ZorbAgent-CoT, which matter.")));
        // Others' work, or no "we" before the gerund: not the authors'.
        assertEquals(List.of(), summary(apply("Smith et al. improved RAG by introducing two modules, namely RetroZorb and ReadFlim; we show that these modules are redundant."))
                .stream().filter(f -> f.startsWith("PROPOSES")).toList());
    }


    @Test
    @DisplayName("'propose a novel Symbolic Zorb-of-Thought, namely SymbZoT, …' proposes the short name, the phrase its alias; "
            + "'… yields ZorbLLaMA (English) and ZorbGLM (Chinese)' both models")
    void namelyAfterPhraseAndSecondResultingModel() {
        List<Mention> namely = apply("To strengthen reasoning, we propose a novel Symbolic Zorb-of-Thought, namely SymbZoT, a fully LLM-based framework.");
        assertEquals(List.of("PROPOSES SymbZoT null we-propose"), summary(namely));
        assertEquals(List.of("Symbolic Zorb-of-Thought"), namely.get(0).aliases());
        // A known method brought in is used, not made.
        assertEquals(List.of(), summary(applyKnowing("We introduce Graph Neural Network, namely StepNet, as the backbone of our planner.")));
        assertEquals(List.of("PROPOSES ZorbLLaMA null we-propose", "PROPOSES ZorbGLM null we-propose"), summary(apply(
                "Moreover, our tuning on ZorbBench yields ZorbLLaMA (English) and ZorbGLM (Chinese), enhancing role-playing abilities.")));
    }

    @Test
    @DisplayName("a name of several capitalised words set off as a part or a role of the system ('we introduce Dynamic Zorb Graph Generator, a module that …') is proposed")
    void multiWordNameSetOffAsPart() {
        assertEquals(List.of("PROPOSES Dynamic Zorb Graph Generator null we-propose"), summary(apply(
                "Additionally, we introduce Dynamic Zorb Graph Generator, a module that creates a dependency graph as the codebase changes.")));
        assertEquals(List.of("PROPOSES Zorb Step Verifier null we-propose"), summary(apply(
                "We develop Zorb Step Verifier, a lightweight verifier that checks each step.")));
    }

    @Test
    @DisplayName("'X, a comprehensive evaluation framework for …' introduces a benchmark; 'X, a framework for evaluation-free training' proposes a method")
    void evaluationFrameworkIsABenchmark() {
        assertEquals(List.of("INTRODUCES ZebraZorb benchmark we-propose"),
                summary(apply("We introduce ZebraZorb, a comprehensive evaluation framework for assessing LLM reasoning on logic grid puzzles.")));
        assertEquals(List.of("PROPOSES ZorbFlow null we-propose"), summary(apply("We propose ZorbFlow, a framework for evaluation-free training of agents.")));
    }

    @Test
    @DisplayName("r152–r155 shapes: 'X, the … benchmark', 'introducing two benchmarks, A and B,', 'models named Zorb v3.1', 'a novel Zorb Spline (ZS) method'")
    void shapesOfTheNinthTestLists() {
        // "We describe X, a …" only for a name the field does not know, said to be nothing of someone else's.
        assertEquals(List.of("INTRODUCES ZorbScore metric we-propose"),
                summary(apply("We describe ZorbScore, a GPT-based metric for assessment of translation quality.")));
        // Review: "describe" is a verb of background as often.
        assertEquals(List.of(), summary(apply("We describe Zorbpedia, a crowd-sourced encyclopedia, as a source of weak supervision.")));
        assertEquals(List.of(), summary(apply("We describe ZorbTorch, a popular deep learning library, as the basis of our implementation.")));
        assertEquals(List.of(), summary(apply("First, we describe Vexa, a cloud provider's internal job scheduler, whose traces we analyse.")));
        assertEquals(List.of(), summary(ProposalRule.apply("We describe ReAct, a prompting method, and then show its limits.",
                AcronymDefinitions.find("We describe ReAct, a prompting method."), KNOWN)));
        assertEquals(List.of("INTRODUCES ZorbSpeech benchmark we-propose"),
                summary(apply("We introduce ZorbSpeech, the Few-shot Learning Evaluation of Universal Representations of Speech benchmark.")));
        assertEquals(List.of("PROPOSES ZorbFlow null we-propose"), summary(apply("We introduce ZorbFlow, the model we train on web data.")));
        assertEquals(List.of("INTRODUCES TaskZorb benchmark called-named", "INTRODUCES JudgeZorb benchmark called-named"), summary(apply(
                "This paper extends judging across modalities by introducing two benchmarks, TaskZorb and JudgeZorb, to evaluate MLLMs.")));
        assertEquals(List.of("INTRODUCES ZorbSet dataset called-named", "INTRODUCES FlimSet dataset called-named"),
                summary(apply("Additionally, we introduce two new Chinese datasets, ZorbSet and FlimSet, both with detailed explanations.")));
        // The parenthesis may spell the name out before the appositive says what it is; a letter hyphened to a camel-case name.
        assertEquals(List.of("INTRODUCES ZorbA-R dataset we-propose"), summary(apply("Next, we propose ZorbA-R (Instruction-Tuning for Complex Audio "
                + "Reasoning), a synthetically generated instruction-tuning (IT) dataset with instructions that require complex reasoning.")));
        assertEquals(List.of("INTRODUCES m-ArenaZorb dataset we-propose"), summary(apply("We release their open-weights, together with a new "
                + "multilingual evaluation dataset m-ArenaZorb.")));
        // "the MaLA corpus": named with its noun in lower case, the resource goes by both.
        List<Mention> corpus = apply("To facilitate continual pre-training, we compile the ZorbLA corpus, a comprehensive multilingual dataset.");
        assertEquals(List.of("INTRODUCES ZorbLA dataset we-propose"), summary(corpus));
        assertEquals(List.of("ZorbLA corpus"), corpus.get(0).aliases());
        // Capitalised, the noun is part of the name already.
        List<Mention> dataset = apply("We release the ZorbLA Dataset to the community.");
        assertEquals(List.of("ZorbLA Dataset"), dataset.stream().map(Mention::name).toList());
        assertEquals(List.of(), dataset.get(0).aliases());
        // "…, resulting in the noise-robust ZorbSight.": the article and an adjective may stand before what the work yields.
        assertEquals(List.of("PROPOSES ZorbSight null we-propose"), summary(apply(
                "Second, we instantiate this framework for our prime example, resulting in the noise-robust ZorbSight.")));
        assertEquals(List.of(), summary(apply("We combine both losses, resulting in a 12% improvement.")));
        // Counted, then set off by dashes, each with its kind in parentheses; not others' ("Prior work developed two algorithms - …").
        assertEquals(List.of("PROPOSES TD3-ZWR null called-named", "PROPOSES MoBZAC null called-named"), summary(apply("Using our protocol, we develop two "
                + "novel algorithms - TD3-ZWR (model-free) and MoBZAC (model-based) - which substantially outperform established baselines.")));
        assertEquals(List.of(), summary(apply("Prior work developed two algorithms - ZorbPO and FlimPO - which we compare against.")));
        // A name in lower case the authors make, said by the appositive to be a metric: not one they use.
        assertEquals(List.of("INTRODUCES verifier gain metric we-propose"), summary(apply(
                "To support this, we introduce and empirically validate verifier gain, a metric that predicts the gains from verification.")));
        assertEquals(List.of(), summary(apply("We use accuracy, a standard metric, to evaluate the agents.")));
        // Coined names right after the counted noun, no comma between; plain words are no names.
        assertEquals(List.of("INTRODUCES AugZorb dataset we-propose", "INTRODUCES AugFlim dataset we-propose"),
                summary(apply("To this end, we create two new dataset AugZorb and AugFlim, by complicating and diversifying the queries.")));
        assertEquals(List.of(), summary(apply("We build two new datasets Spanish and French for evaluation.")));
        // A resource joined to a bare method noun is the resource; a compound joined on with words of its own heads the phrase.
        assertEquals(List.of("INTRODUCES ZREAL benchmark we-propose"), summary(apply(
                "We introduce ZREAL, a benchmark and framework for multi-turn agent evaluations on simulated websites.")));
        assertEquals(List.of("PROPOSES ZorbBot null we-propose"), summary(apply("We introduce ZorbBot, a data collection and policy learning framework for robots.")));
        assertEquals(List.of("PROPOSES ZWSM v3.1 null called-named"),
                summary(apply("We present a series of E-Branchformer-based models named ZWSM v3.1, ranging from 100M to 1B parameters.")));
        assertEquals(List.of("PROPOSES MZS null proposal-acronym"),
                summary(apply("At its core is a novel Motion-Zorb Spline (MZS) method, which represents trajectories.")));
        // Others' work called novel is theirs; a known long form is the field's.
        assertEquals(List.of(), summary(apply("Recent work explored a novel Chain of Hindsight (CoH) technique, but it fails on math.")));
        assertEquals(List.of(), summary(apply("Zhang et al. (2023) proposed a novel Dynamic Token Pruning (DTP) method, which drops tokens.")));
        assertEquals(List.of(), summary(apply("ZorbSAM-2 adopts a novel Memory Attention Module (MAM), which stores past frame features.")));
        assertEquals(List.of("COMPARES_WITH GPT null authors-earlier-work"),
                summary(apply("Our previous work introduced a novel Graph Prompt Tuning (GPT) technique; here we extend it.")));
        // Review: a count, not a release; a known system's release is the known system's.
        assertEquals(List.of("INTRODUCES ZorbNet dataset called-named"), summary(apply("We introduce a dataset named ZorbNet 14 million code samples in 55 languages.")));
        assertEquals(List.of(), summary(apply("We compare against a system called ZorbASR v3 and show our model is more robust.")).stream()
                .filter(f -> f.startsWith("PROPOSES")).toList());
        // Review: another's benchmarks, introduced in a relative clause about their work.
        assertEquals(List.of(), summary(apply("We follow the protocol of ZorbBench, which improved evaluation by introducing two benchmarks, CircZorb and CCZorb, "
                + "with circular option shuffling.")));
        // Review: a definite appositive that says what the name was made from or trained on says no resource it is.
        assertEquals(List.of("PROPOSES ZorbLlemma null we-propose"),
                summary(apply("We present ZorbLlemma, the outcome of continued pretraining on a large mathematical corpus.")));
        assertEquals(List.of("PROPOSES ZorbProbe null we-propose"),
                summary(apply("We introduce ZorbProbe, the linear probe trained on the TruthfulQA dataset, and show it transfers.")));
        assertEquals(List.of(), summary(apply("The encoder uses a novel Chain-of-Thought (CoT) technique with sparse routing.")));
    }
}
