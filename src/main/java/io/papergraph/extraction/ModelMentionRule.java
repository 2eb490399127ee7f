package io.papergraph.extraction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Pretrained models in a sentence, read by role: used, compared with, the paper's own release, or only the
 * field's examples (not the paper's); and a model the title sets the paper against.
 */
final class ModelMentionRule {

    private final ModelRule models;
    /** Benchmarks, datasets and environments by every name: a name shaped like a model that is one of them is data. */
    private final Set<String> benchmarkKeys;
    /** Whether the vocabulary lists a name. */
    private final java.util.function.Predicate<String> known;

    ModelMentionRule(ModelRule models, Set<String> benchmarkKeys, java.util.function.Predicate<String> known) {
        this.models = models;
        this.benchmarkKeys = benchmarkKeys;
        this.known = known;
    }

    /** Known to the vocabulary as a method, benchmark or concept, not as a model ("Reflexion", "BM25"). */
    private boolean knownOtherThanModel(String name) {
        return known.test(name) && !models.isFamilySpelling(name) && models.find(name).isEmpty();
    }

    private static final Pattern DATA_EXAMPLES = Pattern.compile("(?i)\\b(?:datasets?|data|corpora|corpus)\\s+" + Cues.EXAMPLES_BEFORE);
    private static final Pattern PRIOR_FINDING_AFTER = Pattern.compile(
            // "GPT-4o, as a new milestone, has enabled real-time conversations": an aside that describes the model may stand
            // before the verb (not "Llama-2-7B, after fine-tuning with Zeta, has demonstrated a 12% gain": what the paper did).
            "(?:,\\s+(?:as|a|an|the|which|who)\\s[^,;]{1,60},)?\\s+(?:model\\s+|series\\s+|release\\s+|paper\\s+|report\\s+)?(?:(?:has|have)\\s+(?:recently\\s+)?(?:shown|demonstrated|exhibited|revealed|proven|enabled|revolutionized|revolutionised|sparked)"
                    // "OpenAI's o1 model showed this capability", not "X exhibited a 27% gain" (a result of this paper's)
                    + "|(?:showed|demonstrated)\\s+(?:that|this|the|its|impressive|remarkable|strong))\\b");
    /**
     * "Prior methods rely on GPT-4 to …", "Existing agents built on GPT-4 are costly", "Unlike previous work that relies on GPT-4
     * for annotation, we …": a model that others' work relies on, before the authors speak again — not the setting the
     * authors test in ("outperforms existing methods on Llama-3-8B"), nor one they follow prior work in using.
     */
    private static final String EARLIER = "(?:prior|previous|existing|earlier|conventional|traditional)";
    private static final Pattern OTHERS_WORK_CLAUSE_BEFORE = Pattern.compile(
            "(?i)(?<!following\\s)\\b" + EARLIER + "\\s+(?:[\\w-]+\\s+){0,2}?"
                    + "(?:work|works|methods|approaches|studies|systems|agents|pipelines|techniques|efforts|research|literature|frameworks|solutions)\\s+"
                    + "(?:that\\s+|which\\s+)?(?:(?:often|typically|usually|mostly|largely|heavily|commonly|all)\\s+)?"
                    + "(?:rel(?:y|ies|ied|ying)\\s+on|depend(?:s|ed|ing)?\\s+on|buil(?:t|d|ds)\\s+(?:up)?on|based\\s+on|use[sd]?|using|employ(?:s|ed|ing)?|leverag(?:e|es|ed|ing)|fine-tun(?:e|es|ed|ing))"
                    + "\\s+(?:the\\s+|a\\s+|an\\s+)?(?:[\\w-]+\\s+){0,2}?$");
    /** The cheap test first: no clause about others' work without one of these words. */
    private static final Pattern OTHERS_WORK_LEAD = Pattern.compile("(?i)\\b" + EARLIER + "\\s");
    /** "Whereas Sora …, we show …", "Although GPT-4 excels at …, it still …": the field's model a concession opens with. */
    private static final Pattern CONCESSION_OPENS = Pattern.compile("(?i)^(?:[\\p{L}-]+,\\s+)?(?:whereas|although|though|while)\\s+(?:the\\s+)?$");
    /**
     * What keeps a model a concession opens with the authors': a score ("Whereas GPT-4 solves 40% …, our agent …"), a role in
     * their work ("While GPT-4o serves as the teacher", "Although Llama-3-8B is small, our model built on it") — not a mere "our"
     * in the main clause ("Whereas GPT-4 writes text, our model draws").
     */
    private static final Pattern CONCESSION_KEEPS = Pattern.compile(
            "(?i)\\d(?:\\.\\d+)?\\s?%|\\b(?:serves?\\s+as|acts?\\s+as|is\\s+used|are\\s+used|is\\s+our|built\\s+on\\s+it|as\\s+the\\s+(?:teacher|student|backbone|base|judge|policy))\\b");
    /** "While DeepSeek-R1 and other follow-up work focus on …, this paper …": named as the field's work, whoever speaks. */
    private static final Pattern AMONG_OTHER_WORK_AFTER = Pattern.compile(
            "\\s+and\\s+other\\s+(?:[\\w-]+\\s+)?(?:work|works|studies|efforts)\\b");
    /** "Inspired by the success of DeepSeek-R1", "the release of GPT-4": the field's news, no model the paper uses. */
    private static final Pattern NEWS_OF = Pattern.compile(
            "(?i)\\b(?:success(?:es)?|progress|advances?|achievements?|popularity|emergence|advent|release|breakthroughs?)\\s+of\\s+(?:the\\s+)?$");
    /** "without additional external supervision (e.g., responses, preferences, etc.) from GPT-4": no help taken from it. */
    private static final Pattern NO_HELP_FROM = Pattern.compile(
            "(?i)\\bwithout\\s+(?:any\\s+|additional\\s+|external\\s+)*(?:supervision|feedback|annotations?|labels|data|responses|distillation|help)"
                    + "\\s+(?:\\([^()]{0,60}\\)\\s+)?from\\s+$");
    /** " achieve only 43.8%", " scores 71%": the model's own score right after it. */
    private static final Pattern SCORED_AFTER = Pattern.compile(
            // "… like GPT-3.5-Turbo and GPT-4 exhibit average Attack Success Rates (ASR) of 57% and 33%": the rest of the list, then
            // what its models score; an item may be several words, the score a bound ("… like GPT-4o and Claude 3 Opus score below 20%").
            "(?i)(?:(?:,|,?\\s+and)\\s+[\\w.-]+(?:\\s[\\w.-]+){0,2}?){0,3}\\s+(?:(?:still|even|also)\\s+)?(?:achiev|scor|reach|attain|obtain|exhibit)\\w*\\s+"
                    + "(?:only\\s+|just\\s+|merely\\s+|up\\s+to\\s+|about\\s+|below\\s+|under\\s+|less\\s+than\\s+)?(?:an?\\s+)?(?:(?:(?:average|mean)\\s+)?(?:[\\w-]+\\s+){1,4}?(?:\\([^()]{1,12}\\)\\s+)?of\\s+)?\\d+(?:\\.\\d+)?\\s?%");
    private static final Pattern FILE_SUFFIX = Pattern.compile("\\.\\p{Ll}");
    private static final Pattern COMMON_WORDS = Pattern.compile("\\p{Ll}+(?:[\\s-]\\p{Ll}+)+");
    /** "Extensive experiments on models including Phi-MoE and OLMoE …": an abstract's experiments are the paper's own. */
    private static final Pattern OWN_EXPERIMENTS = Pattern.compile("(?i)^(?:extensive |comprehensive |our )?(?:experiments|experimental results|evaluations?)\\b");
    /** "we introduce Mixtral 8x7B", "We propose the first Large Reconstruction Model (LRM)": a known name the paper releases. */
    private static final String WE_RELEASE = "(?i)\\bwe\\s+(?:\\w+\\s+){0,2}(?:introduce|present|release|releasing|propose|develop|open-source)\\s+";
    private static final Pattern RELEASED_HERE = Pattern.compile(WE_RELEASE + "(?:the\\s+(?:first\\s+)?)?$");
    /** " series: phi-3.5-mini, …", " model family, including …": the family whose released members follow. */
    private static final Pattern RELEASED_MEMBERS_AFTER = Pattern.compile("^(?:\\s+[\\w.-]+)?\\s+(?i:model\\s+)?(?i:series|family)\\s*(?::|,?\\s+including\\b)");
    /** "our resulting GritLM 7B": what the authors' work results in. */
    private static final Pattern OUR_RESULTING_BEFORE = Pattern.compile("(?i)\\bour\\s+(?:resulting|final)\\s+$");
    /**
     * "Our findings include the development of Idefics2, an efficient VLM", "Zeta has led to the creation of Zeta-Coder, the
     * first …", "our dataset led to Zeta-32B, the first model …": in a sentence that speaks for the paper, a model it makes.
     */
    private static final Pattern MADE_HERE = Pattern.compile("(?i)\\b(?:(?:creation|development)\\s+of|led\\s+to)\\s+(?:the\\s+)?$");
    /** " and gpt-oss-20b, two …": the first of a pair the authors release, counted right after the second. */
    private static final String PAIR_ITEM = "[\\p{L}\\p{N}.-]+(?:\\s\\d+(?:\\.\\d+)?[BM])?";
    private static final Pattern PAIR_SET_OFF_AFTER = Pattern.compile("\\s+and\\s+" + PAIR_ITEM + "\\s*,\\s+(?:two|both)\\b");
    /** ", two …" right after the second of the pair. */
    private static final Pattern PAIR_SECOND_SET_OFF = Pattern.compile("\\s*,\\s+(?:two|both)\\b");
    /** "We present gpt-oss-120b and " before the second of the pair. */
    private static final Pattern PAIR_FIRST_RELEASED = Pattern.compile(WE_RELEASE + "(?:the\\s+)?" + PAIR_ITEM + "\\s+and\\s+$");
    /** What the authors say they release, and nothing else: not "propose ToolX for …", "develop attacks against …". */
    private static final String WE_RELEASE_ONLY = "(?i)\\bwe\\s+(?:also\\s+|further\\s+|publicly\\s+)?(?:introduce|present|release|open-source)\\s+";
    /** Words between the verb and the models, none that says what is done with them: "results on", "and evaluate", "for". */
    private static final String PLAIN_WORDS = "(?:(?!(?i:for|on|of|in|to|with|from|against|across|and|or|evaluat\\w*|results?|experiments?|evidence|analys[ie]s|comparisons?|studies|study)\\b)[\\w.-]+\\s+){0,3}?";
    /**
     * "we introduce three models in the phi-3.5 series: phi-3.5-mini, …", "We release the Nemotron-4 340B model family, including
     * …", "We release our models, namely …", "We introduce the Aurora suite of models, including …": the members of a family the
     * authors release, listed after it — a family or a series, or models they call theirs; not "We present experiments on three
     * models: …" nor "We introduce X and evaluate models, including …".
     */
    private static final Pattern RELEASED_LIST_BEFORE = Pattern.compile(WE_RELEASE_ONLY
            + "(?:(?:the\\s+)?" + PLAIN_WORDS + "(?i:family|series|suite)(?:\\s+of\\s+models)?"
            + "|our\\s+" + PLAIN_WORDS + "(?i:models|checkpoints|variants)"
            + "|(?:two|three|four|five|six|several)\\s+" + PLAIN_WORDS + "(?i:models|checkpoints|variants)\\s+(?:in|of)\\s+the\\s+[\\w.-]+\\s+(?i:series|family))"
            + "\\s*(?::|,?\\s+including|,?\\s+namely)\\s+"
            + "(?:" + PAIR_ITEM + "\\s*,\\s*(?:and\\s+)?)*(?:" + PAIR_ITEM + "\\s+and\\s+)?$");
    /** "we introduce three models in the ", "We release the ": the family named right after the verb, as the object released. */
    private static final Pattern FAMILY_RELEASED_BEFORE = Pattern.compile(WE_RELEASE_ONLY
            + "(?:the\\s+|(?:two|three|four|five|six|several)\\s+" + PLAIN_WORDS + "(?i:models|checkpoints|variants)\\s+(?:in|of)\\s+the\\s+)?$");
    /** "builds on a Llama 2 language model", "extends Llama2 7B from 4k context to 100k": a model built on is used. */
    private static final Pattern BUILT_ON_BEFORE = Pattern.compile(
            "(?i)\\b(?:buil(?:t|ds?|ding)\\s+(?:up)?on\\s+(?:top\\s+of\\s+)?"
                    // "built on fine-tuning open-source LLMs such as Llama-2, ChatGLM2 and …": the models given as examples of what
                    // it is built on.
                    // Not "builds on the observation that LLMs such as GPT-4 fail": a clause in between says something else.
                    + "(?:(?:(?!(?:that|which|of|the\\s+observation)\\b)[\\w-]+\\s+){0,3}?(?:LLMs|models|MLLMs|VLMs|backbones),?\\s+(?:such\\s+as|like|including|e\\.g\\.,?)\\s+(?:[\\w.-]+,?\\s+(?:and\\s+)?){0,4})?"
                    + "|extend(?:s|ed|ing)?\\s+(?:the\\s+context\\s+(?:window\\s+)?of\\s+)?"
                    // "video models extended from Stable Diffusion", "initialized from Llama-2-7B"
                    + "|(?:extended|derived|initiali[sz]ed|adapted|built|converted|upcycled)\\s+from\\s+"
                    // "the same base model as DeepSeek (i.e. Qwen2.5-32B)", "the base model Llama-3-8B"
                    + "|\\bbase\\s+(?:model|LLM|policy)\\s+(?:as\\s+[\\w-]+\\s+)?(?:\\(?(?:i\\.e\\.|e\\.g\\.|namely),?\\s+)?)(?:the\\s+|an?\\s+)?$");
    /** "the Vicuna benchmark", "a 0.05 decline in CLIP Score", "the DeepScaleR subset": a resource or a metric named after a model. */
    private static final Pattern NAMES_A_RESOURCE = Pattern.compile("\\s+(?i:(?:benchmark|dataset|test set|leaderboard|arena|subset)s?\\b"
            // "hybrid design with MobileNet block": a building block named after the model, no model used.
            + "|blocks?\\b"
            // Not the verb: "models like GPT-4o score below 20%".
            + "|scores?\\b(?!\\s+(?:(?:below|under|above|over|only|just|about|nearly|around|up\\s+to|less\\s+than|more\\s+than)\\s+)?[-+]?\\d))");

