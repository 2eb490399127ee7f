package io.papergraph.extraction;

import io.papergraph.corpus.PaperRecord;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Runs every extraction rule over one paper and merges what they found: one mention per relation and
 * name, with the aliases the paper itself defines and the highest confidence any rule gave. Pure Java:
 * no database, no network, the same output for the same text.
 */
public final class Extractor {

    private static final Pattern MADE_TO_EVALUATE = Pattern.compile(
            "(?i)\\b(?:designed|built|created|constructed|curated|tailored)\\s+(?:specifically\\s+)?(?:to|for)\\s+(?:the\\s+)?(?:evaluat|assess|investigat|test|benchmark|measur|diagnos|prob)\\w*");
    private static final Pattern FOR_TRAINING = Pattern.compile("(?i)\\b(?:for|in)\\s+(?:(?:pre-?|post-)?training|fine-tuning)\\b|\\bto\\s+train\\b");
    /** "We introduce TraceEval, a benchmark …, on which StackTrace reduces errors by 38%": evaluated where introduced. */
    private static final Pattern EVALUATED_WHERE_INTRODUCED = Pattern.compile("(?i)\\bon which\\b");
    private static final Pattern OWN_RESOURCE_REFERENCE = Pattern.compile(
            "(?i)\\b(?:on|using|with) (?:our|this|the (?:proposed|new)) (?:new )?(benchmark|dataset|suite|environment)\\b");

