package io.papergraph.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Where a paper reports experiments: known benchmarks named in a sentence, with more confidence when the
 * sentence speaks of evaluation; and unknown names in "the X benchmark / dataset / suite / environment".
 */
final class EvaluationRule {

    static final String RULE_KNOWN = "known-benchmark";
    static final String RULE_HEAD_NOUN = "benchmark-noun";
    static final String RULE_GAME = "game-played";

    static final Pattern EVALUATION_CUE = Pattern.compile(
            // Every cue starts with one of these letters, tested first: the alternatives are tried at no other word boundary.
            "(?i)(?=[abeioprst])\\b(?:evaluat\\w*|experiment\\w*|assess\\w*|benchmark(?:ed|ing)|results?|tested|test(?:s|ing)? on|achiev\\w*|outperform\\w*|surpass\\w*|"
                    + "improv\\w*|accuracy|success rate|state-of-the-art|SOTA|performance|score\\w*|on (?:the )?\\w+ (?:benchmark|dataset|tasks?))\\b");
    private static final Pattern NAMED_RESOURCE = Pattern.compile(
            "(" + NameShapes.NAME + "(?:[ -]" + NameShapes.NAME + "){0,2})\\s+(benchmark|dataset|suite|environment|simulator|testbed|test set|evaluation set)(s?)\\b");

