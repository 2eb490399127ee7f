package io.papergraph.extraction;

import io.papergraph.corpus.PaperRecord;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Runs every extraction rule over one paper and merges what they found: one mention per relation and
 * name, with the aliases the paper itself defines and the highest confidence any rule gave. Pure Java:
 * no database, no network, the same output for the same text.
 */
public final class Extractor {

    /** A score or a gain: "27%", "3.2 points", "2x". */
    private static final Pattern SCORE_IN_SENTENCE = Pattern.compile("\\d(?:\\s?%|\\s?(?:points?|pp)\\b|x\\b|×)");
    static final int MAX_SENTENCE = 2_000;

    private final Gazetteer benchmarks;
    private final Gazetteer methods;
    private final Gazetteer metrics;
    private final Gazetteer concepts;
    private final ModelRule models;
    private final Set<String> knownKeys = new HashSet<>();
    /** Topics ("large language models", "mixture of experts"): a title names them without proposing them. */
    private final Set<String> conceptKeys = new HashSet<>();
    /** Benchmarks, datasets and environments by every name: an abbreviation spelled out as one of them is one. */
    private final Set<String> benchmarkKeys = new HashSet<>();
    /** Every name key of a listed model or method → the keys of all its names (BERT ↔ its expansion, LoRA ↔ Low-Rank Adaptation). */
    private final Map<String, Set<String>> vocabularyNameKeys = new HashMap<>();
    /** Every abbreviation the vocabulary lists → the word stems of its entry's names ("MAS" → multi, agent, system). */
    private final Map<String, Set<String>> abbreviationWords = new HashMap<>();
    private final ModelMentionRule modelMentionRule;
    private final MethodComparisonRule methodComparisonRule;

    public Extractor(Vocabulary vocabulary) {
        benchmarks = Gazetteer.forBenchmarks(vocabulary.benchmarks());
        methods = new Gazetteer(vocabulary.methods(), false);
        metrics = new Gazetteer(vocabulary.metrics(), false);
        concepts = new Gazetteer(vocabulary.concepts(), true);
        models = new ModelRule(vocabulary.models());
        Stream.of(vocabulary.benchmarks(), vocabulary.methods(), vocabulary.models(), vocabulary.concepts(), vocabulary.metrics())
                .forEach(entries -> addKeys(entries, knownKeys));
        addKeys(vocabulary.concepts(), conceptKeys);
        addKeys(vocabulary.benchmarks(), benchmarkKeys);
        // Models and methods: "Low-Rank Adaptation" is the paper's own when it proposes "LoRA".
        Stream.of(vocabulary.models(), vocabulary.methods()).flatMap(List::stream).forEach(entry -> {
            Set<String> keys = entry.names().stream().map(Names::key).collect(java.util.stream.Collectors.toUnmodifiableSet());
            keys.forEach(k -> vocabularyNameKeys.putIfAbsent(k, keys));
        });
        Stream.of(vocabulary.benchmarks(), vocabulary.methods(), vocabulary.models(), vocabulary.concepts(), vocabulary.metrics())
                .flatMap(List::stream).forEach(entry -> entry.names().stream().filter(NameShapes::isAbbreviation).forEach(abbreviation ->
                        // Only long forms tell what an abbreviation stands for. Listed alone ("SAM"), its entry has no words to share, and a
                        // definition of it here ("Sharpness-Aware Minimization (SAM)") is read as coined: measured on unseen lists, a paper
                        // defining a listed abbreviation anew is the likelier case (a paper spelling out the listed one, "Reasoning and
                        // Acting (ReAct)", is read wrongly).
                        abbreviationWords.computeIfAbsent(Names.key(abbreviation), k -> new HashSet<>())
                                .addAll(entry.names().stream().filter(n -> !NameShapes.isAbbreviation(n)).flatMap(n -> wordStems(n).stream()).toList())));
        modelMentionRule = new ModelMentionRule(models, benchmarkKeys, this::isKnown);
        methodComparisonRule = new MethodComparisonRule(methods);
    }

    /** Every name of the entries, as a key and as a singular key. */
    private static void addKeys(List<VocabularyEntry> entries, Set<String> keys) {
        entries.stream().flatMap(e -> e.names().stream()).forEach(n -> {
            keys.add(Names.key(n));
            keys.add(Names.singularKey(n));
        });
    }

