package io.papergraph.extraction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Pretrained models: a known family name followed by what pins the model down — version, size, variant
 * ({@code GPT-4o}, {@code Mistral 7B}, {@code LLaMA-2-13B-chat}, {@code Qwen2.5-7B-Instruct}, {@code Claude-3.5-Sonnet}).
 */
final class ModelRule {

    static final String RULE = "model-family";
    static final String RULE_SHAPED = "model-shaped-name";

    /** A model found in a sentence: the name as written, and where. */
    record Found(String name, VocabularyEntry family, int start, int end) {
    }

    /** " 2.6", " 3.5" after a letter or a variant: one digit each side ("GPT-4o mini 82.0" is a score). */
    private static final String SPACED_VERSION = "(?:\\s\\d\\.\\d(?![\\p{L}\\d%.]))?";
    /** "2.5", "4o", "v1.5"; or a letter, as in "MiniCPM-V", with its own version after it ("MiniCPM-V 2.6"). */
    private static final String VERSION = "(?:v?\\d+(?:\\.\\d+)*[a-zA-Z]?(?![\\p{L}\\d×]|\\*\\d)|[oV]" + SPACED_VERSION + "(?![\\p{L}\\d]))";
    /** "7B", "8x7B" — and "8times7B", as "8×7B" reads once a PDF's times sign is spelled out, or "8*7B" typed without one. */
    static final String SIZE = "(?:\\d+(?:\\.\\d+)?[BbMmKkTt]|\\d+(?:x|×|\\*|times)\\d+[Bb])(?![\\p{L}\\d])";
    /** Variants ("Ins" and "Inst" short for Instruct), and a single capital after a hyphen as in GPT-J, PaLM-E, PaLI-X. */
    private static final String VARIANT = "(?:Instruct|instruct|Chat|chat|Turbo|turbo|Pro|Ultra|Flash|Mini|mini|Nano|nano|Max|Plus|Base|base|"
            + "Coder|Math|Vision|VL|Sonnet|Opus|Haiku|Large|large|Small|small|Medium|XL|XXL|Lite|Preview|preview|Distill|R1|V2|V3|Omni|MoE|it|hf|HF|Inst|Ins|[A-Z])(?![\\p{L}\\d])";
    /** "Gemini-1.5-pro", "Qwen2.5-math", "Claude-3.7-sonnet", "Phi-4-reasoning": lower-case variants only after a hyphen ("Qwen2.5-7B math accuracy" is prose). */
    private static final String HYPHEN_VARIANT = "(?:pro|ultra|flash|max|plus|coder|math|lite|sonnet|opus|haiku|reasoning|thinking|Reasoning|Thinking)(?![\\p{L}\\d])";
    /** "Claude Sonnet 4", "Claude Opus 4.1", "Claude-Sonnet-4": a tier, then its generation, a whole number too. */
    private static final String TIER_THEN_GENERATION = "(?:Sonnet|Opus|Haiku)(?:[\\s-][1-9](?:\\.\\d)?(?![\\p{L}\\d%]|\\.\\d))?";
    /** "Mistral 7B -- Instruct", "Code Llama - Python": a release's variant set off by a spaced dash. */
    static final String SPACED_DASH = "\\s(?:--?|[\\u2013\\u2014])\\s";
    private static final String SPACED_DASH_VARIANT = SPACED_DASH + "(?:Instruct|Chat|Python|Base|Code|Math|Vision)(?![\\p{L}\\d])";
    /** "A2.7B", "A3B": the parameters a mixture of experts activates per token. */
    private static final String ACTIVE_SIZE = "A\\d+(?:\\.\\d+)?B(?![\\p{L}\\d])";
    /** "v0.1", or a dated snapshot such as "-1106" or "-0613". */
    private static final String RELEASE = "(?:v\\d+(?:\\.\\d+)*|\\d{4})(?![\\p{L}\\d])";
    /**
     * "ViT-L/14": the patch size of a vision transformer; "GPT-4(V)": a numbered release's vision variant, written in
     * parentheses (not "CLIP(V)", a model's vision tower).
     */
    private static final String PATCH_OR_VISION = "(?:/\\d{2}(?![\\p{L}\\d])|(?<=\\d)\\(V(?:ision)?\\))?";
    /** Variants and sizes in either order: "LLaMA-2-13B-chat", "DeepSeek-Coder-6.7B-Instruct". */
    private static final String SUFFIX_PARTS = "(?:[-\\u2010\\u2011 ]?" + VERSION + ")?(?:[-\\u2010\\u2011 ]" + SIZE + ")?(?:[-\\u2010\\u2011 ]" + RELEASE + ")?"
            // "Claude Sonnet 3.5", "Gemini Pro 1.5": a variant may come before its version.
            + "(?:[-\\u2010\\u2011 ](?:" + TIER_THEN_GENERATION + "|" + VARIANT + SPACED_VERSION + "|" + SIZE + "|" + RELEASE + ")|" + SPACED_DASH_VARIANT + "|-" + ACTIVE_SIZE + "|[-\\u2010\\u2011]" + HYPHEN_VARIANT + "|-\\d+\\.\\d+(?![\\p{L}\\d])){0,4}" + PATCH_OR_VISION;