    /** "a human-translated benchmark, Flores-200,": the description first, then the name set off by commas. */
    private static final Pattern DESCRIBED_THEN_NAMED = Pattern.compile(
            "(?i:\\b(?:a|an|the)\\s+(?:[\\w-]+\\s+){0,3}?(?:benchmark|dataset|suite|corpus|test set),\\s+)(" + NameShapes.NAME + ")(?=\\s*[,.;)]|\\s+and\\b)");
    /** The paper's own new resource is introduced, which the proposal rules read. */
    private static final Pattern NEW_BEFORE = Pattern.compile("(?i)\\b(?:new|novel|our)\\b");
    static final String RULE_EVALUATED_ON_NAME = "evaluated-on-name";
    static final String RULE_LIST_SIBLING = "benchmark-list-sibling";
    /** A language's two-letter code, as translation benchmarks name their pairs ("En-De", "DE-EN"); not "Re-ID". */
    private static final String LANGUAGE_CODE = "(?i:en|de|fr|ro|zh|ja|ru|es|cs|tr|fi|et|lv|lt|gu|kk|hi|ar|it|pt|ko|vi|uk|pl|nl|sv|km|ps|ne|si|ta|iu|he|fa|id|th|bn|sw|ha|is|hr|da|no|hu|el|bg|sk|sl)";
    /** The split of a benchmark written after a hyphen: "miniF2F-valid", "miniF2F-test". */
    static final String SPLIT = "(?:test|valid|validation|val|dev)";
    /** "DM-Lab-30", "ActivityNet-1.3", "SQuAD v1.1", "SQuAD 2.0,": a numbered release or subset, a benchmark of its own. */
    private static final Pattern NUMBERED_VARIANT = Pattern.compile(
            "^(?:-\\d+(?:\\.\\d+)?(?![\\p{L}\\d%]|\\.\\d)|-" + SPLIT + "(?![\\p{L}\\d-])|(?<=\\p{Lu})\\d{2}(?![\\p{L}\\d]|\\.\\d)|\\s?[vV]\\d+(?:\\.\\d+)*(?![\\p{L}\\d%]|\\.\\d)|\\s(?:\\d\\.\\d|\\d)(?=\\s*(?:[,;(]|and\\b|\\.(?:\\s|$)|$)|\\s+(?!(?:points?|pts|pp|times|x|fold|percent|shots?)\\b)[a-z])"
                    // "AIME 2024", "COCO 2017"; "SWE-bench Verified", "SWE-bench Lite": a year's edition or a named split.
                    // "WMT 2014 English-to-German": an edition's language pair, tried before the edition alone.
                    + "|\\s(?:19|20)\\d\\d\\s\\p{Lu}\\p{Ll}+-to-\\p{Lu}\\p{Ll}+(?![\\p{L}\\d])"
                    // "WMT 2014 En-De", "IWSLT 2017 DE-EN": the pair in two-letter codes.
                    + "|\\s(?:19|20)\\d\\d\\s" + LANGUAGE_CODE + "-" + LANGUAGE_CODE + "(?![\\p{L}\\d])"
                    // "SWE-bench lite" in lower case too: an edition word no sentence continues.
                    + "|\\s(?:19|20)\\d\\d(?![\\p{L}\\d%.])|\\s(?:Verified|Lite|lite|Hard|Full|Mini|Diamond)(?![\\p{L}\\d])"
                    // "MATH level 5", "MATH Level 5": the hardest part of a graded benchmark.
                    + "|\\s[Ll]evel\\s\\d+(?![\\p{L}\\d.])"
                    // "AIME '24", "WMT'21": a year's edition, abbreviated.
                    + "|\\s?['\\u2019]\\d\\d(?![\\p{L}\\d])"
                    // "the GPQA Extended subset": a capitalised word the name and its noun enclose.
                    + "|\\s\\p{Lu}\\p{Ll}+(?=\\s+(?:benchmark|subset|split|set)\\b)"
                    // "ImageNet-1K", "COCO test-dev", "ADE20K val": a subset or a split.
                    + "|-\\d+[Kk](?![\\p{L}\\d])|\\s(?:test-dev|test-std|val|validation)(?![\\p{L}\\d-])"
                    // "ImageNet 256x256", "ImageNet 512×512": the resolution images are generated at.
                    + "|\\s\\d{2,4}\\s?[x×]\\s?\\d{2,4}(?![\\p{L}\\d]))");
    private static final Pattern HEAD_NOUN_AFTER = Pattern.compile("^ (Suite|suite|benchmark|Benchmark|dataset|Dataset|environment|platform)\\b");
    /**
     * An item of a list of evaluation settings: a name with the score reported on it in parentheses, or without; one
     * starting lower-case ("xCodeEval") only with its score ("HumanEval (93.9%), MBPP (83.1%), and xCodeEval (45.3%)"),
     * as "on iOS and Android" names no benchmark.
     */
    /** "(~7%↑)", "($\\sim$8%$\\uparrow$)": the parenthesis a score opens, an approximate one too. */
    private static final String SCORE_OPENS = "\\s*\\(\\s*(?:~|≈|\\$?\\\\sim\\$?)?\\s*";
    private static final String SCORE_GIVEN = SCORE_OPENS + "[-+]?\\d[^()]{0,24}\\)";
    /** A score, not a year or a count: signed, or a share ("(2016)", "(2.3x)" are not). */
    private static final String SHARE_GIVEN = SCORE_OPENS + "(?:[-+]\\d|\\d[\\d.]*\\s?\\\\?%)[^()]{0,24}\\)";
    /** "RTLLM v1.1", "VerilogEval v2": a release written after the name, part of it (not a chip: "Nvidia V100", "TPU v4"). */
    private static final String VERSION_AFTER = "(?:(?<!\\b[TG]PU)\\s[vV]\\d{1,2}(?:\\.\\d+)*(?![\\p{L}\\p{N}]|\\.\\d))?";
    /** "NATURAL PLAN (~8%↑), OlympiadBench (~4%↑)": a name of up to three capitalised words when its score follows. */
    private static final String SCORED_ITEM = "(?:" + NameShapes.NAME + "(?:\\s" + NameShapes.NAME + "){1,2}" + SHARE_GIVEN + "|" + NameShapes.NAME + VERSION_AFTER + "(?:" + SCORE_GIVEN + ")?|"
            + NameShapes.LOWER_COINED + SCORE_GIVEN + ")";
    /** After "on": not what something is built on or relies on ("methods relying on GraphCL", "based on X"). */
    private static final String NOT_RELIED_ON = "(?<!(?:based|building|builds|built|relies|relying|rely|focus|focuses|focusing|depend|depends|depending|trained)"
            + "\\s(?:on|in|across))";
    /** "results on AgentHarm", "experiments on X, Y and Z", "in the live desktop environment WinAgentArena". */
    private static final Pattern COINED_AFTER_EVALUATION = Pattern.compile(
            "(?i:\\b(?:results?|experiments?|evaluat\\w*|tested|performance|perform(?:s|ed|ing)?\\s+(?:\\w+\\s+)?(?:well|better|best|strongly|competitively|favou?rably|comparably|robustly)|accuracy|scores?|achiev\\w*|outperform\\w*|surpass\\w*|improv\\w*|gains?|reduc\\w*|attain\\w*|reach\\w*|obtain\\w*|boost\\w*)\\b)"
                    // "achieves 75.0% on …": a decimal point ends no clause; a score in parentheses may stand between ("surpasses
                    // UI-TARS-72B (38.1) on ScreenSpot-Pro"), but no other aside, nor the score of a rival, holds what the result is
                    // on ("a perplexity of 15.76 (2.26 lower vs 18.02 in OmniQuant)", "15.76, 2.26 lower than 18.02 in FooQuant").
                    + "(?:(?!(?i:than|vs)\\b)[^.;:(]|\\.(?=\\d)|\\(\\s*[-+]?\\d[\\d.]*\\s?%?\\s*\\)){0,50}?"
                    // Not what the rivals rely on: "improves by 4.1 points over methods relying on GraphCL augmentations". The
                    // preposition is matched before the look-behind, which would otherwise run at every step of the gap.
                    + "(?i:\\b(?:on|in|across)" + NOT_RELIED_ON + "\\s+)(?:(?i:the|both|three|two|four|several|challenging)\\s+)*"
                    + "(" + SCORED_ITEM + "(?:\\s*,\\s*(?:(?i:and)\\s+)?" + SCORED_ITEM + ")*(?:,?\\s+(?i:and)\\s+" + SCORED_ITEM + ")?)");
    /** A name and its score in parentheses, as the next item of a scored list: ", PRMBench (65.5%)", " and TrailMix (65.5% pass@1)". */
    private static final String NEXT_SCORED = "(?:\\s*,\\s*(?:(?i:and)\\s+)?|,?\\s+(?i:and)\\s+)" + NameShapes.NAME + SCORE_GIVEN;
    /**
     * "on Polyglot from 14.2% to 30.7%", "on Countdown (41.2%)", "on ProcessBench (75.0%) and PRMBench (65.5%)": capitalised
     * words a result is reported on, each with its score.
     */
    private static final Pattern SCORED_ON = Pattern.compile(
            "\\bon\\s+(?:the\\s+)?(" + NameShapes.NAME + ")\\s+(?:from\\s+[-+]?\\d+(?:\\.\\d+)?\\s?%\\s+to\\s+[-+]?\\d|\\(\\s*[-+]?\\d+(?:\\.\\d+)?\\s?%)"
                    + "(?:[^()]{0,12}\\)((?:" + NEXT_SCORED + ")+))?");
    private static final Pattern SCORED_NAME = Pattern.compile("(" + NameShapes.NAME + ")" + SCORE_GIVEN);
    /**
     * A word of what a score measures ("success rate", "higher win rate", "absolute gain"), not a participle or a preposition
     * that goes on to say something else ("4.1 points over methods relying on GraphCL").
     */
    private static final String SCORE_WORD = "(?!(?i:over|than|with|by|for|from|to|of|in|at)\\s)(?![\\w-]*(?:ing|ed)\\s)[\\w-]+";
    /**
     * "12.6% on MathOdyssey", "8 points on X": a number reported on a name; "81.36% success rate on WebVoyager": a score
     * with its metric (not "7 billion tokens on X", a count without a unit of score).
     */
    private static final Pattern RESULT_ON = Pattern.compile(
            "\\d(?:(?:%|x|×| points?)\\s+(?:" + SCORE_WORD + "\\s+){0,3}?|\\s+(?:\\w+\\s+)?)on\\s+(?:(?i:the)\\s+)?(" + NameShapes.NAME + ")");
    /** "On SCBench, PivotKV outperforms …", "…, and on PhyGenBench it improves …": the setting of a reported result. */
    private static final Pattern ON_NAME_FIRST = Pattern.compile(
            // "on" is matched before the look-behind: tried first, the look-behind ran at every position of every sentence.
            "(?i:\\bon" + NOT_RELIED_ON + ")\\s+(?:(?i:the)\\s+)?(" + NameShapes.NAME
                    // "On ProcessBench and PRMBench, it surpasses …": the scene may be a list of names.
                    + "(?:\\s*,\\s*" + NameShapes.NAME + ")*(?:,?\\s+(?i:and)\\s+" + NameShapes.NAME + ")?)"
                    + "(?=\\s*,\\s+(?:\\p{Lu}|(?:it|they|we|our)\\b)|\\s+(?:it|they|we|our|the\\s+model)\\b)");
    /**
     * "on ScreenshotVQA, a challenging multimodal benchmark …" (not "pre-trained on HexaWeb, a dataset of …"). "on" is matched
     * before the look-behind, which would otherwise run at every position of the sentence.
     */
    private static final Pattern ON_NAME_DESCRIBED = Pattern.compile("(?i:\\bon(?<!(?:trained|training|tuned|tuning|learned)\\son)\\s+)(?:(?i:the)\\s+)?(" + NameShapes.NAME
            + ")\\s*,\\s+(?i:an?\\s+(?:[\\w-]+\\s+){0,4}?(?:benchmark|dataset|environment|suite|testbed)\\b)");
    /** "Amazon Beauty": an item of such a list may be two or three capitalised words. */
    private static final String LIST_ITEM = NameShapes.NAME + "(?:\\s" + NameShapes.NAME + "){0,2}";
    /** "on the T3Bench and GPTEval3D benchmarks", "the BTCV, AMOS and KiTS23 test sets". */
    private static final Pattern LIST_THEN_NOUN = Pattern.compile(
            "(" + LIST_ITEM + "(?:\\s*,\\s*" + LIST_ITEM + ")*+,?\\s+(?i:and)\\s+" + LIST_ITEM + ")\\s+(?i:benchmarks|datasets|environments|suites|test\\s+sets)\\b");
    private static final Pattern HEAD_NOUN_BEFORE = Pattern.compile(
            // not the end of a modifier: "a cross-platform GUI grounding corpus"
            "(?i:(?<!-)\\b(?:environment|benchmark|dataset|suite|simulator|platform|testbed))\\s+(" + NameShapes.NAME + ")");
    /** An item of a named list: capitalised words, a parenthetical after it allowed ("Mini-Crosswords Solving (up to +16%)"). */
    // "the Spider dataset for text-to-SQL generation, TransCoder for C++-to-Python translation, and MBPP for …": an item may
    // carry its article, its kind and what it is for.
    private static final String LISTED = "(?:the\\s+)?[\\p{Lu}][\\p{L}\\p{N}-]*\\+{0,2}(?:\\s[\\p{Lu}\\p{N}][\\p{L}\\p{N}-]*\\+{0,2}){0,3}(?:\\s+(?:dataset|benchmark))?"
            + "(?:\\s*\\([^()]{0,60}\\))?(?:\\s+for\\s+[\\w+][\\w+-]*(?:\\s+[\\w+][\\w+-]*){0,3}?(?=\\s*,|\\s+and\\s|\\s*\\.|$))?";
    private static final Pattern FOR_TRAINING = Pattern.compile("(?i)\\sfor\\s.*\\b(?:training|fine-?tuning|pre-?training|SFT|RL|cold[- ]start|tuning)\\b");
    /** Items of a list before its last: "A, B, C" — the last, after "and", is {@link #LISTED_LAST}. */
    private static final String LISTED_RUN = LISTED + "(?:\\s*,\\s*(?:(?i:and)\\s+)?" + LISTED + "){0,20}";
    private static final String LISTED_LAST = "(?:,?\\s+(?i:and)\\s+" + LISTED + ")";
    /** What a listed item carries besides its name: its article, its kind, what it is for. */
    private static final Pattern ITEM_DRESSING = Pattern.compile("^the\\s+|(?:\\s+(?:dataset|benchmark))?(?:\\s+for\\s+.*)?$");
    /** The plural nouns of resources, as lists of them are opened ("benchmarks LOCOMO and …"). */
    private static final String RESOURCE_PLURALS = "datasets|benchmarks|environments|suites";
    /** "three public datasets, Diginetica, Tmall and Nowplaying", "tasks: A, B, and C", "benchmarks (X, Y, Z)". */
    private static final Pattern RESOURCES_LISTED = Pattern.compile(
            "(?i:\\b(datasets|benchmarks|environments|tasks|suites|games|domains))(?:\\s*(?:,|:|\\(|,?\\s+(?i:including|namely|i\\.e\\.,?))\\s*"
                    // "on long-term conversation benchmarks LOCOMO and Long-MT-Bench+": the names right after the plural noun — of
                    // resources only, not "tasks English-German and …", "domains Finance and Healthcare".
                    + "|(?<=(?i:" + RESOURCE_PLURALS + "))\\s(?=\\p{Lu}))"
                    + "(" + LISTED_RUN + LISTED_LAST + ")");
    /** "on video reasoning benchmarks such as VideoMMMU and VSI-Bench": examples of where results are reported, not of the field's. */
    private static final Pattern RESULTS_ON_EXAMPLES = Pattern.compile(
            "(?i:\\b(?:on|across|over)\\s+(?:(?!existing|prior|previous|current|popular)[\\w-]+\\s+){0,4}?(?:benchmarks|datasets|environments|suites)"
                    + "\\s*,?\\s+(?:such\\s+as|like|e\\.g\\.,?))\\s+"
                    + "(" + LISTED_RUN + LISTED_LAST + "?)");
    /** "two robotic manipulation benchmarks (ManiSkill2, MetaWorld)": the whole parenthesis lists them, no "and" needed. */
    private static final Pattern RESOURCES_IN_PARENTHESES = Pattern.compile(
            "(?i:\\b(datasets|benchmarks|environments|suites))\\s*\\(\\s*(" + NameShapes.NAME + "(?:\\s*,\\s*(?:(?i:and)\\s+)?" + NameShapes.NAME + ")+)\\s*\\)");
    private static final Pattern RESOURCE_PLURAL = Pattern.compile("(?i)" + RESOURCE_PLURALS);
    /** Before a list of resources: others' resources, or data to train on. */
    private static final Pattern OTHERS_OR_TRAINING_BEFORE = Pattern.compile(
            "(?i)\\b(?:prior|previous|existing|unlike|other|recent|popular|standard|train(?:s|ed|ing)?\\s+on|fine-?tun(?:e|es|ed|ing)\\s+on)\\b");
    private static final Pattern LEADING_CONNECTOR = Pattern.compile("\\p{Lu}\\p{Ll}+ing\\b|(?:Both|With|Across|Among|Using|On|In|For|From|Over|All)\\b");
    /**
     * "HumanEval (93.9%)", "Mini-Crosswords Solving (up to +16%)": what a list item says in parentheses is no part of its
     * name — nor is what a comma in the parenthesis cut off ("Libri-light (60" of "Libri-light (60,000h)").
     */
    private static final Pattern PARENTHETICAL = Pattern.compile("\\s*\\([^)]*(?:\\)|$)");
    private static final Pattern LIST_SPLIT = Pattern.compile("(?i)" + Cues.AND_SEPARATOR);

