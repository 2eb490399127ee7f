package io.papergraph.extraction;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Benchmarks, datasets and environments a sentence says the authors make ("we introduce X, a benchmark for …",
 * "we release two datasets, A and B"), listed or named one by one.
 */
final class IntroducedResourceRule {

    private IntroducedResourceRule() {
    }

    /** "m-ArenaHard": a letter hyphened to a name in camel case (a multilingual or multimodal edition), a name only after a resource noun. */
    private static final String LETTER_THEN_CAMEL = "(?<![\\p{L}\\p{N}-])\\p{Ll}-\\p{Lu}\\p{Ll}+\\p{Lu}[\\p{L}\\p{N}]*(?![\\p{L}\\p{N}-])";
    /** "s1K", "m3x": a lower-case name with a digit in it, a name only where the context says so. */
    private static final String LOWER_DIGIT_NAME = "(?<![\\p{L}\\p{N}-])(?!v\\d)\\p{Ll}{1,3}\\d[\\p{L}\\p{N}]*(?:-[\\p{L}\\p{N}]+)*(?![\\p{L}\\p{N}-])";
    private static final Pattern LOWER_DIGIT_NAME_PATTERN = Pattern.compile(LOWER_DIGIT_NAME);
    /** "The resulting dataset AlphaX consists of …", "our new benchmark Y": a resource this paper introduces. */
    private static final Pattern OWN_RESOURCE = Pattern.compile(
            "(?i:\\b(?:our|the resulting|the new|a new|a novel|the proposed|this new"
                    // "we collect an instruction-tuning dataset CodeActInstruct"
                    + "|we\\s+(?:also\\s+|further\\s+|first\\s+|then\\s+)?(?:collect(?:ed)?|construct(?:ed)?|buil[dt]|curated?|created?|compiled?|assembled?|develop(?:ed)?)\\s+(?:a|an))"
                    // "a repository-level code generation dataset", not "a subset of the benchmark X" nor "a model for the environment X"
                    + "\\s+(?:new\\s+|novel\\s+)?(?:(?!(?:of|the|for|over|on|in|to|with|from)\\b)[a-z-]+\\s+){0,4}?"
                    // "we construct a code generation dataset, namely HumanEvo"
                    + "(benchmark|dataset|suite|environment|corpus|testbed|archive|collection))\\s*,?\\s+(?:namely\\s+)?[\"'“]?("
                    // "we curate a small dataset s1K of 1,000 questions": a lower-case name with a digit in it too
                    // "a new hallucination benchmark HaluEval 2.0": with its version
                    // "a new multilingual evaluation dataset m-ArenaHard": a coined name starting in lower case
                    + NameShapes.NAME + "(?:" + NameShapes.VERSION_APART + ")?|" + LOWER_DIGIT_NAME + "|" + NameShapes.LOWER_COINED + "|" + LETTER_THEN_CAMEL + ")");
    /** "Following Shridhar et al., we first build … ALFWorld": the authors rebuild another's resource, not one of their own. */
    private static final Pattern FOLLOWING_OTHERS = Pattern.compile("(?i)\\bfollowing\\b|\\bet\\s+al\\.");
    private static final Pattern NAME_RUNS_ON = Pattern.compile("\\s+(?:(?:of|for|and|in|on|with)\\s+)?\\p{Lu}[\\p{L}\\p{N}-]*\\s+(?:\\p{Lu}[\\p{L}\\p{N}-]*\\s*)*\\(");
    /** " ViDoRe,", " ViDoRe (": a name right after the resource's described name, then punctuation. */
    private static final Pattern COINED_AFTER = Pattern.compile("\\s+(" + NameShapes.NAME + ")(?=\\s*[,.;:(])");
    /** The resource noun an appositive ends in, captured. */
    private static final String RESOURCE_NOUN_GROUP = "(benchmark|dataset|suite|corpus|testbed|collection|environment)";
    private static final String MADE_PARTICIPLE = "(?:introduced|proposed|created|collected|constructed|curated|built|released|developed)";
    /**
     * "trained on MathInstruct, our meticulously curated instruction tuning dataset": the name, then ours — made by the
     * authors, or nothing said between ("X, our dataset"); not "GSM8K, our main evaluation benchmark".
     */
    private static final Pattern NAME_THEN_OUR_RESOURCE = Pattern.compile(
            // "UltraInteract, our newly-curated large-scale, high-quality alignment dataset"
            "(" + NameShapes.NAME + "),\\s+(?i:our\\s+(?:(?:[\\w-]+\\s+){0,2}?(?:new|newly(?:-\\w+)?|own|curated|collected|constructed|built|created|compiled|synthesized|proposed)\\s+"
                    + "(?:[\\w-]+,?\\s+){0,4}?)?" + RESOURCE_NOUN_GROUP + ")\\b");
    /**
     * "We validate JADES on JailbreakQR, a newly introduced benchmark …", "on FooQA, a dataset constructed in this work", "OpenEQA --
     * the first … benchmark": a resource the appositive says this paper made, whoever the sentence is about.
     */
    private static final Pattern NAME_THEN_NEW_RESOURCE = Pattern.compile(
            "(" + NameShapes.NAME + ")(?:,\\s+(?i:(?:a|an)\\s+(?:newly[\\s-]" + MADE_PARTICIPLE + "\\s+(?:[\\w-]+,?\\s+){0,3}?" + RESOURCE_NOUN_GROUP + "(?!s?\\s+(?:by|from)\\b)"
                    + "|(?:[\\w-]+\\s+){0,3}?" + RESOURCE_NOUN_GROUP + "\\s+(?:newly\\s+)?" + MADE_PARTICIPLE + "\\s+in\\s+this\\s+(?:work|paper|study)))"
                    // "We accompany our formulation with OpenEQA -- the first open-vocabulary benchmark dataset for EQA": the first
                    // of its kind, set off by a dash (a comma is read with the making verb).
                    + "|\\s*(?:--|[—–])\\s*(?i:the\\s+first\\s+(?:[\\w-]+\\s+){0,5}?" + RESOURCE_NOUN_GROUP + "))\\b");
    /** "our long instruction-following LongAlpaca dataset": the paper's own resource, its name before the noun. */
    private static final Pattern OWN_RESOURCE_NAMED_BEFORE = Pattern.compile(
            // "our proposed 2.5M-instance Foo-MathQA dataset": a size may stand among the words before the name.
            "(?i:\\bour\\s+(?:(?!(?:on|in|of|for|to|at|by|from|with|across|the|a|an|and|or|is|are|was|were|method|model|approach|experiments?|results?)\\b)[a-z0-9][\\w.-]*\\s+){0,3}?)"
                    + "(" + NameShapes.NAME + ")\\s+(?i:benchmark|dataset|suite|corpus|testbed)\\b");
    /** "we develop a Foo Instruction dataset and train …": a resource the authors make, named before its noun. */
    private static final Pattern MADE_RESOURCE_NAMED_BEFORE = Pattern.compile(
            "(?i:\\bwe\\s+(?:also\\s+|further\\s+|first\\s+)?" + Cues.MAKING_VERB_STEM + "\\w*\\s+(?:a|an)\\s+(?:new\\s+|novel\\s+)?)("
                    + NameShapes.NAME + "(?:\\s" + NameShapes.NAME + "){0,2}?)\\s+(?i:(benchmark|dataset|suite|corpus|testbed))\\b");
    /** "We release our dataset of LLM-generated logical mistakes, BIG-Bench Mistake, to enable …": ours, described, then named. */
    private static final Pattern OUR_RESOURCE_OF_THEN_NAME = Pattern.compile(
            "(?i:\\bour\\s+(?:new\\s+)?(dataset|benchmark|corpus|suite|collection)\\s+of\\s+)[^,;.()]{3,80},\\s+("
                    + NameShapes.NAME + "(?:\\s" + NameShapes.NAME + "){0,2})\\s*(?=[,.;]|$)");
    /** "English-Hindi", "Text-to-SQL": plain words joined by hyphens name what data is about, not the data. */
    private static final Pattern PLAIN_WORDS_JOINED = Pattern.compile("\\p{L}\\p{Ll}*(?:-\\p{L}\\p{Ll}*)+|(?:\\p{Lu}\\p{Ll}+|[a-z]+)(?:-(?:\\p{Lu}+|\\p{Lu}\\p{Ll}+|[a-z]+))+");
    /** "we use GPT-4 to generate FooFact, a prompt set comprising …": a resource generated here, said to be one. */
    private static final Pattern GENERATED_RESOURCE = Pattern.compile(
            "(?i:\\b(?:generat|synthesi[sz])\\w*\\s+)(" + NameShapes.NAME + ")\\s*,\\s+(?i:an?\\s+(?:[\\w-]+\\s+){0,3}?(" + ResourceKinds.RESOURCE_NOUNS + "))\\b");
    /** "our new \"Colossal Clean Crawled Corpus\"": a new resource whose name ends in what it is. */
    private static final Pattern NEW_NAMED_RESOURCE = Pattern.compile(
            "(?i:\\b(?:our|a|the)\\s+(?:new|novel)\\s+)[\"“]?((?:\\p{Lu}[\\p{L}\\p{N}-]*\\s+){1,4}(?:Corpus|Dataset|Benchmark|Suite|Collection))\\b");
    /** The resource after "the": a name, then its noun, capitalised as part of the name (group 2) or not (group 3). */
    private static final String THE_NAMED_RESOURCE = "(" + NameShapes.NAME + "(?:\\s" + NameShapes.NAME + "){0,2}?)\\s+"
            + "(?:(" + Cues.CAPITALISED_RESOURCE_NOUN + ")|(?i:(dataset|benchmark|suite|corpus|collection|testbed)))\\b";
    /** "We introduce the Flora dataset, …", "we release the Flora Evaluation Suite": a named resource the authors make. */
    private static final Pattern WE_INTRODUCE_THE_RESOURCE = Pattern.compile(
            // "we develop and open-source the Aya Dataset, …": two verbs may share the object.
            "(?i:\\bwe\\s+(?:also\\s+|further\\s+|publicly\\s+)?(?:" + Cues.MAKING_VERB_STEM + "\\w*\\s+and\\s+)?" + Cues.MAKING_VERB_STEM + "\\w*\\s+the\\s+"
                    // "we collect and introduce the large-scale Visual CoT dataset": plain words may describe it first.
                    + "(?:[a-z][\\w-]*\\s+){0,2}?)"
                    + THE_NAMED_RESOURCE);
    private static final Pattern THE_RIGHT_BEFORE = Pattern.compile("(?i)\\bthe\\s+$");
    /** "the publicly available …", "the popular …", "the official …": words that describe someone else's resource. */
    private static final Pattern OTHERS_DESCRIPTION = Pattern.compile(
            "(?i)\\b(?:publicly|available|popular|official|standard|existing|original|processed|cleaned|widely|well-known|famous|established|public"
                    + "|common|commonly|recently|previously|prior|earlier|proposed|introduced|released|collected)\\b");
    /** "… benchmark results", "… dataset splits": the resource's noun is a modifier of what the sentence is about. */
    private static final Pattern NOUN_CONTINUES = Pattern.compile("\\s+(?:results?|stud(?:y|ies)|splits?|tests?|test\\s+sets?|sets?|scores?|performance|leaderboard|numbers)\\b");
    /** "…, the Aya Collection, and the Aya Evaluation Suite": more resources of the same making, listed after the first. */
    private static final Pattern NEXT_NAMED_RESOURCE = Pattern.compile("\\G\\s*,\\s*(?:and\\s+)?(?i:the)\\s+" + THE_NAMED_RESOURCE);
    private static final String ITEM_NAME = NameShapes.NAME + "(?:\\s" + NameShapes.NAME + ")?";
    /** "3 newly created datasets (IQTest, FunctionQA, and PaperQA)": resources the paper makes, named in parentheses. */
    private static final Pattern NEW_RESOURCES_LISTED = Pattern.compile(
            "(?i:\\b(?:newly\\s+(?:created|collected|constructed|annotated|curated)"
                    // "we create three new datasets (…)", not "transfers to novel datasets (…)" nor "two new benchmarks (…) released after"
                    // "a recipe …, resulting in three new benchmarks: HumanEval Pro, MBPP Pro, and …"
                    + "|(?:" + Cues.MAKING_VERB_STEM + "\\w*|result(?:s|ed|ing)?\\s+in|yield(?:s|ed|ing)?)\\s+(?:(?:two|three|four|five|six|\\d+|several)\\s+)?(?:new|novel))"
                    // "(i.e., IQTest, FunctionQA, and PaperQA)"
                    + "\\s+(?:[a-z-]+\\s+)?(datasets|benchmarks))(?:\\s*\\((?:(?:i\\.e\\.|e\\.g\\.|namely)\\s*,?\\s*)?"
                    // "propose four new benchmarks for assessment, namely ImageNet-A, ObjectNet, …"
                    + "|(?:\\s+for\\s+[a-z-]+(?:\\s+[a-z-]+)?)?\\s*(?:,\\s*namely|:)\\s+)("
                    // "HumanEval Pro, MBPP Pro, and BigCodeBench-Lite Pro, specifically designed …": names of a word or two, the
                    // list ended by a period, a parenthesis or a clause in lower case.
                    + ITEM_NAME + "(?:(?:\\s*,\\s*(?:and\\s+)?|\\s+and\\s+)" + ITEM_NAME + ")+)(?:\\)|\\s*[.;]|$|,\\s+(?=\\p{Ll}))");
    private static final Pattern NEW_RESOURCES_NAMED_RIGHT_AFTER = Pattern.compile(
            "(?i:\\b" + Cues.MAKING_VERB_STEM + "\\w*\\s+(?:two|three|four|2|3|4)\\s+(?:new|novel)\\s+(?:[a-z-]+\\s+)?(datasets?|benchmarks?))\\s+("
                    + NameShapes.NAME + "(?:(?:\\s*,\\s*(?:and\\s+)?|\\s+and\\s+)" + NameShapes.NAME + ")+)(?=\\s*[,.;:(]|\\s+(?:by|that|which|to|for|with|from)\\b|$)");
    /** "TextCraft -- a novel compositional dataset that we introduce": the name first, the first person after it. */
    private static final Pattern RESOURCE_WE_INTRODUCE = Pattern.compile("(" + NameShapes.NAME + ")\\s*(?:--|—|–|,)\\s*(?i:an?\\s+"
            + "((?:new|novel)\\s+)?(?:[\\w-]+\\s+){0,3}?)(benchmark|dataset|environment|suite|corpus|testbed|collection|archive|evaluation set)s?\\b"
            // "MedSeg-21, a curated collection of 21 public datasets that we harmonize and release"; "HumanEval, a new
            // evaluation set we release"
            + "(?=[^.;]{0,80}?(?i:\\b(?:(?:that|which)\\s+)?we\\s+(?:\\w+\\s+){0,2}(?:introduce|propose|present|release|build|construct|create|develop|design"
            + "|assemble|curate|collect|harmoni[sz]e|make)))");
    /** "we introduce two tasks: state checking, and state transition", "two new tasks …: (1) X, and (2) Y". */
    private static final Pattern ENUMERATED_CONTRIBUTIONS = Pattern.compile(
            // Not the tasks a method is evaluated across: "a comprehensive evaluation of our method across five tasks: …".
            "(?i:(?<!\\b(?:across|on|over|in|of)\\s(?:(?:the|all|these|its|our)\\s)?)\\b(?:two|three|four|five|2|3|4|5)\\s+(?:(?:new|novel)\\s+)*(?:tasks|sub-?tasks)\\b)"
                    + "[^:.;]{0,80}:\\s*([^.]+?)(?=\\.(?:\\s|$)|$)");
    private static final Pattern ENUMERATED_RESOURCES = Pattern.compile(
            "(?i:\\b(?:introduc|present|propos|releas|buil|construct|creat|curat|establish|collect|develop|assembl)\\w*\\s+(?:(?:two|three|four|2|3|4)\\s+(?:new\\s+|novel\\s+)?(?:[\\w-]+\\s+)?"
                    // "the first set of web-scale Time-Continual (TiC) benchmarks for training vision-language models: A, B, and C"
                    + "|(?:the\\s+first|an?\\s+(?:new|novel))\\s+(?:set|suite|family|collection)\\s+of\\s+(?:[\\w-]+\\s+){0,3}?(?:\\([^()]{1,20}\\)\\s+)?)"
                    + "(benchmarks|datasets|environments|metrics)(?:\\s+for\\s+(?:[\\w-]+\\s+){0,4}?[\\w-]+)?\\s*:\\s*)");
    /** "we present the Long Range Graph Benchmark (LRGB) with 5 graph learning datasets: PascalVOC-SP, COCO-SP, …". */
    private static final Pattern RESOURCES_LISTED_AFTER_COUNT = Pattern.compile(
            // The count hangs on what is introduced ("with 5 … datasets:"), not on what it is evaluated on ("… on three datasets:").
            "(?i:\\b(?:introduc|present|propos|releas|buil|construct|creat|curat|collect)\\w*\\b[^.;:]{0,120}?"
                    + "\\b(?:with|of|comprising|containing|consisting\\s+of)\\s+(?:\\d+|two|three|four|five|six|seven|eight|nine|ten)\\s+(?:new\\s+|novel\\s+)?(?:[\\w-]+\\s+){0,3}?(benchmarks|datasets|environments)\\s*:\\s*)"
                    + "([^.;]+)");
    private static final Pattern DESCRIBED_RESOURCE_ITEM = Pattern.compile(
            "\\G(?:\\s*;\\s*(?:and\\s+)?|[^;.]*?;\\s*(?:and\\s+)?)??(" + NameShapes.NAME + "(?:\\s" + NameShapes.NAME + "){0,2})\\s*,\\s+an?\\s");
    /** "Foo-165k for SFT cold start": a name and what it is for, the list's item whole. */
    private static final Pattern COINED_FOR = Pattern.compile("(" + NameShapes.NAME + ")\\s+for\\s+[^,;()]{1,60}?\\.?");
    /** One to four words, none of them a function word: a name, not a clause. */
    private static final Pattern ENUMERATED_NAME = Pattern.compile(
            "(?!.*\\b(?i:the|a|an|of|for|to|how|that|which|with|by|in|on|our|we|is|are)\\b)[\\p{L}][\\p{L}\\p{N}-]*(?:\\s[\\p{L}\\p{N}-]+){0,3}");
    private static final Pattern ENUMERATION_MARK = Pattern.compile("^\\s*" + Cues.LIST_MARK + "\\s*");
    private static final Pattern EARLIER_WORK_OPENING = Pattern.compile(
            "(?i)^\\W*(?:recently|previously|prior|previous|existing|earlier)\\b|\\b(?:so-called|known as|such as|like|e\\.g\\.,?)\\s+$");
    /** "design a significantly improved class of Normalizer-Free ResNets", "introduce a new family of Foo Models". */
    private static final Pattern CLASS_OF_NAMES = Pattern.compile(
            "(?i:\\b(?:propos|introduc|present|design|develop|buil|creat|construct)\\w*\\s+(?:a|an|the)\\s+(?:[\\w-]+\\s+){0,3}?(?:class|family)\\s+of\\s+)"
                    + "(" + NameShapes.NAME + "(?:\\s" + NameShapes.NAME + "){0,3})(?=\\s*[,.;(]|\\s+(?:that|which|for|with|to)\\b)");
    /** "using OSS-Instruct, a novel approach to …": a name the sentence calls novel or new, whatever the verb before it. */
    private static final Pattern NAME_THEN_NOVEL = Pattern.compile(
            "(" + NameShapes.NAME + "),\\s+(?i:an?\\s+(?:novel|new)\\s+(?:[\\w-]+\\s+){0,3}?(?:" + ResourceKinds.METHOD_NOUNS + "|" + ResourceKinds.RESOURCE_NOUNS + "))\\b");

