package io.papergraph.extraction;

import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Arrays;
import java.util.List;

import static io.papergraph.extraction.Entries.model;
import static org.junit.jupiter.api.Assertions.assertEquals;

class ModelRuleTest {

    private final ModelRule rule = new ModelRule(List.of(
            model("GPT", true, "Generative Pre-trained Transformer"),
            model("Llama", false, "LLaMA"),
            model("Mistral", false),
            model("Qwen", false),
            model("Claude", false),
            model("OPT", false),
            model("Yi", false),
            model("Codex", false),
            model("Phi", true),
            model("OLMoE", false),
            model("DeepSeek", false),
            model("CLIP", false),
            model("ViT", false),
            model("Swin", false),
            model("MiniCPM", false),
            model("PixGen-3", false)));

    private List<String> names(String sentence) {
        return rule.find(sentence).stream().map(ModelRule.Found::name).toList();
    }

    @Test
    @DisplayName("a listed name ending in a hyphenated generation is found written without the hyphen ('PixGen3' for PixGen-3)")
    void generationWithoutHyphen() {
        assertEquals(List.of("PixGen3", "PixGen-3"), names("Compared to PixGen3 and PixGen-3, ours is faster."));
        assertEquals(List.of(), names("PixGen and PixGen 3 are no listed names."));
    }

    @ParameterizedTest(name = "{0}")
    @DisplayName("family names with version, size and variant")
    @CsvSource(delimiter = '|', value = {
            "We compare against GPT-4 and GPT-4o.             | GPT-4;GPT-4o",
            "We use GPT-3.5-turbo as the judge.               | GPT-3.5-turbo",
            "Experiments use Llama-2-13B-chat as the policy.  | Llama-2-13B-chat",
            "We fine-tune Mistral 7B on math word problems.   | Mistral 7B",
            "Qwen2.5-7B-Instruct is the backbone.             | Qwen2.5-7B-Instruct",
            "Claude-3.5-Sonnet solves most tasks.             | Claude-3.5-Sonnet",
            "Claude-3.7-sonnet solves most tasks.             | Claude-3.7-sonnet",
            "LLaMA 3.1 8B performs well.                      | LLaMA 3.1 8B",
            "OPT-175B and Yi-34B are the baselines.           | OPT-175B;Yi-34B",
            "a frontier LLM such as gpt-4o as the judge       | gpt-4o",
            "We fine-tune DeepSeek-Coder-6.7B-Instruct.        | DeepSeek-Coder-6.7B-Instruct",
            "We use Mistral-7B-Instruct-v0.3 as the policy.   | Mistral-7B-Instruct-v0.3",
            "It beats Qwen-VL-Chat-2.5 on charts.              | Qwen-VL-Chat-2.5",
            "Compared with GPT-3/4 and Claude 3 10.2 points.   | GPT-3;Claude 3",
            "The encoder is CLIP ViT-L/14 at 336 pixels.      | CLIP ViT-L/14",
            "We compare Swin UNETR with a Swin-B backbone.    | Swin-B",
            "the Codex-backboned baselines                    | Codex",
            "GPT-4-based agents plan the route.               | GPT-4",
            "models including Phi-MoE and OLMoE               | Phi-MoE;OLMoE",
            "We fine-tune GPT-J and Llama-X on code.          | GPT-J;Llama-X",
            "Adapting OLMoE-1B-7B and Mistral-8times7B works. | OLMoE-1B-7B;Mistral-8times7B",
            "Mixing Mistral-8x7B and Mistral 8×22B experts.   | Mistral-8x7B;Mistral 8×22B",
            "We fine-tune Mistral-8*7B on math word problems.  | Mistral-8*7B",
            "GPT-4(V) reads the chart, GPT-4 (V) the table.    | GPT-4(V);GPT-4",
            "It beats Llama-2* and GPT-4o*, * from the papers. | Llama-2;GPT-4o",
            "We use the CLIP(V) and CLIP(T) encoders.          | CLIP;CLIP",
            "We train the Qwen-32B base model with RL.       | Qwen-32B",
            "It matches the Qwen-32B base on math.           | Qwen-32B base",
            "It beats GPT-4o and Claude Sonnet 3.5 by far.   | GPT-4o;Claude Sonnet 3.5",
            "Claude Sonnet 3.5% of the time                  | Claude Sonnet",
            "We compare with MiniCPM-V 2.6, and Qwen.        | MiniCPM-V 2.6;Qwen",
            "It is between Claude Haiku 75.2 and Qwen.       | Claude Haiku;Qwen",
            "It helps Llama-3.1-8B-Ins and Qwen-7B-Inst.      | Llama-3.1-8B-Ins;Qwen-7B-Inst",
    })
    void models(String sentence, String expected) {
        assertEquals(Arrays.asList(expected.split(";")), names(sentence));
    }