    private EvaluationRule() {
    }

    /**
     * Coined names that no vocabulary knows, named where experiments are reported. Names the paper proposes,
     * and known models or methods, are excluded: "outperforms GPT-4 on X" evaluates on X, not on GPT-4.
     */
    static List<Mention> coinedResources(List<String> sentences, List<Mention> mentions, java.util.function.Predicate<String> known) {
        java.util.Set<String> taken = new java.util.HashSet<>();
        for (Mention m : mentions) {
            if (m.relation() != Relation.EVALUATED_ON && m.relation() != Relation.INTRODUCES) {
                taken.add(Names.key(m.name()));
                m.aliases().forEach(a -> taken.add(Names.key(a)));
            }
        }
        // "NYU" of "the NYU Depth v2 indoor dataset": the first word of a longer name read already is no name of its own.
        List<String> longerNames = mentions.stream().filter(m -> m.relation() == Relation.EVALUATED_ON)
                .flatMap(m -> Stream.concat(Stream.of(m.name()), m.aliases().stream()))
                .filter(n -> n.contains(" ")).toList();
        // "self-supervised video pre-training (SSVP)": an abbreviation of words in lower case names a practice, not a resource —
        // unless defined where the paper evaluates ("We evaluate on the long range arena (LRA)").
        sentences.stream().filter(sentence -> !EVALUATION_CUE.matcher(sentence).find())
                .forEach(sentence -> AcronymDefinitions.find(sentence).stream().filter(d -> !d.capitalised())
                        .forEach(d -> taken.add(Names.key(d.shortForm()))));
        List<String> ownNames = mentions.stream().filter(m -> m.relation() == Relation.PROPOSES).map(Mention::name).toList();
        List<Mention> found = new ArrayList<>();
        for (String sentence : sentences) {
            List<String> names = new ArrayList<>();
            // "Video-R1 achieves significant improvements on video reasoning benchmarks such as VideoMMMU and VSI-Bench": the
            // examples of what the authors' results are on — not "performance on existing benchmarks such as …" of the field.
            boolean ownResults = EVALUATION_CUE.matcher(sentence).find()
                    && (Cues.FIRST_PERSON.matcher(sentence).find() || ownNames.stream().anyMatch(sentence::contains));
            Matcher suchAs = RESULTS_ON_EXAMPLES.matcher(ownResults ? sentence : "");
            while (suchAs.find()) {
                // The scores in parentheses go first: a comma inside one ("(+13.3%, Llama-3.1-8B)") separates no items.
                for (String item : LIST_SPLIT.split(PARENTHETICAL.matcher(suchAs.group(1)).replaceAll(""))) {
                    names.add(item.strip());
                }
            }
            // The patterns below that start with a name cannot match without their noun: looked for first.
            String lowerCase = sentence.toLowerCase(java.util.Locale.ROOT);
            Matcher list = COINED_AFTER_EVALUATION.matcher(sentence);
            while (list.find()) {
                for (String item : LIST_SPLIT.split(PARENTHETICAL.matcher(list.group(1)).replaceAll(""))) {
                    names.add(item.strip());
                }
            }
            Matcher head = HEAD_NOUN_BEFORE.matcher(
                    Cues.containsAny(lowerCase, "environment", "benchmark", "dataset", "suite", "simulator", "platform", "testbed") ? sentence : "");
            while (head.find()) {
                names.add(head.group(1));
            }
            Matcher resultOn = RESULT_ON.matcher(sentence);
            while (resultOn.find()) {
                names.add(resultOn.group(1));
            }
            Matcher onFirst = ON_NAME_FIRST.matcher(sentence);
            while (onFirst.find()) {
                names.addAll(List.of(LIST_SPLIT.split(onFirst.group(1))));
            }
            List<String> listed = new ArrayList<>();
            // "on ScreenshotVQA, a challenging multimodal benchmark comprising …": what it is on, said to be a benchmark.
            Matcher onDescribed = ON_NAME_DESCRIBED.matcher(
                    Cues.containsAny(lowerCase, "benchmark", "dataset", "environment", "suite", "testbed") ? sentence : "");
            while (onDescribed.find()) {
                listed.add(onDescribed.group(1));
            }
            // "… which we use to create tasks for two popular datasets, RobustFill and DeepCoder": the authors' own use counts too.
            // Only resources so: "we collect data from three domains, Finance, Law and Medicine" evaluates on none of them.
            boolean evaluation = EVALUATION_CUE.matcher(sentence).find();
            String listing = evaluation || Cues.FIRST_PERSON.matcher(sentence).find() ? sentence : "";
            Matcher listThenNoun = LIST_THEN_NOUN.matcher(
                    Cues.containsAny(lowerCase, "benchmarks", "datasets", "environments", "suites", "test") ? sentence : "");
            while (listThenNoun.find()) {
                for (String item : LIST_SPLIT.split(listThenNoun.group(1))) {
                    String name = withoutLeadingSentenceWords(item);
                    // "On the Amazon Beauty, Sports and Toys datasets": a name of several capitalised words where the authors
                    // report — not "English and Chinese benchmarks" (single ordinary words), nor "Using CIFAR-10 and SVHN
                    // datasets" (a sentence's first word before the name).
                    if (!name.contains(" ") && NameShapes.isCoined(name)) {
                        names.add(name);
                    } else if (!listing.isEmpty() && name.contains(" ") && !LEADING_CONNECTOR.matcher(name).lookingAt()) {
                        listed.add(name);
                    }
                }
            }
            // Both list patterns cannot match without a plural noun of theirs: looked for first.
            String resourceListing = Cues.containsAny(lowerCase, "datasets", "benchmarks", "environments", "tasks", "suites", "games", "domains") ? listing : "";
            Matcher resources = RESOURCES_LISTED.matcher(resourceListing);
            while (resources.find()) {
                if (!evaluation && !RESOURCE_PLURAL.matcher(resources.group(1)).matches()) {
                    continue;
                }
                // "benchmarks LOCOMO and Long-MT-Bench+", with no mark between: only where the authors report, and coined names
                // only — not "Unlike prior benchmarks FooBench and BarQA", "We train on datasets MedDialog and …".
                boolean bare = resources.start(2) == resources.end(1) + 1;
                if (bare && (!evaluation || OTHERS_OR_TRAINING_BEFORE.matcher(sentence).region(0, resources.start(1)).find())) {
                    continue;
                }
                for (String item : LIST_SPLIT.split(resources.group(2))) {
                    String name = PARENTHETICAL.matcher(item).replaceAll("").strip();
                    if (bare && !NameShapes.isCoined(ITEM_DRESSING.matcher(name).replaceAll("").strip())) {
                        continue;
                    }
                    // "two datasets: Foo-165k for SFT cold start and Foo-260k for RL training": data to train on, not to test on.
                    if (!FOR_TRAINING.matcher(name).find()) {
                        listed.add(ITEM_DRESSING.matcher(name).replaceAll("").strip());
                    }
                }
            }
            Matcher scoredOn = SCORED_ON.matcher(listing);
            while (scoredOn.find()) {
                listed.add(scoredOn.group(1));
                Matcher next = SCORED_NAME.matcher(scoredOn.group(2) == null ? "" : scoredOn.group(2));
                while (next.find()) {
                    listed.add(next.group(1));
                }
            }
            Matcher parenthesised = RESOURCES_IN_PARENTHESES.matcher(resourceListing);
            while (parenthesised.find()) {
                listed.addAll(List.of(LIST_SPLIT.split(parenthesised.group(2))));
            }
            for (String name : listed) {
                String key = Names.key(name);
                // Named right after "datasets:" an ordinary capitalised word (Tmall, Story Outline Improvement) is a name too.
                // Not the first word of a known benchmark the list names whole ("Game" of "GSM8K and Game of 24").
                if (NameShapes.isCapitalisedPhrase(name) && !known.test(name) && !taken.contains(key) && !namesAKindOnly(sentence, name)
                        && longerNames.stream().noneMatch(longer -> longer.startsWith(name + " ") && sentence.contains(longer))) {
                    taken.add(key);
                    found.add(new Mention(Relation.EVALUATED_ON, EntityKind.BENCHMARK, name, List.of(), sentence,
                            RULE_EVALUATED_ON_NAME, 0.6, "benchmark"));
                }
            }
            for (String name : names) {
                String key = Names.key(name);
                // "we fine-tune the models on MathQuest": what they learn from, not what they are tested on.
                if (NameShapes.isCoined(name) && !known.test(name) && !taken.contains(key) && !name.matches("[A-Z]{1,2}\\d*")
                        && !namesAKindOnly(sentence, name)
                        && longerNames.stream().noneMatch(longer -> longer.startsWith(name + " ") && sentence.contains(longer))
                        && !SIZED_MODEL.matcher(name).matches() && !trainedOnWhereNamed(sentence, name)) {
                    taken.add(key);
                    found.add(new Mention(Relation.EVALUATED_ON, EntityKind.BENCHMARK, name, List.of(), sentence,
                            RULE_EVALUATED_ON_NAME, 0.6, "benchmark"));
                }
            }
        }
        return found;
    }