    /**
     * "WebShop: Towards Scalable …" with "we develop WebShop -- a simulated e-commerce website environment": a title headed by a
     * benchmark, dataset or environment the vocabulary knows, that the abstract describes as one, is where that resource comes
     * from — introduced, not a method. A known name the abstract does not describe so stays the title's method.
     */
    private Mention asKnownResource(Mention titleHead, List<String> sentences) {
        if (titleHead.relation() != Relation.PROPOSES || benchmarks.find(titleHead.name()).stream()
                .noneMatch(hit -> hit.start() == 0 && hit.end() == titleHead.name().length() && !hit.keyword())) {
            return titleHead;
        }
        Pattern name = NameShapes.wholeWord(titleHead.name());
        for (String sentence : sentences) {
            Matcher at = name.matcher(sentence);
            if (at.find()) {
                String kind = ResourceKinds.resourceKind(sentence, at.start(), at.end());
                return kind == null ? titleHead : new Mention(Relation.INTRODUCES, EntityKind.BENCHMARK, titleHead.name(), titleHead.aliases(),
                        titleHead.evidence(), titleHead.rule(), titleHead.confidence(), kind);
            }
        }
        return titleHead;
    }

    /**
     * "Repo2Run: Automated Building Executable Environment for …" with "we introduce Repo2Run, the first LLM-based agent …": a title
     * head its long form makes a resource, that the abstract's appositive calls a model or an agent, is a method.
     */
    private static Mention asDescribedMethod(Mention titleHead, String title, List<String> sentences) {
        // Not a title that says it evaluates ("LiveCodeBench: Holistic and Contamination Free Evaluation of …").
        if (titleHead.relation() != Relation.INTRODUCES || EVALUATION_IN_TITLE.matcher(title).find()) {
            return titleHead;
        }
        Pattern name = NameShapes.wholeWord(titleHead.name());
        for (String sentence : sentences) {
            Matcher at = name.matcher(sentence);
            if (at.find()) {
                return ResourceKinds.describedAsModelOrAgent(sentence, at.end())
                        ? new Mention(Relation.PROPOSES, EntityKind.METHOD, titleHead.name(), titleHead.aliases(), titleHead.evidence(),
                                titleHead.rule(), titleHead.confidence(), null)
                        : titleHead;
            }
        }
        return titleHead;
    }

    private static final Pattern EVALUATION_IN_TITLE = Pattern.compile("(?i)\\b(?:benchmark|evaluat|dataset|corpus|suite|leaderboard|arena)");

    /** True when the vocabulary lists the name: then it is prior work, never this paper's contribution. */
    public boolean isKnown(String name) {
        // Only a definition ends in its short form's parenthesis: the pattern is not run on every other name asked about.
        Matcher defined = DEFINED_ABBREVIATION.matcher(name.endsWith(")") ? name : "");
        Set<String> words = defined.matches() ? abbreviationWords.getOrDefault(Names.key(defined.group(2)),
                abbreviationWords.get(Names.singularKey(defined.group(2)))) : null;
        if (words != null) {
            // "Motion-Adaptive Spline (MAS)" is not the multi-agent system (MAS) the vocabulary lists: an abbreviation is the
            // known one only when its long form shares a word with the known one's names.
            return wordStems(defined.group(1)).stream().anyMatch(words::contains);
        }
        if (defined.matches()) {
            return isKnown(defined.group(2)) || isKnown(defined.group(1));
        }
        return knownKeys.contains(Names.key(name)) || knownKeys.contains(Names.singularKey(name));
    }

    /** "Long Form (LF)": an abbreviation written with the long form it stands for here. */
    private static final Pattern DEFINED_ABBREVIATION = Pattern.compile("(.+) \\((\\S+)\\)");

    /**
     * The first six letters of each word of four letters or more, lower-cased: "Graph Neural Netwoks" → graph, neural, netwok
     * ("Expert" and "Experience" apart).
     */
    private static Set<String> wordStems(String name) {
        Set<String> stems = new HashSet<>();
        for (String word : name.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (word.length() >= 4) {
                stems.add(word.substring(0, Math.min(6, word.length())));
            }
        }
        return stems;
    }