    @Test
    @DisplayName("a match carries its family and offsets")
    void familyAndOffsets() {
        String sentence = "Experiments use Llama-2-13B-chat as the policy.";
        ModelRule.Found found = rule.find(sentence).get(0);
        assertEquals("Llama", found.family().name());
        assertEquals("Llama-2-13B-chat", sentence.substring(found.start(), found.end()));
    }

    @Test
    @DisplayName("the written form of an alias is kept and resolves to the family")
    void aliasFamily() {
        ModelRule.Found found = rule.find("LLaMA 3.1 8B performs well.").get(0);
        assertEquals("Llama", found.family().name());
    }

    @ParameterizedTest
    @DisplayName("bare needs-version families, lookalike words and lower-case short names do not fire")
    @ValueSource(strings = {
            "The GPT family is popular.",
            "GPT models are strong.",
            "GPT-like models are strong.",
            "We opt for a simple design.",
            "Yields improve with scale.",
            "No pretrained model is used here.",
    })
    void negatives(String sentence) {
        assertEquals(List.of(), names(sentence));
    }

    @Test
    @DisplayName("a family without needs-version matches bare")
    void bareFamily() {
        assertEquals(List.of("Llama"), names("Llama models are open."));
    }

    @Test
    @DisplayName("a family that needs a version is a model as an item of a list beside a model, and only there")
    void bareFamilyListedBesideModels() {
        assertEquals(List.of("Llama-2", "Phi", "Mistral"), names("It enables Llama-2, Phi, and Mistral to stream."));
        assertEquals(List.of("Qwen2.5", "Phi"), names("We fine-tune Qwen2.5 or Phi on the data."));
        assertEquals(List.of(), names("Phi models are small."));
        assertEquals(List.of("Mistral"), names("We use Mistral and the Phi series."));
        assertEquals(List.of("Mistral"), names("We use Mistral; Phi follows later."));
    }

    @Test
    @DisplayName("a version after the size is kept: Mistral-7B-v0.1")
    void versionAfterSize() {
        assertEquals(List.of("Mistral-7B-v0.1"), names("Mistral-7B-v0.1 is the base model."));
    }

    private List<String> siblings(String sentence) {
        return rule.listSiblings(sentence, rule.find(sentence), name -> false).stream().map(ModelRule.Found::name).toList();
    }

