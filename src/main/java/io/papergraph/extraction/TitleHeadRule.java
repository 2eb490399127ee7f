package io.papergraph.extraction;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** "NAME: long form" titles: the paper proposes (or, for a benchmark, introduces) NAME, also known by the long form. */
final class TitleHeadRule {

    static final String RULE = "title-head";
    /** A dash with spaces around it sets a title's head off as a colon does: "ReMix — Reward Mixing …", "X -- …", "X - …". */
    private static final String SPACED_DASH = "\\s+(?:--?|[\\u2013\\u2014])\\s+";
    private static final Pattern HEAD_SEPARATOR = Pattern.compile(":|" + SPACED_DASH);
    private static final Pattern HEAD = Pattern.compile("^([^:]{2,48}?)(?:\\s*:\\s+|(" + SPACED_DASH + "))(\\S.*)$");
    /** "Text-to-SQL: Are We There Yet?", "Deep Learning: A Survey": a question or a survey of the head, which no one proposes. */
    private static final Pattern QUESTION_TAIL = Pattern.compile("(?i)^(?:are|is|do|does|can|could|should|what|when|why|how|which|where|who)\\b.*|.*\\?$");

    /** The title before its first colon or spaced dash (the whole title when it has neither). */
    static String head(String title) {
        return HEAD_SEPARATOR.split(title, 2)[0];
    }

    /** The title after its last colon or spaced dash. */
    static String tail(String title) {
        String[] parts = HEAD_SEPARATOR.split(title);
        return parts.length == 0 ? "" : parts[parts.length - 1];
    }
    private static final Pattern RESOURCE_LONG_FORM = Pattern.compile(
            // "A Massive Multi-discipline Multimodal Understanding and Reasoning Benchmark for …": up to seven words before the
            // noun, none of them a preposition ("A Framework for Agents on a Benchmark" is no benchmark); adjectives may come in
            // a list ("A Stateful, Conversational, Interactive Evaluation Benchmark for …").
            "(?i)^(?:an?\\s+|the\\s+)?(?:(?!(?:for|of|on|via|with|to|in|from|by|across|using|under|over|between|among|into|through)\\s)[\\w-]+,?\\s+){0,7}?(benchmark|dataset|suite|environment|testbed|corpus)s?\\b"
            // The noun heads the phrase, not a modifier of the next one ("Simple, Fast, Scalable Dataset Distillation").
            + "(?!(?-i:\\s+(?!(?:For|Of|On|In|With|To|And|Via|From|Across|Toward|Towards|Beyond)\\b)\\p{Lu}\\p{Ll}+)(?:\\s|$)).*");
    /** "Adversarial Skill Networks: …": a plain head that ends in what methods are called is a method's name. */
    private static final Pattern METHOD_HEAD_NOUN = Pattern.compile(
            "(?:Networks?|Nets?|Transformers?|Machines?|Autoencoders?|Prompting|Decoding|Policies|Optimizers?|Diffusers?|Planners?|Routers?)");
    private static final Pattern REPORT_SUFFIX = Pattern.compile("(?i)\\s+(?:technical\\s+report|tech\\s+report|system\\s+card|model\\s+card)$");
    /** "In this survey", "we organize this survey", "This paper surveys": an abstract that calls its paper a survey. */
    private static final Pattern SURVEY_OF_ITSELF = Pattern.compile("(?i)\\b(?:this|our)\\s+survey\\b|\\bthis\\s+paper\\s+surveys\\b|\\bwe\\s+survey\\b");
    private static final Pattern SURVEY = Pattern.compile("(?i)^(?:an?\\s+|the\\s+)?(?:\\w+\\s+)?(?:review|survey|overview|tutorial|primer|introduction)\\b");
    private static final Pattern SYSTEM_LONG_FORM = Pattern.compile(
            "(?i)\\b(?:a|an|the|one)\\s+(?:[\\w-]+\\s+){0,3}?(?:system|model|framework|method|approach|architecture|agent|retriever|reader)\\b");
    private static final Pattern THE_NAMED_METHOD = Pattern.compile(
            "The\\s+(\\S+)\\s+(?:Optimi[sz]er|Model|Algorithm|Framework|Method|Network|Transformer|Architecture|Agent|Attention|Loss)");
    private static final Pattern VERSIONED_NAME = Pattern.compile("\\p{Lu}[\\p{L}\\p{N}-]+\\s+\\d+(?:\\.\\d+)?");
    private static final Pattern EVALUATORS = Pattern.compile("(?i)\\bevaluators?\\b");
    private static final Pattern RESOURCE_HEAD = Pattern.compile(
            "^(The\\s+)?(\\p{Lu}[\\p{L}\\p{N}-]*(?:\\s\\p{Lu}[\\p{L}\\p{N}-]*){0,2})\\s(" + Cues.CAPITALISED_RESOURCE_NOUN + ")s?$");
    /**
     * "Benchmarking …", and a pair that ends in it: "Standardizing and Benchmarking …", "Training and Systematic Benchmarking
     * of …" — not "Learning and Evaluating …", "Detecting and Assessing …", what a method does and how it is checked.
     */
    private static final Pattern BENCHMARKING = Pattern.compile(
            "(?i)^(?:(?:\\w+ing\\s+and\\s+(?:\\w+\\s+)?)?benchmarking|evaluating|assessing)\\b.*");