    /**
     * "the 52k Alpaca data": counted, data named after a model (not "uses GPT-4 data to train …", the model's output it uses, nor
     * "1.5% of the Qwen2.5-Math-PRM-72B training data", the data of a rival).
     */
    private static final Pattern DATA_NAMED_AFTER = Pattern.compile("\\s+data\\b");
    private static final Pattern COUNTED_BEFORE = Pattern.compile("\\b\\d+(?:\\.\\d+)?[kKMB]?\\s+$");

    /** The word right after a model's name, joined to it by a space or a hyphen: "Eval" of "Alpaca Eval 2". */
    private static final Pattern NEXT_WORD = Pattern.compile("^[ -]([\\p{L}\\p{N}]+)");

    /**
     * "on Alpaca Eval 2.0", "MMBench-Video": a model's name that opens a benchmark's name the vocabulary knows, written
     * apart, names the benchmark.
     */
    private boolean opensBenchmarkName(String sentence, ModelRule.Found model) {
        StringBuilder name = new StringBuilder(model.name());
        int at = model.end();
        for (int words = 0; words < 3; words++) {
            Matcher next = NEXT_WORD.matcher(sentence.substring(at, Math.min(sentence.length(), at + 40)));
            if (!next.find()) {
                return false;
            }
            name.append(next.group(1));
            at += next.end();
            if (benchmarkKeys.contains(Names.key(name.toString()))) {
                return true;
            }
        }
        return false;
    }