    @Test
    @DisplayName("a coined name listed among two known models is a model too; a list with one known model could be of anything")
    void listSiblings() {
        assertEquals(List.of("Cerebras-GPT", "MPT"), siblings("We evaluate on three foundation models: Llama-2, Cerebras-GPT, Mistral and MPT."));
        assertEquals(List.of("VL-BART", "Code Alpaca"), siblings("We fine-tune Llama, Qwen2, VL-BART and Code Alpaca on our data."));
        assertEquals(List.of(), siblings("We evaluate Llama-2 on GSM8K, MATH and HumanEval."));
        // One known model is enough in a list said to be of models.
        assertEquals(List.of("Cerebras-GPT", "MPT"), siblings("We test three foundation models: Llama-2, Cerebras-GPT and MPT."));
        assertEquals(List.of(), siblings("We test Llama-2, Cerebras-GPT and MPT."));
        // A list that holds a name known as something else mixes models with methods; a list of data is no list of models.
        assertEquals(List.of(), rule.listSiblings("Baselines include Llama-2, Qwen2, Reflexion and LATS.",
                rule.find("Baselines include Llama-2, Qwen2, Reflexion and LATS."), n -> n.equals("Reflexion")).stream().map(ModelRule.Found::name).toList());
        assertEquals(List.of(), siblings("We fine-tune on Llama, Qwen2 and Evol-Instruct data."));
        // Said to be model families and mostly known models, the list holds models: a plain capitalised name among them is
        // one, a name known as something else is left aside.
        String families = "We quantize 11 model families, including Llama-2, Qwen2, Mistral, Bloomz, and Reflexion.";
        assertEquals(List.of("Bloomz"), rule.listSiblings(families, rule.find(families), n -> n.equals("Reflexion")).stream()
                .map(ModelRule.Found::name).toList());
        // Ordinary words between known models are no names: "Mistral, Llama and Gemini Pro" — and "Mistral, Llama, and others".
        assertEquals(List.of(), siblings("We compare Mistral, Llama, and Others."));
        // A clause that opens on a preposition names the method, not another model: "With FooCoder, Llama-2 and Qwen2 improve".
        assertEquals(List.of(), siblings("We test three foundation models: With FooCoder, Llama-2 and Qwen2 improve."));
    }

    private final ModelRule withShapedFamily = new ModelRule(List.of(model("DistilBERT", false), model("GPT", true)));

    private List<String> unlisted(String sentence) {
        return withShapedFamily.findUnlisted(sentence).stream().map(ModelRule.Found::name).toList();
    }

    @Test
    @DisplayName("a bare version before a size ends the name before it ('FooVLM V2 1.7B'), no model of its own")
    void bareVersionBeforeSize() {
        assertEquals(List.of(), unlisted("Specifically, FooVLM V2 1.7B achieves better performance than larger models."));
        assertEquals(List.of("SkillNet-2 1.7B"), unlisted("Specifically, SkillNet-2 1.7B achieves better performance than larger models."));
    }

    @ParameterizedTest(name = "{0}")
    @DisplayName("an unlisted model-shaped name after a usage cue is found")
    @CsvSource(delimiter = '|', value = {
            "The policy is evaluated with SkillNet-2 on three tasks.  | SkillNet-2",
            "We extract protein features using BioFormer.             | BioFormer",
            "Clips are generated on top of MotionDiff.                | MotionDiff",
            "Pangu-Ultra-MoE 718B keeps 97% of its accuracy.          | Pangu-Ultra-MoE 718B",
            "It beats UI-TARS-72B on every split.                     | UI-TARS-72B",
            "The Llemma-7B model beats larger ones.                   | Llemma-7B",
    })
    void unlistedFound(String sentence, String name) {
        assertEquals(List.of(name), unlisted(sentence));
    }

    @Test
    @DisplayName("a size of data is no model: 'pretrain on DataMix-1B and WebSet-700M', 'SegSet-1B images'")
    void sizedData() {
        assertEquals(List.of(), unlisted("We pretrain the encoder on DataMix-1B and WebSet-700M."));
        assertEquals(List.of(), unlisted("It learns from SegSet-1B images."));
        // Nor the tail of a name joined by "+": "DPO 70B" of "Tulu 2+DPO 70B".
        assertEquals(List.of(), unlisted("It includes the largest model to date (Tulu 2+DPO 70B)."));
        assertEquals(List.of(), unlisted("Its Table 7B row and the Phase-2B stage are small."));
        assertEquals(List.of(), unlisted("See Figure 1b and Table 2b for the rows."));
        // A bit width, or a label, with a lower-case "b" is no parameter count.
        assertEquals(List.of(), unlisted("We quantize to INT-4b and FP-8b weights, as in Experiment-2b."));
    }

    @Test
    @DisplayName("review: a hyphenated size after 'with' may be data ('pretrained with Laion-2B')")
    void sizedDataAfterWith() {
        assertEquals(List.of(), unlisted("The encoder is pretrained with Laion-2B for a week."));
    }

    @Test
    @DisplayName("an unlisted model has no family and its offsets cover the name")
    void unlistedOffsets() {
        String sentence = "The policy is evaluated with SkillNet-2 on three tasks.";
        ModelRule.Found found = withShapedFamily.findUnlisted(sentence).get(0);
        assertEquals(null, found.family());
        assertEquals("SkillNet-2", sentence.substring(found.start(), found.end()));
    }