    /**
     * A whole name that is a listed family's model with its version or size ("LLaMA-2", "GPT-4"), not a family's bare name,
     * which may name a resource too ("the Vicuna benchmark").
     */
    private boolean isVersionedModel(String name) {
        return models.find(name).stream().anyMatch(m -> m.start() == 0 && m.end() == name.length() && name.chars().anyMatch(Character::isDigit));
    }

    private static final Pattern APPLIED_TO = Pattern.compile("\\s+(?:for|in)\\s+\\p{Lu}");

    /** "ChatGPT for Robotics: Design Principles …": a known model put to a field's work is what the paper studies, not its name. */
    private boolean modelAppliedToField(String head) {
        return models.find(head).stream().anyMatch(model -> model.start() == 0 && model.family() != null
                && APPLIED_TO.matcher(head).region(model.end(), head.length()).lookingAt());
    }

    /** Known to the vocabulary, or the name of a model of a family it lists ("LLaMA-2"). */
    private boolean isKnownOrModel(String name) {
        return isKnown(name) || !models.find(name).isEmpty();
    }

    public Extraction extract(PaperRecord paper) {
        try {
            return extractPaper(paper);
        } finally {
            PerSentence.forgetThisThread();
        }
    }

    private Extraction extractPaper(PaperRecord paper) {
        String text = LatexText.readable(paper.abstractText());
        // Rules read at most MAX_SENTENCE characters of a sentence: real ones are far shorter, and a regex walking a
        // list of thousands of items would exhaust the stack.
        List<String> sentences = Sentences.split(text).stream()
                .map(s -> s.length() > MAX_SENTENCE ? s.substring(0, MAX_SENTENCE) : s).toList();
        List<Mention> mentions = new ArrayList<>();
        List<ResultMention> results = new ArrayList<>();
        List<AcronymDefinitions.Definition> definitions = new ArrayList<>(AcronymDefinitions.find(paper.title()));
        Optional<Mention> titleHead = TitleHeadRule.apply(paper.title(), paper.abstractText(), this::isKnown)
                .filter(head -> !modelAppliedToField(head.name()))
                .map(head -> asKnownResource(head, sentences))
                .map(head -> asDescribedMethod(head, paper.title(), sentences));
        titleHead.ifPresent(mentions::add);
        List<String> ownNames = new ArrayList<>();
        titleHead.filter(m -> m.relation() == Relation.PROPOSES).map(Mention::name).ifPresent(ownNames::add);
        Map<String, List<Gazetteer.Hit>> conceptHits = new LinkedHashMap<>();
        Map<AcronymDefinitions.Definition, String> definedIn = new LinkedHashMap<>();
        boolean opening = true;
        boolean ownWorkSaid = false;
        for (String sentence : sentences) {
            List<AcronymDefinitions.Definition> defined = AcronymDefinitions.find(sentence);
            definitions.addAll(defined);
            defined.forEach(d -> definedIn.putIfAbsent(d, sentence));
            List<Mention> proposals = ProposalRule.apply(sentence, defined, this::isKnown, List.copyOf(ownNames));
            proposals.stream().filter(m -> m.relation() == Relation.PROPOSES).map(Mention::name).forEach(ownNames::add);
            mentions.addAll(proposals);
            DescribedMethodRule.apply(paper.title(), sentence).ifPresent(mentions::add);
            mentions.addAll(CountedTechniquesRule.apply(sentence, this::isKnown));
            Gazetteer.Tokens tokens = Gazetteer.Tokens.of(sentence);
            List<Gazetteer.Hit> benchmarkHits = benchmarks.find(tokens);
            List<int[]> comparisonWindows = ComparisonRule.windows(sentence);
            boolean ownLed = ProposalRule.ledByOwnName(sentence, ownNames);
            List<Mention> evaluated = new ArrayList<>(EvaluationRule.apply(sentence, benchmarkHits));
            if (!ownWorkSaid && !ownLed) {
                // Before the authors speak, the abstract sets the scene: resources it gives as the field's examples are not evaluated on.
                evaluated.removeIf(m -> EvaluationRule.namedAsFieldExample(sentence, m));
            }
            evaluated.addAll(EvaluationRule.parenthesisedLists(sentence, evaluated, this::isKnownOrModel));
            evaluated.addAll(EvaluationRule.gamesPlayed(sentence, this::isKnownOrModel));
            evaluated.addAll(EvaluationRule.partsOfNamed(sentence, this::isKnownOrModel));
            mentions.addAll(evaluated);
            List<int[]> rivals = new ArrayList<>();
            // Until the authors speak, the abstract sets the scene ("Language models excel at math. GPT-4 solves …") — unless a
            // sentence reports a result ("Fine-tuned on 1K samples, X gains 27%") or the paper's own contribution leads it
            // ("Alpaca-Lite is fine-tuned from Llama-2-7B …").
            // After the opening, a sentence that says in the passive what is done with a model ("Llama-2-7B is fine-tuned on …",
            // "Here, GPT-4 acts as the teacher") speaks for the authors, "we" or not.
            boolean scene = (opening || !ownWorkSaid && !IMPERSONAL_USE.matcher(sentence).find()) && !ownLed && !SCORE_IN_SENTENCE.matcher(sentence).find();
            List<Mention> modelMentions = modelMentionRule.modelMentions(sentence, comparisonWindows, rivals, ownWorkSaid, ownLed, scene, paper.title(), definitions);
            // "We introduce Mixtral 8x7B, …": a model the paper releases is one of its own names from here on.
            modelMentions.stream().filter(m -> m.relation() == Relation.PROPOSES).map(Mention::name).forEach(ownNames::add);
            mentions.addAll(modelMentions);
            mentions.addAll(methodComparisonRule.methodComparisons(tokens, comparisonWindows, rivals, opening));
            List<Gazetteer.Hit> sentenceConcepts = concepts.find(tokens);
            mentions.addAll(MethodComparisonRule.conceptComparisons(sentence, sentenceConcepts, comparisonWindows));
            // "Our model, built on Gemma-2-9B-it, achieves …": a model the model rules read as used in this sentence is no rival.
            Set<String> usedHere = modelMentions.stream().filter(m -> m.relation() == Relation.USES_MODEL).map(m -> Names.key(m.name()))
                    .collect(java.util.stream.Collectors.toSet());
            mentions.addAll(ComparisonRule.coinedNames(sentence, comparisonWindows, this::isKnown, rivals).stream()
                    .filter(m -> !usedHere.contains(Names.key(m.name()))).toList());
            // "open-source LLMs (e.g., LLaMA-2 and Mistral)": a model given as an example is read by the model rules, used or compared.
            // "We fine-tune Llama-2-7B (Touvron et al., 2023)": a cited model is used, not built on.
            mentions.addAll(ComparisonRule.examples(sentence, this::isKnownOrModel));
            mentions.addAll(ComparisonRule.lowerCaseBaselines(sentence));
            mentions.addAll(ComparisonRule.namedAsPriorWork(sentence, this::isKnownOrModel));
            results.addAll(ResultRule.apply(sentence, benchmarkHits, metrics.find(tokens)));
            conceptHits.put(sentence, sentenceConcepts);
            opening = false;
            ownWorkSaid |= ownLed || Cues.FIRST_PERSON.matcher(sentence).find();
        }
        mentions.addAll(modelMentionRule.rivalsOfTitle(paper.title()));
        mentions = withoutLowerCasePhrasesBesideTitleName(mentions, paper.title());
        mentions.addAll(EnumeratedDesignRule.apply(sentences, ownNames, this::isKnown));
        mentions.addAll(ComponentRule.apply(sentences, mentions, this::isKnown));
        mentions.addAll(ComparisonRule.definedWhereBuiltWith(sentences, mentions, this::isKnown));
        mentions.addAll(ExtendedMethodRule.apply(sentences, mentions, methods));
        // "to merely 2.9 points on the LLaMA-2 7B model": a model's name where a result is reported is no benchmark.
        mentions.addAll(EvaluationRule.coinedResources(sentences, mentions, name -> isKnown(name) || isVersionedModel(name)));
        mentions.addAll(ConceptRule.apply(paper.title(), concepts.find(paper.title()), conceptHits));
        mentions = OwnResources.withoutOthersResourcesOfResourcePapers(OwnResources.withoutEvaluationWhereIntroduced(mentions), sentences);
        mentions.addAll(OwnResources.evaluatedOnOwnResources(mentions, sentences));
        definedIn.keySet().removeIf(d -> conceptKeys.contains(Names.singularKey(d.shortForm())) || conceptKeys.contains(Names.singularKey(d.longForm())));
        mentions.addAll(namedByTitle(paper.title(), mentions, definedIn, sentences));
        mentions.addAll(OwnNames.ownVariants(sentences, mentions, models::isFamily));
        mentions.addAll(OwnNames.predecessorsOfOwnNames(sentences, mentions));
        mentions.addAll(OwnNames.modelsOwnNamesBuildOn(mentions));
        mentions = OwnNames.ownModelsOfTitle(paper.title(), mentions);
        mentions = OwnNames.ownNamesShapedAsModels(mentions);
        mentions = withoutRedefinedBenchmarks(mentions, definitions);
        mentions = OwnNames.withTitleHeadSpellings(OwnNames.withTitleLongFormNamed(mentions));
        mentions = InsideOwnNames.withoutMethodsInsideOwnNames(mentions, paper.title() + "\n" + String.join("\n", sentences));
        List<Mention> aliased = OwnNames.withVariantsOfContributions(MentionMerger.withDefinedAliases(mentions, definitions));
        List<Mention> merged = MentionMerger.withoutBareFamilies(MentionMerger.merge(aliased, key -> vocabularyNameKeys.getOrDefault(key, Set.of(key))));
        merged = MentionMerger.withVariantNamesAsAliases(models::isFamily, name -> benchmarkKeys.contains(Names.key(name)), merged);
        results = RespectiveResults.assign(ResultLabels.withBenchmarksNamedNearby(results, merged, definitions), ResultLabels.benchmarkNames(merged));
        // A score a resource paper reports on another's benchmark as the scene ("95% on benchmarks such as GSM8K") evaluates nothing.
        merged = OwnResources.withoutOthersResourcesOfResourcePapers(ResultLabels.withEvaluationWhereScored(merged, results), sentences);
        List<String> urls = UrlRule.apply(paper.abstractText());
        return new Extraction(paper, merged, results, urls);
    }