    /** "Codex-backboned baselines", "GPT-4-based agents": a hyphenated word that says the model is used, not a longer name. */
    private static final String USED_AS = "(?:based|backboned|backed|powered|driven|generated|annotated|guided|trained)\\b";
    /**
     * "V1.5", "336px", "NeXT", "ViT", "INSTRUCT", "L": a part of a release's name written as a code — with a digit or a second
     * capital. A release named after the method it was tuned with ("Mistral-7B-DPO", "LLaVA-RLHF") keeps that part too: the
     * annotators count such names as written (measured: leaving capitals-only parts out lost two comparisons on unseen lists
     * and gained nothing).
     */
    private static final String CODED_PART = "(?:[\\p{Lu}\\d](?=[\\p{L}\\d]*\\d)[\\p{L}\\d]*(?:\\.\\d+[\\p{L}\\d]*)*"
            + "|\\p{Lu}[\\p{L}\\d]*\\p{Lu}[\\p{L}\\d]*|\\p{Lu}(?![\\p{L}\\d]))";
    /**
     * "InternVL-Chat-V1.5", "LLaVA-NeXT-Video", "CLIP-ViT-L-336px", "Alpaca-LoRA": hyphenated parts that no variant list foresees
     * still belong to the release's name when the first is a code and the name ends there; a plain word ("Codex-Writer",
     * "Yi-Shan") names something else.
     */
    private static final String CODED_TAIL = "(?:[-\\u2010\\u2011]" + CODED_PART + "(?:[-\\u2010\\u2011](?:" + CODED_PART + "|\\p{Lu}\\p{Ll}+(?![\\p{L}\\d]))){0,2}(?![-\\u2010\\u2011][\\p{L}\\d]))?";

    /**
     * The model pattern for each opening, its alternation cut down to the family names that start so (in the same
     * longest-first order): the alternation of every name was tried name by name at every candidate.
     */
    private final Map<String, Pattern> patternByOpening = new HashMap<>();
    /** The family names of each opening, to test by plain comparison before a matcher is made for the pattern. */
    private final Map<String, List<String>> namesByOpening = new HashMap<>();
    private final Map<String, VocabularyEntry> familyByName = new HashMap<>();
    /** Every family spelling as a key, for names written with other hyphens or spaces ("Command-R" for Command R). */
    private final java.util.Set<String> familyKeys;
    /** Every family's names as they may be written (see {@link #spellings}), worked out once. */
    private final Map<VocabularyEntry, List<String>> familySpellings = new java.util.IdentityHashMap<>();
    /** The lower-cased first two characters of every family name: where no word starts so, no model can. */
    private final Set<String> openings = new HashSet<>();

    private static final Pattern GENERATION_AFTER_HYPHEN = Pattern.compile("(.*\\p{L})-(\\d+)");

    /** A listed name, and without the hyphen before its generation ("MiniGPT-4", "MiniGPT4"). */
    private static List<String> spellings(String listed) {
        Matcher hyphenated = GENERATION_AFTER_HYPHEN.matcher(listed);
        return hyphenated.matches() ? List.of(listed, hyphenated.group(1) + hyphenated.group(2)) : List.of(listed);
    }