    /** Words that make a title head a statement: "X Meets Y", "X Is All You Need", "X Makes Y Better", "X vs Y". */
    private static final java.util.Set<String> SLOGAN_VERBS = java.util.Set.of("Meets", "Meet", "Is", "Are", "Makes", "Make", "Needs",
            "Need", "Matters", "Matter", "Helps", "Help", "Beats", "Enables", "Improves", "Boosts", "Learns", "Learn", "Thinks", "Knows",
            "Works", "Goes", "Gets", "Can", "Should",
            // "LoRA vs Full Fine-tuning: An Illusion of Equivalence" sets two things side by side, naming neither as the paper's.
            "vs", "vs.", "Vs", "Vs.", "versus", "Versus");
    /** "Understanding", "Fine-Tuning", "Rethinking": an activity, where a name would stand. */
    private static final Pattern GERUND = Pattern.compile("\\p{Lu}\\p{Ll}+(?:-\\p{L}\\p{Ll}+)*(?<=\\p{Ll}{2}ing)");
    private static final java.util.Set<String> FUNCTION_WORDS = java.util.Set.of("of", "for", "and", "with", "in", "the", "to", "via", "on", "a");

    private TitleHeadRule() {
    }

    /** Two to four capitalised words, no verb-like start ("Learning", "Towards", "Is", "Do"). */
    private static boolean isPlainTitleCaseName(String[] words) {
        // "Merge, Then Compress" is a slogan, not a name: names carry no commas.
        // "Model Breadcrumbs" is a name; "Large Language Models" and "The Pitfalls" are not.
        boolean ordinaryStart = NameShapes.isSentenceWord(words[0])
                || (NameShapes.isOrdinary(words[0]) && NameShapes.isOrdinary(words[words.length - 1]));
        if (words.length < 2 || words.length > 4 || String.join(" ", words).contains(",") || ordinaryStart || words[0].endsWith("ing")
                || java.util.Set.of("Is", "Are", "Do", "Does", "Can", "When", "Why", "How", "What", "Not", "No", "From", "Beyond").contains(words[0])) {
            return false;
        }
        return isTitleCased(words);
    }

    /** Every word capitalised, or a function word ("Reasoning via Planning"), or a dimension opening it ("3D Diffuser Actor"). */
    private static boolean isTitleCased(String[] words) {
        return java.util.stream.IntStream.range(0, words.length).allMatch(i -> FUNCTION_WORDS.contains(words[i])
                || Character.isUpperCase(words[i].codePointAt(0)) || i == 0 && words.length > 1 && DIMENSION_WORD.matcher(words[i]).matches());
    }

    private static final Pattern DIMENSION_WORD = Pattern.compile("[2-4]D");

    private static final Pattern ABSTRACT_NAME = Pattern.compile(NameShapes.NAME);