    /**
     * "Graph Attention Networks" with "We present graph attention networks (GATs), novel …", "Masked Autoencoders
     * Are …" with "This paper shows that masked autoencoders (MAE) are …": when no rule found a contribution,
     * an acronym the abstract defines for words of the title is what the paper is about — its own, however well
     * known it became. Failing the title, a coined name the authors' sentences act with (see subjectOfOwnSentences), and
     * last a phrase of the title the authors say they propose (TitlePhraseRule).
     */
    private List<Mention> namedByTitle(String title, List<Mention> mentions, Map<AcronymDefinitions.Definition, String> definedIn,
                                       List<String> sentences) {
        if (mentions.stream().anyMatch(m -> m.relation() == Relation.PROPOSES || m.relation() == Relation.INTRODUCES)) {
            return List.of();
        }
        String titleKey = Names.key(title);
        Optional<Mention> defined = definedIn.entrySet().stream()
                .filter(e -> e.getKey().longForm().contains(" ") && titleKey.contains(Names.key(e.getKey().longForm())))
                // "This paper shows that masked autoencoders (MAE) are …", not "Proximal policy optimization (PPO) is …"
                .filter(e -> Cues.FIRST_PERSON.matcher(e.getValue()).find())
                // "Our work leverages Monte Carlo Tree Search (MCTS) to …": what the authors use is not what they propose.
                .filter(e -> !Cues.PRIOR_WORK_BEFORE.matcher(e.getValue().substring(0, e.getKey().start())).find())
                // "We apply … reinforcement learning from human feedback (RLHF) to …", "This work explores whether small language
                // models (LMs) …": what the authors apply or study is not what they propose.
                .filter(e -> !APPLIED_OR_STUDIED.matcher(e.getValue().substring(0, e.getKey().start())).find())
                // "GRPO is Secretly a Process Reward Model", "Revisiting Distillation for Autoregressive Language Models": a long form
                // the title predicates or names as its field is no name of the paper's.
                .filter(e -> titleLeadsWith(title, e.getKey().longForm()))
                .findFirst()
                .map(e -> new Mention(Relation.PROPOSES, EntityKind.METHOD, e.getKey().shortForm(), List.of(e.getKey().longForm()),
                        e.getValue(), RULE_NAMED_BY_TITLE, 0.7, null));
        if (defined.isPresent()) {
            return List.of(defined.get());
        }
        // "Dense Passage Retrieval for Open-Domain Question Answering", "Denoising Diffusion Probabilistic Models": a paper that
        // proposes nothing else, titled by a known method's whole name, is where that method comes from. Three words at
        // least: "Tree Search for Language Model Agents" is about a kind of method.
        // The head whole too ("Code as Policies: …" is no "Code" cut before a preposition), when the authors present it in
        // so many words ("This paper presents code as policies"): "Code as Policies: Failure Modes in …" only studies it.
        String cut = TitleHeadRule.namePart(title);
        String head = TitleHeadRule.head(title).strip();
        List<String> nameParts = head.equals(cut) || sentences.stream().noneMatch(s -> TitlePhraseRule.proposedBy(s, head)) ? List.of(cut) : List.of(cut, head);
        for (String namePart : nameParts) {
            List<Gazetteer.Hit> known = methods.find(namePart);
            if (namePart.split("[\\s-]+").length >= 3 && known.size() == 1 && known.get(0).start() == 0 && known.get(0).end() == namePart.length()
                    && !known.get(0).entry().isUsedInPassing()) {
                return List.of(new Mention(Relation.PROPOSES, EntityKind.METHOD, known.get(0).entry().name(), List.of(namePart), title,
                        RULE_NAMED_BY_TITLE, 0.7, null));
            }
        }
        Optional<Mention> byTitle = TitleHeadRule.nameRepeatedByAuthors(title, sentences)
                .map(name -> new Mention(Relation.PROPOSES, EntityKind.METHOD, name, List.of(), title, RULE_NAMED_BY_TITLE, 0.7, null));
        return byTitle.or(() -> subjectOfOwnSentences(sentences)).or(() -> TitlePhraseRule.apply(title, sentences, this::isKnown))
                .map(List::of).orElse(List.of());
    }