    /** The numbered variant a benchmark name is written with ("SQuAD v1.1"), or null when it has none. */
    static String variantName(String sentence, Gazetteer.Hit hit) {
        // Transparent bounds: "AIME24" is told from "a 24" by the capital before the digits.
        Matcher variant = NUMBERED_VARIANT.matcher(sentence).region(hit.end(), sentence.length()).useTransparentBounds(true);
        String named = variant.lookingAt() ? hit.surface() + variant.group() : null;
        // "Split ImageNet-R", "Permuted MNIST": the benchmark cut into a sequence of tasks for continual learning, one of its own.
        // Not "Permuted CIFAR-10 labels": what is permuted there is a part of the data.
        Matcher sequenced = SEQUENCED_BEFORE.matcher(sentence).region(0, hit.start());
        boolean partPermuted = DATA_PART_AFTER.matcher(sentence).region(hit.end(), sentence.length()).lookingAt();
        return sequenced.find() && !partPermuted ? sequenced.group(1) + " " + (named != null ? named : hit.surface()) : named;
    }

    private static final Pattern DATA_PART_AFTER = Pattern.compile("\\s+(?:labels?|pixels?|images?|inputs?|features?|tokens?|classes)\\b");

    private static final Pattern SEQUENCED_BEFORE = Pattern.compile("(?<![\\p{L}\\p{N}-])(Split|Permuted|Rotated)\\s$");

    /** An edition's number, two digits or four, at the end of its name: "AIME24", "AIME 2024". */
    private static final Pattern EDITION_NUMBER = Pattern.compile("(?<=\\D)(\\d{1,4})$");
    /** A later edition written as its number alone after the first: "AIME24 & 25", "AIME 2024 and 2025", "AIME24/25". */
    static final String LATER_EDITION = "\\s*(?:&|/|,\\s*(?:and\\s+)?|,?\\s+and\\s+)\\s*([vV]?\\d{1,4})(?![\\p{L}\\p{N}%]|[.,]\\d)"
            // what follows an edition's number ends the list or says what was scored ("AIME24 and 25 other tasks" counts tasks)
            + "(?=\\s*(?:[,;.:()&/]|$|and\\b|or\\b|(?:scores?|benchmarks?|results?|respectively|editions?|sets?|exams?|competitions?)\\b))";
    private static final Pattern LATER_EDITION_AFTER = Pattern.compile(LATER_EDITION);

    /** The later editions written right after an edition named in full ("AIME24 & 25": AIME25), in order. */
    static List<String> laterEditions(String sentence, int end, String edition) {
        List<String> later = new ArrayList<>();
        Matcher next = LATER_EDITION_AFTER.matcher(sentence).region(end, sentence.length());
        while (next.lookingAt()) {
            String completed = laterEdition(edition, next.group(1));
            if (completed == null) {
                break;
            }
            later.add(completed);
            next.region(next.end(), sentence.length());
        }
        return later;
    }

    /**
     * The later edition a number written alone after an edition names ("AIME24" then "25": AIME25), or null when it does not
     * continue it: "Kinetics-400/600/700", "Something-Something V1/V2" — a number as long as the first edition's, its letter
     * repeated or not.
     */
    static String laterEdition(String edition, String written) {
        Matcher number = EDITION_NUMBER.matcher(edition);
        if (written.isEmpty() || !number.find()) {
            return null;
        }
        boolean lettered = number.start() > 0 && Character.toLowerCase(edition.charAt(number.start() - 1)) == 'v';
        boolean repeatsLetter = Character.isLetter(written.charAt(0));
        String digits = repeatsLetter ? written.substring(1) : written;
        if (!digits.chars().allMatch(Character::isDigit) || digits.length() != number.group(1).length()
                || repeatsLetter && !lettered || digits.length() < 2 && !lettered) {
            return null;
        }
        return edition.substring(0, number.start()) + digits;
    }

    /** "Gemma-2-9B-it", "OpenThinker-7B": a model compared or used, not a benchmark. */
    private static final Pattern SIZED_MODEL = Pattern.compile(".*-\\d+(?:\\.\\d+)?[BM](?:-[\\p{L}]+)*");

    /** "We fine-tune X on UltraFeedback", "pretrained on … Open X-Embodiment": training data, not an evaluation. */
    private static final String NO_EVALUATION_WORD = "(?:(?!evaluat|test|benchmark|achiev|outperform|accuracy|score|result|improv)[^;])";
    private static final Pattern TRAINED_ON = Pattern.compile(
            // "Our trained model … obtains … on X": "trained" is an adjective there, what the model is, not what it learnt from.
            // "adaptation of pre-trained text-to-text models on X": "pre-trained" before a noun is what the models are.
            // "by only training linear layers … on IEMOCAP", "training a linear classifier on ImageNet": a linear probe is how frozen
            // features are evaluated, not what the model learns from.
            "(?i)(?<![-\\w])(?<!\\b(?:our|the|a|an|its|their)\\s)(?!pre-?trained\\s+(?!(?:on|from|using|with)\\b))(?:train|pretrain|pre-train|fine-tun|finetun|tun|distill)\\w*\\s"
                    + "(?!(?:only\\s+)?(?:a\\s+|the\\s+)?linear\\s+(?:layers?|classifiers?|probes?|heads?)\\b)"
                    // "has better training efficiency on CIFAR-100": what is measured of training, on the benchmark.
                    + "(?!(?:efficiency|speed|speed-?ups?|costs?|time|throughput|stability|overhead|memory)\\b(?!-))(?:" + NO_EVALUATION_WORD + "*?\\s)?(?:on|from|using|with)\\s"
                    + NO_EVALUATION_WORD + "*$");
    private static final Pattern RIVAL_TRAINING = Pattern.compile(
            "(?i)\\b(?:comparable\\s+to|compared\\s+(?:to|with)|relative\\s+to|than|over|versus|vs\\.?|outperform\\w*|surpass\\w*)\\s+(?:[\\w-]+\\s+){0,3}$");
    private static final Pattern EVALUATION_VERB = Pattern.compile("(?i)\\b(?:evaluat|test|benchmark)\\w*");
    /** "… and evaluate on AIME", "… and report pass@1 on HumanEval": where the sentence says the models are scored. */
    private static final Pattern EVALUATED_AFTER = Pattern.compile("(?i)\\b(?:evaluat|test|report|assess|measur)\\w*");
    /** "pre-trained on D4RL": what a model learns from before any task, a benchmark or not. */
    private static final Pattern PRETRAINED_BEFORE = Pattern.compile("(?i)\\bpre-?train\\w*\\s+(?:[\\w-]+\\s+){0,4}?on\\s+(?:the\\s+)?$");

    /**
     * A known resource models are trained on in the sentence: learnt from, not evaluated on — except a benchmark fine-tuned on,
     * where the model is also scored ("fine-tuning RoBERTa on the SuperGLUE benchmark"), unless it was pretraining or the
     * sentence says where it is evaluated after all ("We train on MATH and GSM8K and evaluate on AIME 2024").
     */
    private static boolean learntFrom(String sentence, Gazetteer.Hit hit) {
        if (!isTrainingData(sentence, hit.start())) {
            return false;
        }
        boolean scoredThere = "benchmark".equals(hit.entry().category())
                && !PRETRAINED_BEFORE.matcher(sentence.substring(Math.max(0, hit.start() - 100), hit.start())).find()
                && !EVALUATED_AFTER.matcher(sentence).region(hit.end(), sentence.length()).find();
        return !scoredThere;
    }

    /** Whether the name, as a whole token wherever the sentence writes it first, is what models are trained on there. */
    private static boolean trainedOnWhereNamed(String sentence, String name) {
        Matcher at = NameShapes.wholeWord(name).matcher(sentence);
        return at.find() && isTrainingData(sentence, at.start());
    }