    /** Benchmarks, datasets and environments the sentence says the authors make, listed or named one by one. */
    static void resourcesIntroduced(List<Mention> found, String sentence, String lowerCase, Predicate<String> known,
                                    Collection<String> ownNames) {
        // What the pattern cannot match without, a word on tasks and a colon, is looked for first: it is costly to try at
        // every position.
        Matcher enumerated = ENUMERATED_CONTRIBUTIONS.matcher(lowerCase.contains("task") && sentence.indexOf(':') >= 0 ? sentence : "");
        if (enumerated.find()) {
            // Items are read in order until one is not a short name: "…: state checking, and state transition,
            // for a comprehensive evaluation of …" stops before "for a comprehensive …".
            for (String item : Cues.AND_LIST_SPLIT.split(enumerated.group(1))) {
                String name = ENUMERATION_MARK.matcher(item).replaceFirst("").strip();
                if (!ENUMERATED_NAME.matcher(name).matches() || NameShapes.isOrdinary(name.split("\\s")[0])) {
                    break;
                }
                Contributions.addTask(found, sentence, name, known);
            }
        }
        Matcher resources = ENUMERATED_RESOURCES.matcher(Cues.containsAny(lowerCase, "benchmarks", "datasets", "environments", "metrics") ? sentence : "");
        if (resources.find()) {
            String kind = Cues.resourceKind(resources.group(1).replaceFirst("s$", ""));
            List<String> names = new ArrayList<>();
            // "by introducing two benchmarks: MT-bench, a multi-turn question set; and Chatbot Arena, a crowdsourced battle platform"
            Matcher item = DESCRIBED_RESOURCE_ITEM.matcher(sentence).region(resources.end(), sentence.length());
            while (item.find()) {
                names.add(item.group(1));
            }
            // "we have constructed two datasets: Foo-165k for SFT cold start and Foo-260k for RL training": coined names, each
            // with what it is for.
            for (String part : Cues.AND_LIST_SPLIT.split(sentence.substring(resources.end()))) {
                Matcher named = COINED_FOR.matcher(part.strip());
                if (named.matches() && NameShapes.isCoined(named.group(1)) && names.stream().noneMatch(n -> Names.key(n).equals(Names.key(named.group(1))))) {
                    names.add(named.group(1));
                }
            }
            // "two new repository-level metrics: Dependency Coverage and Static Validity Rate.": capitalised names, listed plainly.
            if (names.isEmpty()) {
                for (String part : Cues.AND_LIST_SPLIT.split(sentence.substring(resources.end()).replaceFirst("[.;]\\s*$", ""))) {
                    String listed = part.strip();
                    if (!isOwnResourceName(listed, ownNames)) {
                        names.clear();
                        break;
                    }
                    names.add(listed);
                }
            }
            names.forEach(name -> found.add(new Mention(Relation.INTRODUCES, EntityKind.BENCHMARK, name, List.of(), sentence, ProposalRule.RULE_VERB, 0.8, kind)));
        }
        if (Cues.containsAny(lowerCase, "benchmarks:", "datasets:", "environments:")) {
            resourcesListedAfterCount(found, sentence);
        }
        Matcher own = OWN_RESOURCE.matcher(
                Cues.containsAny(lowerCase, "benchmark", "dataset", "suite", "environment", "corp", "testbed", "archive", "collection") ? sentence : "");
        while (own.find()) {
            // "a novel game benchmark Robotouille": the context is strong enough for a plain capitalised name; and "we also
            // gather a new dataset, CrossTask" makes it this paper's however well known it became.
            // "an open benchmark, Multi-Turn Programming Benchmark (MTPB), …": the first word of a longer name is not the name,
            // which the rule for names of several words or an acronym definition reads.
            boolean nameRunsOn = NAME_RUNS_ON.matcher(sentence).region(own.end(2), sentence.length()).lookingAt();
            boolean others = FOLLOWING_OTHERS.matcher(sentence).region(0, own.start()).find();
            String unversioned = NameShapes.withoutVersionApart(own.group(2));
            if (!nameRunsOn && !others && (NameShapes.isCapitalisedName(unversioned) || LOWER_DIGIT_NAME_PATTERN.matcher(unversioned).matches())) {
                Contributions.add(found, sentence, own.group(2), List.of(), own.start(2), ProposalRule.RULE_VERB, 0.8, name -> false);
            }
        }
        Matcher nameThenOurs = NAME_THEN_OUR_RESOURCE.matcher(lowerCase.contains("our") ? sentence : "");
        while (nameThenOurs.find()) {
            addNamedThenDescribed(found, sentence, nameThenOurs, known);
        }
        // Made here: the authors speak in the sentence, or it says "in this work" ("a newly released benchmark from OpenAI" is not).
        boolean madeHere = Cues.FIRST_PERSON.matcher(sentence).find() || lowerCase.contains("in this");
        Matcher nameThenNew = NAME_THEN_NEW_RESOURCE.matcher(madeHere && Cues.containsAny(lowerCase, "newly", "in this", "the first") ? sentence : "");
        while (nameThenNew.find()) {
            addNamedThenDescribed(found, sentence, nameThenNew, known);
        }
        Matcher classOf = CLASS_OF_NAMES.matcher(Cues.FIRST_PERSON.matcher(sentence).find() && Cues.containsAny(lowerCase, "class of", "family of") ? sentence : "");
        while (classOf.find()) {
            // "and design a significantly improved class of Normalizer-Free ResNets": a kind of model the authors make.
            if (NameShapes.isCapitalisedPhrase(classOf.group(1))) {
                Contributions.add(found, sentence, classOf.group(1), List.of(), classOf.start(1), ProposalRule.RULE_VERB, 0.75, known);
            }
        }
        Matcher novel = NAME_THEN_NOVEL.matcher(Cues.containsAny(lowerCase, ", a novel", ", a new", ", an new") ? sentence : "");
        while (novel.find()) {
            // "trained … using OSS-Instruct, a novel approach to …": only its authors call a thing novel — not in a sentence about
            // earlier work ("Recently, HyenaDNA, a new genomic foundation model, showed …").
            if (NameShapes.isCoined(novel.group(1)) && !EARLIER_WORK_OPENING.matcher(sentence.substring(0, novel.start(1))).find()) {
                Contributions.add(found, sentence, novel.group(1), List.of(), novel.start(1), ProposalRule.RULE_VERB, 0.75, known);
            }
        }
        Matcher ownBefore = OWN_RESOURCE_NAMED_BEFORE.matcher(lowerCase.contains("our")
                && Cues.containsAny(lowerCase, "benchmark", "dataset", "suite", "corp", "testbed") ? sentence : "");
        while (ownBefore.find()) {
            if (NameShapes.isCoined(ownBefore.group(1))) {
                Contributions.add(found, sentence, ownBefore.group(1), List.of(), ownBefore.start(1), ProposalRule.RULE_VERB, 0.8, known);
            }
        }
        Matcher made = MADE_RESOURCE_NAMED_BEFORE.matcher(Cues.containsAny(lowerCase, "benchmark", "dataset", "suite", "corp", "testbed") ? sentence : "");
        while (made.find()) {
            if (isOwnResourceName(made.group(1), ownNames)) {
                Contributions.addOfKind(found, sentence, made.group(1), List.of(), Cues.resourceKind(made.group(2)), ProposalRule.RULE_VERB, 0.8, known);
            }
        }
        Matcher ourOf = OUR_RESOURCE_OF_THEN_NAME.matcher(lowerCase.contains("our") ? sentence : "");
        while (ourOf.find()) {
            if (isOwnResourceName(ourOf.group(2), ownNames)) {
                Contributions.addOfKind(found, sentence, ourOf.group(2), List.of(), Cues.resourceKind(ourOf.group(1)), ProposalRule.RULE_VERB, 0.8, known);
            }
        }
        Matcher generated = GENERATED_RESOURCE.matcher(Cues.containsAny(lowerCase, "generat", "synthesi") ? sentence : "");
        while (generated.find()) {
            // Generated by the authors ("we use GPT-4 to generate FooFact, …"), not by "prior work".
            if (NameShapes.isCoined(generated.group(1)) && Cues.FIRST_PERSON.matcher(sentence).region(0, generated.start()).find()) {
                Contributions.add(found, sentence, generated.group(1), List.of(), generated.start(1), ProposalRule.RULE_VERB, 0.8, known);
            }
        }
        Matcher newNamed = NEW_NAMED_RESOURCE.matcher(Cues.containsAny(sentence, "Corpus", "Dataset", "Benchmark", "Suite", "Collection") ? sentence : "");
        while (newNamed.find()) {
            // "our new" makes it this paper's, however well known it became (C4).
            Contributions.add(found, sentence, newNamed.group(1), List.of(), newNamed.start(1), ProposalRule.RULE_VERB, 0.8, name -> false);
        }
        Matcher theResource = WE_INTRODUCE_THE_RESOURCE.matcher(lowerCase.contains(" the ") && lowerCase.contains("we ") ? sentence : "");
        while (theResource.find()) {
            // "we collect and introduce the large-scale Visual CoT dataset": described first, it is this paper's only with a name of
            // its own, not "the publicly available LAION dataset" nor "the noisy CIFAR-10 benchmark results".
            boolean described = !THE_RIGHT_BEFORE.matcher(sentence).region(0, theResource.start(1)).find();
            if (described && (known.test(theResource.group(1)) || NOUN_CONTINUES.matcher(sentence).region(theResource.end(), sentence.length()).lookingAt()
                    || OTHERS_DESCRIPTION.matcher(sentence).region(theResource.start(), theResource.start(1)).find())) {
                continue;
            }
            List<NamedResource> listed = new ArrayList<>();
            listed.add(namedResource(theResource));
            // "we introduce the Visual Document Retrieval Benchmark ViDoRe, composed of …": the coined name after it names it.
            Matcher coinedAfter = COINED_AFTER.matcher(sentence).region(theResource.end(), sentence.length());
            if (coinedAfter.lookingAt() && NameShapes.isCoined(coinedAfter.group(1)) && !known.test(coinedAfter.group(1))
                    && !Mention.anyNamed(found, coinedAfter.group(1))) {
                NamedResource longName = listed.get(0);
                found.add(new Mention(Relation.INTRODUCES, EntityKind.BENCHMARK, coinedAfter.group(1), List.of(longName.name()), sentence,
                        ProposalRule.RULE_VERB, 0.8, Cues.resourceKind(longName.noun())));
                continue;
            }
            Matcher next = NEXT_NAMED_RESOURCE.matcher(sentence).region(theResource.end(), sentence.length());
            while (next.find()) {
                listed.add(namedResource(next));
            }
            // "the Aya Dataset, the Aya Collection, and the Aya Evaluation Suite": one of them clearly a name makes the
            // list one of names.
            boolean names = listed.stream().anyMatch(r -> isResourceName(r.wordsBeforeNoun(), ownNames));
            for (NamedResource resource : listed) {
                String name = resource.name();
                // "In this paper, we introduce the USACO benchmark with 307 problems": made here in so many words, the resource is this
                // paper's however well known its name became.
                if (names && !Mention.anyNamed(found, name)) {
                    // "we compile the MaLA corpus": the resource goes by its name with the noun as well.
                    List<String> aliases = resource.noun().equals(resource.noun().toLowerCase(java.util.Locale.ROOT))
                            ? List.of(name + " " + resource.noun()) : List.of();
                    found.add(new Mention(Relation.INTRODUCES, EntityKind.BENCHMARK, name, aliases, sentence, ProposalRule.RULE_VERB, 0.8,
                            Cues.resourceKind(resource.noun())));
                }
            }
        }
        Matcher listed = NEW_RESOURCES_LISTED.matcher(lowerCase.contains("new") || lowerCase.contains("novel") ? sentence : "");
        while (listed.find()) {
            for (String name : Cues.AND_LIST_SPLIT.split(listed.group(2).strip())) {
                // Said to be new and made here, a name is this paper's however well known it became.
                if (!Mention.anyNamed(found, name)) {
                    found.add(new Mention(Relation.INTRODUCES, EntityKind.BENCHMARK, name, List.of(), sentence, ProposalRule.RULE_VERB, 0.75,
                            Cues.resourceKind(listed.group(1).replaceFirst("(?i)s$", ""))));
                }
            }
        }
        Matcher direct = NEW_RESOURCES_NAMED_RIGHT_AFTER.matcher(lowerCase.contains("new") || lowerCase.contains("novel") ? sentence : "");
        while (direct.find()) {
            // "we create two new dataset AugGSM8K and AugMATH, by …": coined names right after the counted noun, no comma between.
            List<String> names = List.of(Cues.AND_LIST_SPLIT.split(direct.group(2).strip()));
            if (names.size() > 1 && names.stream().allMatch(n -> NameShapes.isCoined(n.strip()))) {
                for (String name : names) {
                    if (!Mention.anyNamed(found, name.strip())) {
                        found.add(new Mention(Relation.INTRODUCES, EntityKind.BENCHMARK, name.strip(), List.of(), sentence, ProposalRule.RULE_VERB, 0.75,
                                Cues.resourceKind(direct.group(1).toLowerCase(java.util.Locale.ROOT).replaceFirst("s$", ""))));
                    }
                }
            }
        }
        // Cheap test first: the pattern starts with a name, which would be tried at every position.
        Matcher weIntroduce = RESOURCE_WE_INTRODUCE.matcher(sentence.contains(" we ") ? sentence : "");
        while (weIntroduce.find()) {
            String name = weIntroduce.group(1);
            // "HumanEval, a new evaluation set we release": said to be new and released here, it is this paper's however
            // well known; "SWE-bench, a benchmark of real issues, for which we design a scaffold" is not.
            boolean newHere = weIntroduce.group(2) != null;
            if (NameShapes.isCoined(name) && (newHere || !known.test(name))
                    && !Mention.anyNamed(found, name)) {
                // The kind is the noun the sentence gives it, however near another noun stands ("Our agent … in X -- a dataset").
                found.add(new Mention(Relation.INTRODUCES, EntityKind.BENCHMARK, name, List.of(), sentence, ProposalRule.RULE_VERB, 0.8,
                        Cues.resourceKind(weIntroduce.group(3))));
            }
        }
    }