    /**
     * Whether the title opens with the words, or a part of it does (after a colon), or its means do ("… with Chain of Density
     * Prompting", "via …"): where a title names what the paper makes.
     */
    private static boolean titleLeadsWith(String title, String longForm) {
        String words = String.join("[\\s-]*", java.util.Arrays.stream(longForm.strip().split("[\\s-]+")).map(Pattern::quote).toList());
        return Pattern.compile("(?i)(?:^(?:the\\s+|an?\\s+)?|[:—–]\\s*|\\b(?:with|via|through|using|by)\\s+)" + words + "s?(?![\\p{L}\\p{N}])").matcher(title).find();
    }

    private static final Pattern IMPERSONAL_USE = Pattern.compile(
            "(?i)\\b(?:is|are|was|were)\\s+(?:\\w+ly\\s+)?(?:fine-?tuned|trained|used|adopted|employed|initiali[sz]ed|distilled|prompted|evaluated|tested|probed|fed|applied|chosen|selected|pre-?trained)\\b"
                    + "|^Here,|\\b(?:acts?|serves?)\\s+as\\s+the\\b|\\bthe\\s+(?:backbone|base\\s+model|teacher|student)\\s+(?:is|are)\\b");
    private static final Pattern APPLIED_OR_STUDIED = Pattern.compile(
            "(?i)\\b(?:appl(?:y|ies|ied|ying)|use[sd]?|using|employ\\w*|adopt\\w*|leverag\\w*|utili[sz]\\w*|explor(?:e|es|ed|ing)|stud(?:y|ies|ied|ying)"
                    + "|investigat\\w*|evaluat\\w*|examin\\w*|analy[sz]\\w*)\\b");