    /** Trained on, with no evaluation said before the training ("We evaluate pretrained models on MMLU" evaluates). */
    static boolean isTrainingData(String sentence, int start) {
        String before = sentence.substring(Math.max(0, start - 100), start);
        Matcher trained = TRAINED_ON.matcher(before);
        // "comparable to gradient-based fine-tuning for web navigation on WebShop": the rival's training, set against it.
        return trained.find() && !EVALUATION_VERB.matcher(before.substring(0, trained.start())).find()
                && !RIVAL_TRAINING.matcher(before.substring(0, trained.start())).find();
    }

    /**
     * "Either they are too slow …, like Crafter, NetHack and Minecraft": a resource named as one of the field's examples, in
     * a sentence that neither evaluates nor speaks for the authors (callers ask only of the abstract's background).
     */
    static boolean namedAsFieldExample(String sentence, Mention evaluated) {
        int at = writtenAt(sentence, evaluated);
        return at >= 0 && (!EVALUATION_CUE.matcher(sentence).find() || FIELD_PROGRESS.matcher(sentence).find())
                && !Cues.FIRST_PERSON.matcher(sentence).find() && EXAMPLE_BEFORE.matcher(sentence.substring(Math.max(0, at - 80), at)).find();
    }

    /**
     * "Recent advances in language models … near-perfect accuracy on benchmarks like GSM8K", "LLMs have recently shown promise, as
     * demonstrated by their performance on benchmarks like SWE-bench": the field's progress, however it is scored.
     */
    private static final Pattern FIELD_PROGRESS = Pattern.compile(
            "(?i)\\b(?:recent(?:ly)?|advances|advancements|progress|(?:have|has)\\s+(?:\\w+\\s+)?(?:shown|demonstrated|achieved|made|exhibited))\\b");

    /** Where the sentence writes the mention: by its canonical name, or by the spelling it wrote ("CodeForces"); -1 if nowhere. */
    private static int writtenAt(String sentence, Mention m) {
        return Stream.concat(Stream.of(m.name()), m.aliases().stream()).mapToInt(sentence::indexOf).filter(i -> i >= 0).findFirst().orElse(-1);
    }

    static List<Mention> apply(String sentence, List<Gazetteer.Hit> benchmarkHits) {
        List<Mention> found = evaluatedOn(sentence, benchmarkHits);
        // "Unlike HumanEval, which tests isolated functions, …": the benchmark set against, not evaluated on.
        // "Prompts are collected from ShareGPT and Alpaca", "adapted from GSM8K and MATH": where data comes from, in a
        // sentence that reports no evaluation.
        boolean evaluation = !found.isEmpty() && EVALUATION_CUE.matcher(sentence).find();
        found.removeIf(m -> {
            int at = writtenAt(sentence, m);
            String before = at < 0 ? "" : sentence.substring(Math.max(0, at - 80), at);
            return UNLIKE_BEFORE.matcher(before).find() || !evaluation && SOURCE_BEFORE.matcher(before).find()
                    || SOURCE_PLATFORMS_BEFORE.matcher(before).find();
        });
        // "the SWE-Bench Lite and Verified benchmarks": "Verified" alone is no benchmark beside "SWE-Bench Verified".
        List<Mention> editions = List.copyOf(found);
        found.removeIf(m -> !m.name().contains(" ") && editions.stream().anyMatch(o -> o.name().endsWith(" " + m.name())));
        int[] prior = priorResources(sentence);
        if (prior != null) {
            // "existing evaluation benchmarks (e.g., HumanEval, MBPP) are no longer sufficient", "Unlike prior suites such as
            // RULER and LongBench v2, …": the benchmarks the paper argues against, not the ones it evaluates on.
            found.removeIf(m -> {
                int at = writtenAt(sentence, m);
                return at >= prior[0] && at < prior[1];
            });
        }
        return found;
    }

    private static final Pattern JOINED_NAME_BEFORE = Pattern.compile("\\b(?i:the)\\s+(\\p{Lu}\\p{Ll}+)\\s+and\\s+$");
    /** "problems from platforms such as Codeforces", "three competition platforms, namely LeetCode, AtCoder": where data comes from. */
    private static final Pattern SOURCE_PLATFORMS_BEFORE = Pattern.compile(
            // where the data comes from, not "we evaluate on embodied AI platforms such as Habitat"
            "(?i)\\b(?:from|collect\\w*|sourc\\w*|crawl\\w*|scrap\\w*|gather\\w*|drawn)\\b[^.;]{0,60}\\bplatforms?,?\\s+(?:such\\s+as|namely|like|including)\\s+(?:[\\w.-]+(?:\\s*,\\s*(?:and\\s+|or\\s+)?|\\s+and\\s+|\\s+or\\s+))*$");
    private static final Pattern UNLIKE_BEFORE = Pattern.compile("(?i)\\b(?:unlike|in contrast to)\\s+(?:the\\s+)?$");
    /** A list item after "from" may stand behind earlier items: "from GSM8K and MATH". */
    private static final Pattern SOURCE_BEFORE = Pattern.compile(
            "(?i)\\b(?:sourc|deriv|drawn|draw|adapt|collect|crawl|scrap|construct|extract|taken|curat|sampl|gather|obtain|repurpos|convert|mined|harvest|based\\s+on)\\w*"
                    + "\\b[^.;:]{0,40}?\\bfrom\\s+(?:the\\s+|existing\\s+|public\\s+)?(?:[\\w.+-]+(?:\\s*,\\s*|\\s+and\\s+|\\s+or\\s+))*$");
    /** "in the JailbreakBench format"; "a MNIST-like dataset": the benchmark's artefacts, or what resembles it. */
    private static final Pattern ITS_ARTIFACT_AFTER = Pattern.compile("\\s+(?:format|template|codebase|library|toolkit|API|license|licence)\\b|" + Cues.RESEMBLANCE_SUFFIX);
    /** "ImageNet-1K pre-training", "COCO-pretrained", "C4 training data": the resource trained on, its variant written or not. */
    private static final Pattern TRAINING_AFTER = Pattern.compile(
            "(?:-\\d+[Kk]|-\\d+)?(?:\\s+|-)(?:pre-?training|pre-?trained|training\\s+(?:data|set|corpus|split))\\b");
    /**
     * "too slow …, like Crafter, NetHack and Minecraft": examples of the field's resources, the list running on before the name
     * (not "including", which in a sentence about resources lists what is tested: "benchmarks including ImageNet, COCO").
     */
    private static final Pattern EXAMPLE_BEFORE = Pattern.compile("(?i)\\b(?:like|such as|e\\.g\\.,?|for example)" + Cues.LIST_RUNNING_ON);
    private static final Pattern PRIOR_RESOURCES = Pattern.compile(
            "(?i)\\b(unlike\\s+|beyond\\s+|in contrast to\\s+)?(?:existing|prior|previous|current)\\s+(?:[\\w-]+\\s+){0,2}?"
                    + "(?:benchmarks|suites|datasets|evaluation sets|tests)\\s*,?\\s*\\(?\\s*(?:e\\.g\\.,?|such as|like|including)\\s+");
    private static final Pattern LIST_END = Pattern.compile("[);.]|,\\s+(?!and\\b|or\\b)\\p{Ll}+\\s|\\s(?:are|is|have|has|were|remain|fail|suffer|lack)\\b");
    /** What the paper holds against the prior benchmarks: "are no longer sufficient", "fail to …", "suffer from …". */
    private static final Pattern JUDGEMENT = Pattern.compile(
            // "…, such as HumanEval and MBPP, predominantly focus on …": what they are limited to, an adverb before.
            "^\\)?\\s*,?\\s*(?:\\w+ly\\s+)?(?:are|is|have|has|were|remain|fail|suffer|lack|focus(?:es)?\\s+(?:only\\s+)?on|overlook|neglect|ignore)\\b");

    /**
     * Where a list of prior benchmarks runs that the paper sets itself against ("Unlike prior suites such as …", "existing
     * benchmarks (e.g., …) are no longer sufficient"), or null; experiments "on existing benchmarks such as …" are its own.
     */
    private static int[] priorResources(String sentence) {
        Matcher opener = PRIOR_RESOURCES.matcher(sentence);
        if (!opener.find() || Cues.FIRST_PERSON.matcher(sentence).find()) {
            return null;
        }
        Matcher end = LIST_END.matcher(sentence).region(opener.end(), sentence.length());
        int listEnd = end.find() ? end.start() : sentence.length();
        boolean setAgainst = opener.group(1) != null || JUDGEMENT.matcher(sentence.substring(listEnd)).lookingAt();
        return setAgainst ? new int[] {opener.end(), listEnd} : null;
    }

    /** "existing PTQ methods", "the LLM-Modulo setting": a name that qualifies a kind of method or setting. */
    private static final Pattern KIND_IT_QUALIFIES = Pattern.compile(
            "\\s+(?i:methods|approaches|techniques|models|settings?|paradigms?|frameworks?|algorithms|systems)\\b");
    /** "on several GUI benchmarks": a name between a quantifier and a plural resource noun says what kind they are. */
    private static final Pattern QUANTIFIER_BEFORE = Pattern.compile("(?i)\\b(?:several|various|multiple|many|different|diverse|numerous)\\s+$");
    private static final Pattern PLURAL_RESOURCE_AFTER = Pattern.compile("\\s+(?i:benchmarks|datasets|tasks|environments)\\b");