    /**
     * How the abstract writes the head: "MULTISCRIPT" in the title is "MultiScript" in the text; a head the
     * abstract never repeats whole ("AlphaMath Almost Zero", "L0-Reasoning Bench") is usually called by its
     * first part there ("AlphaMath", "L0-Bench") — then that is the name and the head an alias.
     */
    static String abstractSpelling(String head, String abstractText) {
        if (abstractText.isEmpty()) {
            return head;
        }
        String headKey = Names.key(head);
        String firstPart = Names.key(head.split("[ \\-]")[0]);
        java.util.Map<String, Integer> candidates = new java.util.LinkedHashMap<>();
        Matcher word = ABSTRACT_NAME.matcher(abstractText);
        while (word.find()) {
            String surface = word.group();
            String key = Names.key(surface);
            if (key.equals(headKey)) {
                return surface;
            }
            // A first part of one letter ("S" of "S-LoRA") would take any name that starts like it.
            if (firstPart.length() >= 2 && key.startsWith(firstPart) && NameShapes.isCoined(surface)) {
                candidates.merge(surface, 1, Integer::sum);
            }
        }
        if (Names.key(abstractText).contains(headKey)) {
            return head;
        }
        return candidates.entrySet().stream().max(java.util.Map.Entry.comparingByValue()).map(java.util.Map.Entry::getKey).orElse(head);
    }

    private static boolean mentionedIn(String abstractText, String head) {
        String text = Names.key(abstractText);
        String key = Names.key(head);
        return text.contains(key) || text.contains(Names.singularKey(head));
    }

    static Optional<Mention> apply(String title) {
        return apply(title, "");
    }

    /**
     * With the abstract, a plain multi-word head ("Skill Transformer: …") also names the contribution when the
     * abstract uses that name again or it ends in a method noun ("Adversarial Skill Networks: …");
     * "Learning to Reason: …" or "Harder Tasks Need More Experts: …" do not.
     */
    static Optional<Mention> apply(String title, String abstractText) {
        return apply(title, abstractText, name -> false);
    }