    /** A coined name opening a sentence, or its main clause after an opening phrase, and acting: "FastGen can be deployed …". */
    private static final Pattern SENTENCE_SUBJECT = Pattern.compile("^(?:[^,]{0,120},\\s+){0,2}(" + NameShapes.NAME + ")\\s+(?:also\\s+|further\\s+|consistently\\s+)?"
            + "(?:can|achieves|demonstrates|outperforms|surpasses|shows|reduces|improves|enables|learns|generates|attains|delivers|maintains|yields|obtains|sets)\\b");
    static final String RULE_SUBJECT_OF_OWN_SENTENCES = "subject-of-own-sentences";

    /**
     * "Moreover, …, FastGen can be deployed without …" and "In our experiments …, FastGen demonstrates …": with nothing else
     * proposed, a coined name the vocabulary does not know, subject of two sentences of which one is the authors' own, is the
     * paper's method.
     */
    private Optional<Mention> subjectOfOwnSentences(List<String> sentences) {
        Map<String, Integer> asSubject = new LinkedHashMap<>();
        Map<String, String> ownSentence = new HashMap<>();
        for (String sentence : sentences) {
            Matcher subject = SENTENCE_SUBJECT.matcher(sentence);
            if (subject.find() && NameShapes.isCoined(subject.group(1)) && !isKnown(subject.group(1)) && models.find(subject.group(1)).isEmpty()) {
                asSubject.merge(subject.group(1), 1, Integer::sum);
                if (Cues.FIRST_PERSON.matcher(sentence).find()) {
                    ownSentence.putIfAbsent(subject.group(1), sentence);
                }
            }
        }
        return asSubject.entrySet().stream().filter(e -> e.getValue() >= 2 && ownSentence.containsKey(e.getKey()))
                .max(Map.Entry.comparingByValue())
                .map(e -> new Mention(Relation.PROPOSES, EntityKind.METHOD, e.getKey(), List.of(), ownSentence.get(e.getKey()),
                        RULE_SUBJECT_OF_OWN_SENTENCES, 0.6, null));
    }