    @ParameterizedTest
    @DisplayName("modifiers, all-caps names, listed families and names without a usage cue are not unlisted models")
    @ValueSource(strings = {
            "We plan with LLM-driven agents.",
            "We encode text using ALBERT.",
            "We encode text using DistilBERT.",
            "We encode text using DistilBERT-base.",
            "SkillNet-2 reaches a high success rate.",
            "Unlike BioFormer, our encoder is small.",
    })
    void unlistedNotFound(String sentence) {
        assertEquals(List.of(), unlisted(sentence));
    }

    @Test
    @DisplayName("a family written once for two models: 'Gemini 1.0 Pro and 1.5 Flash', not 'Gemini 1.5 and 2 GPUs'")
    void ellipticalSibling() {
        ModelRule rule = new ModelRule(List.of(Entries.model("Gemini", true), Entries.model("Claude", true)));
        assertEquals(List.of("Gemini 1.0 Pro", "Gemini 1.5 Flash", "Claude 3 Opus", "Claude 3.5 Sonnet"),
                rule.find("With Gemini 1.0 Pro and 1.5 Flash models, and Claude 3 Opus or 3.5 Sonnet, it works.").stream()
                        .map(ModelRule.Found::name).toList());
        assertEquals(List.of("Gemini 1.5"), rule.find("We run Gemini 1.5 and 2 Pro workers.").stream().map(ModelRule.Found::name).toList());
        // The version written once too: "Gemini 1.5 Pro and Flash".
        assertEquals(List.of("Claude 3.5 Sonnet", "Gemini 1.5 Pro", "Gemini 1.5 Flash"),
                rule.find("It beats Claude 3.5 Sonnet, and Gemini 1.5 Pro and Flash, second only to one.").stream().map(ModelRule.Found::name).toList());
        assertEquals(List.of("Gemini 1.5 Pro"), rule.find("It beats Gemini 1.5 Pro and Flashback.").stream().map(ModelRule.Found::name).toList());
        assertEquals(List.of("Gemini 1.5 Pro"), rule.find("It beats Gemini 1.5 Pro and Flash Attention kernels.").stream().map(ModelRule.Found::name).toList());
        assertEquals(List.of("Gemini 1.0 Pro"), rule.find("It beats Gemini 1.0 Pro and Mini-Gemini.").stream().map(ModelRule.Found::name).toList());
    }

    @Test
    @DisplayName("a dated snapshot belongs to the model name")
    void datedSnapshot() {
        ModelRule rule = new ModelRule(List.of(Entries.model("GPT", true)));
        assertEquals(List.of("GPT-4-1106"), rule.find("We compare with GPT-4-1106 on the test set.").stream().map(ModelRule.Found::name).toList());
    }

    @ParameterizedTest(name = "{0}")
    @DisplayName("no model: a lower-case short family without a version, or a longer hyphenated name")
    @ValueSource(strings = {"the gpt of the story", "Yi-Shan is a place name.", "The Codex-Writer tool helps."})
    void notModels(String sentence) {
        assertEquals(List.of(), names(sentence));
    }

    @Test
    @DisplayName("hyphenated parts written as codes stay in the name ('Qwen-Chat-V1.5', 'CLIP-ViT-L-336px'); a plain word does not start them")
    void codedTails() {
        assertEquals(List.of("Qwen-Chat-V1.5", "Mistral-NeXT-Video", "CLIP-ViT-L-336px", "Qwen-LM"),
                names("We test Qwen-Chat-V1.5 and Mistral-NeXT-Video, with CLIP-ViT-L-336px features, starting from the Qwen-LM."));
        assertEquals(List.of("Llama-3-8B-INSTRUCT"), names("We apply it to Llama-3-8B-INSTRUCT based models."));
        // A release named after the method it was tuned with keeps that part, as it is written.
        assertEquals(List.of("Mistral-7B-DPO", "Qwen-RLHF"), names("We compare Mistral-7B-DPO and Qwen-RLHF."));
        // A plain word after the hyphen names another thing; a name that goes on past its tail is read by its size, elsewhere.
        assertEquals(List.of(), names("The Qwen-Writer tool and the Mistral-NeXT-Video-Editor-Pro app help."));
    }