    /** @param known names the vocabulary knows: a known method after a preposition ("… with RLHF: …") is not the paper's own */
    static Optional<Mention> apply(String title, String abstractText, java.util.function.Predicate<String> known) {
        Matcher m = HEAD.matcher(title.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        // "Phi-3 Technical Report: …" reports on Phi-3.
        String longForm = m.group(3).strip();
        // "ReMix — Reward Mixing for …": a dash sets off a coined name only ("Vision - Language Pretraining" joins two words).
        // A coined head asked about is still the paper's ("GLoRe: When, Where, and How to Improve …").
        boolean dashed = m.group(2) != null;
        boolean coinedWord = m.group(1).strip().indexOf(' ') < 0 && NameShapes.isCoined(m.group(1).strip());
        if (dashed && !coinedWord || SURVEY.matcher(longForm).lookingAt() || !coinedWord && QUESTION_TAIL.matcher(longForm).matches()
                // "Test-time Computing: from System-1 Thinking to System-2 Thinking" with "We organize this survey …": the field surveyed.
                || !coinedWord && SURVEY_OF_ITSELF.matcher(abstractText).find()) {
            return Optional.empty();
        }
        String head = spelledOutName(REPORT_SUFFIX.matcher(m.group(1).strip()).replaceFirst(""), longForm, abstractText, known);
        Matcher resourceHead = RESOURCE_HEAD.matcher(head);
        if (resourceHead.matches() && !NameShapes.isOrdinary(resourceHead.group(2).split(" ")[0])) {
            // "The Flora Dataset: An Open-Access Collection …": the head itself says what the paper introduces.
            // Named as the abstract will name it ("the Flora dataset"), the head an alias.
            String name = resourceHead.group(2);
            return Optional.of(new Mention(Relation.INTRODUCES, EntityKind.BENCHMARK, name, List.of(head.replaceFirst("^The\\s+", ""), longForm),
                    title, RULE, 0.9, Cues.resourceKind(resourceHead.group(3))));
        }
        Matcher methodHead = THE_NAMED_METHOD.matcher(head);
        if (methodHead.matches() && NameShapes.isCoined(methodHead.group(1))) {
            // "The AdEMAMix Optimizer: Better, Faster, Older": the coined name, as the abstract will write it.
            return Optional.of(new Mention(Relation.PROPOSES, EntityKind.METHOD, methodHead.group(1), List.of(head, longForm), title, RULE, 0.9, null));
        }
        // Not a survey of a field's generic term ("Large Language Models (LLMs): A Survey").
        Optional<AcronymDefinitions.Definition> defined = AcronymDefinitions.find(head).stream()
                .filter(d -> d.start() == 0 && d.end() == head.length() && d.capitalised() && !NameShapes.isPluralAbbreviation(d.shortForm())
                        && !SURVEY.matcher(longForm).find())
                .findFirst();
        if (defined.isPresent()) {
            // "Recommendation as Language Processing (RLP): A Unified …": a head that defines its short name names the
            // contribution by it, however long the long form.
            AcronymDefinitions.Definition d = defined.get();
            Matcher resourceEnding = Cues.RESOURCE_NAME_ENDING.matcher(d.longForm());
            return Optional.of(resourceEnding.find()
                    ? new Mention(Relation.INTRODUCES, EntityKind.BENCHMARK, d.shortForm(), List.of(d.longForm()), title, RULE, 0.9,
                            Cues.resourceKindOfEnding(resourceEnding.group(1)))
                    : new Mention(Relation.PROPOSES, EntityKind.METHOD, d.shortForm(), List.of(d.longForm(), longForm), title, RULE, 0.9, null));
        }
        String[] words = head.split("\\s+");
        // "Divide-and-Conquer Meets Consensus: …", "Attention Is All You Need" say something; a name says nothing.
        // "Understanding R1-Zero-Like Training: …", "Fine-Tuning Vision-Language-Action Models: …" say what the paper does
        // ("Meta-Prompting: …" alone names a technique).
        // "Towards Engineering Multi-Agent LLMs: …", "When Do LLMs Help …": a direction or a question, not a name.
        boolean slogan = java.util.Arrays.stream(words).skip(1).anyMatch(SLOGAN_VERBS::contains)
                || (words.length > 1 && (GERUND.matcher(words[0]).matches() || DIRECTION_OR_QUESTION.contains(words[0])));
        boolean named = !slogan && (words.length == 1
                ? NameShapes.isCapitalisedName(head.replaceAll("[^\\p{L}\\p{N}*+\\-]", ""))
                : words.length <= 4 && java.util.Arrays.stream(words).anyMatch(NameShapes::isCoined)
                    // "Orca 2: Teaching Small Language Models …": a name and its version.
                    || VERSIONED_NAME.matcher(head).matches());
        boolean plainNameReused = !named && isPlainTitleCaseName(words)
                && (mentionedIn(abstractText, head)
                    || (METHOD_HEAD_NOUN.matcher(words[words.length - 1]).matches() && !SURVEY.matcher(longForm).find()));
        if (slogan || (!named && !plainNameReused)) {
            return Optional.empty();
        }
        Matcher pair = PAIR_OF_NAMES.matcher(head);
        if (pair.matches() && NameShapes.isCapitalisedName(pair.group(1)) && NameShapes.isCapitalisedName(pair.group(2))
                && (NameShapes.isCoined(pair.group(1)) || NameShapes.isCoined(pair.group(2)))) {
            // "Molmo and PixMo: Open Weights and Open Data …": two contributions, the first the paper's method; the abstract
            // says what the second is ("a collection of new datasets called PixMo").
            return Optional.of(new Mention(Relation.PROPOSES, EntityKind.METHOD, pair.group(1), List.of(longForm), title, RULE, 0.8, null));
        }
        String name = abstractSpelling(head, abstractText);
        List<String> aliases = name.equals(head) ? List.of(longForm) : List.of(head, longForm);
        Matcher resource = RESOURCE_LONG_FORM.matcher(longForm);
        // "EnvGen: Generating and Adapting Environments via LLMs …": a long form that starts with what the named thing does
        // names a method that makes the resource, not the resource (benchmarking and evaluating are read below).
        // Not a gerund that qualifies the noun ("Reasoning Benchmark for …", "Training Environment for …").
        String[] firstWords = longForm.split("\\s+", 3);
        boolean doing = GERUND.matcher(firstWords[0]).matches() && firstWords.length > 1 && !ResourceKinds.RESOURCE_NOUN.matcher(firstWords[1]).matches();
        boolean resourceLongForm = resource.matches() && !(doing && !BENCHMARKING.matcher(longForm).matches());
        // "UnifiedQA: Crossing Format Boundaries With a Single QA System" names a system, "TruthfulQA: Measuring …" a question set.
        Matcher ending = Cues.RESOURCE_NAME_ENDING.matcher(head);
        // "ChatEval: Towards Better LLM-based Evaluators …" names an evaluator, a system too.
        boolean namedAsResource = (ending.find() && !((ending.group(1).equals("QA") || ending.group(1).equals("Eval")) && SYSTEM_LONG_FORM.matcher(longForm).find())
                    && !(ending.group(1).equals("Eval") && EVALUATORS.matcher(longForm).find())
                    // "G-Eval: NLG Evaluation using GPT-4 …" with "we present G-Eval, a framework of …": the abstract says it.
                    && !((ending.group(1).equals("QA") || ending.group(1).equals("Eval")) && describedAsMethod(name, abstractText)))
                || resourceLongForm;
        if (namedAsResource || BENCHMARKING.matcher(longForm).matches()) {
            // "FActScore: …" names a metric by its ending, "XBench: …" a benchmark.
            String kind = resourceLongForm ? Cues.resourceKind(resource.group(1))
                    : ending.reset().find() ? Cues.resourceKindOfEnding(ending.group(1)) : "benchmark";
            // "X: Benchmarking LLMs in …" only suggests a benchmark: the abstract may propose X as its method instead.
            return Optional.of(new Mention(Relation.INTRODUCES, EntityKind.BENCHMARK, name, name.equals(head) ? List.of() : List.of(head),
                    title, RULE, namedAsResource ? 0.9 : 0.7, kind));
        }
        return Optional.of(new Mention(Relation.PROPOSES, EntityKind.METHOD, name, aliases, title, RULE, named ? 0.9 : 0.75, null));
    }

    /**
     * "G-Eval, a framework of using …", "ChatQA, a family of models", "ReCEval (Reasoning Chain Evaluation), a framework that …":
     * the abstract's appositive calls the name a method.
     */
    private static boolean describedAsMethod(String name, String abstractText) {
        return Pattern.compile(Pattern.quote(name) + "(?:\\s*\\([^()]{1,80}\\))?\\s*,\\s+(?:a|an)\\s+(?:[\\w-]+\\s+){0,4}?(?:framework|methodology|method|approach|system|model|"
                + "evaluator|pipeline|technique|algorithm|paradigm|family\\s+of\\s+models)\\b").matcher(abstractText).find();
    }

    /**
     * "Long-term Forecasting with TiDE: Time-series Dense Encoder": the name the rest of the title spells out, or the head.
     * "Code Generation with AlphaCodium: From Prompt Engineering to …": the name the abstract uses, after a phrase of
     * ordinary words.
     */
    private static String spelledOutName(String head, String longForm, String abstractText, java.util.function.Predicate<String> known) {
        Matcher namedLast = NAME_AFTER_PREPOSITION.matcher(head);
        String name = namedLast.matches() ? namedLast.group("name") : null;
        if (name == null || !NameShapes.isCoined(name) || known.test(name)) {
            return head;
        }
        String phrase = namedLast.group("phrase");
        if (phrase != null && java.util.Arrays.stream(phrase.strip().split("[\\s-]+")).noneMatch(NameShapes::isCoined)
                && NameShapes.wholeWord(name).matcher(abstractText).find()) {
            return name;
        }
        // The long form's first words spell the name, a word or so to spare ("Time-series Dense Encoder"), not its whole length.
        String letters = name.toLowerCase(java.util.Locale.ROOT);
        String[] words = longForm.toLowerCase(java.util.Locale.ROOT).split("\\s+");
        int most = Math.min(words.length, letters.replaceAll("[^\\p{L}]", "").length() + 1);
        for (int count = 1; count <= most; count++) {
            if (AcronymDefinitions.matches(letters, String.join(" ", java.util.Arrays.copyOfRange(words, 0, count)))) {
                return name;
            }
        }
        return head;
    }

    /** "Long-term Forecasting with TiDE": a few words, then a name after a preposition; "For SALE": the preposition first. */
    private static final Pattern NAME_AFTER_PREPOSITION = Pattern.compile(
            "(?:(?<phrase>(?:[\\p{L}-]+\\s+){1,4})(?:with|via|using|through|by)|For|On|With|Towards?)\\s+(?<name>\\S+)");
    private static final Pattern PAIR_OF_NAMES = Pattern.compile("(\\S+)\\s+(?:and|&)\\s+(\\S+)");
    private static final Pattern TITLE_PREPOSITION = Pattern.compile("\\s(?:for|via|with|through|from|in|on|to|by|using|as|at)\\s");

    /**
     * The words of a title's long form before its first preposition, when there are some and it goes on after them:
     * "Robotics Transformer" of "Robotics Transformer for Real-World Control at Scale". Empty when there is none.
     */
    static Optional<String> longFormBeforePreposition(String longForm) {
        Matcher preposition = TITLE_PREPOSITION.matcher(longForm);
        return preposition.find() && preposition.start() > 0 ? Optional.of(longForm.substring(0, preposition.start())) : Optional.empty();
    }
    /** "Towards …", "When Do …": a head that sets a direction or asks a question. */
    private static final java.util.Set<String> DIRECTION_OR_QUESTION = java.util.Set.of("Towards", "Toward", "On", "Beyond", "When", "Why",
            "How", "What", "Is", "Are", "Do", "Does", "Can");
    /** First words of a title that is no name even when the authors repeat it: a direction, a question, an article, a trend. */
    private static final java.util.Set<String> NOT_A_NAME_START = java.util.stream.Stream.concat(DIRECTION_OR_QUESTION.stream(),
            java.util.stream.Stream.of("A", "An", "The", "Scaling", "Improving", "Improved", "Large", "Efficient")).collect(java.util.stream.Collectors.toUnmodifiableSet());

    /**
     * The part of a title that may name a method: before a colon, and before the first preposition ("Dense Passage
     * Retrieval for Open-Domain Question Answering" → "Dense Passage Retrieval").
     */
    static String namePart(String title) {
        String head = head(title);
        Matcher preposition = TITLE_PREPOSITION.matcher(head);
        return (preposition.find() ? head.substring(0, preposition.start()) : head).strip();
    }

    /**
     * A title that is a name ("Self-Rewarding Language Models", "No Language Left Behind"), when the authors use it as
     * one in the abstract ("In this work, we study Self-Rewarding Language Models, …"): capitalised words, two to five,
     * no verb, repeated as written in a first-person sentence.
     */
    static Optional<String> nameRepeatedByAuthors(String title, List<String> sentences) {
        String head = head(title).strip();
        String[] words = head.split("\\s+");
        // "Learning …", "Rethinking …" say what the paper does; "Self-Rewarding …" is a compound adjective.
        if (words.length < 2 || words.length > 5 || NOT_A_NAME_START.contains(words[0]) || !words[0].contains("-") && GERUND.matcher(words[0]).matches()
                || java.util.Arrays.stream(words).skip(1).anyMatch(SLOGAN_VERBS::contains)
                || !isTitleCased(words)
                || java.util.Arrays.stream(words).allMatch(w -> FUNCTION_WORDS.contains(w) || NameShapes.isOrdinary(w))) {
            return Optional.empty();
        }
        Pattern named = Pattern.compile("(?<![\\p{L}\\p{N}-])" + Pattern.quote(head) + "(?![\\p{L}\\p{N}-])");
        return sentences.stream().anyMatch(s -> named.matcher(s).find() && Cues.FIRST_PERSON.matcher(s).find()) ? Optional.of(head) : Optional.empty();
    }
}