    ModelRule(List<VocabularyEntry> families) {
        List<String> names = new ArrayList<>();
        for (VocabularyEntry family : families) {
            familySpellings.put(family, family.names().stream().flatMap(n -> spellings(n).stream()).toList());
            for (String name : family.names()) {
                familyByName.put(name.toLowerCase(Locale.ROOT), family);
            }
        }
        for (VocabularyEntry family : families) {
            // "MiniGPT4" for MiniGPT-4, "Florence2" for Florence-2: a generation written against the name is the same model —
            // unless another family lists that spelling itself.
            for (String name : familySpellings.get(family)) {
                familyByName.putIfAbsent(name.toLowerCase(Locale.ROOT), family);
                openings.add(opening(name, 0));
                names.add(name);
            }
        }
        names.sort(Comparator.comparingInt(String::length).reversed());
        familyKeys = familyByName.keySet().stream().map(Names::key).collect(java.util.stream.Collectors.toUnmodifiableSet());
        for (String candidate : openings) {
            // A name shorter than two characters may start a word of any opening it begins.
            List<String> starting = names.stream().filter(n -> candidate.startsWith(opening(n, 0))).toList();
            namesByOpening.put(candidate, starting);
            String alternatives = String.join("|", starting.stream().map(Pattern::quote).toList());
            // Group 1 is the family's name, group 2 what pins the model down, coded tail included.
            patternByOpening.put(candidate, Pattern.compile("(?<![\\p{L}\\d-])((?i:" + alternatives + "))(" + SUFFIX_PARTS + CODED_TAIL + ")"
                    + "(?![\\p{L}\\d]|\\.\\d|-(?!" + USED_AS + ")[\\p{L}])"));
        }
    }

    /** An item of a list of models: a name, with a second name or a size after it ("Code Alpaca", "Mistral 7B", "Llama 2"). */
    private static final String LIST_ITEM = NameShapes.NAME + "(?:\\s(?:" + NameShapes.NAME + "|\\d+(?:\\.\\d+)?[BM]?(?![\\p{L}\\p{N}])))?";
    private static final Pattern MODEL_LIST = Pattern.compile(LIST_ITEM + "(?:" + Cues.ITEM_SEPARATOR + LIST_ITEM + ")+");
    private static final Pattern LIST_ITEM_PATTERN = Pattern.compile(LIST_ITEM);

    /** "three foundation models: ", "LLMs such as ", "models (": a list said to be of models. */
    private static final Pattern MODELS_LISTED_BEFORE = Pattern.compile(
            "(?i)\\b(?:" + Cues.MODEL_NOUN + "|backbones?|model\\s+famil(?:y|ies))\\s*(?:\\(|:|,?\\s+(?:such\\s+as|including|like|e\\.g\\.,?|namely))\\s*$");

    /** "… and Evol-Instruct data": a list said to be of data is no list of models. */
    private static final Pattern DATA_AFTER_LIST = Pattern.compile("^\\s+(?i:data|datasets?|corpora|augmentations?)\\b");

    private static final Pattern CLAUSE_OPENING = Pattern.compile(
            "(?:With|Without|By|From|Using|Via|Unlike|As|At|Through|Across|After|Before|For|In|On|To|Of|And|The|A|An)\\s");

    /**
     * "GPT-J, Cerebras-GPT, and MPT", "LLaMA, LLaVA, and VL-BART": a coined name listed among models the vocabulary knows is
     * a model too. Two known ones make the list one of models, or one in a list said to be of models ("three foundational
     * models: GPT-J, Cerebras-GPT, and MPT"); a list with one could be of anything ("GPT-4 and HumanEval").
     *
     * @param knownOther whether the vocabulary knows a name as something else than a model: a list that holds one ("GPT-4,
     *                   Llama-2-70B, Reflexion and LATS", "BM25, BERT and SPLADE++") mixes models with methods
     */
    List<Found> listSiblings(String sentence, List<Found> known, java.util.function.Predicate<String> knownOther) {
        List<Found> found = new ArrayList<>();
        if (known.isEmpty()) {
            return found;
        }
        Matcher list = MODEL_LIST.matcher(sentence);
        while (list.find()) {
            List<int[]> items = new ArrayList<>();
            Matcher item = LIST_ITEM_PATTERN.matcher(sentence).region(list.start(), list.end());
            while (item.find()) {
                items.add(new int[] {item.start(), item.end()});
            }
            java.util.function.Predicate<int[]> isKnown = i -> known.stream().anyMatch(k -> k.start() < i[1] && i[0] < k.end());
            long knownItems = items.stream().filter(isKnown).count();
            boolean ofModels = MODELS_LISTED_BEFORE.matcher(sentence.substring(Math.max(0, list.start() - 40), list.start())).find();
            java.util.function.Predicate<int[]> isKnownOther = i -> !isKnown.test(i) && knownOther.test(sentence.substring(i[0], i[1]));
            // "11 model families, including OPT, LLaMA2, Falcon, Bloomz, …, and Mamba": said to be models and mostly known ones, the
            // list holds models only, a name the vocabulary knows otherwise aside and a plain capitalised name among them.
            boolean surelyModels = ofModels && knownItems >= 3;
            if (knownItems < (ofModels ? 1 : 2) || !surelyModels && items.stream().anyMatch(isKnownOther)
                    || DATA_AFTER_LIST.matcher(sentence).region(list.end(), sentence.length()).lookingAt()) {
                continue;
            }
            for (int[] i : items) {
                String name = sentence.substring(i[0], i[1]);
                // "With FunCoder, StableCode-3b surpasses …": a clause opening on a preposition lists no model.
                if (!isKnown.test(i) && !isKnownOther.test(i) && (NameShapes.isCoined(name) || surelyModels && NameShapes.isCapitalisedName(name))
                        && !CLAUSE_OPENING.matcher(name).lookingAt()) {
                    found.add(new Found(name, null, i[0], i[1]));
                }
            }
        }
        return found;
    }