    /** ", a sparse mixture-of-experts model", " series, a significant upgrade …": what the released model is, set off. */
    private static final Pattern SET_OFF_AFTER = Pattern.compile("^(?:\\s+(?i:series|family|models|checkpoints|weights))?\\s*(?:,\\s+(?:a|an|the|which|" + Cues.MAKERS_POSSESSIVE + ")\\b|\\(|:"
            // "We introduce FinPythia-6.9B, developed through domain-adaptive continual pre-training": how it was made.
            + "|,\\s+(?:developed|trained|built|obtained|created|derived)\\s+(?:through|by|via|with|from|on|using)\\b)");

    /**
     * "Small Planners Beat GPT-4 with Search", "Beyond GPT-4": a model of a known family that the title sets the paper
     * against is one it compares with — not a level to reach ("GPT-4 level"). A model the title only names ("… Tree Search
     * with LLaMa-3 8B") is left to the abstract: on the development set and 32 annotated lists, reading it as used gave no
     * used model the abstract did not also give, and five that the annotators did not count as used.
     */
    List<Mention> rivalsOfTitle(String title) {
        List<Mention> found = new ArrayList<>();
        for (ModelRule.Found model : models.find(title)) {
            String after = title.substring(model.end());
            if (model.family() == null || LEVEL_AFTER.matcher(after).lookingAt() || Cues.RESEMBLANCE_AFTER.matcher(after).lookingAt()
                    || NAMES_A_RESOURCE.matcher(after).lookingAt() || !RIVAL_BEFORE.matcher(title.substring(0, model.start())).find()) {
                continue;
            }
            found.add(new Mention(Relation.COMPARES_WITH, EntityKind.MODEL, model.name(), List.of(), title, RULE_RIVAL_IN_TITLE, 0.7, null));
        }
        return found;
    }