    private static final Pattern BARE_FAMILY_CONTINUES = Pattern.compile("[- \\d]");
    /** "such as Gemini-1.5, DeepSeek-V3, and": an example cue, the list running on before the name. */
    private static final String EXAMPLES_BEFORE = "(?:like|such as|e\\.g\\.,?|including|for example)" + Cues.LIST_RUNNING_ON;
    private static final Pattern DATA_EXAMPLES = Pattern.compile("(?i)\\b(?:datasets?|data|corpora|corpus)\\s+" + EXAMPLES_BEFORE);
    private static final Pattern PRIOR_FINDING_AFTER = Pattern.compile(
            // "GPT-4o, as a new milestone, has enabled real-time conversations": an aside that describes the model may stand
            // before the verb (not "Llama-2-7B, after fine-tuning with Zeta, has demonstrated a 12% gain": what the paper did).
            "(?:,\\s+(?:as|a|an|the|which|who)\\s[^,;]{1,60},)?\\s+(?:model\\s+|series\\s+|release\\s+|paper\\s+|report\\s+)?(?:(?:has|have)\\s+(?:recently\\s+)?(?:shown|demonstrated|exhibited|revealed|proven|enabled|revolutionized|revolutionised|sparked)"
                    // "OpenAI's o1 model showed this capability", not "X exhibited a 27% gain" (a result of this paper's)
                    + "|(?:showed|demonstrated)\\s+(?:that|this|the|its|impressive|remarkable|strong))\\b");
    /** "While DeepSeek-R1 and other follow-up work focus on …, this paper …": named as the field's work, whoever speaks. */
    private static final Pattern AMONG_OTHER_WORK_AFTER = Pattern.compile(
            "\\s+and\\s+other\\s+(?:[\\w-]+\\s+)?(?:work|works|studies|efforts)\\b");
    private static final Pattern NOT_USED = Pattern.compile(
            "(?i)\\b(?:without|(?:does|do|did)\\s+not\\s+(?:use|utili[sz]e|rely\\s+on|require|need))\\s+(?:the\\s+|using\\s+)?$");
    /** "Inspired by the success of DeepSeek-R1", "the release of GPT-4": the field's news, no model the paper uses. */
    private static final Pattern NEWS_OF = Pattern.compile(
            "(?i)\\b(?:success(?:es)?|progress|advances?|achievements?|popularity|emergence|advent|release|breakthroughs?)\\s+of\\s+(?:the\\s+)?$");
    /** "without additional external supervision (e.g., responses, preferences, etc.) from GPT-4": no help taken from it. */
    private static final Pattern NO_HELP_FROM = Pattern.compile(
            "(?i)\\bwithout\\s+(?:any\\s+|additional\\s+|external\\s+)*(?:supervision|feedback|annotations?|labels|data|responses|distillation|help)"
                    + "\\s+(?:\\([^()]{0,60}\\)\\s+)?from\\s+$");
    /** "such as Gemini-1.5, DeepSeek-V3, and": the example list may run on before the model. */
    private static final Pattern EXAMPLE_OF_FIELD = Pattern.compile("(?i)\\b" + EXAMPLES_BEFORE);
    private static final Pattern FILE_SUFFIX = Pattern.compile("\\.\\p{Ll}");
    private static final Pattern COMMON_WORDS = Pattern.compile("\\p{Ll}+(?:[\\s-]\\p{Ll}+)+");
    /** A score or a gain: "27%", "3.2 points", "2x". */
    private static final Pattern SCORE_IN_SENTENCE = Pattern.compile("\\d(?:\\s?%|\\s?(?:points?|pp)\\b|x\\b|×)");
    private static final Pattern METHODS_EXEMPLIFIED = Pattern.compile(
            "(?i)\\b(?:methods|approaches|techniques|algorithms|strategies)\\s+(?:such as|like|e\\.g\\.,?|including)\\s+"
                    + "(?:[\\w.()-]+,?\\s+(?:(?:and|or)\\s+)?){0,6}$");
    /** "Extensive experiments on models including Phi-MoE and OLMoE …": an abstract's experiments are the paper's own. */
    private static final Pattern OWN_EXPERIMENTS = Pattern.compile("(?i)^(?:extensive |comprehensive |our )?(?:experiments|experimental results|evaluations?)\\b");
    /** "we introduce Mixtral 8x7B", "We propose the first Large Reconstruction Model (LRM)": a known name the paper releases. */
    private static final Pattern RELEASED_HERE = Pattern.compile("(?i)\\bwe\\s+(?:\\w+\\s+)?(?:introduce|present|release|releasing|propose|develop)\\s+(?:the\\s+(?:first\\s+)?)?$");
    static final int MAX_SENTENCE = 2_000;
    /** "builds on a Llama 2 language model", "extends Llama2 7B from 4k context to 100k": a model built on is used. */
    private static final Pattern BUILT_ON_BEFORE = Pattern.compile(
            "(?i)\\b(?:buil(?:t|ds?|ding)\\s+(?:up)?on\\s+(?:top\\s+of\\s+)?|extend(?:s|ed|ing)?\\s+(?:the\\s+context\\s+(?:window\\s+)?of\\s+)?)(?:the\\s+|an?\\s+)?$");
    private static final Pattern RESEMBLANCE_AFTER = Pattern.compile("^" + Cues.RESEMBLANCE_SUFFIX);
    /** "the Vicuna benchmark", "a 0.05 decline in CLIP Score", "the DeepScaleR subset": a resource or a metric named after a model. */
    private static final Pattern NAMES_A_RESOURCE = Pattern.compile("\\s+(?i:benchmark|dataset|test set|leaderboard|arena|score|subset)s?\\b");
    /** ", a sparse mixture-of-experts model", " series, a significant upgrade …": what the released model is, set off. */
    private static final Pattern SET_OFF_AFTER = Pattern.compile("^(?:\\s+(?i:series|family|models))?\\s*(?:,\\s+(?:a|an|the|which)\\b|\\(|:)");
    private static final Pattern ATTACHED_DASH = Pattern.compile("(?<=[\\p{L}\\p{N}])--(?=[\\p{L}\\p{N}])");
    /**
     * "we propose {\\sc FedDecorr}, a novel method", "\\texttt{FedSAM}": a name set in a LaTeX font is read as the name.
     * Only capitalised names: a lower-case term in italics is how authors mark a term they coin, and rules read that mark.
     */
    private static final String LATEX_FONT_NAME = "\\\\(?:textbf|textit|texttt|textsc|textsf|textrm|emph|mathbf|mathtt|mathrm|mathsf)\\{(\\p{Lu}[^{}$\\\\]*)}";
    private static final Pattern NAME_IN_LATEX_FONT = Pattern.compile(
            // "($\\textbf{DEPS}$)": the font set in math mode, the dollars go with it.
            "\\$" + LATEX_FONT_NAME + "\\$|" + LATEX_FONT_NAME
                    + "|\\{\\\\(?:sc|bf|it|tt|em|sf|rm)\\s+(\\p{Lu}[^{}$\\\\]*)}"
                    // "$\\underline{D}$escribe, $\\underline{E}$xplain": a letter marked inside a word is that word's letter.
                    + "|\\$\\\\underline\\{(\\p{L})}\\$(?=\\p{L})");
    /** "the Atari $100$k benchmark": a count in math mode with its unit written on is part of a name ("Atari 100k"). */
    private static final Pattern LATEX_COUNT = Pattern.compile("\\$(\\d+)\\$(?=[kKMB]\\b)");
    /** "We introduce ``Successive Prompting'', where …": LaTeX's quotation marks, read as the quotes rules look for. */
    private static final Pattern LATEX_QUOTES = Pattern.compile("``([^`'\"]{1,80})''");
    private static final Pattern INTRODUCING = Pattern.compile("(?i)\\b" + Cues.MAKING_VERB_STEM + "\\w*");

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
    private final Map<String, Set<String>> vocabularyNameKeys = new java.util.HashMap<>();

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
                String kind = ProposalRule.resourceKind(sentence, at.start(), at.end());
                return kind == null ? titleHead : new Mention(Relation.INTRODUCES, EntityKind.BENCHMARK, titleHead.name(), titleHead.aliases(),
                        titleHead.evidence(), titleHead.rule(), titleHead.confidence(), kind);
            }
        }
        return titleHead;
    }

    /** True when the vocabulary lists the name: then it is prior work, never this paper's contribution. */
    public boolean isKnown(String name) {
        return knownKeys.contains(Names.key(name)) || knownKeys.contains(Names.singularKey(name));
    }

    private static String firstGroup(java.util.regex.MatchResult m) {
        for (int g = 1; g <= m.groupCount(); g++) {
            if (m.group(g) != null) {
                return m.group(g);
            }
        }
        return m.group();
    }

    public Extraction extract(PaperRecord paper) {
        // Rules read at most MAX_SENTENCE characters of a sentence: real ones are far shorter, and a regex walking a
        // list of thousands of items would exhaust the stack.
        // "three LLMs--Llama-2, MPT, and OpenLLaMA--across …": a LaTeX dash written against the words would glue them
        // into one hyphenated token.
        String plainFonts = NAME_IN_LATEX_FONT.matcher(LATEX_COUNT.matcher(ATTACHED_DASH.matcher(paper.abstractText()).replaceAll(" -- ")).replaceAll("$1"))
                .replaceAll(m -> java.util.regex.Matcher.quoteReplacement(firstGroup(m)));
        String text = LATEX_QUOTES.matcher(plainFonts).replaceAll("“$1”");
        List<String> sentences = Sentences.split(text).stream()
                .map(s -> s.length() > MAX_SENTENCE ? s.substring(0, MAX_SENTENCE) : s).toList();
        List<Mention> mentions = new ArrayList<>();
        List<ResultMention> results = new ArrayList<>();
        List<AcronymDefinitions.Definition> definitions = new ArrayList<>(AcronymDefinitions.find(paper.title()));
        Optional<Mention> titleHead = TitleHeadRule.apply(paper.title(), paper.abstractText(), this::isKnown)
                .map(head -> asKnownResource(head, sentences));
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
            Gazetteer.Tokens tokens = Gazetteer.Tokens.of(sentence);
            List<Gazetteer.Hit> benchmarkHits = benchmarks.find(tokens);
            List<int[]> comparisonWindows = ComparisonRule.windows(sentence);
            boolean ownLed = ProposalRule.ledByOwnName(sentence, ownNames);
            List<Mention> evaluated = new ArrayList<>(EvaluationRule.apply(sentence, benchmarkHits));
            if (!ownWorkSaid && !ownLed) {
                // Before the authors speak, the abstract sets the scene: resources it gives as the field's examples are not evaluated on.
                evaluated.removeIf(m -> EvaluationRule.namedAsFieldExample(sentence, m));
            }
            mentions.addAll(evaluated);
            List<int[]> rivals = new ArrayList<>();
            // The opening sentence sets the scene unless it reports a result ("Fine-tuned on 1K samples, X gains 27%") or the
            // paper's own contribution leads it ("Alpaca-Lite is fine-tuned from Llama-2-7B …").
            boolean scene = opening && !ownLed && !SCORE_IN_SENTENCE.matcher(sentence).find();
            List<Mention> modelMentions = modelMentions(sentence, comparisonWindows, rivals, ownWorkSaid, ownLed, scene, paper.title(), definitions);
            // "We introduce Mixtral 8x7B, …": a model the paper releases is one of its own names from here on.
            modelMentions.stream().filter(m -> m.relation() == Relation.PROPOSES).map(Mention::name).forEach(ownNames::add);
            mentions.addAll(modelMentions);
            mentions.addAll(methodComparisons(tokens, comparisonWindows, rivals, opening));
            List<Gazetteer.Hit> sentenceConcepts = concepts.find(tokens);
            mentions.addAll(conceptComparisons(sentence, sentenceConcepts, comparisonWindows));
            mentions.addAll(ComparisonRule.coinedNames(sentence, comparisonWindows, this::isKnown, rivals));
            mentions.addAll(ComparisonRule.examples(sentence, this::isKnown));
            // "We fine-tune Llama-2-7B (Touvron et al., 2023)": a cited model is used, not built on.
            mentions.addAll(ComparisonRule.namedAsPriorWork(sentence, name -> isKnown(name) || !models.find(name).isEmpty()));
            results.addAll(ResultRule.apply(sentence, benchmarkHits, metrics.find(tokens)));
            conceptHits.put(sentence, sentenceConcepts);
            opening = false;
            ownWorkSaid |= ownLed || Cues.FIRST_PERSON.matcher(sentence).find();
        }
        mentions.addAll(rivalsOfTitle(paper.title()));
        mentions.addAll(ComponentRule.apply(sentences, mentions, this::isKnown));
        mentions.addAll(ComparisonRule.definedWhereBuiltWith(sentences, mentions, this::isKnown));
        mentions.addAll(ExtendedMethodRule.apply(sentences, mentions, methods));
        mentions.addAll(EvaluationRule.coinedResources(sentences, mentions, this::isKnown));
        mentions.addAll(ConceptRule.apply(paper.title(), concepts.find(paper.title()), conceptHits));
        mentions = withoutEvaluationWhereIntroduced(mentions);
        mentions.addAll(evaluatedOnOwnResources(mentions, sentences));
        definedIn.keySet().removeIf(d -> conceptKeys.contains(Names.singularKey(d.shortForm())) || conceptKeys.contains(Names.singularKey(d.longForm())));
        mentions.addAll(namedByTitle(paper.title(), mentions, definedIn, sentences));
        mentions.addAll(ownVariants(sentences, mentions, models::isFamily));
        mentions.addAll(predecessorsOfOwnNames(sentences, mentions));
        mentions.addAll(modelsOwnNamesBuildOn(mentions));
        mentions = ownModelsOfTitle(paper.title(), mentions);
        mentions = ownNamesShapedAsModels(mentions);
        mentions = withoutRedefinedBenchmarks(mentions, definitions);
        mentions = withTitleLongFormNamed(mentions);
        mentions = withoutMethodsInsideOwnNames(mentions, paper.title() + "\n" + String.join("\n", sentences));
        List<Mention> merged = withVariantNamesAsAliases(models::isFamily, name -> benchmarkKeys.contains(Names.key(name)), withoutBareFamilies(merge(withVariantsOfContributions(withDefinedAliases(mentions, definitions)),
                key -> vocabularyNameKeys.getOrDefault(key, Set.of(key)))));
        results = RespectiveResults.assign(withBenchmarksNamedNearby(results, merged, definitions), benchmarkNames(merged));
        merged = withEvaluationWhereScored(merged, results);
        List<String> urls = UrlRule.apply(paper.abstractText());
        return new Extraction(paper, merged, results, urls);
    }

    /**
     * "RT-1: Robotics Transformer for Real-World Control at Scale" with "we present a model class, dubbed Robotics
     * Transformer": what the abstract proposes under the title's long form, cut before its preposition, is the title's
     * contribution under another name — one entity, the abstract's name an alias of the title's.
     */
    private static List<Mention> withTitleLongFormNamed(List<Mention> mentions) {
        Optional<Mention> head = mentions.stream()
                .filter(m -> m.relation() == Relation.PROPOSES && TitleHeadRule.RULE.equals(m.rule()) && !m.aliases().isEmpty())
                .findFirst();
        Optional<String> cut = head.flatMap(h -> TitleHeadRule.longFormBeforePreposition(h.aliases().get(h.aliases().size() - 1)))
                // "LISA: Reasoning Segmentation via …": a cut long form the name does not abbreviate is a second contribution.
                .filter(longForm -> AcronymDefinitions.matches(head.get().name().replaceAll("\\d", "").toLowerCase(Locale.ROOT),
                        longForm.toLowerCase(Locale.ROOT)));
        if (cut.isEmpty()) {
            return mentions;
        }
        String key = Names.key(cut.get());
        List<Mention> renamed = mentions.stream()
                .filter(m -> m != head.get() && m.relation() == Relation.PROPOSES && Names.key(m.name()).equals(key))
                .toList();
        if (renamed.isEmpty()) {
            return mentions;
        }
        Mention h = head.get();
        List<String> aliases = new ArrayList<>(h.aliases());
        aliases.add(renamed.get(0).name());
        List<Mention> out = new ArrayList<>(mentions);
        out.removeAll(renamed);
        out.set(out.indexOf(h), new Mention(h.relation(), h.kind(), h.name(), aliases, h.evidence(), h.rule(), h.confidence(), h.resourceKind()));
        return out;
    }

    /**
     * "Small Planners Beat GPT-4 with Search", "Beyond GPT-4": a model of a known family that the title sets the paper
     * against is one it compares with — not a level to reach ("GPT-4 level"). A model the title only names ("… Tree Search
     * with LLaMa-3 8B") is left to the abstract: on the development set and 32 annotated lists, reading it as used gave no
     * used model the abstract did not also give, and five that the annotators did not count as used.
     */
    private List<Mention> rivalsOfTitle(String title) {
        List<Mention> found = new ArrayList<>();
        for (ModelRule.Found model : models.find(title)) {
            String after = title.substring(model.end());
            if (model.family() == null || LEVEL_AFTER.matcher(after).lookingAt() || RESEMBLANCE_AFTER.matcher(after).lookingAt()
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
     * @param scene whether the sentence sets the scene (the opening one, with no result and not led by the paper's own name): a
     *              model named there is the field's, not this paper's, unless of a family the title names
     */
    private List<Mention> modelMentions(String sentence, List<int[]> comparisonWindows, List<int[]> rivals, boolean ownWorkSaid,
                                        boolean ownLed, boolean scene, String title, List<AcronymDefinitions.Definition> definitions) {
        List<Mention> found = new ArrayList<>();
        // "Eureka exploits … state-of-the-art LLMs, such as GPT-4, to …": a sentence the paper's own name leads speaks for it.
        boolean ownWork = ownLed || Cues.FIRST_PERSON.matcher(sentence).find() || OWN_EXPERIMENTS.matcher(sentence).find();
        List<ModelRule.Found> named = new ArrayList<>(models.find(sentence));
        models.findUnlisted(sentence).stream()
                .filter(u -> named.stream().noneMatch(k -> k.start() < u.end() && u.start() < k.end()))
                // "supervised learning with ImageNet labels": a name shaped like a model that the vocabulary knows as a dataset.
                .filter(u -> !benchmarkKeys.contains(Names.key(u.name())))
                .forEach(named::add);
        // In the order the sentence names them: a list of rivals runs on from one model to the next, whichever finder read it.
        named.sort(Comparator.comparingInt(ModelRule.Found::start));
        List<int[]> urls = named.isEmpty() ? List.of() : UrlRule.spans(sentence);
        for (ModelRule.Found model : named) {
            // "github.com/OpenAI/CLIP" names a repository, not a model the paper uses; "a multi-scale vision transformer" is a kind
            // of architecture written in common words, not the ViT model.
            if (insideUrl(urls, model.start()) || definedAsAnotherKnownThing(model, definitions)
                    || COMMON_WORDS.matcher(sentence.substring(model.start(), model.end())).matches()
                    // "llama.cpp": the model's name is part of a file or a library's name.
                    || FILE_SUFFIX.matcher(sentence).region(model.end(), sentence.length()).lookingAt()) {
                continue;
            }
            String before = sentence.substring(Math.max(0, model.start() - 60), model.start());
            // "the Codex-backboned baselines", "GPT-4 based agents": the model is the backbone, used, not compared against.
            // "OpenVLA builds on a Llama 2 language model": a model built on is used.
            boolean backbone = Cues.BUILT_FROM_AFTER.matcher(sentence).region(model.end(), sentence.length()).lookingAt() || BUILT_ON_BEFORE.matcher(before).find();
            // "subsuming model capabilities from contrastive approaches like CLIP and generative methods like SimVLM": a model
            // given as an example of a kind of method is that prior work, set beside the paper's.
            boolean compared = !backbone && (ComparisonRule.comparedAt(sentence, comparisonWindows, model.start())
                    || METHODS_EXEMPLIFIED.matcher(sentence.substring(Math.max(0, model.start() - 120), model.start())).find()
                    || continuesListOfRivals(sentence, rivals, model.start()));
            // "surpassing closed-source models, including GPT-4 …" compares; "models such as GPT-4 have …" does not.
            // "renowned datasets like Alpaca and WizardLM": named as data, not as models.
            if (NOT_USED.matcher(before).find() || DATA_EXAMPLES.matcher(before).find() || NEWS_OF.matcher(before).find()
                    || NO_HELP_FROM.matcher(sentence.substring(Math.max(0, model.start() - 120), model.start())).find()
                    || (!ownWork && (!ownWorkSaid || PRIOR_WORK_WORDS.matcher(before).find()) && !compared && EXAMPLE_OF_FIELD.matcher(before).find())) {
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
            if (!compared && (!ownWork && PRIOR_FINDING_AFTER.matcher(after).lookingAt() || AMONG_OTHER_WORK_AFTER.matcher(after).lookingAt())) {
                // "DeepSeek-R1 has shown that long CoT can emerge …": what another model showed, not one this paper uses.
                continue;
            }
            if (RESEMBLANCE_AFTER.matcher(after).lookingAt() || LEVEL_IN_TEXT_AFTER.matcher(after).lookingAt()) {
                // "a BERT-like prediction loss", "GPT-style decoding": what resembles a model uses none; "up to GPT-3/LLaMa-2
                // scale", "GPT-4 level": a size or a level to reach, no model used.
                continue;
            }
            if (NAMES_A_RESOURCE.matcher(after).lookingAt()) {
                // "the Vicuna benchmark": a benchmark named after a model.
                continue;
            }
            if (RELEASED_HERE.matcher(before).find() && SET_OFF_AFTER.matcher(after).find()) {
                // "We introduce Mixtral 8x7B, a sparse mixture-of-experts model": the paper's own model, not one it uses.
                found.add(new Mention(Relation.PROPOSES, EntityKind.METHOD, model.name(), List.of(), sentence, ProposalRule.RULE_VERB, 0.8, null));
                continue;
            }
            if (compared) {
                rivals.add(new int[] {model.start(), model.end()});
            }
            double confidence = model.family() == null ? 0.6 : compared ? 0.75 : 0.8;
            found.add(new Mention(compared ? Relation.COMPARES_WITH : Relation.USES_MODEL, EntityKind.MODEL, model.name(),
                    List.of(), sentence, compared ? ComparisonRule.RULE : model.family() == null ? ModelRule.RULE_SHAPED : ModelRule.RULE,
                    confidence, null));
        }
        return found;
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
                && isKnown(d.longForm()));
    }

    /**
     * A well-known method named in an abstract is what the paper compares with or builds on: surely so right
     * after a comparison cue, likely after "using", "adopt", "based on" …, less so elsewhere. Building blocks
     * (architectures, optimisers) are mentioned in passing and count only after a comparison cue.
     *
     * @param opening the abstract's first sentence, which sets the scene ("Chain-of-thought (CoT) prompting reveals
     *                that …"): a method named there without a comparison cue is the field's, not this paper's baseline
     */
    private List<Mention> methodComparisons(Gazetteer.Tokens tokens, List<int[]> comparisonWindows, List<int[]> rivals, boolean opening) {
        String sentence = tokens.sentence();
        List<Mention> found = new ArrayList<>();
        boolean ownWork = Cues.FIRST_PERSON.matcher(sentence).find();
        List<Gazetteer.Hit> hits = methods.find(tokens);
        List<int[]> urls = hits.isEmpty() ? List.of() : UrlRule.spans(sentence);
        for (Gazetteer.Hit hit : hits) {
            // "github.com/geekan/MetaGPT" names a repository, not a method the paper builds on; "an MAE of 0.058" is a
            // metric's value (mean absolute error), not the masked autoencoder.
            // "outperforms supervised fine-tuning": a generic regime, no one's method, is no baseline however it is set against.
            if (hit.entry().isParadigm() || insideUrl(urls, hit.start()) || readAsValue(sentence, hit)) {
                continue;
            }
            boolean compared = ComparisonRule.comparedAt(sentence, comparisonWindows, hit.start());
            String before = sentence.substring(Math.max(0, hit.start() - 60), hit.start());
            // "outperform conventional KD methods", "unlike existing CoT prompting methods": a family of methods, no one baseline.
            boolean family = namesAFamily(sentence, hit) || compared && BASED_KIND_AFTER.matcher(sentence.substring(hit.end())).lookingAt();
            // "approaches such as STaR (Zelikman et al., 2022)": cited, it is specific prior work, however the sentence sets the scene.
            // "Despite progress in methods like chain-of-thought prompting and self-consistency, …", "methods such as perplexity
            // and self-consistency": named as the methods the field has tried, they are the prior work the paper answers —
            // as a citation would mark them (models given as examples of the field are not: "LLMs such as GPT-4").
            boolean cited = ComparisonRule.citedAt(sentence, hit.end())
                    || METHODS_EXEMPLIFIED.matcher(sentence.substring(Math.max(0, hit.start() - 120), hit.start())).find();
            boolean used = USAGE_CUE.matcher(sentence.substring(Math.max(0, hit.start() - 40), hit.start())).find();
            // The opening sentence sets the scene unless the authors say there what they build with ("We present X, which
            // fine-tunes LLMs with LoRA").
            boolean scene = opening && !(ownWork && used);
            if (family || (!compared && !cited && (scene || !ownWork && EXAMPLE_OF_FIELD.matcher(before).find())) || NOT_USED.matcher(before).find()
                    || doneWithout(sentence.substring(Math.max(0, hit.start() - 160), hit.start()))
                    || insideLongerName(sentence, hit) || (!compared && !cited && kindOfOwnWork(sentence, hit))
                    // "these CoT steps", "detailed CoT prompts", "chain-of-thought solutions": what a method's output is made of,
                    // named by it, with no word of comparison — material, not a method set against; "long CoT" the same.
                    || (!compared && (ARTEFACT_AFTER.matcher(sentence.substring(hit.end())).lookingAt()
                        || LENGTH_BEFORE.matcher(sentence.substring(Math.max(0, hit.start() - 40), hit.start())).find()))) {
                // "current methods such as PRMs or self-consistency …": examples of the field, not this paper's baselines;
                // "in zero-shot settings without CoT": explicitly not used.
                continue;
            }
            // A building block counts only right after the cue: "Compared to previous versions of X, Y leverages a
            // larger UNet backbone" compares with X, not with U-Net.
            // Or when the authors say they build with it, named as a technique: "Our model leverages grouped-query attention
            // (GQA) …, coupled with sliding window attention (SWA)" (not "SDXL leverages a three times larger UNet backbone").
            if (!hit.entry().isUsedInPassing() || ComparisonRule.comparedAt(sentence, comparisonWindows, hit.start(), BUILDING_BLOCK_NEAR_CUE)
                    || ComparisonRule.builtWithBefore(sentence, hit.start(), subject -> false)
                        && (ACRONYM_RIGHT_AFTER.matcher(sentence).region(hit.end(), sentence.length()).lookingAt()
                            || VERB_RIGHT_BEFORE.matcher(sentence.substring(Math.max(0, hit.start() - 30), hit.start())).find())
                    // "We present CogVideoX, a text-to-video model based on diffusion transformer": what the authors' work is built on.
                    || ownWork && BASED_ON_BEFORE.matcher(before).find()) {
                if (compared) {
                    rivals.add(new int[] {hit.start(), hit.end()});
                }
                found.add(new Mention(Relation.COMPARES_WITH, EntityKind.METHOD, hit.entry().name(), List.of(hit.surface()),
                        sentence, compared ? ComparisonRule.RULE : ComparisonRule.RULE_BUILDS_ON, compared ? 0.75 : used ? 0.6 : 0.5, null));
            }
        }
        return found;
    }

    private static final Pattern VALUE_AFTER = Pattern.compile("\\s+(?:of|=|:)\\s*[-+]?\\d");
    private static final Pattern ARTICLE_BEFORE = Pattern.compile("(?i)\\b(?:an?|the)\\s+$");

    /** "an MAE of 0.058", "the PRM = 3.1": an abbreviation read as a metric, with its article — not "a win rate over DPO of 68%". */
    private static boolean readAsValue(String sentence, Gazetteer.Hit hit) {
        return VALUE_AFTER.matcher(sentence).region(hit.end(), sentence.length()).lookingAt()
                && ARTICLE_BEFORE.matcher(sentence.substring(Math.max(0, hit.start() - 6), hit.start())).find();
    }

    private static boolean insideUrl(List<int[]> urls, int position) {
        return urls.stream().anyMatch(u -> position >= u[0] && position < u[1]);
    }

    /** "without relying on more complex techniques such as Monte Carlo tree search, value functions, and …": done without. */
    private static final Pattern DONE_WITHOUT = Pattern.compile(
            "(?i)\\bwithout\\s+(?:relying\\s+on|requiring|using|needing|the\\s+need\\s+for|resorting\\s+to)\\b[^.;:()]{0,60}?"
                    + "\\b(?:such\\s+as|like|e\\.g\\.,?|including)\\s[^.;:()]*$");
    /** A new clause after the list: "Without … such as a reward model, our method outperforms DPO" compares with DPO. */
    private static final Pattern NEW_CLAUSE_IN_LIST = Pattern.compile(",\\s+(?:we|our|it|its|this|the proposed)\\b|\\b(?:outperform|surpass|beat|exceed)\\w*");

    private static boolean doneWithout(String before) {
        Matcher without = DONE_WITHOUT.matcher(before);
        return without.find() && !NEW_CLAUSE_IN_LIST.matcher(before).region(without.start(), before.length()).find();
    }

    private static final Pattern TITLE_CASE_WORD_BEFORE = Pattern.compile("(?<=\\s)\\p{Lu}[\\p{L}\\p{N}-]*\\s$");

    /**
     * "We present VAPO, Value-based Augmented Proximal Policy Optimization framework": a known long form with a
     * capitalised word right before it is part of a longer name — the paper's own or another method's — not itself.
     */
    private static boolean insideLongerName(String sentence, Gazetteer.Hit hit) {
        String surface = hit.surface();
        if (!surface.contains(" ") || !Character.isUpperCase(surface.codePointAt(0))) {
            return false;
        }
        Matcher word = TITLE_CASE_WORD_BEFORE.matcher(sentence.substring(Math.max(0, hit.start() - 30), hit.start()));
        return word.find() && !NameShapes.isOrdinary(word.group().strip());
    }

    /**
     * "We introduce EchoDraft, a training-free speculative decoding method", "we propose a divide-and-conquer Monte
     * Carlo Tree Search (MCTS) algorithm named X": the kind of method the paper's own is, not a method it is set against.
     */
    private static boolean kindOfOwnWork(String sentence, Gazetteer.Hit hit) {
        return KIND_OF_OWN_BEFORE.matcher(sentence.substring(Math.max(0, hit.start() - 120), hit.start())).find()
                && KIND_NOUN_AFTER.matcher(sentence.substring(hit.end())).lookingAt();
    }

    private static final Pattern KIND_OF_OWN_BEFORE = Pattern.compile(
            "(?i)(?:(?:,|--|\\u2014|\\u2013)\\s+|\\b(?:propose[sd]?|introduce[sd]?|present(?:s|ed)?|develop(?:s|ed)?|design(?:s|ed)?|devise[sd]?"
                    + "|(?:propos|introduc|present|develop|design|devis)ing)\\s+)(?:a|an)\\s+(?:[\\w-]+\\s+){0,3}"
                    // the abbreviation after its long form: "a … Monte Carlo Tree Search (MCTS) algorithm"
                    + "(?:[\\w-]+(?:\\s+[\\w-]+){0,4}\\s*\\(\\s*)?$");
    private static final Pattern KIND_NOUN_AFTER = Pattern.compile(
            "^(?:\\s*\\)|\\s*\\([^()]{1,20}\\))?\\s+(?:method|approach|framework|algorithm|technique|strategy|system)\\b");

    private static boolean namesAFamily(String sentence, Gazetteer.Hit hit) {
        return GENERIC_BEFORE.matcher(sentence.substring(Math.max(0, hit.start() - 30), hit.start())).find()
                && FAMILY_AFTER.matcher(sentence.substring(hit.end())).lookingAt();
    }

    /** What a method's output is made of, named after it: "CoT steps", "chain-of-thought solutions". */
    /** "CoT steps", "chain-of-thought sequences", "CoT candidates": what a method's output is made of. */
    private static final Pattern ARTEFACT_AFTER = Pattern.compile(
            "^\\s+(?:steps|prompts|solutions|data|traces|sequences|candidates|processes|trajectories|tokens|lengths?)\\b");
    /** "long chain-of-thought (long-CoT) reasoning", "shorter CoT": a length of output, no method ("via an extended chain-of-thought" uses one). */
    private static final Pattern LENGTH_BEFORE = Pattern.compile("(?i)\\b(?:long|longer|short|shorter|lengthy)\\s+(?:(?:[\\w-]+\\s+){1,3}\\()?$");

    /**
     * "better than a strong MCTS-based baseline", "exceeds PPO-based RLHF", "outperforms CNN based models": after a
     * comparison cue, what a kind of work is built on, not one rival (not "GRPO based on rule-based rewards").
     */
    private static final Pattern BASED_KIND_AFTER = Pattern.compile("^(?:-based\\b|\\s+based\\b(?!\\s+on\\b))");

    private static final Pattern GENERIC_BEFORE = Pattern.compile("(?i)\\b(?:existing|conventional|traditional|prior|previous|standard)\\s+$");
    private static final Pattern FAMILY_AFTER = Pattern.compile("\\s+(?:methods|approaches|techniques|baselines)\\b");

    /** How far after a comparison cue a building block may stand and still be what is compared with. */
    private static final int BUILDING_BLOCK_NEAR_CUE = 55;

    /**
     * "a planner based on flow matching with a Transformer": a few words of the phrase may come first, not a clause
     * ("based on the observation that Transformer attention collapses"). {@link #BUILT_ON_BEFORE} reads a model right after.
     */
    private static final Pattern BASED_ON_BEFORE = Pattern.compile(
            "(?i)\\b(?:based|built)\\s+(?:up)?on\\s+(?:(?:a|an|the)\\s+)?(?:(?!(?:that|which|whether|how|what|observation|idea|fact)\\b)[\\w-]+\\s+){0,4}$");
    private static final Pattern ACRONYM_RIGHT_AFTER = Pattern.compile("\\s*\\(\\p{Lu}[\\p{L}\\p{N}-]*\\)");
    private static final Pattern VERB_RIGHT_BEFORE = Pattern.compile("(?i)\\b" + ComparisonRule.BUILDS_WITH_STEM + "\\w*\\s+(?:the\\s+|an?\\s+)?$");
    private static final Pattern USAGE_CUE = Pattern.compile(
            "(?i)\\b(?:adopt\\w*|use[sd]?|using|leverag\\w*|employ\\w*|appl(?:y|ies|ied|ying)|via|based on|build\\w* (?:up)?on|"
                    + "extend\\w*|conduct\\w*|combin\\w*|incorporat\\w*|integrat\\w*|with|through|inspired by)\\b(?:\\s+\\S+){0,3}\\s*$");

    /** "outperforms traditional MoE models"; "mainstream GNN variants" or "RAG-based approaches" are a kind of work, no rival. */
    private static final Pattern COMPARED_KIND = Pattern.compile("^[- ](?:models?|baselines?|architectures?)\\b");

    /** "outperforms traditional MoE models": a topic named, by its acronym, as the kind of model compared with. */
    private static List<Mention> conceptComparisons(String sentence, List<Gazetteer.Hit> conceptHits, List<int[]> comparisonWindows) {
        List<Mention> found = new ArrayList<>();
        for (Gazetteer.Hit hit : conceptHits) {
            // Only a coined spelling ("MoE models"): "reasoning methods" names no particular method.
            // "unlike traditional MoE approaches": a family of methods again, no one baseline.
            boolean family = namesAFamily(sentence, hit);
            if (!hit.keyword() && NameShapes.isCoined(hit.surface()) && ComparisonRule.inWindow(comparisonWindows, hit.start())
                    && COMPARED_KIND.matcher(sentence.substring(hit.end())).find() && !family) {
                found.add(new Mention(Relation.COMPARES_WITH, EntityKind.METHOD, hit.surface(), List.of(), sentence,
                        ComparisonRule.RULE, 0.6, null));
            }
        }
        return found;
    }

    /**
     * "We introduce the LongBench-Chat benchmark for evaluating …" names the paper's own resource: what the rules read as an
     * evaluation there is left out, and {@link #evaluatedOnOwnResources} says whether the paper evaluates on it.
     */
    private static List<Mention> withoutEvaluationWhereIntroduced(List<Mention> mentions) {
        List<Mention> introduced = mentions.stream().filter(m -> m.relation() == Relation.INTRODUCES).toList();
        List<Mention> out = new ArrayList<>(mentions);
        // "a new dataset called MetaMathQA" introduces it, even when the vocabulary knows the name by now.
        out.removeIf(m -> m.relation() == Relation.EVALUATED_ON
                && (EvaluationRule.RULE_HEAD_NOUN.equals(m.rule()) || EvaluationRule.RULE_KNOWN.equals(m.rule()))
                && !EVALUATED_WHERE_INTRODUCED.matcher(m.evidence()).find() && !evaluatedOnAsNamed(m)
                && introduced.stream().anyMatch(i -> i.evidence().equals(m.evidence()) && Names.key(i.name()).equals(Names.key(m.name()))));
        return out;
    }

    /** "Models pretrained on WebCorp-Edu outperform …": the dataset is what models learn from, not what they are tested on. */
    private static boolean trainedOn(String sentence, String name) {
        int at = sentence.indexOf(name);
        // "Emilia-trained models produce …": what the models learnt from, written as a compound.
        return at >= 0 && (EvaluationRule.isTrainingData(sentence, at) || TRAINED_AFTER.matcher(sentence).region(at + name.length(), sentence.length()).lookingAt());
    }

    /** "Emilia-trained models", "We use SWE-Gym to train agents": what is learnt from, said after the name. */
    private static final Pattern TRAINED_AFTER = Pattern.compile("-(?:pre-?)?(?:trained|tuned|fine-?tuned|distilled)\\b"
            + "|\\s+(?:is\\s+used\\s+)?to\\s+(?:train|fine-?tune|finetune|pre-?train)\\b");

    /**
     * "… generalizes to other systems on a newly-released WindowsAgentArena benchmark", "We release the ToolTrek benchmark
     * and show that GPT-4 solves only 35% of its tasks": results on it, in the sentence that introduces it.
     */
    private static boolean evaluatedOnAsNamed(Mention m) {
        int at = m.evidence().indexOf(m.name());
        return at >= 0 && (EVALUATED_ON_BEFORE.matcher(m.evidence().substring(Math.max(0, at - 40), at)).find()
                || PERCENT_AFTER.matcher(m.evidence()).region(at, m.evidence().length()).find());
    }

    private static final Pattern PERCENT_AFTER = Pattern.compile("\\d(?:\\.\\d+)?\\s?%");

    private static final Pattern BENCHMARK_WORD = Pattern.compile("(?i)\\b(?:benchmark(?:s|ing)?|environments?|testbeds?|arena|gym)\\b");
    private static final Pattern EVALUATED_ON_BEFORE = Pattern.compile("(?i)\\b(?:on|across)\\s+(?:(?:a|an|the|our)\\s+)?(?:[\\w-]+\\s+){0,2}$");

    /**
     * "Experiments on this benchmark demonstrate …": results on a resource of the paper's own, by the kind of thing it is — a
     * dataset the paper compiled for pre-training is not "this benchmark" it designed besides.
     */
    private static boolean referredToAsOwn(String sentence, boolean dataset) {
        Matcher reference = OWN_RESOURCE_REFERENCE.matcher(sentence);
        return reference.find() && (!dataset || reference.group(1).equalsIgnoreCase("dataset"));
    }

    /**
     * A paper that introduces a benchmark or an environment is evaluated on it; one that introduces a dataset, when a later
     * sentence reports experiments or results on it.
     */
    private static List<Mention> evaluatedOnOwnResources(List<Mention> mentions, List<String> sentences) {
        List<Mention> found = new ArrayList<>();
        for (Mention introduced : mentions) {
            if (introduced.relation() != Relation.INTRODUCES || "metric".equals(introduced.resourceKind())) {
                continue;
            }
            int introducedAt = sentences.indexOf(introduced.evidence());
            String key = Names.key(introduced.name());
            // Said where it is introduced: in the title or in a sentence where the authors' making verb has it as its object, after its name
            // ("We present SWE-Gym, the first environment for training …"; not "a dataset built from CodeArena for training").
            Pattern introducedThere = Pattern.compile("(?i)\\bwe\\s+(?:\\w+\\s+)?" + Cues.MAKING_VERB_STEM + "\\w*\\s+(?:[\\w-]+\\s+){0,2}?"
                    + Pattern.quote(introduced.name()) + "(?![\\p{L}\\p{N}-])");
            boolean forTraining = !sentences.contains(introduced.evidence()) && FOR_TRAINING.matcher(introduced.evidence()).find()
                    || sentences.stream().anyMatch(s -> {
                        Matcher object = introducedThere.matcher(s);
                        return object.find() && FOR_TRAINING.matcher(s.substring(object.end())).find();
                    });
            // Data, or an environment made for training, is evaluated on only where a later sentence names it as tested.
            boolean dataset = "dataset".equals(introduced.resourceKind()) || forTraining;
            // A benchmark is made to evaluate on: the paper that introduces one reports on it, said so or not
            // ("We present AgentBench, a multi-dimensional evolving benchmark …") — unless it is said to be for training
            // ("an interactive environment for training web agents"). Data may be training data.
            // A dataset made for evaluation says so: "a new dataset specifically designed to investigate the model selection
            // challenge".
            boolean madeToEvaluateOn = "benchmark".equals(introduced.resourceKind()) || "environment".equals(introduced.resourceKind())
                    || "dataset".equals(introduced.resourceKind()) && MADE_TO_EVALUATE.matcher(introduced.evidence()).find();
            // Introduced by the title alone, it is made to evaluate on when the title says so ("FLamby: Datasets and Benchmarks for …").
            boolean benchmarkByTitle = introducedAt < 0 && BENCHMARK_WORD.matcher(introduced.evidence()).find();
            if ((introducedAt >= 0 && madeToEvaluateOn || benchmarkByTitle) && !forTraining) {
                found.add(new Mention(Relation.EVALUATED_ON, EntityKind.BENCHMARK, introduced.name(), introduced.aliases(),
                        introduced.evidence(), "evaluates-own-resource", 0.7, introduced.resourceKind()));
                continue;
            }
            sentences.stream()
                    .skip(Math.max(0, introducedAt + 1))
                    .filter(s -> !(INTRODUCING.matcher(s).find() && Names.key(s).contains(key)))
                    // A later sentence that reports results, or results on "our benchmark"; a dataset (often training
                    // data, as "NovaCorpus, a 4-trillion-token corpus") only when that sentence names it.
                    .filter(s -> (EvaluationRule.EVALUATION_CUE.matcher(s).find() && (!dataset || Names.key(s).contains(key) && !trainedOn(s, introduced.name())))
                            || referredToAsOwn(s, dataset))
                    .findFirst()
                    .ifPresent(s -> found.add(new Mention(Relation.EVALUATED_ON, EntityKind.BENCHMARK, introduced.name(),
                            introduced.aliases(), s, "evaluates-own-resource", 0.7, introduced.resourceKind())));
        }
        return found;
    }

    /**
     * A result whose sentence names no vocabulary benchmark gets the nearest benchmark the paper evaluates on
     * or introduces in that sentence ("On TriMaster100, X triples …"); one read right with the value ("10.7% on
     * AMC12", "Story Outline Improvement (up to +30%)") replaces a vocabulary benchmark named further off.
     */
    private static List<ResultMention> withBenchmarksNamedNearby(List<ResultMention> results, List<Mention> mentions,
                                                                 List<AcronymDefinitions.Definition> definitions) {
        // Every name a benchmark goes by, the longest first: a result is labelled as the sentence writes its benchmark
        // ("51.1 mask AP on COCO test-dev"), and the label resolves to the benchmark's entity.
        Map<String, String> benchmarkOfName = benchmarkNames(mentions);
        List<String> names = benchmarkOfName.keySet().stream()
                .sorted(java.util.Comparator.comparingInt(String::length).reversed()).toList();
        // Compiled only for the names a result's sentence contains: a paper's benchmarks go by many names, few near results.
        Map<String, Pattern> namePatterns = new HashMap<>();
        List<ResultMention> out = new ArrayList<>();
        for (ResultMention r : results) {
            String sentence = r.evidence();
            // Values are found where the sentence reads as plain text ("$\\mathbf{2.5\\times}$" reads "2.5×"), offsets unchanged.
            String plain = ResultRule.plainLatex(sentence);
            String written = ResultRule.asWrittenIn(plain, r.value());
            int at = plain.indexOf(written);
            boolean unique = at >= 0 && at == plain.lastIndexOf(written) && (at == 0 || !Character.isLetterOrDigit(plain.charAt(at - 1))
                    && plain.charAt(at - 1) != '.');
            if (!unique && r.benchmark() != null) {
                // A value normalised from words ("triples" is 3x), or written twice in the sentence ("by 5% on X and by
                // 5% on Y"), has no one offset to measure from: keep what the rule found where it read the value.
                out.add(r);
                continue;
            }
            at = Math.max(0, at);
            // "45.3% on algorithmic tasks and 93.4% on GSM8K": where the value is said to be on something, only a name there is its own.
            int[] on = unique ? ResultRule.onPhrase(sentence, at + written.length()) : null;
            String best = null;
            int bestGap = Integer.MAX_VALUE;
            for (String name : names) {
                if (!sentence.contains(name)) {
                    continue;
                }
                Matcher occurrence = namePatterns.computeIfAbsent(name, NameShapes::wholeWord).matcher(sentence);
                while (occurrence.find()) {
                    if (on != null && !ResultRule.within(on, occurrence.start())) {
                        continue;
                    }
                    int gap = ResultRule.gap(sentence, occurrence.start(), occurrence.end(), at);
                    if (gap < bestGap) {
                        best = name;
                        bestGap = gap;
                    }
                }
            }
            // A name the value is read with ("12.6% on MathOdyssey") wins over a vocabulary benchmark further off.
            // Averaged over the tasks a sentence lists, a result belongs to none of them unless read right with one.
            boolean replace = best != null && (r.benchmark() == null && (bestGap == 0 || !ResultRule.averagedAt(sentence, at))
                    || (bestGap == 0 && !best.equals(r.benchmark())));
            String label = replace ? best : r.benchmark();
            String longForm = label == null ? null : longFormDefining(label, definitions, benchmarkOfName);
            label = longForm != null ? longForm : label;
            out.add(java.util.Objects.equals(label, r.benchmark()) ? r
                    : new ResultMention(r.value(), r.unit(), r.kind(), label, r.metric(), sentence, r.rule(), r.confidence()));
        }
        return out;
    }

    /**
     * "using the Android-in-the-Wild (AitW) dataset, where …", then "CogAgent trained with AitW data (14.4%)": a result labelled
     * by an acronym the abstract defines is labelled by the long form it defines, the benchmark's name — unless the benchmark
     * goes by the acronym ("… humaN-Robot collaboration (PARTNR)" is PARTNR). Null when the abstract defines no long form for it.
     */
    private static String longFormDefining(String label, List<AcronymDefinitions.Definition> definitions, Map<String, String> benchmarkOfName) {
        String benchmark = benchmarkOfName.get(label);
        if (benchmark == null || Names.key(benchmark).equals(Names.key(label))) {
            return null;
        }
        return definitions.stream()
                .filter(d -> d.shortForm().equals(label) && benchmark.equals(benchmarkOfName.get(d.longForm())))
                .map(AcronymDefinitions.Definition::longForm)
                .findFirst().orElse(null);
    }

    /**
     * "AlphaFold" beside "AlphaFold 2", "CLIP" beside "CLIP ViT-L/14": a bare family the paper also names by
     * version or size is that model, not another one; a family of the paper's own model ("Mixtral" beside a
     * proposed "Mixtral 8x7B") is not one it uses.
     */
    private static List<Mention> withoutBareFamilies(List<Mention> mentions) {
        List<String> models = mentions.stream()
                .filter(m -> m.relation() == Relation.USES_MODEL || m.relation() == Relation.PROPOSES && !builtOnOwnName(m, mentions))
                .flatMap(m -> java.util.stream.Stream.concat(java.util.stream.Stream.of(m.name()), m.aliases().stream()))
                .map(n -> n.toLowerCase(java.util.Locale.ROOT)).toList();
        return mentions.stream().filter(m -> {
            if (m.relation() != Relation.USES_MODEL) {
                return true;
            }
            String name = m.name().toLowerCase(java.util.Locale.ROOT);
            // A family ends in a letter, and "SAM" is not the family of "SAMURAI": the longer name goes on with a space, a
            // hyphen or a digit. A version ("LLaMa2 models") the paper also names with a parameter count ("LLaMa2-70B") is
            // that sized model, not one more — not a model of its own beside a larger one ("GPT-2 and GPT-2 XL"), and
            // "Qwen2" is no version of "Qwen2.5".
            boolean family = !name.isEmpty() && Character.isLetter(name.charAt(name.length() - 1));
            boolean version = !name.isEmpty() && Character.isDigit(name.charAt(name.length() - 1));
            return !(family || version) || models.stream().noneMatch(other -> other.length() > name.length() && other.startsWith(name)
                    && (family ? BARE_FAMILY_CONTINUES : SIZE_CONTINUES).matcher(other.substring(name.length())).lookingAt()
                    && !(family && listedAsGenerations(m.evidence(), name, other)));
        }).toList();
    }

    /** "-2", "2", " 3": a generation of a family right after its name, not a size or variant. */
    private static final Pattern GENERATION_CONTINUES = Pattern.compile("-?\\s?(?!" + ModelRule.SIZE + ")\\d", Pattern.CASE_INSENSITIVE);

    /**
     * "the LLaMA and LLaMA2 model families", "on LLaMA and LLaMA-2": a bare family listed beside a later generation of
     * itself names the first generation, a model of its own.
     */
    private static boolean listedAsGenerations(String sentence, String family, String generation) {
        if (!GENERATION_CONTINUES.matcher(generation.substring(family.length())).lookingAt()) {
            return false;
        }
        String lower = sentence.toLowerCase(java.util.Locale.ROOT);
        return Pattern.compile("(?<![\\w-])" + Pattern.quote(family) + Cues.ITEM_SEPARATOR + Pattern.quote(generation) + "(?![\\w-])")
                .matcher(lower).find();
    }

    /**
     * "Mistral-ORPO-α" beside a proposed ORPO: a model named after the paper's own method, trained from a family — which stays
     * a model the paper uses, not the family of a model it releases.
     */
    private static boolean builtOnOwnName(Mention proposal, List<Mention> mentions) {
        return mentions.stream().anyMatch(other -> other != proposal && other.relation() == Relation.PROPOSES
                && proposal.name().contains("-" + other.name()));
    }

    /** What a parameter count adds to a version: "-70B", " 7B". */
    private static final Pattern SIZE_CONTINUES = Pattern.compile("[- ]?" + ModelRule.SIZE, Pattern.CASE_INSENSITIVE);

    /**
     * "Graph Attention Networks" with "We present graph attention networks (GATs), novel …", "Masked Autoencoders
     * Are …" with "This paper shows that masked autoencoders (MAE) are …": when no rule found a contribution,
     * an acronym the abstract defines for words of the title is what the paper is about — its own, however well
     * known it became. Failing the title, a coined name the authors' sentences act with (see subjectOfOwnSentences).
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
                .findFirst()
                .map(e -> new Mention(Relation.PROPOSES, EntityKind.METHOD, e.getKey().shortForm(), List.of(e.getKey().longForm()),
                        e.getValue(), RULE_NAMED_BY_TITLE, 0.7, null));
        if (defined.isPresent()) {
            return List.of(defined.get());
        }
        // "Dense Passage Retrieval for Open-Domain Question Answering", "Denoising Diffusion Probabilistic Models": a paper that
        // proposes nothing else, titled by a known method's whole name, is where that method comes from. Three words at
        // least: "Tree Search for Language Model Agents" is about a kind of method.
        String namePart = TitleHeadRule.namePart(title);
        List<Gazetteer.Hit> known = methods.find(namePart);
        if (namePart.split("[\\s-]+").length >= 3 && known.size() == 1 && known.get(0).start() == 0 && known.get(0).end() == namePart.length()
                && !known.get(0).entry().isUsedInPassing()) {
            return List.of(new Mention(Relation.PROPOSES, EntityKind.METHOD, known.get(0).entry().name(), List.of(namePart), title,
                    RULE_NAMED_BY_TITLE, 0.7, null));
        }
        Optional<Mention> byTitle = TitleHeadRule.nameRepeatedByAuthors(title, sentences)
                .map(name -> new Mention(Relation.PROPOSES, EntityKind.METHOD, name, List.of(), title, RULE_NAMED_BY_TITLE, 0.7, null));
        return byTitle.or(() -> subjectOfOwnSentences(sentences)).map(List::of).orElse(List.of());
    }

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

    private static final Pattern HEAD_NOUN_WRITTEN = Pattern.compile("(.+)\\s+(?i:datasets?|benchmarks?|suites?|environments?|corpus|testbeds?|leaderboards?)");

    static final String RULE_SCORED_ON = "scored-on";

    /**
     * "improve the accuracy of a LLaMA-2 13B model (already fine-tuned with RL) on GSM8K from 53% to 65%", "leads to a 77%
     * HotpotQA performance increase": a benchmark a result is reported on, in the sentence that reports it, is one the paper
     * evaluates on, whatever else the sentence says of it (here, that a model was fine-tuned).
     */
    private static List<Mention> withEvaluationWhereScored(List<Mention> mentions, List<ResultMention> results) {
        Set<String> named = new HashSet<>();
        mentions.stream().filter(m -> m.relation() != Relation.USES_MODEL && m.relation() != Relation.ABOUT)
                .forEach(m -> keys(m).forEach(named::add));
        List<Mention> out = new ArrayList<>(mentions);
        for (ResultMention result : results) {
            String benchmark = result.benchmark();
            if (benchmark == null || !result.evidence().contains(benchmark) || !named.add(Names.key(benchmark))) {
                continue;
            }
            out.add(new Mention(Relation.EVALUATED_ON, EntityKind.BENCHMARK, benchmark, List.of(), result.evidence(), RULE_SCORED_ON, 0.7,
                    "benchmark"));
        }
        return out;
    }

    /**
     * Every name and alias of a benchmark the paper evaluates on or introduces → that benchmark's name. Results are labelled
     * with the name as written (a key), and counted by benchmark (a value).
     */
    private static Map<String, String> benchmarkNames(List<Mention> mentions) {
        Map<String, String> names = new LinkedHashMap<>();
        mentions.stream()
                .filter(m -> m.relation() == Relation.EVALUATED_ON || m.relation() == Relation.INTRODUCES)
                .forEach(m -> Stream.concat(Stream.of(m.name()), m.aliases().stream()).forEach(n -> names.putIfAbsent(n, m.name())));
        // "the MATH dataset" labels a result MATH: the head noun is no part of the name.
        names.keySet().removeIf(n -> {
            Matcher headed = HEAD_NOUN_WRITTEN.matcher(n);
            return headed.matches() && names.containsKey(headed.group(1));
        });
        return names;
    }

    /**
     * "To evaluate the Trajectory Diffuser, …": a known method read inside the name of the paper's own ("Diffuser") is no
     * method it is set against — unless the title or abstract also names it on its own ("Grounding DINO: Marrying DINO with …").
     */
    static List<Mention> withoutMethodsInsideOwnNames(List<Mention> mentions, String text) {
        List<String> ownNames = mentions.stream().filter(m -> m.relation() == Relation.PROPOSES)
                .flatMap(m -> Stream.concat(Stream.of(m.name()), m.aliases().stream()))
                .filter(n -> n.contains(" ") || n.contains("-"))
                // a name, not the long form of a title head ("Marrying DINO with Grounded Pre-Training for …")
                .filter(n -> n.split("\\s+").length <= 3)
                .toList();
        if (ownNames.isEmpty()) {
            return mentions;
        }
        String outside = withoutOwnNames(text, ownNames);
        return mentions.stream().filter(m -> m.relation() != Relation.COMPARES_WITH || m.kind() != EntityKind.METHOD || !onlyInside(m, text, outside))
                .toList();
    }

    /** Whether one of the method's spellings is in the text, and none is left once the paper's own names are blanked out. */
    private static boolean onlyInside(Mention compared, String text, String outside) {
        List<Pattern> spellings = Stream.concat(Stream.of(compared.name()), compared.aliases().stream()).map(NameShapes::wholeWord).toList();
        return spellings.stream().anyMatch(p -> p.matcher(text).find()) && spellings.stream().noneMatch(p -> p.matcher(outside).find());
    }

    /** The text with the paper's own names blanked out, the longest first ("Trajectory Diffuser" before "Diffuser"). */
    private static String withoutOwnNames(String text, List<String> ownNames) {
        String outside = text;
        for (String own : ownNames.stream().sorted(java.util.Comparator.comparingInt(String::length).reversed()).toList()) {
            outside = outside.replace(own, " ");
        }
        return outside;
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

    /** A resource noun in lower case and what follows it: " benchmark for Large Language Models". */
    private static final Pattern RESOURCE_NOUN_ONWARDS = Pattern.compile("(?<=\\p{Lu}\\S{0,40})\\s+(?:benchmark|dataset|suite|corpus)\\b.*$");
    /** A generic kind noun in lower case after a capitalised word: "… Loss function", "… Search algorithm". */
    private static final Pattern KIND_NOUN_AT_END = Pattern.compile("(?<=\\p{Lu}\\S{0,40})\\s+(?:function|method|algorithm|framework|model|module|approach|technique)$");

    /** "Long Form (LF)" anywhere in the paper makes LF and Long Form aliases of each other. */
    private static List<Mention> withDefinedAliases(List<Mention> mentions, List<AcronymDefinitions.Definition> definitions) {
        List<DefinedNames> defined = definitions.stream().map(DefinedNames::of).toList();
        List<Mention> out = new ArrayList<>();
        for (Mention mention : mentions) {
            Set<String> aliases = new LinkedHashSet<>(mention.aliases());
            String key = Names.key(mention.name());
            for (DefinedNames d : defined) {
                if (d.shortKey().equals(key)) {
                    aliases.add(d.definition().longForm());
                    d.withoutKind().ifPresent(aliases::add);
                } else if (d.longKeys().contains(key)) {
                    aliases.add(d.definition().shortForm());
                }
            }
            aliases.removeIf(a -> a.equals(mention.name()));
            out.add(mention.withAliases(List.copyOf(aliases)));
        }
        return out;
    }

    /** The keys a definition answers to, worked out once per paper, not once per mention. */
    private record DefinedNames(AcronymDefinitions.Definition definition, String shortKey, Set<String> longKeys, Optional<String> withoutKind) {

        static DefinedNames of(AcronymDefinitions.Definition d) {
            // "a novel Generalised Binary Cross-Entropy Loss function (gBCE)": the long form also without its kind noun.
            String withoutKind = KIND_NOUN_AT_END.matcher(d.longForm()).replaceFirst("");
            // "the Hallucination Evaluation benchmark for Large Language Models (HaluEval)": the name before the resource noun.
            String beforeResourceNoun = RESOURCE_NOUN_ONWARDS.matcher(d.longForm()).replaceFirst("");
            Set<String> longKeys = new HashSet<>(List.of(Names.key(d.longForm()), Names.key(withoutKind)));
            if (!beforeResourceNoun.equals(d.longForm())) {
                longKeys.add(Names.key(beforeResourceNoun));
            }
            return new DefinedNames(d, Names.key(d.shortForm()), longKeys,
                    withoutKind.equals(d.longForm()) ? Optional.empty() : Optional.of(withoutKind));
        }
    }

    /**
     * Variants of what the paper contributes are contributions too: "LongHaul-Lite" of an introduced LongHaul is
     * introduced (not proposed); "Mamba-3B" of a proposed Mamba is proposed too, not a model the paper uses.
     */
    /** "LongHaul-Lite" of a LongHaul benchmark is one; "ShareGPT4V-7B", trained on the ShareGPT4V data, is a model. */
    private static boolean isVariantOfResource(String name, Mention resource) {
        return name.startsWith(resource.name() + "-") && !ModelRule.endsInParameterCount(name);
    }

    /** "we introduce Emilia-Pipe, an open-source preprocessing pipeline …": named like the resource, described as a method. */
    private static boolean describedAsMethod(Mention proposal) {
        int at = proposal.evidence().indexOf(proposal.name());
        return at >= 0 && ProposalRule.methodNounNear(proposal.evidence(), at, at + proposal.name().length());
    }

    private static List<Mention> withVariantsOfContributions(List<Mention> mentions) {
        List<Mention> introduced = mentions.stream().filter(m -> m.relation() == Relation.INTRODUCES).toList();
        // "LongHaul-Lite" of an introduced LongHaul is introduced below, not proposed.
        List<String> proposed = mentions.stream().filter(m -> m.relation() == Relation.PROPOSES)
                .filter(m -> describedAsMethod(m) || introduced.stream().noneMatch(i -> isVariantOfResource(m.name(), i)))
                .map(Mention::name).toList();
        boolean benchmarkPaper = proposed.isEmpty() && !introduced.isEmpty();
        List<Mention> out = new ArrayList<>();
        Map<String, List<String>> shortForms = new HashMap<>();
        for (Mention m : mentions) {
            // Only a release after it ("Mistral 7B v0.1"): "CLIP" is no short name of a proposed "CLIP Surgery".
            Optional<String> shortened = m.relation() == Relation.USES_MODEL
                    ? proposed.stream().filter(p -> p.startsWith(m.name() + " ") && RELEASE_TAIL.matcher(p.substring(m.name().length() + 1)).matches())
                            .findFirst() : Optional.empty();
            if (shortened.isPresent()) {
                // "We introduce Mistral 7B v0.1 … Mistral 7B outperforms Llama 2 13B": the paper's own model, named short.
                shortForms.computeIfAbsent(shortened.get(), k -> new ArrayList<>()).add(m.name());
                continue;
            }
            if (m.relation() == Relation.PROPOSES) {
                Optional<Mention> base = describedAsMethod(m) ? Optional.empty()
                        : introduced.stream().filter(i -> isVariantOfResource(m.name(), i)).findFirst();
                if (base.isPresent()) {
                    out.add(new Mention(Relation.INTRODUCES, EntityKind.BENCHMARK, m.name(), m.aliases(), m.evidence(), m.rule(),
                            m.confidence(), base.get().resourceKind()));
                    continue;
                }
            }
            boolean ownVariant = (m.relation() == Relation.USES_MODEL || m.relation() == Relation.COMPARES_WITH)
                    && proposed.stream().anyMatch(p -> variantNameOf(m.name(), p)
                            || m.name().matches(Pattern.quote(p) + " \\d+(?:\\.\\d+)?[BMbm]")
                            // "QPiSSA (PiSSA with 4-bit quantization)": a letter put before the paper's own name.
                            || p.length() >= 4 && m.name().matches("\\p{Lu}" + Pattern.quote(p)));
            boolean predecessor = !ownVariant && m.relation() == Relation.USES_MODEL && m.kind() == EntityKind.MODEL
                    && proposed.stream().anyMatch(p -> isPredecessor(m.name(), p));
            if (predecessor) {
                // "an upgrade of the previous Qwen-VL models", "the one used for phi-2": an earlier version of the
                // paper's own model is what it improves on, not a model it uses.
                out.add(new Mention(Relation.COMPARES_WITH, EntityKind.MODEL, m.name(), m.aliases(), m.evidence(), RULE_PREDECESSOR,
                        m.confidence(), null));
            } else if (ownVariant) {
                // "phi-3-mini" of a proposed Phi-3, "Mamba-3B" of Mamba: sizes and variants of the paper's own model.
                out.add(new Mention(Relation.PROPOSES, EntityKind.METHOD, m.name(), m.aliases(), m.evidence(), m.rule(), m.confidence(), null));
            } else if (benchmarkPaper && m.relation() == Relation.COMPARES_WITH && m.kind() == EntityKind.MODEL) {
                // A benchmark paper ranks the models it evaluates; it has no method of its own to compare with them.
                out.add(new Mention(Relation.USES_MODEL, EntityKind.MODEL, m.name(), m.aliases(), m.evidence(), m.rule(), m.confidence(), null));
            } else {
                out.add(m);
            }
        }
        return out.stream().map(m -> m.relation() != Relation.PROPOSES || !shortForms.containsKey(m.name()) ? m
                : m.withMoreAliases(shortForms.get(m.name()))).toList();
    }

    /**
     * "… with AlphaFold 3" in the title and "Here we describe our AlphaFold 3 model" in the abstract: a known model's
     * new version that the paper names in its title and calls its own is proposed, not used.
     */
    private static List<Mention> ownModelsOfTitle(String title, List<Mention> mentions) {
        String titleKey = Names.key(title);
        return mentions.stream().map(m -> {
            if (m.relation() != Relation.USES_MODEL || !titleKey.contains(Names.key(m.name()))) {
                return m;
            }
            Matcher own = OUR_MODEL.matcher(m.evidence());
            while (own.find()) {
                if (own.group(1).equals(m.name())) {
                    return new Mention(Relation.PROPOSES, EntityKind.METHOD, m.name(), m.aliases(), m.evidence(), RULE_OWN_MODEL, 0.75, null);
                }
            }
            return m;
        }).toList();
    }

    /**
     * A name read as a model from its shape alone ("Foo-7B") that begins with a name the paper proposes ("MagicoderS-CL-7B"
     * of "Magicoder") is the paper's own model, not one it uses (its sizes become aliases of the proposal later, as for
     * "Magicoder-7B").
     */
    private static List<Mention> ownNamesShapedAsModels(List<Mention> mentions) {
        List<String> ownKeys = mentions.stream().filter(m -> m.relation() == Relation.PROPOSES)
                .map(m -> Names.key(m.name())).filter(key -> key.length() >= 4).toList();
        return mentions.stream().map(m -> {
            if (m.relation() != Relation.USES_MODEL || !ModelRule.RULE_SHAPED.equals(m.rule())) {
                return m;
            }
            String key = Names.key(m.name());
            return ownKeys.stream().anyMatch(key::startsWith)
                    ? new Mention(Relation.PROPOSES, EntityKind.METHOD, m.name(), m.aliases(), m.evidence(), RULE_OWN_MODEL, 0.6, null)
                    : m;
        }).toList();
    }

    static final String RULE_OWN_MODEL = "own-model";
    static final String RULE_OWN_VARIANT = "own-variant";
    static final String RULE_FAMILY_TRAINED_WITH_OWN = "family-trained-with-own";
    private static final String VARIANT_TAIL = "-(?:\\d+(?:\\.\\d+)?[BbMmKk]?|(?i:mini|small|medium|large|base|lite|tiny|pro|plus|instruct|chat))(?![\\p{L}\\p{N}-])";

    /** "VideoMAE V2", "Foo-2", "Foo++": the paper's own name, a version of an earlier name (group 1). */
    private static final Pattern VERSION_OF_EARLIER = Pattern.compile("(\\p{Lu}[\\p{L}\\p{N}-]*?\\p{L})(?:\\s?[Vv]\\d+(?:\\.\\d+)?|[\\s-]\\d+(?:\\.\\d+)?|\\+\\+)");

    /**
     * "VideoMAE V2: …" with "We scale the VideoMAE in both model and data": the earlier version of the paper's own method, named on
     * its own in the abstract, is what the paper improves on — compared with, whether or not the vocabulary knows it.
     */
    private static List<Mention> predecessorsOfOwnNames(List<String> sentences, List<Mention> mentions) {
        List<String> ownNames = mentions.stream().filter(m -> m.relation() == Relation.PROPOSES)
                .flatMap(m -> Stream.concat(Stream.of(m.name()), m.aliases().stream())).toList();
        Set<String> named = mentions.stream().map(m -> Names.key(m.name())).collect(java.util.stream.Collectors.toSet());
        List<Mention> found = new ArrayList<>();
        for (String own : ownNames) {
            Matcher versioned = VERSION_OF_EARLIER.matcher(own);
            if (!versioned.matches() || versioned.group(1).length() < 3 || !NameShapes.isCoined(versioned.group(1))
                    || !named.add(Names.key(versioned.group(1)))) {
                continue;
            }
            // Alone: not "OWL" of "OWL-ST", another name built on it.
            Pattern earlier = Pattern.compile("(?<![\\p{L}\\p{N}-])" + Pattern.quote(versioned.group(1)) + "(?![\\p{L}\\p{N}]|-\\w)");
            sentences.stream().filter(s -> earlier.matcher(withoutOwnNames(s, ownNames)).find()).findFirst()
                    .ifPresent(s -> found.add(new Mention(Relation.COMPARES_WITH, EntityKind.METHOD, versioned.group(1), List.of(), s,
                            RULE_PREDECESSOR, 0.6, null)));
        }
        return found;
    }

    static final String RULE_NAMED_AFTER_MODEL = "own-name-builds-on-model";

    /**
     * "EVA-CLIP", "Vision Mamba", "HQ-SAM": the paper's own name ends in the name of a model it uses, which its method builds
     * on — compared with as well as used. Not "Mistral-ORPO" or "Qwen2.5-Coder", a model the paper trains, named from it first.
     */
    private static List<Mention> modelsOwnNamesBuildOn(List<Mention> mentions) {
        List<Mention> own = mentions.stream().filter(m -> m.relation() == Relation.PROPOSES).toList();
        List<Mention> found = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Mention model : mentions) {
            if (model.relation() != Relation.USES_MODEL || !seen.add(model.name())) {
                continue;
            }
            own.stream().filter(o -> endsInPartNamed(o.name(), model.name())).findFirst()
                    .ifPresent(o -> found.add(new Mention(Relation.COMPARES_WITH, EntityKind.MODEL, model.name(), model.aliases(), model.evidence(),
                            RULE_NAMED_AFTER_MODEL, 0.6, null)));
        }
        return found;
    }

    /** "HQ-SAM" ends in "SAM", "Vision Mamba" in "Mamba": the last part after a hyphen or a space, with something before it. */
    private static boolean endsInPartNamed(String name, String part) {
        int cut = name.length() - part.length() - 1;
        return cut > 0 && name.endsWith(part) && (name.charAt(cut) == '-' || name.charAt(cut) == ' ') && !Character.isWhitespace(name.charAt(cut - 1));
    }

    /**
     * "Medusa-1: Medusa is fine-tuned on top of a frozen backbone …", "called phi-3-small and phi-3-medium": numbered or
     * sized variants of a name the paper proposes are its contributions too, wherever the abstract names them; so is a known
     * family's model trained with the paper's method and named after it ("checkpoints for Mistral-ORPO-α (7B)").
     */
    private static List<Mention> ownVariants(List<String> sentences, List<Mention> mentions, java.util.function.Predicate<String> family) {
        List<Mention> found = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        mentions.stream().filter(m -> m.relation() == Relation.PROPOSES).map(Mention::name)
                .filter(name -> name.length() >= 3 && !name.contains(" ")).distinct()
                .forEach(name -> {
                    Pattern variant = Pattern.compile("(?<![\\p{L}\\p{N}-])(?i:" + Pattern.quote(name) + ")" + VARIANT_TAIL
                            + "|(?<![\\p{L}\\p{N}-])(\\p{Lu}[\\p{L}\\p{N}]*)-" + Pattern.quote(name) + "(?:-[\\p{L}\\p{N}]+)?(?![\\p{L}\\p{N}]|-\\w)");
                    for (String sentence : sentences) {
                        Matcher m = variant.matcher(sentence);
                        while (m.find()) {
                            if ((m.group(1) == null || family.test(m.group(1))) && seen.add(Names.key(m.group()))) {
                                found.add(new Mention(Relation.PROPOSES, EntityKind.METHOD, m.group(), List.of(), sentence,
                                        m.group(1) == null ? RULE_OWN_VARIANT : RULE_FAMILY_TRAINED_WITH_OWN, 0.7, null));
                            }
                        }
                    }
                });
        return found;
    }
    /**
     * "WizardMath-Mistral 7B": the model proposed, tuned from a base model (group 1, a family the vocabulary knows —
     * "ToRA-Code-34B" is a variant of its own), at a size.
     */
    private static final Pattern SIZE_ON_FAMILY_TAIL = Pattern.compile("[- ](\\p{Lu}[\\p{L}\\d.]*)[- ]" + ModelRule.SIZE + "$");
    /** What a name may add to another of the same relation and still name the same thing: a size, a split. */
    private static final Map<Relation, Pattern> ALIAS_TAILS = Map.of(
            // "MetaMath-7B", "OLMoE-1B-7B" (active and total).
            // "YOLOv10-S", "Soft MoE Huge/14", "RT-DETR-R50": a size letter or word, a patch size, a backbone's depth.
            Relation.PROPOSES, Pattern.compile("[- ](?:" + ModelRule.SIZE + "(?:-" + ModelRule.SIZE + ")?|(?:S|M|L|B|X|N|T|H|XL|XXL|R\\d{2,3}"
                    + "|Tiny|Small|Base|Large|Huge|Giant)(?:/\\d{1,2})?)$"),
            // "COCO test-dev"; "ImageNet 256x256": a split, or the resolution images are generated at.
            Relation.EVALUATED_ON, Pattern.compile("[- ](?:test-dev|test-std|test|valid|validation|val|dev|\\d{2,4}\\s?[x×]\\s?\\d{2,4})$"));

    /**
     * "we propose MetaMath … Our MetaMath-7B model achieves … MetaMath-70B achieves …": the sizes of a model the paper
     * proposes are that one model under other names, not more contributions ("phi-3-mini" and "Medusa-2", variants that
     * differ in more than their size, stay their own); "on COCO … (58.7 box AP on COCO test-dev)": a split of a benchmark
     * it is evaluated on is that benchmark.
     */
    static List<Mention> withVariantNamesAsAliases(java.util.function.Predicate<String> family, java.util.function.Predicate<String> knownBenchmark,
                                                   List<Mention> mentions) {
        Set<String> named = mentions.stream().filter(m -> ALIAS_TAILS.containsKey(m.relation()))
                .map(m -> m.relation() + "|" + Names.key(m.name())).collect(java.util.stream.Collectors.toCollection(HashSet::new));
        Map<String, List<String>> variants = new HashMap<>();
        List<Mention> kept = new ArrayList<>();
        for (Mention m : mentions) {
            Matcher tail = ALIAS_TAILS.containsKey(m.relation()) ? ALIAS_TAILS.get(m.relation()).matcher(m.name()) : null;
            Matcher onFamily = m.relation() == Relation.PROPOSES ? SIZE_ON_FAMILY_TAIL.matcher(m.name()) : null;
            int cut = onFamily != null && onFamily.find() && family.test(onFamily.group(1)) ? onFamily.start()
                    : tail != null && tail.find() ? tail.start() : -1;
            String base = cut >= 0 ? m.relation() + "|" + Names.key(m.name().substring(0, cut)) : null;
            if (base != null && !named.contains(base) && m.relation() == Relation.EVALUATED_ON && knownBenchmark.test(m.name().substring(0, cut))) {
                // "58.5% AP on COCO val" with COCO named nowhere else: the benchmark, its split an alias; a second split ("COCO
                // test-dev") then joins it as a variant.
                List<String> aliases = new ArrayList<>(m.aliases());
                aliases.add(0, m.name());
                kept.add(new Mention(m.relation(), m.kind(), m.name().substring(0, cut), aliases, m.evidence(), m.rule(), m.confidence(), m.resourceKind()));
                named.add(base);
            } else if (base != null && named.contains(base)) {
                List<String> names = variants.computeIfAbsent(base, k -> new ArrayList<>());
                names.add(m.name());
                names.addAll(m.aliases());
            } else {
                kept.add(m);
            }
        }
        return variants.isEmpty() ? kept : kept.stream()
                .map(m -> {
                    List<String> more = variants.get(m.relation() + "|" + Names.key(m.name()));
                    return more == null ? m : m.withMoreAliases(more);
                })
                .toList();
    }

    private static final Pattern OUR_MODEL = Pattern.compile("(?i:\\bour\\s+(?:new\\s+|latest\\s+)?)(\\S+(?:\\s\\S+)?)(?=\\s+(?i:model|system|network)\\b)");

    /**
     * "we propose the Hidden-Unit BERT (HuBERT) approach": a model family named only inside the name the paper gives its
     * own is no model it uses ("DistilBERT, distilled from BERT" names BERT outside it too).
     */
    private static boolean onlyInsideOwnName(Mention model, List<Mention> proposals) {
        String modelKey = Names.key(model.name());
        List<String> ownNames = proposals.stream()
                .flatMap(p -> Stream.concat(Stream.of(p.name()), p.aliases().stream()))
                .filter(own -> own.length() > model.name().length() && Names.key(own).contains(modelKey) && model.evidence().contains(own))
                .toList();
        if (modelKey.isEmpty() || ownNames.isEmpty()) {
            return false;
        }
        String outside = withoutOwnNames(model.evidence(), ownNames);
        Matcher elsewhere = NameShapes.wholeWord(model.name()).matcher(outside);
        while (elsewhere.find()) {
            // "… for a BERT-like prediction loss" resembles the model, still no use of it.
            if (!RESEMBLANCE_AFTER.matcher(outside).region(elsewhere.end(), outside.length()).lookingAt()) {
                return false;
            }
        }
        return true;
    }

    /** "YOLO series", "Transformer variants", "GPT-style": a name that stands for a kind of work, not one method. */
    private static final String KIND_AFTER_NAME = "(?i:(?:\\s+|-)(?:variants?|series|family|families|architectures?|based|style|like))\\b";

    /**
     * "we design Step-wise Group Relative Policy Optimization (StepGRPO)": a known method named inside the name the
     * paper gives its own, in the sentence that gives it, is part of that name, not something compared with.
     */
    private static boolean insideOwnName(Mention compared, List<Mention> proposals) {
        Set<String> surfaces = new HashSet<>();
        surfaces.add(Names.key(compared.name()));
        compared.aliases().forEach(a -> surfaces.add(Names.key(a)));
        List<String> ownNames = proposals.stream().filter(p -> p.evidence().equals(compared.evidence()))
                .flatMap(p -> Stream.concat(Stream.of(p.name()), p.aliases().stream())).toList();
        boolean inside = ownNames.stream().map(Names::key)
                .anyMatch(own -> surfaces.stream().anyMatch(s -> !s.isEmpty() && own.length() > s.length() && own.contains(s)));
        if (!inside) {
            return false;
        }
        // "We build Fast-ReAct …, outperforming the original ReAct": named on its own too, outside the own names, it is no part
        // of them — unless named there as a kind ("a new generation of YOLO series", "compared to Transformer variants").
        String outside = withoutOwnNames(compared.evidence(), ownNames);
        return Stream.concat(Stream.of(compared.name()), compared.aliases().stream())
                .noneMatch(name -> Pattern.compile(NameShapes.standalone(name).pattern() + "(?!" + KIND_AFTER_NAME + ")").matcher(outside).find());
    }

    /** "phi-3-mini" of Phi-3, "Code Llama - Python" of Code Llama, "Mistral 7B -- Instruct" of a proposed "Mistral 7B v0.1". */
    private static boolean variantNameOf(String name, String proposed) {
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        String withoutRelease = proposed.replaceFirst("\\s(?:" + RELEASE_TAIL.pattern() + ")$", "");
        return Stream.of(proposed, withoutRelease).map(p -> p.toLowerCase(java.util.Locale.ROOT)).distinct()
                .anyMatch(p -> lower.startsWith(p + "-") || lower.startsWith(p + " ") && SPACED_DASH.matcher(lower.substring(p.length())).lookingAt());
    }

    private static final Pattern SPACED_DASH = Pattern.compile(ModelRule.SPACED_DASH + "\\S");
    /** "v0.1", "0.2": a release of the same model; a bare "2" ("CosyVoice 2") is a new generation, its predecessor compared with. */
    private static final Pattern RELEASE_TAIL = Pattern.compile("[vV]\\d+(?:\\.\\d+)*|\\d+(?:\\.\\d+)+");
    static final String RULE_PREDECESSOR = "predecessor";
    private static final Pattern MODEL_SIZE = Pattern.compile("(?<![\\p{L}\\d.])" + ModelRule.SIZE);
    private static final Pattern NOT_LETTER = Pattern.compile("[^\\p{L}]|[vV](?=\\d)");
    private static final Pattern NOT_DIGIT = Pattern.compile("\\D+");

    /** A model name with its sizes taken out, read as its family of letters and its version numbers. */
    private record FamilyVersion(String family, String version) {
        static FamilyVersion of(String name) {
            String unsized = MODEL_SIZE.matcher(name).replaceAll(" ");
            return new FamilyVersion(NOT_LETTER.matcher(unsized).replaceAll("").toLowerCase(java.util.Locale.ROOT),
                    NOT_DIGIT.matcher(unsized).replaceAll(" ").strip());
        }
    }

    /**
     * "Phi-2" of a proposed "Phi-3", "Qwen-VL" of "Qwen2-VL", "AlphaFold 2" of "AlphaFold 3": the same family of
     * letters under another version — sizes aside, so "Llama-3-8B" is no predecessor of "Llama 3".
     */
    static boolean isPredecessor(String model, String proposed) {
        FamilyVersion earlier = FamilyVersion.of(model);
        FamilyVersion own = FamilyVersion.of(proposed);
        return earlier.family().length() >= 3 && earlier.family().equals(own.family()) && !earlier.version().equals(own.version());
    }

    /**
     * One mention per relation and name: the most confident evidence wins, aliases are pooled. A name the
     * paper proposes or introduces is not also something it compares with.
     */
    private static List<Mention> merge(List<Mention> mentions, java.util.function.Function<String, Set<String>> sameEntity) {
        Map<String, Mention> byKey = new LinkedHashMap<>();
        Set<String> contributed = new HashSet<>();
        Map<String, Double> introduced = new HashMap<>();
        Map<String, Double> proposed = new HashMap<>();
        for (Mention m : mentions) {
            if (m.relation() == Relation.PROPOSES || m.relation() == Relation.INTRODUCES) {
                // "EGNNs" proposed is the "EGNN" the vocabulary knows: singular keys too.
                Stream.concat(Stream.of(m.name()), m.aliases().stream()).forEach(a -> {
                    contributed.add(Names.key(a));
                    contributed.add(Names.singularKey(a));
                });
            }
            if (m.relation() == Relation.INTRODUCES) {
                // Only a title's suggestion ("X: Benchmarking …") can be outweighed by the abstract.
                introduced.merge(Names.key(m.name()), m.rule().equals(TitleHeadRule.RULE) ? m.confidence() : 1.0, Math::max);
            }
            if (m.relation() == Relation.PROPOSES) {
                proposed.merge(Names.key(m.name()), m.confidence(), Math::max);
            }
        }
        // A name introduced as a benchmark or dataset is not also a proposed method — unless the introduction was
        // only inferred ("WebWalker: Benchmarking LLMs …") and the abstract proposes it in so many words.
        Set<String> methodsOverResources = new HashSet<>();
        proposed.forEach((key, confidence) -> {
            if (introduced.containsKey(key) && introduced.get(key) < confidence) {
                methodsOverResources.add(key);
            }
        });
        methodsOverResources.forEach(introduced::remove);
        List<Mention> proposals = mentions.stream().filter(m -> m.relation() == Relation.PROPOSES).toList();
        for (Mention m : mentions) {
            String name = Names.key(m.name());
            if ((m.relation() == Relation.COMPARES_WITH && insideOwnName(m, proposals))
                    || (m.relation() == Relation.USES_MODEL && onlyInsideOwnName(m, proposals))) {
                continue;
            }
            // "a new language representation model called BERT, which stands for Bidirectional Encoder …": the
            // paper's own model under any of its names is not one it uses.
            if ((m.relation() == Relation.COMPARES_WITH || m.relation() == Relation.USES_MODEL)
                    && (sameEntity.apply(name).stream().anyMatch(contributed::contains)
                        || m.aliases().stream().flatMap(a -> Stream.of(Names.key(a), Names.singularKey(a))).anyMatch(contributed::contains))) {
                continue;
            }
            // A name introduced as a benchmark or dataset anywhere in the paper is not also a proposed method;
            // a method the paper proposes is not something it is evaluated on.
            if ((m.relation() == Relation.PROPOSES && keys(m).anyMatch(introduced::containsKey))
                    || (m.relation() == Relation.INTRODUCES && methodsOverResources.contains(name))
                    || (m.relation() == Relation.EVALUATED_ON && proposed.containsKey(name) && !introduced.containsKey(name))) {
                continue;
            }
            byKey.merge(m.relation() + "|" + name, m, (a, b) -> pooled(a, b, false));
        }
        // Again until nothing merges: A{a} and B{b} become one only through a C{a, b} met after both.
        List<Mention> merged = List.copyOf(byKey.values());
        for (List<Mention> fewer = oneMentionPerEntity(merged); fewer.size() < merged.size(); fewer = oneMentionPerEntity(merged)) {
            merged = fewer;
        }
        return merged;
    }

    private static Stream<String> keys(Mention m) {
        return Stream.concat(Stream.of(m.name()), m.aliases().stream()).map(Names::key).filter(k -> !k.isEmpty());
    }

    /**
     * "we introduce Benchmarking-IR (BEIR), … on the BEIR benchmark": mentions of one relation that share a name or an
     * alias are one entity, named by the most confident of them.
     */
    private static List<Mention> oneMentionPerEntity(List<Mention> mentions) {
        List<Mention> out = new ArrayList<>();
        for (Mention m : mentions) {
            Set<String> mKeys = keys(m).collect(java.util.stream.Collectors.toSet());
            int same = -1;
            for (int i = 0; i < out.size() && same < 0; i++) {
                if (out.get(i).relation() == m.relation() && keys(out.get(i)).anyMatch(mKeys::contains)) {
                    same = i;
                }
            }
            if (same < 0) {
                out.add(m);
                continue;
            }
            out.set(same, pooled(out.get(same), m, true));
        }
        return out;
    }

    /**
     * Two mentions of one entity as one: the more confident (the first on a tie) with the aliases of both — and, when
     * they go by different names ({@code withNames}), the other's name.
     */
    private static Mention pooled(Mention a, Mention b, boolean withNames) {
        Mention best = a.confidence() >= b.confidence() ? a : b;
        Set<String> aliases = new LinkedHashSet<>();
        for (Mention m : List.of(a, b)) {
            if (withNames) {
                aliases.add(m.name());
            }
            aliases.addAll(m.aliases());
        }
        aliases.remove(best.name());
        return best.withAliases(List.copyOf(aliases));
    }
}