    /**
     * Unlisted models named the way models are named ({@code SkillFormer}, {@code VideoMAE-Net}, {@code BioGPT},
     * {@code AnimateDiff}), where a sentence says it works with them: "with X", "using X", "X backbone".
     */
    private static final Pattern MODEL_SHAPED = Pattern.compile(
            // The cue is matched, not looked behind for: a look-behind would be tried at every position of every sentence.
            "\\b(?:with|using|uses|use|on top of|backbones?|based on|adopt(?:s|ing)?|employ(?:s|ing)?|fine-tun(?:e|es|ing))\\s(?:the\\s|a\\s|an\\s)?"
                    + "([\\p{Lu}][\\p{L}\\d]*(?:Former|former|Net|BERT|GPT|LM|Diff|CLIP|ViT)(?:-[\\w.]+)?)(?![\\p{L}\\d])");

    /** Whether the word names a model family of the vocabulary ("Mistral", "Llama"). */
    boolean isFamily(String word) {
        return familyByName.containsKey(word.toLowerCase(Locale.ROOT));
    }

    /** Whether the name is a family's name however it is hyphenated or spaced ("Command-R" for Command R). */
    boolean isFamilySpelling(String name) {
        return familyKeys.contains(Names.key(name));
    }

    List<Found> findUnlisted(String sentence) {
        List<Found> found = new ArrayList<>();
        Matcher m = MODEL_SHAPED.matcher(sentence);
        while (m.find()) {
            String base = m.group(1).split("-")[0];
            if (familyByName.get(base.toLowerCase(Locale.ROOT)) == null && !base.matches("[A-Z]+") && NameShapes.isCoined(m.group(1))) {
                found.add(new Found(m.group(1), null, m.start(1), m.end(1)));
            }
        }
        // Only where a parameter count is written: the pattern starts with a name, tried at every capital otherwise.
        Matcher sized = SIZED.matcher(PARAMETER_COUNT.matcher(sentence).find() ? sentence : "");
        while (sized.find()) {
            String base = sized.group(1).split("-")[0];
            boolean overlaps = found.stream().anyMatch(f -> f.start() < sized.end() && sized.start() < f.end());
            // "Mistral-Nemo-12B", "DeepSeek-R1-Distill-Qwen-1.5B": a family's model whose middle no variant list foresees.
            VocabularyEntry family = familyByName.get(base.toLowerCase(Locale.ROOT));
            // "pretrain on DataComp-1B, LAION-2B and COYO-700M", "1B images": a size of data, not of a model — after "on" only
            // an unknown name is data ("focusing on DeepSeek-R1-Distill-Qwen-1.5B", of a model family, is the model).
            boolean data = family == null && DATA_BEFORE.matcher(sentence.substring(Math.max(0, sized.start() - 60), sized.start())).find()
                    || DATA_AFTER.matcher(sentence.substring(sized.end())).lookingAt();
            // "Llemma-7B": a capitalised word that is no English word, joined to its parameter count by a hyphen.
            // Not "CLIP pretrained with Laion-2B": after "with" or "using" such a name may as well be data.
            boolean hyphenated = sentence.charAt(sized.end(1)) == '-' && !NameShapes.isOrdinary(sized.group(1))
                    && !NameShapes.isDocumentPart(sized.group(1))
                    && !WITH_BEFORE.matcher(sentence.substring(Math.max(0, sized.start() - 30), sized.start())).find();
            // "MobileVLM V2 1.7B": a bare version is the end of the name before it, no model of its own.
            boolean version = NameShapes.isBareVersion(sized.group(1));
            if (!overlaps && !data && !version && (family != null || NameShapes.isCoined(sized.group(1)) || hyphenated)) {
                found.add(new Found(sized.group(), family, sized.start(), sized.end()));
            }
        }
        return found;
    }