    static final String RULE_RIVAL_IN_TITLE = "rival-in-title";

    /** "GPT-3/LLaMa-2 scale": other names joined by slashes before the level word. */
    private static final String SLASHED_NAMES = "(?:\\s*/\\s*[\\p{L}\\p{N}.-]+)*";
    private static final String LEVEL_WORD = "(?i:level|class|grade|scale|sized?)\\b";
    private static final Pattern LEVEL_AFTER = Pattern.compile(SLASHED_NAMES + "\\s*-?\\s*" + LEVEL_WORD);
    /**
     * In a sentence, where "scale" may be the verb ("Llama-2 and Mistral-7B scale predictably"): hyphenated ("GPT-4-level"),
     * or the noun closing the phrase ("up to GPT-3/LLaMa-2 scale,") or before what is measured ("GPT-4 level performance").
     */
    private static final Pattern LEVEL_IN_TEXT_AFTER = Pattern.compile(
            SLASHED_NAMES + "(?:-" + LEVEL_WORD + "|\\s+" + LEVEL_WORD
                    + "(?=\\s*[,.;:)]|\\s*$|\\s+(?i:performance|capabilit\\w+|accuracy|results?|models?|LLMs?|reasoning|quality)\\b))");
    /**
     * "prior attacks on LLMs such as GPT-4", "even with advanced models like ChatGPT": examples of others' work or of the
     * field's strongest models, however late in the abstract.
     */
    private static final Pattern PRIOR_WORK_WORDS = Pattern.compile("(?i)\\b(?:prior|existing|previous|recent|current|popular|conventional|traditional"
            + "|advanced|powerful|proprietary|closed-source|frontier|leading|commercial|cutting-edge|state-of-the-art)\\b");
    private static final Pattern RIVAL_BEFORE = Pattern.compile(
            "(?i)\\b(?:beyond|than|vs\\.?|versus|outperform\\w*|surpass\\w*|beat\\w*|rival\\w*|match\\w*)\\s+(?:the\\s+)?$");