    /** Whether every mention of the name in the sentence qualifies a kind of thing instead of naming one. */
    private static boolean namesAKindOnly(String sentence, String name) {
        Matcher at = NameShapes.wholeWord(name).matcher(sentence);
        boolean seen = false;
        while (at.find()) {
            seen = true;
            boolean kind = KIND_IT_QUALIFIES.matcher(sentence).region(at.end(), sentence.length()).lookingAt()
                    || QUANTIFIER_BEFORE.matcher(sentence.substring(Math.max(0, at.start() - 20), at.start())).find()
                        && PLURAL_RESOURCE_AFTER.matcher(sentence).region(at.end(), sentence.length()).lookingAt();
            if (!kind) {
                return false;
            }
        }
        return seen;
    }

    /**
     * A comparison cue right before the benchmark, nothing but an article or a word for prior work between: "compared to
     * MT-Bench", "surpassing both the ArenaHard", "inspired by the NIAH test" (not "an improvement on GSM8K", its setting).
     * Or a benchmark the paper's own is made from and set against: "the next generation of the SAPIEN ManiSkill benchmark",
     * "a ground-up rewrite of Crafter", "an extension of the Crafter mechanics", "elements inspired from NetHack".
     */
    private static final Pattern RIVAL_CUE_BEFORE = Pattern.compile("(?i)\\b(?:compared\\s+(?:to|with)|than|surpass(?:es|ed|ing)?|outperform(?:s|ed|ing)?"
            + "|versus|vs\\.?|unlike|correlation\\s+with|inspired\\s+(?:by|from))\\s+(?:(?:both|the|existing|prior|previous|popular|widely[- ]used)\\s+)*$"
            + "|(?i:\\b(?:next\\s+generation|successor|rewrite|re-?implementation|upgrade|extension|expansion|(?:harder|improved|extended|updated)\\s+version)"
            + "\\s+(?:of|to)\\s+(?:the\\s+)?(?:\\S+\\s+)?)$");

    /**
     * "Building upon HumanEval, we develop …": what the paper's own resource is built on, neither evaluated on nor set against
     * it — unless its results are what is built on ("Building upon the HumanEval results, we analyse …").
     */
    private static final Pattern BUILT_ON_BEFORE = Pattern.compile("(?i)\\bbuilding\\s+(?:up)?on\\s+(?:the\\s+)?$");
    private static final Pattern ITS_FINDINGS_AFTER = Pattern.compile("(?i)^\\s+(?:results|findings|success|scores|performance|leaderboard)\\b");

    private static List<Mention> evaluatedOn(String sentence, List<Gazetteer.Hit> benchmarkHits) {
        List<Mention> found = new ArrayList<>();
        boolean evaluation = EVALUATION_CUE.matcher(sentence).find();
        for (Gazetteer.Hit hit : benchmarkHits) {
            String after = sentence.substring(hit.end());
            String before = sentence.substring(Math.max(0, hit.start() - 60), hit.start());
            if (RIVAL_CUE_BEFORE.matcher(before).find()) {
                // "3x higher separation compared to MT-Bench", "surpassing ArenaHard's 0.91": a benchmark set against the paper's
                // own (a benchmark's, a metric's), not one it is evaluated on.
                found.add(new Mention(Relation.COMPARES_WITH, EntityKind.BENCHMARK, hit.entry().name(), List.of(hit.surface()), sentence,
                        ComparisonRule.RULE, 0.6, hit.entry().category()));
                continue;
            }
            if (BUILT_ON_BEFORE.matcher(before).find() && !ITS_FINDINGS_AFTER.matcher(after).find()) {
                continue;
            }
            // "artifacts in the JailbreakBench format": the benchmark's format or code, not an evaluation on it.
            // "using only ImageNet-1K pre-training": what the model learnt from, named before the training.
            if (learntFrom(sentence, hit) || ITS_ARTIFACT_AFTER.matcher(after).lookingAt()
                    || TRAINING_AFTER.matcher(sentence).region(hit.end(), sentence.length()).lookingAt()) {
                continue;
            }
            String name = variantName(sentence, hit);
            if (name != null) {
                // "DM-Lab-30" is a suite of its own, not DeepMind Lab: keep it apart under its own name.
                found.add(new Mention(Relation.EVALUATED_ON, EntityKind.BENCHMARK, name, List.of(), sentence, RULE_HEAD_NOUN,
                        evaluation ? 0.75 : 0.55, hit.entry().category()));
                // Where the name ends in the sentence: after the edition or split that follows the benchmark's own name.
                int nameEnd = hit.end() + name.length() - name.lastIndexOf(hit.surface()) - hit.surface().length();
                for (String edition : laterEditions(sentence, nameEnd, name)) {
                    found.add(new Mention(Relation.EVALUATED_ON, EntityKind.BENCHMARK, edition, List.of(), sentence, RULE_HEAD_NOUN,
                            evaluation ? 0.75 : 0.55, hit.entry().category()));
                }
                continue;
            }
            List<String> aliases = new ArrayList<>(List.of(hit.surface()));
            Matcher head = HEAD_NOUN_AFTER.matcher(after);
            if (head.find()) {
                aliases.add(hit.surface() + " " + head.group(1));
            }
            found.add(new Mention(Relation.EVALUATED_ON, EntityKind.BENCHMARK, hit.entry().name(), aliases,
                    sentence, RULE_KNOWN, evaluation ? 0.85 : 0.6, hit.entry().category()));
        }
        found.addAll(listSiblings(sentence, benchmarkHits, evaluation));
        Matcher described = DESCRIBED_THEN_NAMED.matcher(evaluation ? sentence : "");
        while (described.find()) {
            // "we evaluated … using a human-translated benchmark, Flores-200, and …": a resource named after its description.
            String name = described.group(1);
            boolean covered = benchmarkHits.stream().anyMatch(h -> h.start() <= described.end(1) && h.end() >= described.start(1));
            if (!covered && NameShapes.isCoined(name) && !NEW_BEFORE.matcher(described.group()).find()) {
                found.add(new Mention(Relation.EVALUATED_ON, EntityKind.BENCHMARK, name, List.of(), sentence, RULE_HEAD_NOUN, 0.65,
                        "benchmark"));
            }
        }
        // Cheap test first: the pattern starts with a name, tried at every capital, and cannot match without its noun.
        Matcher named = NAMED_RESOURCE.matcher(Cues.containsAny(sentence, "benchmark", "dataset", "suite", "environment", "simulator", "testbed", "test set", "evaluation set") ? sentence : "");
        while (named.find()) {
            String name = withoutLeadingSentenceWords(named.group(1));
            Matcher joined = JOINED_NAME_BEFORE.matcher(sentence.substring(Math.max(0, named.start() - 40), named.start()));
            if (named.group(3).isEmpty() && !name.contains(" ") && joined.find()) {
                // "on the Helpful and Harmless dataset": one dataset whose name has an "and" ("the MME and MMBench
                // benchmarks", plural, are two).
                name = joined.group(1) + " and " + name;
            }
            Matcher edition = EDITION_JOINED_BEFORE.matcher(named.group(3).isEmpty() || name.contains(" ") ? ""
                    : sentence.substring(Math.max(0, named.start() - 60), named.start()));
            if (edition.find()) {
                // "on the SWE-Bench Lite and Verified benchmarks": the second edition of the same benchmark, its name shared.
                name = edition.group(1) + " " + name;
            }
            boolean covered = benchmarkHits.stream().anyMatch(h -> h.start() <= named.end(1) && h.end() >= named.start(1));
            // "two MTRL benchmarks" names a field; "DM-Hard-8 environments" names a suite.
            // "more complex CoT datasets", "MoE benchmarks": an abbreviation, capitals inside, names a field's kind of data too.
            boolean category = !named.group(3).isEmpty() && name.matches("[A-Z]+|[A-Z][a-z]?[A-Z][a-z]?");
            // "a PRM fine-tuned on the PRM800K dataset": training data, as for known names.
            // "Programming benchmarks, with curated problems, …": a plain word capitalised only because it opens the sentence.
            boolean sentenceWord = named.start(1) == 0 && PLAIN_WORD.matcher(name).matches();
            // "the Unseen test set of R2R", "the Hard test set": a split's word, not a name — a split noun names only a coined name.
            boolean split = named.group(2).endsWith(" set") && (SPLIT_WORD.matcher(name).matches() || name.contains("-") && !CAMEL_OR_DIGIT.matcher(name).find()
                    || SPLIT_OF_AFTER.matcher(sentence).region(named.end(), sentence.length()).lookingAt());
            if (!covered && !category && !sentenceWord && !split && isResourceName(name) && !isTrainingData(sentence, named.start())) {
                String kind = Cues.resourceKind(named.group(2));
                found.add(new Mention(Relation.EVALUATED_ON, EntityKind.BENCHMARK, name, List.of(name + " " + named.group(2)),
                        sentence, RULE_HEAD_NOUN, evaluation ? 0.7 : 0.5, kind));
            }
        }
        Matcher namedFirst = NAMED_THEN_DESCRIBED.matcher(evaluation ? sentence : "");
        while (namedFirst.find()) {
            // "evaluate on the Practical Molecular Optimization (PMO) benchmark", "on the Technicolor light-field dataset".
            int group = namedFirst.group(1) != null ? 1 : 2;
            String name = namedFirst.group(group);
            int at = namedFirst.start(group);
            // "four Knowledge Graph Question Answering (KGQA) benchmarks", "a Named Entity Recognition (NER) dataset": a task.
            if (group == 1 && (namedFirst.group().endsWith("s")
                    || TASK_BEFORE_PARENTHESIS.matcher(sentence.substring(Math.max(0, namedFirst.start() - 40), namedFirst.start())).find())) {
                continue;
            }
            boolean covered = benchmarkHits.stream().anyMatch(h -> h.start() <= at + name.length() && h.end() >= at);
            // In a list, without the article: the match starts at the name itself.
            boolean unlisted = group == 2 && namedFirst.start() == at;
            if (!covered && NameShapes.isCapitalisedName(name) && !GENERIC_FIRST_WORDS.contains(name) && !isTrainingData(sentence, at)
                    && (!unlisted || NameShapes.isCoined(name) && !NameShapes.isOrdinary(name))) {
                found.add(new Mention(Relation.EVALUATED_ON, EntityKind.BENCHMARK, name, List.of(), sentence, RULE_HEAD_NOUN, 0.65,
                        Cues.resourceKind(namedFirst.group(3))));
            }
        }
        return found;
    }