    private static final Pattern DATA_BEFORE = Pattern.compile(
            // "trained on two of the largest … datasets, SA-Med2D-20M and IMed-361M": the data named after its noun and a comma.
            "(?i)\\b(?:on|from|datasets?|corpus|corpora|data)(?:\\s+|(?<=datasets|corpora),\\s+)(?:the\\s+)?(?:[\\w.-]+,?\\s+(?:and\\s+)?){0,3}$");
    private static final Pattern WITH_BEFORE = Pattern.compile("(?i)\\b(?:with|using)\\s+(?:the\\s+)?$");
    private static final Pattern DATA_AFTER = Pattern.compile("(?i)\\s+(?:images|tokens|pairs|samples|examples|masks|videos|documents)\\b");
    private static final Pattern PARAMETER_COUNT = Pattern.compile("\\d[BM]\\b");
    /**
     * "Pangu-Ultra-MoE 718B", "UI-TARS-72B", "Zeta-1B-7B" (active and total): a coined name with a parameter count is a
     * model, listed or not.
     */
    private static final Pattern SIZED = Pattern.compile(
            // Not "DPO 70B" of "Tulu 2+DPO 70B": a name's "+" joins what follows to what went before.
            "(?<![\\p{L}\\p{N}+-])([\\p{Lu}][\\p{L}\\p{N}]*(?:-[\\p{L}\\p{N}.]+)*?)[- ]\\d+(?:\\.\\d+)?[BM](?:-\\d+(?:\\.\\d+)?B)?(?![\\p{L}\\p{N}])");

    /** A size or a version written last in a model's name: "1.5B" of "Qwen2.5-1.5B", "V1" of "LLaMA-V1", "V2.5" of "DeepSeek-V2.5". */
    private static final String SIZE_OR_VERSION = "(?:\\d+(?:\\.\\d+)?[BM]|V\\d+(?:\\.\\d+)?)";
    /** "/3B/7B-Instruct" after "Qwen2.5-1.5B", "/V2" after "LLaMA-V1": the model's other sizes or versions, sharing its name. */
    private static final Pattern SHARED_NAME_AFTER = Pattern.compile(
            "^(?:/" + SIZE_OR_VERSION + ")+(?:-[\\p{L}\\p{N}]+(?:\\.\\d+)*)*(?![\\p{L}\\p{N}/])");
    private static final Pattern ENDS_WITH_SIZE_OR_VERSION = Pattern.compile("(?<![\\p{L}.])" + SIZE_OR_VERSION + "$");
    private static final Pattern SIZES_SHARING_NAME = Pattern.compile("^(.*?)(" + SIZE_OR_VERSION + "(?:/" + SIZE_OR_VERSION + ")+)(.*)$");

    /**
     * "Qwen2.5-1.5B/3B/7B-Instruct", "LLaMA-V1/V2": models of one name written together, their sizes or versions joined by
     * slashes, read as one mention of them all — not "Qwen2.5-1.5B" alone, nor "V2" as a model of its own.
     */
    static List<Found> withSharedNames(String sentence, List<Found> found) {
        List<Found> read = new ArrayList<>();
        int end = -1;
        for (Found model : found) {
            if (model.start() < end) {
                continue;
            }
            Matcher more = ENDS_WITH_SIZE_OR_VERSION.matcher(model.name()).find()
                    ? SHARED_NAME_AFTER.matcher(sentence).region(model.end(), sentence.length()) : null;
            Found whole = more != null && more.lookingAt()
                    ? new Found(sentence.substring(model.start(), more.end()), model.family(), model.start(), more.end()) : model;
            read.add(whole);
            end = whole.end();
        }
        return read;
    }