    /**
     * Pretrained models the paper uses, or compares with after a comparison cue. Models given as examples
     * in a sentence about the field ("LLMs like ChatGPT have …") or explicitly not used ("without GPT-4")
     * are not the paper's.
     *
     * @param ownLed whether the paper's own name leads the sentence, which then speaks for the paper
     * @param scene whether the sentence sets the scene (before the authors speak, with no result and not led by the paper's own name): a
     *              model named there is the field's, not this paper's, unless of a family the title names
     */
    List<Mention> modelMentions(String sentence, List<int[]> comparisonWindows, List<int[]> rivals, boolean ownWorkSaid,
                                boolean ownLed, boolean scene, String title, List<AcronymDefinitions.Definition> definitions) {
        List<Mention> found = new ArrayList<>();
        // "Eureka exploits … state-of-the-art LLMs, such as GPT-4, to …": a sentence the paper's own name leads speaks for it.
        boolean ownWork = ownLed || Cues.FIRST_PERSON.matcher(sentence).find() || OWN_EXPERIMENTS.matcher(sentence).find();
        List<ModelRule.Found> named = new ArrayList<>(models.find(sentence));
        java.util.stream.Stream.concat(models.findUnlisted(sentence).stream(), models.listSiblings(sentence, List.copyOf(named), this::knownOtherThanModel).stream())
                .filter(u -> named.stream().noneMatch(k -> k.start() < u.end() && u.start() < k.end()))
                .forEach(named::add);
        // In the order the sentence names them: a list of rivals runs on from one model to the next, whichever finder read it.
        named.sort(Comparator.comparingInt(ModelRule.Found::start));
        List<int[]> urls = named.isEmpty() ? List.of() : UrlRule.spans(sentence);
        for (ModelRule.Found model : ModelRule.withSharedNames(sentence, named)) {
            // "github.com/OpenAI/CLIP" names a repository, not a model the paper uses; "a multi-scale vision transformer" is a kind
            // of architecture written in common words, not the ViT model.
            // "Minerva Math", "supervised learning with ImageNet labels": a name read as a model that the vocabulary knows as a
            // benchmark or dataset is that (a family's name may open a benchmark's).
            if (UrlRule.covers(urls, model.start()) || definedAsAnotherKnownThing(model, definitions) || benchmarkKeys.contains(Names.key(model.name()))
                    || opensBenchmarkName(sentence, model)
                    || COMMON_WORDS.matcher(sentence.substring(model.start(), model.end())).matches()
                    // "llama.cpp": the model's name is part of a file or a library's name.
                    || FILE_SUFFIX.matcher(sentence).region(model.end(), sentence.length()).lookingAt()) {
                continue;
            }
            String before = sentence.substring(Math.max(0, model.start() - 60), model.start());
            // "the Codex-backboned baselines", "GPT-4 based agents": the model is the backbone, used, not compared against.
            // "OpenVLA builds on a Llama 2 language model": a model built on is used.
            // The longer reach before the name that the list-aware patterns need.
            String reach = sentence.substring(Math.max(0, model.start() - 120), model.start());
            boolean backbone = Cues.BUILT_FROM_AFTER.matcher(sentence).region(model.end(), sentence.length()).lookingAt() || BUILT_ON_BEFORE.matcher(reach).find()
                    || joinedWithMethod(sentence, model, named);
            // "subsuming model capabilities from contrastive approaches like CLIP and generative methods like SimVLM": a model
            // given as an example of a kind of method is that prior work, set beside the paper's.
            boolean compared = !backbone && (ComparisonRule.comparedAt(sentence, comparisonWindows, model.start())
                    || Cues.METHODS_EXEMPLIFIED.matcher(reach).find()
                    || continuesListOfRivals(sentence, rivals, model.start()));
            // "surpassing closed-source models, including GPT-4 …" compares; "models such as GPT-4 have …" does not.
            // "renowned datasets like Alpaca and WizardLM": named as data, not as models.
            if (Cues.NOT_USED.matcher(before).find() || DATA_EXAMPLES.matcher(before).find() || NEWS_OF.matcher(before).find()
                    || NO_HELP_FROM.matcher(reach).find()
                    // "MergeBench builds on open-source language models, including Llama and Gemma": examples of what it is built on.
                    || (!ownWork && (!ownWorkSaid || PRIOR_WORK_WORDS.matcher(before).find()) && !compared && !backbone && Cues.EXAMPLE_OF_FIELD.matcher(before).find()
                        // "Even leading closed-source models like GPT-4 achieve only 43.8%": an example scored is evaluated.
                        && !(ownWorkSaid && SCORED_AFTER.matcher(sentence).region(model.end(), sentence.length()).lookingAt()))) {
                continue;
            }
            String after = sentence.substring(model.end());
            if (scene && !ownWork && !compared && !backbone
                    && (model.family() == null || !NameShapes.wholeWord(model.family().name()).matcher(title).find())) {
                // "The YOLO series has become the most popular framework …": the abstract's first sentence sets the scene, the
                // field's models, not this paper's ("The introduction of AlphaFold 2 spurred a revolution", for a paper titled
                // with AlphaFold 3, names its predecessor).
                continue;
            }
            String upTo = sentence.substring(0, model.start());
            if (!compared && (OTHERS_WORK_LEAD.matcher(upTo).find() && OTHERS_WORK_CLAUSE_BEFORE.matcher(upTo).find()
                    || CONCESSION_OPENS.matcher(upTo).find() && !CONCESSION_KEEPS.matcher(sentence).find())) {
                continue;
            }
            if (!compared && (!ownWork && PRIOR_FINDING_AFTER.matcher(after).lookingAt() || AMONG_OTHER_WORK_AFTER.matcher(after).lookingAt())) {
                // "DeepSeek-R1 has shown that long CoT can emerge …": what another model showed, not one this paper uses.
                continue;
            }
            if (Cues.RESEMBLANCE_AFTER.matcher(after).lookingAt() || LEVEL_IN_TEXT_AFTER.matcher(after).lookingAt()) {
                // "a BERT-like prediction loss", "GPT-style decoding": what resembles a model uses none; "up to GPT-3/LLaMa-2
                // scale", "GPT-4 level": a size or a level to reach, no model used.
                continue;
            }
            if (NAMES_A_RESOURCE.matcher(after).lookingAt() || DATA_NAMED_AFTER.matcher(after).lookingAt() && COUNTED_BEFORE.matcher(before).find()) {
                // "the Vicuna benchmark": a benchmark named after a model.
                continue;
            }
            if (RELEASED_MEMBERS_AFTER.matcher(after).lookingAt() && FAMILY_RELEASED_BEFORE.matcher(reach).find()) {
                // "we introduce three models in the phi-3.5 series: phi-3.5-mini, …": the released members are the paper's, their
                // family is neither used nor one more of its models.
                continue;
            }
            // "We present gpt-oss-120b and gpt-oss-20b, two open-weight reasoning models": a pair released together.
            boolean pairReleased = PAIR_SET_OFF_AFTER.matcher(after).lookingAt() && RELEASED_HERE.matcher(before).find()
                    || PAIR_SECOND_SET_OFF.matcher(after).lookingAt() && PAIR_FIRST_RELEASED.matcher(before).find();
            if (pairReleased || RELEASED_LIST_BEFORE.matcher(reach).find() || (RELEASED_HERE.matcher(before).find() || ownWork && MADE_HERE.matcher(before).find()) && SET_OFF_AFTER.matcher(after).find()
                    // "our resulting GritLM 7B sets a new state of the art": what the authors' work results in is theirs (not "We
                    // fine-tune Llama-2-7B …, and our resulting Llama-2-7B …", the model the sentence says they tuned).
                    || OUR_RESULTING_BEFORE.matcher(before).find() && !writtenBefore(upTo, model)
                    // "We refer to the model after CPT as Llama-3-SynE", "a variant we call …": a model named where the authors speak is
                    // theirs — not one the sentence compares with or builds on.
                    || !compared && !backbone && Cues.FIRST_PERSON.matcher(sentence).find() && ResourceKinds.NAMING_CUE_BEFORE.matcher(before).find()
                            && !ProposalRule.APPLIED_TO_BEFORE.matcher(reach).find()) {
                // "We introduce Mixtral 8x7B, a sparse mixture-of-experts model": the paper's own model, not one it uses.
                found.addAll(eachModel(new Mention(Relation.PROPOSES, EntityKind.METHOD, model.name(), List.of(), sentence, ProposalRule.RULE_VERB, 0.8, null)));
                continue;
            }
            if (compared) {
                rivals.add(new int[] {model.start(), model.end()});
            }
            double confidence = model.family() == null ? 0.6 : compared ? 0.75 : 0.8;
            found.addAll(eachModel(new Mention(compared ? Relation.COMPARES_WITH : Relation.USES_MODEL, EntityKind.MODEL, model.name(),
                    List.of(), sentence, compared ? ComparisonRule.RULE : model.family() == null ? ModelRule.RULE_SHAPED : ModelRule.RULE,
                    confidence, null)));
        }
        return found;
    }

