package io.papergraph.extraction;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ComparisonRuleTest {

    private static List<String> coined(String sentence) {
        return ComparisonRule.coinedNames(sentence, ComparisonRule.windows(sentence), name -> false, List.of()).stream().map(Mention::name).toList();
    }

    @Test
    @DisplayName("a score measured against a rival, or a tie with it, compares: 'performance against models such as FooNet', 'ties with BarLM'")
    void measuredAgainstOrTied() {
        assertEquals(List.of("FooNet", "BazNet"),
                coined("Scored against rivals twice its size, like FooNet and BazNet, the tiny planner posts higher accuracy against FooNet and BazNet."));
        assertEquals(List.of("BarLM"), coined("Judged by three raters, the small critic ties with BarLM."));
        assertEquals(List.of("QuxLM"), coined("It reaches a 61% win rate against QuxLM on our prompts."));
        // Robust against an attack, or a score measured against one, is no comparison.
        assertEquals(List.of(), coined("Our defense stays robust against MegaAttack and protects against FooJail."));
        assertEquals(List.of(), coined("It keeps 48% robust accuracy against PGD-style FooAttack perturbations."));
    }

    @Test
    @DisplayName("'competitive to', 'superior performance to', 'a win-rate of 28.5% against', 'compare X with LLMs, including …' compare")
    void moreWaysToCompare() {
        assertEquals(List.of("FooLM"), coined("It scores 57.0% on the hard split, competitive to FooLM at a tenth of its size."));
        assertEquals(List.of("BarLM-540B"), coined("On the shop tasks, our small model achieves superior performance to the existing SoTA, BarLM-540B."));
        assertEquals(List.of("QuxLM"), coined("It achieves a win-rate of 28.53% against QuxLM on the chat prompts."));
        assertEquals(List.of("FooLM-3", "BarLM-2"), coined("We use the issue suite to compare ZetaAgent with popular LLMs, including FooLM-3 and BarLM-2."));
        // "compare our X with Y", "comparing the resulting model (X) to Y": the paper's own set against Y.
        assertEquals(List.of("QuxNet"), coined("We compare our tuned planner with QuxNet on the hard split."));
        assertEquals(List.of("BarLM-7B"), coined("When comparing the resulting model (FooLM-3) to BarLM-7B, we observe large gains."));
        // What the authors' own is built with is no rival: "our agent equipped with FooLM to human experts".
        assertEquals(List.of(), coined("We compare our agent equipped with FooLM to human experts on the shop tasks."));
        // Two models a study compares are both evaluated, neither is the paper's rival.
        assertEquals(List.of(), coined("Comparing the decoder-only model FooLM with the encoder-decoder model BarLM, FooLM forgets less."));
        // Results better than a rival's need a rival: "superior performance to date" names none.
        assertEquals(List.of(), coined("It reaches superior performance to date on the shop tasks."));
    }

    @Test
    @DisplayName("the rival's size written before its name ('beat the 175B DaVinci003'); not a kind ('compared to 7B LMMs')")
    void sizeBeforeRival() {
        assertEquals(List.of("FooVinci003"), coined("With merely 1,317 judgments, it can beat the 175B FooVinci003 on the chat prompts."));
        assertEquals(List.of(), coined("It is state-of-the-art compared to 7B LMMs on the video tasks."));
    }

    @Test
    @DisplayName("a gap closed or narrowed with a rival compares: 'closes the gap with FooLM', 'narrowing the performance gap to BarLM'")
    void gapClosedWith() {
        assertEquals(List.of("FooLM"), coined("With a tenth of the data, the small student closes the gap with FooLM."));
        assertEquals(List.of("BarLM"), coined("Two rounds of self-play suffice, narrowing the performance gap to BarLM."));
        // A gap between two fields is no rival, nor the authors' own tool that closes a gap.
        assertEquals(List.of(), coined("This bridges the gap between Vision and Language."));
        assertEquals(List.of(), coined("We close this gap with FooNet, a new method."));
    }

    @Test
    @DisplayName("members of a kind of method listed in parentheses after a cue are rivals: 'outperforms popular MoEs (Tokens Choice and Experts Choice)'")
    void rivalsInParentheses() {
        assertEquals(List.of("Tokens Choice", "Experts Choice"),
                coined("Soft MoE greatly outperforms dense Transformers (ViTs) and popular MoEs (Tokens Choice and Experts Choice)."));
        assertEquals(List.of("Latent Consistency Models", "FlowStep"),
                coined("Our model outperforms existing few-step methods (GANs, Latent Consistency Models, and FlowStep) in a single step."));
        // One item is an acronym defined, no list; sizes and scores are no names. One coined name that spells nothing is a rival.
        assertEquals(List.of(), coined("Our model outperforms dense Transformers (ViTs) on every task."));
        assertEquals(List.of("PIVOTAL"), coined("Our model outperforms visual prompting techniques (PIVOTAL) by 20%."));
        assertEquals(List.of(), coined("Our model outperforms visual prompting techniques (VPT) by 20%."));
        assertEquals(List.of(), coined("RT-DETRs outperform the lighter YOLO detectors (S and M models) in speed."));
        // The metric a score is in is no rival: "(41.2% → 45.0%, Pass@32)"; "(3DGS, NeRF)" are.
        assertEquals(List.of(), coined("Our prover clearly outperforms base models (41.2% → 45.0%, Pass@32)."));
        assertEquals(List.of("3DGS", "NeRF"), coined("Our renderer outperforms prior methods (3DGS, NeRF) in quality."));
        // Without a cue the parenthesis is only a list.
        assertEquals(List.of(), coined("We train popular MoEs (Tokens Choice and Experts Choice) on our data."));
    }

    @Test
    @DisplayName("a name said to be proposed before is earlier work: 'into the recently-proposed GraphGPS framework'")
    void recentlyProposed() {
        assertEquals(List.of("GraphGPS"), ComparisonRule.namedAsPriorWork("We incorporate it into the recently-proposed GraphGPS framework.",
                name -> false).stream().map(Mention::name).toList());
        assertEquals(List.of(), ComparisonRule.namedAsPriorWork("We incorporate it into the GraphGPS framework.", name -> false));
    }

    @Test
    @DisplayName("a named architecture or framework the contribution is based on is built on: 'based on the light-weight TSNet architecture'")
    void builtOnNamedKind() {
        assertEquals(List.of("TSNet"), ComparisonRule.namedAsPriorWork("TTP, based on the light-weight TSNet architecture, adds patching.",
                name -> false).stream().map(Mention::name).toList());
        assertEquals(List.of("PlanKit"), ComparisonRule.namedAsPriorWork("Our agent is built on the PlanKit framework.",
                name -> false).stream().map(Mention::name).toList());
        // Data it is based on is no method.
        assertEquals(List.of(), ComparisonRule.namedAsPriorWork("Our agent is based on the PlanKit dataset.", name -> false));
    }

    @Test
    @DisplayName("a dotted version stays on a rival's name ('Wan2.1'); ordinary capitalised words name a rival only later in a list of named ones")
    void versionedAndOrdinaryListItems() {
        assertEquals(List.of("HunyuanVid", "Wan2.1"), coined("Raters preferred our videos over HunyuanVid and Wan2.1 in 64% of cases."));
        assertEquals(List.of("REINVENT", "GraphGA", "Augmented Memory"),
                coined("It reaches 18.92, surpassing REINVENT (16.03), GraphGA (14.86) and Augmented Memory (17.54)."));
        assertEquals(List.of(), coined("It outperforms Augmented Memory and Circuit Breakers."));
        assertEquals(List.of("GraphGA"), coined("It outperforms GraphGA on Drug Design and Protein Folding."));
        // What inspires a method may be an idea.
        assertEquals(List.of(), coined("Inspired by the Global Workspace Theory (GWT), we propose a method."));
        // Matching a rival's test accuracy compares with it.
        assertEquals(List.of("EfficientNet-B7"), coined("Our smaller models match the test accuracy of an EfficientNet-B7 on ImageNet."));
        // A version or variant of a method builds on it.
        assertEquals(List.of("FooOpt", "BarOpt"), coined("We propose federated versions of adaptive optimizers, including FooOpt and BarOpt."));
        assertEquals(List.of(), coined("We fine-tune two variants of FooNet-7B on the data."));
        // The list may follow a colon.
        assertEquals(List.of("YOLOR", "YOLOX", "Scaled-YOLOv4"), coined("Our detector outperforms: YOLOR, YOLOX, Scaled-YOLOv4 and many others."));
    }

    @Test
    @DisplayName("a cue opens a 90-character window after it, cut at the sentence end")
    void windows() {
        String sentence = "Our agent outperforms ReAct and Reflexion on ALFWorld.";
        List<int[]> windows = ComparisonRule.windows(sentence);

        assertEquals(1, windows.size());
        assertEquals(21, windows.get(0)[0]);
        assertEquals(sentence.length(), windows.get(0)[1]);
        assertTrue(ComparisonRule.inWindow(windows, sentence.indexOf("Reflexion")));
        assertFalse(ComparisonRule.inWindow(windows, sentence.indexOf("agent")));
    }

    @Test
    @DisplayName("what a method is evaluated on is no rival, however it is described: 'outperforms baselines on XBench'")
    void settingIsNoRival() {
        assertEquals(List.of(), coined("Our method outperforms baselines on XBench."));
        assertEquals(List.of(), coined("It outperforms carefully tuned baselines on XBench."));
        assertEquals(List.of(), coined("It outperforms baselines on datasets such as XBench and YBench."));
        assertEquals(List.of(), coined("Unlike prior suites such as XBench and YBench, every instance needs ten facts."));
        // An acronym of a field before its kind names a class of work: "traditional PDE solvers".
        assertEquals(List.of(), coined("It is far faster compared to traditional PDE solvers."));
        assertEquals(List.of(), coined("It outperforms existing sophisticated Transformer-based LTSF models."));
        // A plural acronym names a class; a name before a plain noun describes it.
        assertEquals(List.of(), coined("Compared with Spiking Neural Networks (SNNs), Artificial Neural Networks (ANNs) consume more energy."));
        assertEquals(List.of(), coined("The contrastive loss is computed over masked RGB-D patches."));
    }

    @Test
    @DisplayName("the coined name right after the cue is compared with")
    void coinedAfterCue() {
        String sentence = "Our agent outperforms ReAct and Reflexion on ALFWorld.";
        assertEquals(List.of(new Mention(Relation.COMPARES_WITH, EntityKind.METHOD, "ReAct", List.of(), sentence, "comparison", 0.6, null)),
                ComparisonRule.coinedNames(sentence, ComparisonRule.windows(sentence), name -> false, List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @DisplayName("cues and determiners before the name")
    @CsvSource(delimiter = '|', value = {
            "The verifier is better than StepPlanner on long tasks.    | StepPlanner",
            "Compared with the strong LoRA baseline, it uses less memory. | LoRA",
            "This work builds on PPO with a learned critic.           | PPO",
            "It outperforms prior agents, including AppNav, on every task. | AppNav",
            "These results surpass not only the prior best agents, including AppNav with more steps. | AppNav",
            "Our planner surpasses prior GPT-4 agents.                | GPT-4",
            "It is competitive with DeepSeek-R1 at a fraction of the cost. | DeepSeek-R1",
            "Our model solves 28.8% of the problems, while CodeGen-X solves 11.4%. | CodeGen-X",
            "Its answers are strictly preferred to PlanLM in 43% of cases.            | PlanLM",
            "It reaches performance on par with StepNet-70B.                          | StepNet-70B",
            "It is superior to PlanNet on all tasks.                                  | PlanNet",
            "It performs comparable to PlanNet at half the cost.                      | PlanNet",
            "It competes with proprietary models such as PlanNet-Pro.                 | PlanNet-Pro",
            "The agent competes favorably against StepPlanner on all tasks.           | StepPlanner",
            "We propose a router built upon StepNet.                                  | StepNet",
            "Our largest model narrows the gap with PlanNet-Pro on our benchmark.     | PlanNet-Pro",
            "Our fine-tuned model reaches 80% of the quality of PlanNet-Pro.          | PlanNet-Pro",
            "The small agent achieves 89% of PlanNet-Pro's success rate.              | PlanNet-Pro",
            "The judge reaches 93.75% of PlanNet-Pro's evaluation ability.            | PlanNet-Pro",
            "A modified pipeline reaches performance close to PlanNet-Pro.            | PlanNet-Pro",
            "The family demonstrates close correctness to PlanNet-Pro in API calls.   | PlanNet-Pro",
    })
    void cues(String sentence, String name) {
        assertEquals(List.of(name), coined(sentence));
    }

    @ParameterizedTest(name = "{0}")
    @DisplayName("a list that starts after the cue: every coined item, each baseline's score or description before it skipped")
    @CsvSource(delimiter = '|', value = {
            "It outperforms eleven baselines, including SR-GNN, GCE-GNN, DHCN and S2-DHCN, by 4.7%. | SR-GNN;GCE-GNN;DHCN;S2-DHCN",
            "It scores 82.4, compared with 72.9 for MOPO, 76.1 for COMBO and 77.4 for CQL.    | MOPO;COMBO;CQL",
            "We compare with baselines such as nnU-Net, Swin UNETR, or TransUNet.            | nnU-Net;Swin UNETR;TransUNet",
            "Our agent outperforms ReAct, Reflexion, and LATS on ALFWorld, WebShop and HotpotQA. | ReAct;LATS",
            "It outperforms ToT, achieving GPT-4 level accuracy.                            | ToT",
            // Prior work set against: "unlike", "existing … methods such as", "evaluate X against".
            "Unlike prior pruning methods such as FastV and ToMe, we prune early.             | FastV;ToMe",
            "Existing eviction policies such as H2O and SnapKV rely on attention.            | H2O;SnapKV",
            "We evaluate MoEShard against DeepSpeed on encoder models.                       | DeepSpeed",
            // A rival spelled out and named by its acronym; the practice a paper departs from; what it goes beyond.
            "It improves by 16% over Neural Graph Collaborative Filtering (NGCF) and LightNet.  | NGCF;LightNet",
            "It outperforms GRU4Rec, CoSeRec and Neural Graph Collaborative Filtering (NGCF). | GRU4Rec;CoSeRec;NGCF",
            "Unlike existing methods, e.g., FastV and ToMe, it prunes tokens early.           | FastV;ToMe",
            "Federated Averaging (FedAvg) has emerged as the algorithm of choice for FL.      | FedAvg",
            "It advances prompting beyond paradigms such as Chain-of-Prompts or TreeNet.      | Chain-of-Prompts;TreeNet",
            "It outperforms previous state-of-the-art models, including Runway Gen-3 and others. | Runway Gen-3",
            "It beats iterative retrieval like IRCoT while being cheaper.                       | IRCoT",
            "Recent research, such as BitNet, is paving the way for 1-bit models.              | BitNet",
            // How a rival is built may stand between the cue and its name.
            "It matches or beats fully supervised PatchTST and iTransformer.                 | PatchTST;iTransformer",
            "It outperforms LC-Rec and the ID-based baselines SASRec and S3-Rec.             | LC-Rec;SASRec;S3-Rec",
            "It is preferred over the optimization-based MVDream in most cases.              | MVDream",
            "We evaluate it on DETR variants, including DAB-DETR, Deformable-DETR, and DINO-DETR. | DAB-DETR;Deformable-DETR;DINO-DETR",
    })
    void lists(String sentence, String names) {
        assertEquals(List.of(names.split(";")), coined(sentence));
    }

    @Test
    @DisplayName("a known name opens the list without being taken; the coined ones after it are")
    void knownFirstItem() {
        String sentence = "It beats CQL, MOPO and COMBO.";
        List<String> found = ComparisonRule.coinedNames(sentence, ComparisonRule.windows(sentence), "CQL"::equals, List.of())
                .stream().map(Mention::name).toList();
        assertEquals(List.of("MOPO", "COMBO"), found);
    }

    @ParameterizedTest
    @DisplayName("no coined name after the cue: nothing")
    @ValueSource(strings = {
            "Over 90% of tasks are solved.",
            "It outperforms the baseline methods.",
            "It solves more than X tasks.",
            "Our model is better than Transformers at copying.",
            "The planner surpasses Human performance.",
            "ReAct and Reflexion are strong agents.",
    })
    void negatives(String sentence) {
        assertEquals(List.of(), coined(sentence));
    }

    @Test
    @DisplayName("a sentence without a cue has no windows")
    void noCue() {
        assertEquals(0, ComparisonRule.windows("We propose StepPlanner for long tasks.").size());
    }

    @Test
    @DisplayName("'results over X' reports experiments on X; it compares nothing")
    void resultsOverIsNotAComparison() {
        String sentence = "The experimental results over GPT-3 show that our method outperforms Zero-shot-CoT.";
        List<int[]> windows = ComparisonRule.windows(sentence);
        assertEquals(1, windows.size());
        assertFalse(ComparisonRule.inWindow(windows, sentence.indexOf("GPT-3")));
        assertTrue(ComparisonRule.inWindow(windows, sentence.indexOf("Zero-shot-CoT")));
        assertEquals(1, ComparisonRule.windows("StepPlan improves over GRPO.").size());
        assertEquals(1, ComparisonRule.windows("Small value models can match the performance of GPT-4o.").size());
    }

    @Test
    @DisplayName("a list the cue opens runs past the window: 'outperforms many existing systems on the … leaderboard, including X, Y and Z'")
    void listPastTheWindow() {
        String sentence = "Fine-tuning our model yields one that outperforms many existing systems on the AlpacaEval 2.0 leaderboard, "
                + "including Claude 2, Gemini Pro, and StepNet-Large 0613.";
        assertTrue(ComparisonRule.comparedAt(sentence, ComparisonRule.windows(sentence), sentence.indexOf("StepNet")));
    }

    @Test
    @DisplayName("a share of another model's performance compares with it: '99.3% of the performance level of X', '97.7% of X's performance'")
    void shareOfPerformance() {
        for (String sentence : List.of("Guanaco reaches 99.3% of the performance level of StepNet on chat.",
                "We match the accuracy of the original StepNet without its data.",
                "With our method, a small model achieves 97.7% of StepNet's performance.",
                "It scores 51.7% on MATH, approaching the performance level of StepNet and others.")) {
            List<int[]> windows = ComparisonRule.windows(sentence);
            assertTrue(ComparisonRule.comparedAt(sentence, windows, sentence.indexOf("StepNet")), sentence);
        }
        assertEquals(0, ComparisonRule.windows("It retains 98.1% of full-cache accuracy of long inputs.").size());
    }

    @Test
    @DisplayName("'comparable to or exceeds X Prompting' compares with X Prompting, the head noun in either case")
    void comparableToOrExceeds() {
        assertEquals(List.of("Zero-shot-PoT Prompting"),
                coined("Our method is comparable to or exceeds Zero-shot-PoT Prompting on math tasks."));
        assertEquals(1, ComparisonRule.windows("It reaches performance comparable with StepNet.").size());
    }

    @Test
    @DisplayName("a name after the cue is compared with unless a preposition makes it the setting: 'better than fine-tuning on RoBERTa'")
    void comparedAtOrSetting() {
        String sentence = "LoRA performs better than fine-tuning on RoBERTa and outperforms GPT-3 with Adam.";
        List<int[]> windows = ComparisonRule.windows(sentence);
        assertFalse(ComparisonRule.comparedAt(sentence, windows, sentence.indexOf("RoBERTa")));
        assertTrue(ComparisonRule.comparedAt(sentence, windows, sentence.indexOf("GPT-3")));
        assertFalse(ComparisonRule.comparedAt(sentence, windows, sentence.indexOf("Adam")));
    }

    @Test
    @DisplayName("'we benchmark nine methods, including X, Y' compares with each; number formats are not methods")
    void benchmarkedMethodsAndNumberFormats() {
        assertEquals(List.of("nnU-Net", "TransUNet"), coined("We benchmark nine segmentation methods, including nnU-Net and TransUNet, on CT."));
        assertEquals(List.of(), coined("It reaches 3.92 versus 3.32 for the FP16 model and beats INT8."));
    }

    @Test
    @DisplayName("baselines described before their names, and scores in parentheses after them, keep the list going")
    void describedBaselines() {
        assertEquals(List.of("PySTEPS", "DGMR", "LDCast"),
                coined("Compared with the operational extrapolation system PySTEPS and the deep generative baselines DGMR and LDCast, it wins."));
        assertEquals(List.of("REINVENT", "GraphGA", "MolDQN"), coined("It scores 18.9, surpassing REINVENT (16.03), GraphGA (14.86) and MolDQN (17.54)."));
    }

    @Test
    @DisplayName("'for' after a score introduces the baseline it belongs to, not the setting")
    void scoreFor() {
        String sentence = "It reaches 71.4%, compared with 52.9% for OpenVLA and 63.0% for Octo on real robots.";
        List<int[]> windows = ComparisonRule.windows(sentence);
        assertTrue(ComparisonRule.comparedAt(sentence, windows, sentence.indexOf("OpenVLA")));
        assertFalse(ComparisonRule.comparedAt(sentence, windows, sentence.indexOf("real robots")));
    }

    @ParameterizedTest
    @DisplayName("'while' that contrasts no scores is no comparison")
    @ValueSource(strings = {
            "While CodeGen-X writes code, it cannot test it.",
            "We keep memory low, while CodeGen-X grows with the input.",
    })
    void whileWithoutScores(String sentence) {
        assertEquals(List.of(), coined("JudgeLoop uses Llama-3-8B as the policy, while CodeGen-4o serves as the judge."));
        assertEquals(List.of(), coined(sentence));
    }

    @Test
    @DisplayName("coined prior methods given as examples in parentheses are named in passing; libraries and known names are not")
    void examplesInParentheses() {
        String sentence = "Steps are chained forward (e.g., Select-Infer) or backward (e.g., BackChain, NumPy or GSM8K).";
        assertEquals(List.of("Select-Infer", "BackChain"),
                ComparisonRule.examples(sentence, n -> Names.key(n).equals("gsm8k")).stream().map(Mention::name).toList());
        assertEquals(List.of(), ComparisonRule.examples("Tools (e.g., games, compilers) help.", n -> false));
        assertEquals(List.of(), ComparisonRule.examples("Existing benchmarks (e.g., ToolBench-V, APIGen-Eval) focus on single calls.", n -> false));
        // A model given as an example is read by the model rule.
        assertEquals(List.of(), ComparisonRule.examples("Small models (e.g., Llemma-7B) can win.", n -> false));
    }

    @Test
    @DisplayName("review: a list of backbones after 'on' is the setting; a plural noun after a comma is no new clause; 'retains' compares nothing")
    void reviewCounterexamples() {
        String backbones = "Our method consistently outperforms prior pruning methods on a range of backbones, including StepNet-7B and StepNet-13B.";
        assertFalse(ComparisonRule.comparedAt(backbones, ComparisonRule.windows(backbones), backbones.indexOf("StepNet-7B")));
        String list = "Our model outperforms StepNet, Vicuna models and StepNet-Chat on all tasks.";
        assertTrue(ComparisonRule.comparedAt(list, ComparisonRule.windows(list), list.indexOf("StepNet-Chat")));
        assertEquals(0, ComparisonRule.windows("The pruned model retains 99% of the performance of StepNet-70B.").size());
    }

    @Test
    @DisplayName("rivals described before they are named: 'three leading inference systems A, B Accel, and C', 'a larger SOTA model, X,'")
    void describedRivals() {
        assertEquals(List.of("DeepSpeed Zero-Inference", "Hugging Face Accelerate", "FlexGen"), coined(
                "It improves the throughput over three leading inference systems DeepSpeed Zero-Inference, Hugging Face Accelerate, and FlexGen by 3x."));
        assertEquals(List.of("RAPHAEL"), coined("Moreover, compared with a larger SOTA model, RAPHAEL, our training cost is merely 1%."));
        assertEquals(List.of("SWE-agent"), coined("Its resolution rate is higher than the efficacy of the recently reported SWE-agent."));
        assertEquals(List.of("ViTNet-22B"), coined("It can be a good alternative to the ViTNet-22B."));
    }

    @Test
    @DisplayName("what a method is compatible with is no rival: 'compatible with most existing techniques, like FlashAttention-2'")
    void compatibleWithIsNoRival() {
        assertEquals(List.of(), coined("It retains the architecture and is compatible with most existing techniques, like FlashAttention-2."));
        assertEquals(List.of(), coined("The approach is orthogonal to existing methods such as SnapKV."));
        assertEquals(List.of("SnapKV"), coined("The approach outperforms existing methods such as SnapKV."));
    }

    @Test
    @DisplayName("'outperforming prompt lookup decoding and StepNet and approaching EAGLE-2', 'compared with 4DGS (31.2 dB)'")
    void unnamedMethodThenNamedOnes() {
        assertEquals(List.of("StepNet", "EAGLE-2"),
                coined("It is fast, outperforming prompt lookup decoding and StepNet and approaching EAGLE-2 without any training."));
        assertEquals(List.of("4DGS"), coined("It reaches 32.6 dB PSNR, compared with 4DGS (31.2 dB, 82 FPS, 90 MB)."));
        // A setting is no unnamed method: "outperforms baselines on math and GSM-Plus" names data.
        assertEquals(List.of(), coined("It outperforms it on math and GSM-Plus."));
        assertEquals(List.of(), coined("It is faster than 4GB of memory allows."));
    }

    @Test
    @DisplayName("a name given with a citation is prior work: 'such as StepNet (Zelikman et al., 2022)', 'X, was proposed (Muqeeth et al., 2023)'")
    void citedPriorWork() {
        assertEquals(List.of("StepNet"), ComparisonRule.namedAsPriorWork("Approaches such as StepNet (Zelikman et al., 2022) fine-tune LLMs.", n -> false)
                .stream().map(Mention::name).toList());
        assertEquals(List.of("SMEAR"), ComparisonRule.namedAsPriorWork("Recently, an architecture, SMEAR, was proposed (Muqeeth et al., 2023).", n -> false)
                .stream().map(Mention::name).toList());
        assertEquals(List.of(), ComparisonRule.namedAsPriorWork("We evaluate on GSM8K (Cobbe et al., 2021).", n -> n.equals("GSM8K")));
        assertEquals(List.of(), ComparisonRule.namedAsPriorWork("StepNet (ours) is trained in 2022 (see Table 1).", n -> false));
        assertEquals(List.of("Math-Shepherd"), coined("It outperforms a strong MCTS-based baseline \u00e0 la Math-Shepherd."));
    }

    @Test
    @DisplayName("review: '3DGS-based methods' is a kind; cited data is the setting; a long run of 'x and y' ends quickly")
    void reviewedComparisons() {
        assertEquals(List.of(), coined("Our method outperforms existing 3DGS-based methods in rendering quality."));
        assertEquals(List.of(), ComparisonRule.namedAsPriorWork("We evaluate on HumanEval-X (Zheng et al., 2023).", n -> false));
        String longRun = "It outperforms " + "alpha and beta and ".repeat(40) + "gamma.";
        long start = System.nanoTime();
        assertEquals(List.of(), coined(longRun));
        assertTrue(System.nanoTime() - start < 2_000_000_000L, "bounded backtracking");
    }

    @Test
    @DisplayName("'including Runway Gen-3, Luma 1.6' (a release after a name); 'with DUSt3R, a recent and powerful framework' builds on it")
    void releasedNamesAndRecentWork() {
        assertEquals(List.of("Runway Gen-3", "Luma 1.6"), coined("It outperforms previous models, including Runway Gen-3, Luma 1.6, and three others."));
        assertEquals(List.of(), coined("It beats the values in Table 1.2."));
        assertEquals(List.of("DUSt3R"), ComparisonRule.namedAsPriorWork(
                "We cast matching as a 3D task with DUSt3R, a recent and powerful 3D reconstruction framework.", n -> false)
                .stream().map(Mention::name).toList());
        assertEquals(List.of(), ComparisonRule.namedAsPriorWork("We cast matching as a 3D task with DUSt3R, a framework.", n -> false));
    }
    @Test
    @DisplayName("a technique defined where the authors or their method say they build with it is built on; a generic term is not")
    void definedWhereBuiltWith() {
        List<Mention> own = List.of(new Mention(Relation.PROPOSES, EntityKind.METHOD, "Zeta-V3", List.of(), "We present Zeta-V3.", "we-propose", 0.8, null));
        List<String> built = ComparisonRule.definedWhereBuiltWith(List.of(
                "To train cheaply, Zeta-V3 adopts Multi-head Latent Attention (MLA) and a sparse router.",
                "We leverage Low-Rank Adaptation (LoRA) to tune it, using large language models (LLMs) as judges."), own, KNOWN_METHODS)
                .stream().map(m -> m.relation() + " " + m.name() + " " + m.aliases()).toList();
        assertEquals(List.of("COMPARES_WITH MLA [Multi-head Latent Attention]", "COMPARES_WITH LoRA [Low-Rank Adaptation]"), built);
        // Others build with it: a technique defined where something uses it, at a lower confidence. The verb nearest the term
        // decides whose it is: here existing methods employ it.
        assertEquals(List.of("MLA defined-as-used 0.5"), rules(ComparisonRule.definedWhereBuiltWith(List.of(
                "Prior systems adopt Multi-head Latent Attention (MLA) for long inputs."), own, KNOWN_METHODS)));
        // A use the sentence denies or sets aside.
        assertEquals(List.of(), ComparisonRule.definedWhereBuiltWith(List.of(
                "Prior systems adopt Multi-head Latent Attention (MLA); Zeta-V3 does not.",
                "Unlike methods that use Multi-head Latent Attention (MLA), Zeta-V3 keeps a plain cache."), own, KNOWN_METHODS));
        assertEquals(List.of("MLA defined-as-used 0.5"), rules(ComparisonRule.definedWhereBuiltWith(List.of(
                "We adopt the standard setting, where existing methods employ Multi-head Latent Attention (MLA) throughout."), own, KNOWN_METHODS)));
        assertEquals(List.of("MLA"), ComparisonRule.definedWhereBuiltWith(List.of(
                "Our proposed sparse model adopts Multi-head Latent Attention (MLA) throughout."), own, KNOWN_METHODS).stream().map(Mention::name).toList());
        // Opening with the participle, the authors the subject after the clause.
        assertEquals(List.of("MLA"), ComparisonRule.definedWhereBuiltWith(List.of(
                "Leveraging Multi-head Latent Attention (MLA), we cut the cache."), own, KNOWN_METHODS).stream().map(Mention::name).toList());
        assertEquals(List.of("MLA defined-as-used 0.5"), rules(ComparisonRule.definedWhereBuiltWith(List.of(
                "Leveraging Multi-head Latent Attention (MLA), prior systems cut the cache."), own, KNOWN_METHODS)));
        // The subject named with its brackets: "Our method, named Zeta Version Three (Zeta-V3), leverages …".
        assertEquals(List.of("MLA"), ComparisonRule.definedWhereBuiltWith(List.of(
                "Our method, named Zeta Version Three (Zeta-V3), leverages Multi-head Latent Attention (MLA)."), own, KNOWN_METHODS)
                .stream().map(Mention::name).toList());
    }

    @Test
    @DisplayName("a term defined where something uses it or is based on it is built on; not a kind of model, not data, not a generic term")
    void definedWhereUsed() {
        List<Mention> own = List.of(new Mention(Relation.PROPOSES, EntityKind.METHOD, "Zeta", List.of(), "We present Zeta.", "we-propose", 0.8, null));
        assertEquals(List.of("SMoE defined-as-used 0.5", "TSMC defined-as-used 0.5"), rules(ComparisonRule.definedWhereBuiltWith(List.of(
                "Each Zeta block uses Sparse Mixture of Experts (SMoE) routing in its feed-forward part.",
                "The checker it trains is based on Twisted Sequential Monte Carlo (TSMC)."), own, KNOWN_METHODS)));
        assertEquals(List.of(), ComparisonRule.definedWhereBuiltWith(List.of(
                "Zeta is based on Multimodal Large Language Models (MLLM).",
                "We train it using the Android-in-the-Wild (AitW) dataset.",
                "We prompt it using large language models (LLMs) as judges.",
                "Zeta uses a new Sparse Mixture of Experts (SMoE) design."), own, KNOWN_METHODS));
    }

    private static List<String> rules(List<Mention> mentions) {
        return mentions.stream().map(m -> m.name() + " " + m.rule() + " " + m.confidence()).toList();
    }

    private static final java.util.function.Predicate<String> KNOWN_METHODS = name -> Names.key(name).equals("montecarlotreesearch");

    @Test
    void namedTechniqueBuiltWith() {
        List<Mention> own = List.of(new Mention(Relation.PROPOSES, EntityKind.METHOD, "Zeta", List.of(), "We present Zeta.", "we-propose", 0.8, null));
        assertEquals(List.of("Monte Carlo method", "Kahneman and Tversky Optimization"), ComparisonRule.definedWhereBuiltWith(List.of(
                "Specifically, we adopt the Monte Carlo method to estimate step rewards.",
                "Last, we adopt the Kahneman and Tversky Optimization to train the agent."), own, KNOWN_METHODS).stream().map(Mention::name).toList());
        assertEquals(List.of("Gram-Schmidt process"), ComparisonRule.definedWhereBuiltWith(List.of(
                "Zeta leverages a Gram-Schmidt process to shape a shared subspace."), own, KNOWN_METHODS).stream().map(Mention::name).toList());
        // Not what the authors build with, not their own method named with its kind, not a method the vocabulary knows.
        assertEquals(List.of(), ComparisonRule.definedWhereBuiltWith(List.of(
                "Earlier planners adopt the Monte Carlo method.",
                "We integrate the Zeta algorithm into three open LLMs.",
                "We adopt the Monte Carlo Tree Search algorithm to plan."), own, KNOWN_METHODS));
    }


    @Test
    @DisplayName("'against two variants, namely A and B' and 'to three variants, including …' compare; what the authors make, counted ('by introducing two variants, namely …'), does not")
    void countedVariants() {
        assertEquals(List.of("ZoRA", "DoZA"), coined("We evaluate against two variants, namely ZoRA and DoZA, and find our method more parameter-efficient."));
        assertEquals(List.of("DAB-ZETR", "DN-ZETR"), coined("We apply our plug-in to two variants, including DAB-ZETR and DN-ZETR."));
        assertEquals(List.of(), coined("We improve retrieval by introducing two variants, namely ColZorb and ColFlim, that compress token embeddings."));
    }

    private static List<String> lowerCaseBaselines(String sentence) {
        return ComparisonRule.lowerCaseBaselines(sentence).stream().map(Mention::name).toList();
    }

    @Test
    @DisplayName("baselines named in lower case after 'baselines such as / like / including' are compared with, each whole; no clause, pronoun or family of methods")
    void lowerCaseBaselinesListed() {
        assertEquals(List.of("Fisher-weighted averaging", "model ensembling"), lowerCaseBaselines(
                "We show that the proposed method significantly outperforms baselines such as Fisher-weighted averaging or model ensembling."));
        assertEquals(List.of("best-of-N", "particle filtering"), lowerCaseBaselines(
                "Our decoder reaches the performance of strong inference scaling baselines like best-of-N and particle filtering while using fewer tokens."));
        assertEquals(List.of("in-context alignment"), lowerCaseBaselines("ZorbAlign gains over strong baselines including in-context alignment."));
        assertEquals(List.of("exponential moving average"), lowerCaseBaselines(
                "Our recipe outperforms averaging baselines such as exponential moving average (EMA) on all scales."));
        assertEquals(List.of("majority voting"), lowerCaseBaselines("It beats baselines like majority voting when applied to math."));
        assertEquals(List.of(), lowerCaseBaselines("It beats baselines such as those trained on human labels."));
        assertEquals(List.of(), lowerCaseBaselines("It beats baselines such as prompting-based methods and RL approaches."));
        assertEquals(List.of(), lowerCaseBaselines("It beats strong baselines such as ZorbNet and FlimGPT."));
    }

    @Test
    @DisplayName("rivals go on after ', as well as' past the window of the cue ('outperforms previous models like Zorb 101 …, as well as widely used models like FlimLM')")
    void rivalsGoOnAfterAsWellAs() {
        String sentence = "Zorb 23 outperforms both previous massively multilingual models like Zorb 101 for the languages it covers, "
                + "as well as widely used models like FlimLM, GlorbLM and Mixtorb on an extensive range of discriminative tasks.";
        List<int[]> windows = ComparisonRule.windows(sentence);
        assertTrue(ComparisonRule.comparedAt(sentence, windows, sentence.indexOf("Mixtorb")));
        // Without the cue's list going on, a name that far is no rival.
        String plain = "Zorb 23 outperforms both previous massively multilingual models like Zorb 101 for the languages it covers, "
                + "and it runs on hardware that widely used models like FlimLM, GlorbLM and Mixtorb need.";
        assertFalse(ComparisonRule.comparedAt(plain, ComparisonRule.windows(plain), plain.indexOf("Mixtorb")));
    }
}