    /**
     * A coined name (group 1) the appositive after it says the paper made, of the kind its noun says (the one noun group of the
     * pattern's branches that took part).
     */
    private static void addNamedThenDescribed(List<Mention> found, String sentence, Matcher named, Predicate<String> known) {
        String name = named.group(1);
        if (NameShapes.isCoined(name) && !known.test(name) && !Mention.anyNamed(found, name)) {
            String noun = java.util.stream.IntStream.rangeClosed(2, named.groupCount()).mapToObj(named::group)
                    .filter(java.util.Objects::nonNull).findFirst().orElseThrow();
            found.add(new Mention(Relation.INTRODUCES, EntityKind.BENCHMARK, name, List.of(), sentence, ProposalRule.RULE_VERB, 0.8,
                    Cues.resourceKind(noun)));
        }
    }

    /** A resource the authors make, found by {@link #THE_NAMED_RESOURCE}: "the Flora Dataset", "the Flora Evaluation Suite". */
    private record NamedResource(String wordsBeforeNoun, String name, String noun) {
    }

    private static NamedResource namedResource(Matcher resource) {
        String name = resource.group(2) != null ? resource.group(1) + " " + resource.group(2) : resource.group(1);
        String noun = resource.group(2) != null ? resource.group(2) : resource.group(3);
        return new NamedResource(resource.group(1), name, noun);
    }