    /**
     * "Qwen2.5-1.5B/3B/7B-Instruct": one fact for each model the name writes together, the first known also by the name as
     * written — each model is its own entity, which a paper using "Qwen2.5-7B-Instruct" alone names too.
     */
    private static List<Mention> eachModel(Mention mention) {
        List<String> models = ModelRule.modelsOfSharedName(mention.name());
        if (models.isEmpty()) {
            return List.of(mention);
        }
        List<Mention> each = new ArrayList<>();
        for (String model : models) {
            each.add(mention.withName(model, each.isEmpty() ? List.of(mention.name()) : List.of()));
        }
        return each;
    }

    /** Whether the sentence names the model, or its family, before this mention: "We fine-tune Llama-2-7B …, and our resulting Llama-2-7B". */
    private static boolean writtenBefore(String upTo, ModelRule.Found model) {
        String lower = upTo.toLowerCase(java.util.Locale.ROOT);
        return lower.contains(model.name().toLowerCase(java.util.Locale.ROOT))
                || model.family() != null && lower.contains(model.family().name().toLowerCase(java.util.Locale.ROOT));
    }

    private static final Pattern PLUS_AFTER = Pattern.compile("\\s*\\+\\s*(?=[\\p{L}\\p{N}\\\\$])");

    /**
     * "Codellama-7B + R^3 performs comparable to larger models": a model joined by a plus to a method is what the method runs on,
     * used however the sentence compares — not "GPT-4 + Claude", two models.
     */
    private static boolean joinedWithMethod(String sentence, ModelRule.Found model, List<ModelRule.Found> named) {
        Matcher plus = PLUS_AFTER.matcher(sentence).region(model.end(), sentence.length());
        return plus.lookingAt() && named.stream().noneMatch(other -> other.start() == plus.end());
    }