    /** "the Hard test set", "the Unseen test set": the words a split or a setting is called by, no benchmark's name. */
    private static final Pattern SPLIT_WORD = Pattern.compile(
            "(?i)hard|easy|medium|dev|test|val|validation|seen|unseen|private|public|human|hidden|main|full|official|standard|original|clean|noisy|synthetic|real|long|short");
    /** "VoxCeleb1", "SpeakerHub": a digit or a capital inside a word — which "Long-Context", "Zero-Shot", "In-Domain" lack. */
    private static final Pattern CAMEL_OR_DIGIT = Pattern.compile("\\p{Ll}\\p{Lu}|\\d");
    private static final Pattern SPLIT_OF_AFTER = Pattern.compile("\\s+of\\s+(?:the\\s+)?\\p{Lu}");
    /** "SWE-Bench Lite and " before "Verified benchmarks": a benchmark's edition, then another edition of it. */
    private static final Pattern EDITION_JOINED_BEFORE = Pattern.compile(
            "(?<![\\p{L}\\p{N}-])(\\p{Lu}[\\p{L}\\p{N}]*-[\\p{L}\\p{N}-]+|\\p{Lu}[\\p{L}\\p{N}]*\\p{Lu}[\\p{L}\\p{N}]*)\\s+\\p{Lu}[\\p{L}\\p{N}]*\\s+and\\s+$");
    private static final Pattern TASK_BEFORE_PARENTHESIS = Pattern.compile(
            "(?:Answering|Recognition|Generation|Completion|Detection|Segmentation|Classification|Retrieval|Translation|Summari[sz]ation"
                    + "|Reasoning|Understanding|Tracking|Estimation|Prediction|Captioning|Grounding)\\s*$");
    /** An abbreviation in parentheses, or a name with a few lower-case words after it, then the resource's noun. */
    private static final Pattern NAMED_THEN_DESCRIBED = Pattern.compile(
            // "… tasks, GUIDE next-action prediction dataset, and GUI-World multi-platform benchmark": in a list, without the article.
            // "on the challenging TikTok dancing dataset": an adjective of the test's difficulty or size may come first.
            "(?:\\(\\s*(" + NameShapes.NAME + ")\\s*\\)|(?:\\b(?i:the)\\s+(?:(?:challenging|popular|widely[- ]used|large-scale|standard|public|well-known|recent|classic)\\s+)?"
                    + "|(?<=(?:,|\\band|\\bon)\\s))(" + NameShapes.NAME + ")"
                    // not what made the data: "the GPT-4 generated dataset", "the LLM-based benchmark"
                    // nor where or how many it is run ("and ChatGPT across four benchmarks", "on Mixtral-8x7B in zero-shot benchmarks")
                    + "(?:\\s+(?![a-z]+ed\\b|[\\w-]+-based\\b|(?:across|on|in|at|for|with|of|from|to|over|and|or|most|all|various|multiple|several|many|two|three"
                    + "|four|five|six|seven|eight|nine|ten|different|diverse|standard|popular|public|other|these|those|its|their)\\b)[a-z][\\w-]*){1,2})\\s+(benchmark|dataset|suite|environment)s?\\b");

    /** A word of an item is a whole token, versions included: not "CodeEval" inside "xCodeEval", "System-1.5" and not "System-1". */
    // "Montezuma's Revenge": a possessive that runs on into a capitalised word belongs to the name.
    private static final String ITEM_WORD = "(?<![\\p{L}\\p{N}.-])[\\p{Lu}\\p{N}][\\p{L}\\p{N}+*-]*(?:\\.\\d[\\p{L}\\p{N}+*-]*)*(?:['’]s(?=\\s+\\p{Lu}))?(?<!-)(?![\\p{L}\\p{N}+*-]|\\.\\d)";
    private static final Pattern POSSESSIVE_END = Pattern.compile("['’]s$");
    /** "MMLU Physics by 7%": an item may carry the gain reported on it. */
    // "ScanNet test (+6.2 mAP)": or the score in parentheses after it.
    private static final String GAIN = "(?:\\s+by\\s+[+-]?\\d[\\d.]*\\s*(?:%|points?|pp)(?:\\s+and\\s+[+-]?\\d[\\d.]*\\s*(?:%|points?|pp))?"
            + "|\\s*\\([+-]?\\d[\\d.]*\\s*(?:%|[\\p{L}@-]+)?\\))?";
    /** "ScanNet test (+6.2 mAP)": the split the score in parentheses is on. */
    private static final String SCORED_SPLIT = "(?:" + Cues.SPLIT_AFTER_NAME + "(?=\\s*\\())?";
    private static final String ITEM = "(?:the\\s+)?(?:(?=\\p{Lu})" + ITEM_WORD + "|" + NameShapes.LOWER_COINED + ")(?:\\s+(?:of\\s+|in\\s+)?" + ITEM_WORD + "){0,3}"
            + SCORED_SPLIT + GAIN;
    /**
     * Three items or more, or two joined by "and", or two that fill a parenthesis ("closed book question answering (WebQA,
     * Natural Questions)"): "on GSM8K, FooNet achieves" is no enumeration.
     */
    private static final Pattern ENUMERATION = Pattern.compile("(?<=\\()" + ITEM + "\\s*,\\s*" + ITEM + "(?=\\))"
            + "|" + ITEM + "(?:(?:\\s*,\\s*" + ITEM + ")+\\s*,?\\s+and\\s+" + ITEM
            + "|(?:\\s*,\\s*" + ITEM + "){2,}|\\s*,?\\s+and\\s+" + ITEM + ")");
    private static final Pattern ITEM_GAIN = Pattern.compile(Cues.SPLIT_AFTER_NAME + "?(?:\\s+by\\s+[+-]?\\d.*|\\s*\\([+-]?\\d.*)$");

    /**
     * In an enumeration that names a known benchmark ("the Game of 24, Checkmate-in-One, and Python
     * Programming Puzzles"), the other capitalised items are benchmarks too.
     */
    static List<Mention> listSiblings(String sentence, List<Gazetteer.Hit> hits, boolean evaluation) {
        List<Mention> found = new ArrayList<>();
        if (hits.isEmpty()) {
            // Most sentences name no known benchmark: the enumeration pattern need not walk them.
            return found;
        }
        Matcher list = ENUMERATION.matcher(sentence);
        while (list.find()) {
            int from = list.start();
            int to = list.end();
            if (hits.stream().noneMatch(h -> h.start() >= from && h.end() <= to)) {
                continue;
            }
            int offset = from;
            // "SWE-Bench Verified and Lite": the known benchmark the item before named with a qualifier, for an item of one
            // word to complete ("SWE-Bench Lite").
            String qualifiedBase = null;
            for (String item : LIST_SPLIT.split(list.group())) {
                int at = sentence.indexOf(item, offset);
                offset = at + item.length();
                String name = ITEM_GAIN.matcher(item.replaceFirst("^the\\s+", "")).replaceFirst("").strip();
                if (qualifiedBase != null && ONE_CAPITALISED_WORD.matcher(name).matches()) {
                    name = qualifiedBase + " " + name;
                }
                qualifiedBase = hits.stream()
                        .filter(h -> h.start() == at && h.end() < at + item.length()
                                && QUALIFIER_AFTER.matcher(sentence.substring(h.end(), at + item.length())).matches())
                        .map(h -> sentence.substring(h.start(), h.end())).findFirst().orElse(null);
                String first = POSSESSIVE_END.matcher(name.split("\\s+")[0]).replaceFirst("");
                // "V2" of "Something-Something V1/V2": a later edition, read with the name it continues.
                if (name.isEmpty() || BARE_EDITION.matcher(name).matches() || !NameShapes.NAME_PATTERN.matcher(first).matches() && !NameShapes.isCoined(first)) {
                    // "11%" of "by 7% and 11%"
                    continue;
                }
                boolean known = hits.stream().anyMatch(h -> h.start() < at + item.length() && h.end() > at);
                // "GSM8K, MATH, and Olympiad-level benchmarks": a modifier describes the items, it names none.
                String last = name.substring(name.lastIndexOf(' ') + 1);
                if (!known && !NameShapes.isOrdinary(first) && !SIZED_MODEL.matcher(name).matches() && !NameShapes.isModifier(last)) {
                    found.add(new Mention(Relation.EVALUATED_ON, EntityKind.BENCHMARK, name, List.of(), sentence,
                            RULE_LIST_SIBLING, evaluation ? 0.65 : 0.5, "benchmark"));
                }
            }
        }
        return found;
    }