    /**
     * "the Hindi benchmark", "the Reddit dataset", "the Test Suite": a plain word names a language, a source or a kind;
     * only a coined name, one of several capitalised words ("the Creation Challenge dataset"), or one the title gives
     * the paper's own ("The Flora Dataset: …") is this paper's resource.
     */
    private static boolean isResourceName(String wordsBeforeNoun, Collection<String> ownNames) {
        boolean titled = ownNames.stream().anyMatch(ownName -> Names.key(ownName).equals(Names.key(wordsBeforeNoun)));
        boolean severalWords = wordsBeforeNoun.contains(" ") && NameShapes.isCapitalisedPhrase(wordsBeforeNoun);
        return NameShapes.isCoined(wordsBeforeNoun.split(" ")[0]) || titled || severalWords;
    }

    /**
     * A name of its own for a resource the authors make, not what the data is about ("a Reddit dataset", "a Python
     * benchmark", "an English-Hindi corpus"): a coined first word, several capitalised words, or one of the paper's names.
     */
    private static boolean isOwnResourceName(String name, Collection<String> ownNames) {
        return isResourceName(name, ownNames) && !PLAIN_WORDS_JOINED.matcher(name).matches();
    }

    private static final Pattern LEADING_NAME = Pattern.compile("(" + NameShapes.NAME + ")(?=\\s|$)");

    /** The items that make up what the authors introduce, each a name; the list ends where an item is none. */
    private static void resourcesListedAfterCount(List<Mention> found, String sentence) {
        Matcher listed = RESOURCES_LISTED_AFTER_COUNT.matcher(sentence);
        if (!listed.find()) {
            return;
        }
        int at = listed.start(2);
        for (String item : Cues.AND_LIST_SPLIT.split(listed.group(2))) {
            // "… and Peptides-struct that arguably require …": the last item runs on into the sentence.
            Matcher leading = LEADING_NAME.matcher(item.strip());
            String name = leading.lookingAt() ? leading.group(1) : "";
            if (!NameShapes.isCapitalisedName(name)) {
                break;
            }
            at = sentence.indexOf(name, at);
            // Presented here, a part is this paper's however well known it became.
            Contributions.add(found, sentence, name, List.of(), at, ProposalRule.RULE_VERB, 0.75, n -> false);
            at += name.length();
        }
    }
}