    @Test
    @DisplayName("a listed family with a middle no variant list foresees is found by its size: 'Mistral-Nemo-12B'")
    void familyWithUnforeseenMiddle() {
        String sentence = "We distil into Mistral-Nemo-12B and DeepSeek-R1-Distill-Qwen-1.5B.";
        assertEquals(List.of(), names(sentence));
        List<ModelRule.Found> sized = rule.findUnlisted(sentence);
        assertEquals(List.of("Mistral-Nemo-12B", "DeepSeek-R1-Distill-Qwen-1.5B"), sized.stream().map(ModelRule.Found::name).toList());
        assertEquals(List.of("Mistral", "DeepSeek"), sized.stream().map(f -> f.family().name()).toList());
        // After "on" a sized name may be data ("on DataMix-1B"), but not one of a model family.
        assertEquals(List.of("DeepSeek-R1-Distill-Qwen-1.5B"),
                rule.findUnlisted("We study reasoning, focusing on DeepSeek-R1-Distill-Qwen-1.5B.").stream().map(ModelRule.Found::name).toList());
    }

    @Test
    @DisplayName("a version is never cut at its dot: 'Qwen1.5-MoE-A2.7B' (active size), 'Claude-1.5-pro' (lower-case variant)")
    void versionsKeptWhole() {
        assertEquals(List.of("Qwen1.5-MoE-A2.7B", "Claude-1.5-pro", "Qwen1.5"),
                names("Faster than Qwen1.5-MoE-A2.7B and Claude-1.5-pro, and as good as Qwen1.5."));
        assertEquals(List.of("Qwen3-30B-A3B"), names("We train Qwen3-30B-A3B."));
        assertEquals(List.of(), names("We train Qwen1.5-Wordy."));
    }

    @Test
    @DisplayName("review: lower-case variants only after a hyphen ('Qwen2.5-7B math accuracy', 'GPT-4 plus retrieval' are prose)")
    void lowerCaseVariantsAfterHyphen() {
        assertEquals(List.of("Qwen2.5-7B"), names("RL improves Qwen2.5-7B math accuracy from 42% to 61%."));
        assertEquals(List.of("GPT-4"), names("GPT-4 plus retrieval outperforms it."));
        assertEquals(List.of("Qwen2.5-math"), names("We train Qwen2.5-math."));
    }
    @Test
    @DisplayName("four parts after the family ('-Coder-Base-v1.5 7B'), and a release's variant set off by a spaced dash, belong to its name; prose after a dash does not")
    void spacedDashVariants() {
        assertEquals(List.of("Llama-Coder-Base-v1.5 7B"), names("It continues pre-training Llama-Coder-Base-v1.5 7B on math tokens."));
        assertEquals(List.of("Llama 2 13B -- Chat", "Mistral - Instruct"),
                names("It surpasses the Llama 2 13B -- Chat model and Mistral - Instruct on both benchmarks."));
        assertEquals(List.of("Mistral"), names("We tune Mistral - a strong open model - for math."));
    }
    @Test
    @DisplayName("a tier then its whole-number generation ('Claude Sonnet 4') and a reasoning release after a hyphen ('Phi-4-reasoning') are one name each")
    void tierGenerationAndReasoningRelease() {
        assertEquals(List.of("Claude Sonnet 4", "Claude Opus 4.1"), names("We study Claude Sonnet 4 and Claude Opus 4.1 on our tasks."));
        assertEquals(List.of("Claude-Sonnet-4", "Claude-Opus-4.1"), names("The best model (Claude-Sonnet-4) beats Claude-Opus-4.1 here."));
        assertEquals(List.of("Phi-4-reasoning", "Qwen3-thinking"), names("On the Phi-4-reasoning model and Qwen3-thinking, it cuts length by 46%."));
        // A score after a tier is no generation.
        assertEquals(List.of("Claude Sonnet"), names("Claude Sonnet 45% of the time refuses."));
    }

}