    /** Each model a shared name writes together: "Qwen2.5-1.5B-Instruct", "Qwen2.5-3B-Instruct", … of "Qwen2.5-1.5B/3B/7B-Instruct". */
    static List<String> modelsOfSharedName(String name) {
        Matcher shared = SIZES_SHARING_NAME.matcher(name);
        if (name.indexOf('/') < 0 || !shared.matches()) {
            return List.of();
        }
        return java.util.Arrays.stream(shared.group(2).split("/")).map(size -> shared.group(1) + size + shared.group(3)).toList();
    }

    List<Found> find(String sentence) {
        List<Found> found = new ArrayList<>();
        List<Found> bare = new ArrayList<>();
        // The family alternation is only tried where a word starts as some family name does: trying it at
        // every position of every sentence was the extractor's largest cost.
        for (int start = nextCandidate(sentence, 0); start >= 0; start = nextCandidate(sentence, start + 1)) {
            String opening = opening(sentence, start);
            if (!startsWithName(sentence, start, namesByOpening.get(opening))) {
                // Most candidates ("co" of "compute" for "Codex") name no family: a matcher of the pattern costs far more.
                continue;
            }
            Matcher m = patternByOpening.get(opening).matcher(sentence).useTransparentBounds(true);
            if (!m.region(start, sentence.length()).lookingAt()) {
                continue;
            }
            start = m.end() - 1;
            VocabularyEntry family = familyByName.get(m.group(1).toLowerCase(Locale.ROOT));
            String suffix = m.group(2).stripTrailing();
            if (family == null || !sameCase(m.group(1), suffix, family)) {
                continue;
            }
            if (family.needsVersion() && suffix.isBlank()) {
                bare.add(new Found(m.group(1), family, m.start(), m.start() + m.group(1).length()));
                continue;
            }
            String name = (m.group(1) + suffix).strip();
            Matcher descriptive = DESCRIPTIVE_TAIL.matcher(name);
            if (descriptive.find() && MODEL_NOUN_AFTER.matcher(sentence.substring(m.start() + name.length())).lookingAt()) {
                // "the Qwen2.5-32B base model": "base" says which checkpoint in words, it is not part of the name.
                name = name.substring(0, descriptive.start());
            }
            if (suffix.isBlank() && partOfLongerName(sentence.substring(m.start() + name.length()))) {
                continue;
            }
            found.add(new Found(name, family, m.start(), m.start() + name.length()));
            Matcher sibling = ELLIPTICAL_SIBLING.matcher(sentence).region(m.start() + name.length(), sentence.length());
            Matcher release = SPACED_RELEASE.matcher(suffix);
            if (release.matches() && sibling.lookingAt()) {
                // "Gemini 1.0 Pro and 1.5 Flash": the family is written once for both models; "Gemini 1.5 Pro and Flash": its
                // version too.
                int group = sibling.group(1) != null ? 1 : 2;
                String version = group == 1 ? "" : release.group(1) + " ";
                found.add(new Found(m.group(1) + " " + version + sibling.group(group), family, sibling.start(group), sibling.end(group)));
            }
        }
        return withBackbones(sentence, withListedFamilies(sentence, found, bare));
    }

    /** ", ", ", and ", " or ": what separates the items of a list. */
    private static final Pattern LIST_SEPARATOR = Pattern.compile(Cues.ITEM_SEPARATOR);

    /**
     * "enable Llama-2, MPT, Falcon, and Pythia": a family whose bare name is no model by itself ({@code MPT},
     * {@code Phi}) is one when it is an item of a list beside a model.
     */
    private static List<Found> withListedFamilies(String sentence, List<Found> found, List<Found> bare) {
        if (bare.isEmpty() || found.isEmpty()) {
            return found;
        }
        List<Found> all = new ArrayList<>(found);
        for (Found family : bare) {
            boolean listed = found.stream().anyMatch(model -> separatedByList(sentence, model.end(), family.start())
                    || separatedByList(sentence, family.end(), model.start()));
            if (listed) {
                all.add(family);
            }
        }
        all.sort(Comparator.comparingInt(Found::start));
        return all;
    }

    private static boolean separatedByList(String sentence, int from, int to) {
        return from <= to && LIST_SEPARATOR.matcher(sentence.substring(from, to)).matches();
    }