    /**
     * "On the May and June splits of SWE-rebench, the agent achieves …", "41% on the hard subset of FlimQA", "a test set from the
     * DafnyBench collection": a part of a named resource the results are reported on — not one trained on.
     */
    private static final Pattern PART_OF_NAMED = Pattern.compile(
            "(?i:\\b(?:splits?|subsets?|test\\s+sets?|portions?|partitions?)\\s+(?:of|from)\\s+(?:the\\s+)?)(" + NameShapes.NAME + ")"
                    + "(?=\\s+(?i:collection|dataset|benchmark|suite)\\b|\\s*[,.;:)]|\\s+(?:and|to|for|with|in|using|by)\\b|$)");
    private static final Pattern RESULT_REPORTED = Pattern.compile("(?i)\\d(?:\\.\\d+)?\\s*%|\\bpass@|\\b(?:achiev|reach|scor|outperform|surpass|evaluat|annotat|solv|accura)\\w*");

    static List<Mention> partsOfNamed(String sentence, Predicate<String> knownOrModel) {
        Matcher part = PART_OF_NAMED.matcher(Cues.containsAny(sentence, "split", "subset", "set from", "set of", "portion", "partition") ? sentence : "");
        List<Mention> found = new ArrayList<>();
        while (part.find()) {
            String name = part.group(1);
            if (NameShapes.isCoined(name) && !knownOrModel.test(name) && RESULT_REPORTED.matcher(sentence).find() && !isTrainingData(sentence, part.start())) {
                found.add(new Mention(Relation.EVALUATED_ON, EntityKind.BENCHMARK, name, List.of(), sentence, RULE_HEAD_NOUN, 0.6, "benchmark"));
            }
        }
        return found;
    }

    /**
     * "trained on the classic game DOOM", "learning to play the imperfect information game Stratego": a game named after the
     * word, where the authors' agent or model plays — the environment it is evaluated in (not "the StarCraft II game engine").
     */
    private static final Pattern GAME_NAMED = Pattern.compile(
            "(?i:\\bthe\\s+(?:[\\w-]+\\s+){0,3}?games?(?:\\s+of)?)\\s+(" + NameShapes.NAME + "(?:\\s(?:" + NameShapes.NAME + "|II|III|\\d{1,2})){0,2})(?=\\s*[,.;:()]|\\s+(?:from|with|and|in|to|as|by|using|through|at)\\b|$)");
    private static final Pattern PLAYED = Pattern.compile("(?i)\\b(?:play\\w*|trained\\s+on|train\\w*\\s+(?:\\w+\\s+)?(?:in|on)|master\\w*|beat\\w*|win\\w*|solv\\w*|evaluat\\w*|tested|agents?)\\b");

    static List<Mention> gamesPlayed(String sentence, Predicate<String> knownOrModel) {
        Matcher game = GAME_NAMED.matcher(sentence.contains("game") || sentence.contains("Game") ? sentence : "");
        List<Mention> found = new ArrayList<>();
        while (game.find()) {
            String name = game.group(1);
            if (PLAYED.matcher(sentence).find() && !knownOrModel.test(name) && !NameShapes.isOrdinary(name.split("\\s")[0])) {
                found.add(new Mention(Relation.EVALUATED_ON, EntityKind.BENCHMARK, name, List.of(), sentence, RULE_GAME, 0.6, "environment"));
            }
        }
        return found;
    }

    /**
     * "… works on real-world websites (Online-Mind2Web and Mind2Web-Live)", "tasks (including FUNSD, SROIE, and POIE)": in a
     * sentence that reports an evaluation on a resource, a parenthesis that lists two names or more lists more resources —
     * not the parts of something else ("four categories (Basic, …)", "expert models (LM, Math, Code)"), nor models or
     * methods the vocabulary knows, nor lengths or scores ("(16k, 32k)", "(+3.1%)").
     */
    static List<Mention> parenthesisedLists(String sentence, List<Mention> evaluatedHere, Predicate<String> knownOrModel) {
        List<Mention> found = new ArrayList<>();
        if (evaluatedHere.isEmpty() || sentence.indexOf('(') < 0) {
            return found;
        }
        Matcher list = PARENTHESISED_LIST.matcher(sentence);
        while (list.find()) {
            if (NOT_RESOURCES_BEFORE.matcher(sentence.substring(Math.max(0, list.start() - 30), list.start())).find()) {
                continue;
            }
            List<String> items = LIST_SPLIT.splitAsStream(list.group(1).strip()).map(String::strip).filter(i -> !i.isEmpty()).toList();
            if (items.size() < 2 || !items.stream().allMatch(i -> PARENTHESISED_ITEM.matcher(i).matches())) {
                continue;
            }
            for (String item : items) {
                // A coined name, or capitalised words ("Natural Questions"); not a plain word ("Basic", "Regular").
                boolean named = NameShapes.isCoined(item.split(" ")[0]) || item.contains(" ");
                if (named && !knownOrModel.test(item) && !Mention.anyNamed(evaluatedHere, item)) {
                    found.add(new Mention(Relation.EVALUATED_ON, EntityKind.BENCHMARK, item, List.of(), sentence, RULE_LIST_SIBLING, 0.6, "benchmark"));
                }
            }
        }
        return found;
    }

    private static final Pattern PARENTHESISED_LIST = Pattern.compile("\\(\\s*(?:including|comprising|covering|spanning|like|such as|e\\.g\\.,?|i\\.e\\.,?|namely)?\\s*([^()]{3,160})\\)");
    /** A name of up to three words, each starting with a capital or a digit, none a score. */
    private static final Pattern PARENTHESISED_ITEM = Pattern.compile("\\p{Lu}[\\p{L}\\p{N}'.+*-]*(?:\\s+[\\p{Lu}\\p{N}][\\p{L}\\p{N}'.+*-]*){0,2}");
    private static final Pattern NOT_RESOURCES_BEFORE = Pattern.compile(
            "(?i)\\b(?:models?|LLMs?|(?:model|LLM) (?:classes|sizes|backbones)|categories|levels|famil(?:y|ies)|types|kinds|variants|methods|baselines|agents|languages"
                    + "|settings|setups|regimes|modes|scenarios|domains|subjects|disciplines|metrics|splits)\\s*$");

    private static final Pattern BARE_EDITION = Pattern.compile("[vV]?\\d+");
    private static final Pattern ONE_CAPITALISED_WORD = Pattern.compile("\\p{Lu}\\p{Ll}+");
    private static final Pattern QUALIFIER_AFTER = Pattern.compile(" \\p{Lu}\\p{Ll}+");

    /** "The BabyAI benchmark" at a sentence start names "BabyAI". */
    private static String withoutLeadingSentenceWords(String name) {
        String rest = name;
        while (rest.contains(" ") && NameShapes.isOrdinary(rest.substring(0, rest.indexOf(' ')))) {
            rest = rest.substring(rest.indexOf(' ') + 1);
        }
        return rest;
    }

    private static final Pattern PLAIN_WORD = Pattern.compile("\\p{Lu}\\p{Ll}+");

    /** "the BabyAI benchmark" names one; "Our benchmark" or "This dataset" do not. */
    private static boolean isResourceName(String name) {
        String first = name.split("[ -]")[0];
        if (GENERIC_FIRST_WORDS.contains(first) || NameShapes.isOrdinary(first) || NameShapes.isLanguage(name)) {
            return false;
        }
        // "BabyAI", "Meta-World"; "Atari"; "the Instruction Induction benchmark": capitalised words before the noun.
        return NameShapes.isCoined(first) || java.util.Arrays.stream(name.split(" ")).filter(w -> !w.equals("and")).allMatch(NameShapes::isCapitalisedName);
    }

    private static final java.util.Set<String> GENERIC_FIRST_WORDS = java.util.Set.of("Our", "This", "The", "New", "Existing",
            "All", "Each", "Both", "Many", "Most", "Some", "Other", "Such", "These", "Those", "Its", "Their",
            "Standard", "Public", "Synthetic", "Real", "Several", "Multiple", "Large", "Small", "Popular", "Challenging", "Diverse");
}