    /** ", ", " and ", ", and even closed models such as ": what runs a list of rivals on from one to the next. */
    private static final Pattern RIVAL_LIST_RUNS_ON = Pattern.compile("(?i)" + Cues.ITEM_SEPARATOR + "(?:even\\s+)?"
            + "(?:(?:the\\s+)?(?:[\\w-]+\\s+){0,3}?(?:models?|LLMs?|systems|baselines)\\s+(?:such\\s+as|like|including)\\s+)?");

    /**
     * "surpassing the instruct versions of Llama 3.1, Qwen 2.5, Mistral, and even closed models such as GPT-4o-mini and Claude
     * 3.5-Haiku": a model listed right after a rival is one too, however far the list runs from its cue.
     */
    private static boolean continuesListOfRivals(String sentence, List<int[]> rivals, int start) {
        return rivals.stream().anyMatch(rival -> rival[1] <= start && RIVAL_LIST_RUNS_ON.matcher(sentence.substring(rival[1], start)).matches());
    }

    /**
     * "Sharpness Aware Minimization (SAM)": a model family's short name that the paper defines as another thing the vocabulary
     * knows is that thing, not the model (Segment Anything).
     */
    private boolean definedAsAnotherKnownThing(ModelRule.Found model, List<AcronymDefinitions.Definition> definitions) {
        if (model.family() == null) {
            return false;
        }
        String key = Names.key(model.name());
        Set<String> familyKeys = new HashSet<>();
        familyKeys.add(Names.key(model.family().name()));
        model.family().aliases().forEach(alias -> familyKeys.add(Names.key(alias)));
        return definitions.stream().anyMatch(d -> Names.key(d.shortForm()).equals(key) && !familyKeys.contains(Names.key(d.longForm()))
                && known.test(d.longForm()));
    }
}