    /** "CLIP ViT-L/14", "OpenCLIP ViT-H/14": a bare family name right before another model is that model's family. */
    private static List<Found> withBackbones(String sentence, List<Found> found) {
        List<Found> merged = new ArrayList<>();
        for (Found model : found) {
            Found previous = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (previous != null && previous.end() + 1 == model.start() && sentence.charAt(previous.end()) == ' '
                    && previous.family() != null && previous.family().names().contains(previous.name())) {
                merged.set(merged.size() - 1, new Found(previous.name() + " " + model.name(), previous.family(), previous.start(), model.end()));
            } else {
                merged.add(model);
            }
        }
        return merged;
    }

    /** " 1.0 Pro", " 1.5 Flash": a version and a named variant, each after a space. */
    private static final String TIER = "(?:Pro|Ultra|Flash|Mini|Nano|Max|Plus|Lite|Turbo|Sonnet|Opus|Haiku)(?![\\p{L}\\d-])";
    private static final String SPACED_RELEASE_TEXT = "\\d+(?:\\.\\d+)? " + TIER;
    private static final Pattern SPACED_RELEASE = Pattern.compile(" (\\d+(?:\\.\\d+)?) " + TIER);
    /** "Gemini 1.0 Pro and 1.5 Flash" (group 1), "Gemini 1.5 Pro and Flash" (group 2): the family, or its version too, written once. */
    private static final Pattern ELLIPTICAL_SIBLING = Pattern.compile("\\s*,?\\s+(?:and|or)\\s+(?:(" + SPACED_RELEASE_TEXT + ")|(" + TIER + ")(?!\\s+\\p{Lu}))");
    private static final Pattern PARAMETER_COUNT_AT_END = Pattern.compile("[- ]\\d+(?:\\.\\d+)?[BM]$");

    /** "Llemma-7B", "Pangu 718B": a name that ends in its parameter count names a model. */
    static boolean endsInParameterCount(String name) {
        return PARAMETER_COUNT_AT_END.matcher(name).find();
    }
    private static final Pattern DESCRIPTIVE_TAIL = Pattern.compile(" (?:base|chat|instruct)$");
    private static final Pattern MODEL_NOUN_AFTER = Pattern.compile("\\s+(?:language\\s+)?models?\\b");
    private static final Pattern NEXT_WORD = Pattern.compile("^ ([\\p{L}][\\p{L}\\d-]*)");

    /** "Swin UNETR", "LLaMA Adapter": a bare family name followed by a coined word names another model. */
    private boolean partOfLongerName(String after) {
        Matcher next = NEXT_WORD.matcher(after);
        return next.find() && NameShapes.isCoined(next.group(1))
                && !familyByName.containsKey(next.group(1).split("-")[0].toLowerCase(Locale.ROOT));
    }

    /** Whether one of the names is written at {@code start}, in any case: all that the pattern's alternation can match. */
    private static boolean startsWithName(String sentence, int start, List<String> names) {
        for (String name : names) {
            if (sentence.regionMatches(true, start, name, 0, name.length())) {
                return true;
            }
        }
        return false;
    }

    private int nextCandidate(String sentence, int from) {
        for (int i = from; i < sentence.length() - 1; i++) {
            boolean wordStart = i == 0 || !(Character.isLetterOrDigit(sentence.charAt(i - 1)) || sentence.charAt(i - 1) == '-');
            if (wordStart && Character.isLetter(sentence.charAt(i)) && openings.contains(opening(sentence, i))) {
                return i;
            }
        }
        return -1;
    }

    private static String opening(String text, int at) {
        return text.substring(at, Math.min(text.length(), at + 2)).toLowerCase(Locale.ROOT);
    }

    /**
     * Short family names ({@code OPT}, {@code Yi}) only match as written, so ordinary words do not — unless a
     * version number follows, which no ordinary word has ({@code gpt-4o}, as OpenAI's own API spells it).
     */
    private boolean sameCase(String surface, String suffix, VocabularyEntry family) {
        boolean versioned = suffix.chars().anyMatch(Character::isDigit);
        return familySpellings.get(family).stream().anyMatch(n -> (!Names.isCaseSensitive(n) && n.length() > 3) || versioned
                ? n.equalsIgnoreCase(surface) : n.equals(surface));
    }
}