    static final String RULE_NAMED_BY_TITLE = "named-by-title";

    /** A phrase of several words, all in lower case: "progressive quantization", "learnable meta tokens". */
    private static final Pattern LOWER_CASE_PHRASE = Pattern.compile("\\p{Ll}[\\p{Ll}\\p{N}-]*(?:\\s+\\p{Ll}[\\p{Ll}\\p{N}-]*)+");

    /**
     * "QServe: …" with "in QoQ algorithm, we introduce progressive quantization that …": where the title names the paper's
     * method, a lower-case phrase the authors say they propose, with no abbreviation of its own, describes a part or a step
     * of it, which the annotators list as a name rarely — 11 of 29 such facts on the read lists, none of 5 on eight lists
     * annotated blind, against 39 of 50 where the title names nothing (counted by features only on those eight lists). Not a
     * phrase the title holds too ("LENS: Step Localisation via …" with "we propose a new planning task -- step localisation").
     */
    private static List<Mention> withoutLowerCasePhrasesBesideTitleName(List<Mention> mentions, String title) {
        boolean titleNamed = mentions.stream().anyMatch(m -> m.relation() == Relation.PROPOSES && TitleHeadRule.RULE.equals(m.rule()));
        if (!titleNamed) {
            return mentions;
        }
        String titleKey = Names.key(title);
        return new ArrayList<>(mentions.stream().filter(m -> !(m.relation() == Relation.PROPOSES && ProposalRule.RULE_VERB.equals(m.rule())
                && m.aliases().isEmpty() && LOWER_CASE_PHRASE.matcher(m.name()).matches() && !titleKey.contains(Names.key(m.name())))).toList());
    }

    /**
     * "grouped-query attention (GQA)": an abbreviation the abstract spells out as a known method, model or topic is that,
     * not the benchmark the vocabulary knows by the same letters.
     */
    private List<Mention> withoutRedefinedBenchmarks(List<Mention> mentions, List<AcronymDefinitions.Definition> definitions) {
        Set<String> redefined = definitions.stream()
                .filter(d -> isKnown(d.longForm()) && !benchmarkKeys.contains(Names.key(d.longForm())) && !benchmarkKeys.contains(Names.singularKey(d.longForm())))
                .map(d -> Names.key(d.shortForm())).collect(java.util.stream.Collectors.toSet());
        return redefined.isEmpty() ? mentions : mentions.stream()
                .filter(m -> !(m.relation() == Relation.EVALUATED_ON && m.rule().equals(EvaluationRule.RULE_KNOWN) && redefined.contains(Names.key(m.name()))))
                .toList();
    }
}
