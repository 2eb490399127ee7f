package io.papergraph.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * First-person contributions: "we propose / introduce / present NAME", "a framework called NAME",
 * "we introduce X, a benchmark …", and acronyms defined in such sentences. A name the vocabulary already
 * knows is prior work, not a contribution.
 */
final class ProposalRule {

    static final String RULE_VERB = "we-propose";
    static final String RULE_NAMING = "called-named";
    static final String RULE_ACRONYM = "proposal-acronym";
    static final String RULE_EARLIER_WORK = "authors-earlier-work";

    private static final Pattern VERB = Pattern.compile(
            // The first letters of the verbs, tested first: the alternatives are tried at no other word boundary.
            // Not "the recently-proposed GraphGPS framework", "a previously introduced method": a participle of earlier work.
            "(?i)(?=[abcdefgiopr])\\b(?<!-)(?<!\\b(?:the|a|an)\\s(?:recently|previously|originally|formerly|first|already)\\s)(?!(?<=\\bthe\\s)(?:proposed|introduced|presented|developed|designed)\\s+(?:approach|method|framework|model|system|algorithm|technique|pipeline|architecture|scheme|strategy|solution|network)\\b)(?:propose[sd]?|introduce[sd]?|present(?:s|ed)?|develop(?:s|ed)?|design(?:s|ed)?|devise[sd]?"
                    // "we solve this mystery by presenting Graphormer, which …"
                    + "|(?:propos|introduc|present|develop|design|collect|construct|curat|creat|build)ing"
                    + "|contribute[sd]?|formulate[sd]?|releas(?:e[sd]?|ing)|put forward|offer(?:s|ed)?|provide[sd]?(?=\\s+an?\\s|\\s+\\p{Lu}[\\p{L}\\p{N}-]*,\\s+an?\\s+(?:[\\w-]+\\s+){0,4}?(?:collection|dataset|benchmark|suite|corpus|library|toolkit)s?\\b)|construct(?:s|ed)?|curate[sd]?|build|builds|built|create[sd]?"
                    + "|gather(?:s|ed)?|collect(?:s|ed)?|compile[sd]?|assemble[sd]?|establish(?:es|ed)?|define[sd]?)\\b");
    /**
     * "we propose an … approach known as X", "resulting in a family of models known as X": what the authors make, named by its
     * kind of method or resource, then "known as" (elsewhere "known as" marks the field's names: "a phenomenon known as
     * hallucination"). No preposition or relative clause between: not "we build on a technique known as LoRA", "we develop a
     * method based on the approach known as X", "we propose a regularizer that mitigates the phenomenon known as X".
     */
    private static final String MADE_THEN_KNOWN_AS = "(?i:\\b(?:(?:we|and)\\s+(?:[a-z]+\\s+)?(?:(?:propose|introduce|present|develop|construct|design|create|curate)(?:s|d|ed)?|build|built)|resulting\\s+in)"
            // Only the thing made, of a kind of method or resource: not "a regularizer that mitigates the phenomenon known as X".
            + "\\s+(?:an?|the)\\s+(?:(?:family|series|suite|collection)\\s+of\\s+|(?!(?:on|upon|of|from|using|with|by|via|to|for|in|as|based|that|which|who|where|against)\\b)[\\w-]+,?\\s+){0,6}?"
            + "(?:" + ResourceKinds.METHOD_NOUNS + "|" + ResourceKinds.RESOURCE_NOUNS + ")(?:s|es)?,?\\s+known\\s+as)";
    static final String NAMING_CUE = "(?i:\\b(?:(?:(?<!so-)called|named(?!\\s+entit)|codenamed|dubbed|termed|coined|nicknamed)(?:\\s+as(?=\\s+[\"'“]?(?-i:\\p{Lu})))?|denoted(?: as)?|refer(?:red)? to (?:it |this |them |(?:our|the (?:resulting|proposed|final)) (?:[\\w-]+ ){1,3}?|the (?:model|method|framework|system|agent|approach) (?:[\\w-]+ ){0,3}?)?as"
            // The kind after "this" first: "We call this procedure self-denoised smoothing" names no "procedure self-denoised smoothing".
            // "and term this formed large vision-language instructed model as LaVIN": what is named, then "as".
            + "|(?:we|and) (?:call|name|term|dub) (?:this|the resulting) (?:[\\w-]+ ){1,6}?as(?= [\"'“]?(?-i:\\p{Lu}))"
            // "We name this attention mechanism the Forgetting Attention"
            + "|we (?:call|name|term|dub) (?:this (?:[\\w-]+ )?(?:approach|method|framework|technique|procedure|model|strategy|algorithm|paradigm|phenomenon"
            + "|mechanism|module|architecture|layer|objective|loss|operator|scheme)|it|this|them|these|our \\w+|the (?:resulting|final) \\w+)"
            // "for which we name the algorithm Regularized Preference Optimization (RPO)" — not "we call the model GPT-4o-mini", a call
            + "|we (?:name|term|dub) the (?:proposed |new )?(?:approach|method|framework|technique|procedure|model|strategy|algorithm|paradigm|mechanism|module|architecture|objective|loss|scheme)"
            // "we call the framework RouteLM" — a framework is not called as a model or an algorithm is
            + "|we call the (?:proposed |new )?(?:approach|method|framework|technique|procedure|paradigm|architecture|scheme)"
            // "a pipeline we call DialogForge", "which we term pivot tokens"; not "We call GPT-4 through its API".
            + "|(?<=[a-z] )(?-i:we) (?:call|name|term|dub|frame as)))\\s+[\"'“]?";
    /** "E(n)-Equivariant", "SE(3)-Transformer": a symmetry group, its parenthesis and all, joined to the word it qualifies. */
    private static final String SYMMETRY_GROUP_WORD = "(?<![\\p{L}\\p{N}])\\p{Lu}{1,2}\\([\\p{L}\\d,]{1,4}\\)[-\\s]\\p{Lu}[\\p{L}\\p{N}]*(?:-[\\p{L}\\p{N}]+)*";
    /** A name of several capitalised words: "Streamlined Inference", "Mixture Of Orthogonal Experts". */
    static final String MULTI_WORD_NAME = "(?:" + SYMMETRY_GROUP_WORD + "|" + NameShapes.NAME + ")"
            + "(?:[ -](?:(?:of|for|and|with|in|the|to|via|on|Of|For|And|With|In|The|To|Via|On)[ -])?" + NameShapes.NAME + "){0,5}";
    /** "a simple yet effective method, called cross-lingual-thought prompting (XLT), to …": named in lower case, short form after. */
    private static final Pattern LOWER_NAMED_THEN_SHORT = Pattern.compile(NAMING_CUE + "([a-z][\\w-]*(?:\\s[a-z][\\w-]*){0,4})\\s*\\((" + NameShapes.NAME + ")\\)");
    /**
     * "We describe GEMBA, a GPT-based metric for …": described and said what it is — unless the appositive calls it the field's or
     * someone else's ("a popular library", "whose traces we analyse") or the sentence uses it ("as a source of …").
     */
    private static final Pattern DESCRIBED_AS_OWN = Pattern.compile(
            "(?i:\\bwe\\s+describe)\\s+(" + NameShapes.NAME + "),\\s+(?i:an?)\\s+(?![^,.;]*\\b(?i:popular|widely|well-known|standard|common|existing|prior"
                    + "|used|whose|crowd-sourced|open-source|internal|provider)\\b)[^,.;]{3,80}?(?:[,.;]|$)(?![^.;]*\\b(?i:as\\s+(?:a|the)\\s+(?:source|basis)|we\\s+(?:analy[sz]e|study|extend)))");
    /** "We compare against a system called Whisper v3": a naming cue inside what the authors set their work against. */
    private static final Pattern COMPARED_BEFORE = Pattern.compile(
            "(?i)\\b(?:compar\\w*\\s+(?:against|with|to)|against|versus|than)\\s+(?:a|an|the)\\s+(?:[\\w-]+\\s+){0,4}?(?:called|named|dubbed|termed)\\s+$");
    /**
     * "called FooNet", "called the Time-series Pile": the article before a capitalised name is no part of it; "termed iAgents": a
     * coined name starting in lower case too; "models named OWSM v3.1": with the release it names.
     */
    private static final Pattern NAMING = Pattern.compile(NAMING_CUE + "(?:the\\s+(?=\\p{Lu}))?(" + MULTI_WORD_NAME + "(?:" + NameShapes.VERSION_APART + "|" + NameShapes.V_VERSION_APART + ")?|" + NameShapes.LOWER_COINED + ")");
    /** " anchoring, which", " scaling.": one or two lower-case words that end a named phrase (not "is", "and", "here" …). */
    private static final String NOT_A_TAIL_WORD = "(?!(?:is|are|was|were|and|or|to|for|in|on|with|as|by|that|which|the|a|an|of|from|at|into|can|will|has|have"
            // nor where or when it is named ("called X here"), nor the kind of thing it is ("called VectorRAG techniques")
            + "|here|hereafter|henceforth|throughout|below|above|" + ResourceKinds.METHOD_NOUNS + "|" + ResourceKinds.RESOURCE_NOUNS + ")s?\\b)";
    private static final Pattern LOWER_TAIL_OF_NAME = Pattern.compile(
            "\\s(" + NOT_A_TAIL_WORD + "[a-z][a-z-]+(?:\\s" + NOT_A_TAIL_WORD + "[a-z][a-z-]+)?)(?=\\s*[,.;(]|\\s+(?:which|that)\\b)");
    private static final Pattern PLAIN_CAPITALISED = Pattern.compile("\\p{Lu}\\p{Ll}+|\\p{Lu}{2,5}");
    /** "We tested X on a challenging code generation dataset called …": the naming closes what the authors test on. */
    private static final Pattern TESTED_ON_BEFORE = Pattern.compile(
            "(?i)\\b(?:tested|test|evaluated?|evaluating|experiments?)\\b[^.;]{0,60}?\\bon\\s+(?:a|an|the)\\s+(?:[\\w-]+\\s+){0,5}$");
    /** "we apply it to a recent LLM called LLaMA": what the authors' method is applied to is named, not made. */
    static final Pattern APPLIED_TO_BEFORE = Pattern.compile(
            "(?i)\\b(?:apply|applied|applying)\\s+(?:it|them|this|our\\s+[\\w-]+)\\s+to\\s+(?:a|an|the)\\s+(?:[\\w-]+\\s+){0,5}?(?:(?:called|named)\\s+)?$");
    /** " with an offset (ODPO)": a few plain words after a name, then a short name in parentheses. */
    private static final Pattern PHRASE_THEN_SHORT_NAME = Pattern.compile("(?:\\s+[\\p{L}\\p{N}-]+){1,4}?\\s*\\((" + NameShapes.NAME + ")\\)");
    /** 'called "Pretrain, Personalized Prompt, and Predict Paradigm" (P5)': a quoted long form, commas and all, and its short name. */
    private static final Pattern QUOTED_NAMING = Pattern.compile(NAMING_CUE + "(?<=[\"“])([^\"”]{3,80})[\"”]\\s*\\((" + NameShapes.NAME + ")\\)");
    /** NAMING_CUE cannot match without one of these (lower-cased): four sentences in a hundred have one. */
    private static final String[] NAMING_WORDS = {"called", "named", "dubbed", "termed", "coined", "denoted", "refer", "we call", "we name", "we term", "we dub", "we frame as",
            "and call", "and name", "and term", "and dub"};
    private static final Pattern COINED_PAIR = Pattern.compile("(\\S+) and (\\S+)");
    /** The verbs with which authors put forward what they made. */
    static final String AUTHORS_VERB = "(?:propose|introduce|present|develop)";
    static final String CAPITALISED_WORD = "\\p{Lu}[\\p{L}\\p{N}]*+(?:-\\p{Lu}[\\p{L}\\p{N}]*+)*+";
    /** "we train Dojo-Coder-32B from …", "fine-tuning on X yields ProofPath-7B": a sized model the paper makes. */
    private static final Pattern TRAINED_MODEL = Pattern.compile(
            "(?i:\\b(?:we\\s+(?:\\w+\\s+)?train|(?:and|to)\\s+train|yield(?:s|ing)?|result(?:s|ing)? in|obtain(?:s|ing)?))\\s+(?:(?i:a|the|our)\\s+)?("
                    // (a name with its size among its parts, "Foo-32B" or "Foo-32B-Instruct": the name pattern takes hyphenated parts whole)
                    + "(?=\\p{Lu}[\\p{L}\\p{N}-]*-\\d+(?:\\.\\d+)?[BM](?![\\p{L}\\d]))" + NameShapes.NAME
                    // "… and use it to train UGround, a strong universal visual grounding model": a coined name described as a model.
                    + "|" + NameShapes.NAME + "(?=\\s*,\\s+(?:a|an)\\s+(?:[\\w-]+\\s+){0,4}?(?:model|LM|LLM|MLLM|VLM|agent|policy|network|classifier|encoder|detector|retriever|verifier)\\b))");
    /** ", a tool-augmented LLM", ", a generalist web agent": what the authors train is a language model or an agent they name. */
    private static final Pattern OWN_MODEL_KIND_AFTER = Pattern.compile(
            "\\s*,\\s+(?:a|an)\\s+(?:[\\w-]+\\s+){0,4}?(?:LM|LLM|MLLM|VLM|(?:language|foundation|vision-language|multimodal)\\s+model|agent)\\b");
    /** "AgentTuning is used to instruction-tune the Llama 2 series, resulting in AgentLM.": what the authors' training yields. */
    private static final Pattern RESULTING_MODEL = Pattern.compile(
            // "…, resulting in DeepSeek-GRM models."
            // "…, resulting in the noise-robust BYOL-Hindsight.": the article and an adjective or two may come first.
            "(?i:\\b(?:result(?:s|ing)?\\s+in|yield(?:s|ing)?))\\s+(?:(?i:the|a|an|our)\\s+(?:[a-z][\\w-]*\\s+){0,2}?)?(" + NameShapes.NAME
                    + ")(?=(?:\\s+(?-i:models?))?\\s*(?:[.;]|$|\\(|,\\s+(?:a|an|which|whose)\\b))");
    private static final Pattern APPOSITIVE_BEFORE = Pattern.compile(
            "(?i:\\b(?:framework|method|approach|model|algorithm|agent|system|technique|benchmark|dataset|paradigm|architecture|pipeline|strategy|module|task|suite|environment|metric|toolkit|library|prompting|mechanism|scheme|procedure|objective|recipe|protocol"
                    // "an efficient LLM inference scheduler, Sarathi-Serve, to …", "a generative judge, Auto-J, …"
                    + "|scheduler|judge|optimi[sz]er|planner|controller|retriever|verifier|solver|tokenizer|decoder|encoder"
                    // "We introduce a navigation policy, NaviLM, that …", "a lightweight router, CascadeGate, …"
                    + "|policy|router|assistant|regulari[sz]er|estimator|detector|generator|component"
                    // "a novel CPU-GPU-I/O pipelining schedule, CGOPipe, with …", "a lightweight inference engine, FastServe, …"
                    + "|schedule|engine|network|interface|compiler|runtime|platform|simulator|layer|block|loss|kernel"
                    // "a neural network structure, FramePack, to …", "a novel algorithmic solution, Nash-MD, founded on …"
                    + "|structure|solution"
                    // "we introduce a family of models, Phoenix, trained on …"
                    // "a new family of VLAs, RoboVLMs, which …"
                    + "|(?:family|series|suite)\\s+of\\s+(?:[\\w-]+\\s+)?(?:models|LLMs|MLLMs|VLMs|VLAs|LMs|agents|policies|algorithms|optimi[sz]ers))(?:\\s+(?:challenge|suite|collection))?)"
                    // "a generative judge with 13B parameters, Auto-J, …": a few words that qualify the noun before the name's comma
                    // (not a list the noun opens: "with two methods: A and B").
                    // "a simple yet effective router, namely CascadeGate, that …"
                    // "a novel approach, the LLM-Embedder, which …": the article before the name is no part of it
                    + "(?:\\s+(?:with|for|of)\\s+(?:[\\w-]+\\s+){0,3}?[\\w-]+,|,(?:\\s+namely)?|\\s*--|\\s*—|\\s*:)\\s+(?:the\\s+(?=\\p{Lu}))?[\"'“]?("
                    + NameShapes.NAME + "(?:\\s" + NameShapes.NAME + "){0,2})[\"'”]?\\s*[,(.;]");
    private static final Pattern ROLE_NOUN = Pattern.compile("(?i)(?:" + Cues.MODEL_ROLE_NOUNS + ")\\b");
    /** "use a pretrained encoder, …", "built on a strong backbone, …": the verb that takes an existing thing, then its noun phrase. */
    private static final Pattern TAKEN_BEFORE = Pattern.compile(
            "(?i)\\b(?:use[sd]?|using|adopt(?:s|ed|ing)?|employ(?:s|ed|ing)?|leverag(?:e|es|ed|ing)|utili[sz](?:e|es|ed|ing)|(?:buil(?:t|ds?|ding)|based)\\s+(?:up)?on)"
                    + "\\s+(?:an?|the)\\s+(?:[\\w-]+\\s+){0,3}$");
    private static final Pattern FAMILY_OF_OTHER_KINDS = Pattern.compile(
            "(?:family|series|suite)\\s+of\\s+(?:[\\w-]+\\s+)?(?:LLMs|MLLMs|VLMs|VLAs|LMs|agents|policies|algorithms|optimi[sz]ers)\\b");
    /** "a pre-trained language model, X", "an off-the-shelf retriever, X": the kind said to exist already, so the name is no one's new work here. */
    private static final Pattern EXISTING_KIND_BEFORE = Pattern.compile(
            "(?i)\\b(?:pre-?trained|off-the-shelf|existing|popular|widely[- ]used)\\s+(?:[\\w-]+\\s+){0,2}$");
    private static final Pattern QUALIFIED_NOUN = Pattern.compile("(?i)(?!family|series|suite)\\S+\\s+(?:with|for|of)\\s");
    private static final Pattern LIST_GOES_ON = Pattern.compile("[\"'”]?\\s*,\\s*(?:and\\s+|or\\s+)?\\p{Lu}[\\p{L}\\p{N}+#-]*(?:\\s*,|\\s+(?:and|or)\\b|\\s+\\p{Ll})|\\s+(?:and|or)\\s");
    private static final Pattern RANKED_OR_EVALUATED_BEFORE = Pattern.compile(
            "(?i)\\b(?:(?:best|strongest|top|leading|best-performing|top-performing|most\\s+capable)\\s+(?:[\\w-]+\\s+)?"
                    + "|" + Cues.EVALUATED_COUNT + "\\s+(?:[\\w-]+\\s+){0,2}?)$");
    static final Pattern NAMING_VERB = Pattern.compile("(?i)(?:propos|introduc)e[sd]?|(?:present|construct|design|develop)(?:s|ed)?");
    private static final Pattern DEFINITION_ENDS = Pattern.compile("\\s*(?:[,.;:]|$|(?:for|to|that|which|as|in|on)\\b)");
    /** "the notion of Flow Matching (FM)": the idea a name stands for. */
    private static final String NOTION_OF = "(?:notion|concept|idea)\\s+of\\s+";
    private static final Pattern NOTION_OF_BEFORE = Pattern.compile("(?i)\\bthe\\s+" + NOTION_OF + "$");
    /**
     * The verb, then an article, or the idea the name stands for ("we present the notion of Flow Matching (FM)"); the
     * indefinite article (group 1) introduces a kind of thing, not the thing.
     */
    private static final Pattern VERB_THEN = Pattern.compile("\\w+\\s+(?:the\\s+(?:" + NOTION_OF + ")?|(an?\\s+))?");
    /** "We are releasing … and the corresponding dataset (SA-1B)": a resource named in parentheses after its noun. */
    private static final Pattern RESOURCE_IN_PARENTHESES = Pattern.compile(
            "(?i:\\b(?:dataset|benchmark|corpus))\\s*\\((" + NameShapes.NAME + ")\\)");

    /** "It motivates us to develop …", "This allows us to design …": the authors, object of a verb that leads them to make something. */
    private static final Pattern US_TO = Pattern.compile(
            "(?i)\\b(?:lets?|allows?|allowing|enables?|enabling|motivates?|motivated|motivating|leads?|led|prompts?|prompted|inspires?|inspired|encourages?|encouraged|helps?|drives?|drove)\\s+us\\s+to\\b");

    private static final Pattern LEADING_CONNECTIVE = Pattern.compile("^(?:[A-Z][a-z]+(?: [a-z]+){0,5},\\s+)");

    private ProposalRule() {
    }

    /** "Alpaca-Lite is fine-tuned from …", "Specifically, StepGRPO introduces …": a sentence the paper's own name leads speaks for the authors. */
    static boolean ledByOwnName(String sentence, java.util.Collection<String> ownNames) {
        // "Drawing inspiration from network topology, EoT integrates …"; not "Zeta adopts novel techniques, including …" read as
        // an opening phrase: the name may open the sentence itself.
        String subject = LEADING_CONNECTIVE.matcher(sentence).replaceFirst("");
        return ownNames.stream().anyMatch(name -> subject.startsWith(name + " ") || subject.startsWith(name + ",")
                || sentence.startsWith(name + " ") || sentence.startsWith(name + ","));
    }

    static List<Mention> apply(String sentence, List<AcronymDefinitions.Definition> definitions, Predicate<String> known) {
        return apply(sentence, definitions, known, List.of());
    }

    /**
     * @param ownNames the names this paper has given its contributions so far (title head, earlier sentences): a
     *                 sentence that starts with one ("HypeGT introduces Curvature-Adaptive Positional Encodings (CAPE)",
     *                 "StepGRPO introduces two rewards: …") speaks for the authors
     */
    static List<Mention> apply(String sentence, List<AcronymDefinitions.Definition> definitions, Predicate<String> known,
                               java.util.Collection<String> ownNames) {
        List<Mention> found = withoutLongFormOpenings(sentence, withoutCutNames(contributions(sentence, definitions, known, ownNames)), definitions);
        return EARLIER_WORK.matcher(sentence).find() ? earlierWork(found) : found;
    }

    /** "Our model, Depth Pro, …" read both whole and cut short ("Depth"): the cut reading goes. */
    private static List<Mention> withoutCutNames(List<Mention> found) {
        return found.size() < 2 ? found : found.stream()
                .filter(m -> m.relation() != Relation.PROPOSES || found.stream().noneMatch(other -> other.relation() == Relation.PROPOSES
                        && other.name().startsWith(m.name() + " ")))
                .toList();
    }

    /**
     * "we propose ADapt And Merge (ADAM)", "our model, Preserve Your Own COrrelation (PYoCo)": the capitalised first word of a
     * long form is no name of its own; the short form defined after it is. A name the sentence also writes on its own stays
     * ("We propose StepNet and a lighter variant, StepNet Lite (SNL)").
     */
    private static List<Mention> withoutLongFormOpenings(String sentence, List<Mention> found, List<AcronymDefinitions.Definition> definitions) {
        return definitions.isEmpty() ? found : found.stream()
                .filter(m -> m.relation() != Relation.PROPOSES || !onlyOpensLongForms(sentence, m.name(), definitions))
                .toList();
    }

    /** Whether every place the sentence writes the name is the first word of a defined long form. */
    private static boolean onlyOpensLongForms(String sentence, String name, List<AcronymDefinitions.Definition> definitions) {
        List<AcronymDefinitions.Definition> opened = definitions.stream()
                .filter(d -> !d.shortForm().equals(name) && d.longForm().startsWith(name + " ")).toList();
        if (opened.isEmpty()) {
            return false;
        }
        Matcher written = NameShapes.wholeWord(name).matcher(sentence);
        while (written.find()) {
            int at = written.start();
            if (opened.stream().noneMatch(d -> d.start() <= at && at < d.end())) {
                return false;
            }
        }
        return true;
    }

    /** "In our previous work, we introduced CosyVoice": the authors speak of an earlier paper, not of this one. */
    private static final Pattern EARLIER_WORK = Pattern.compile(
            // Opening the sentence: "Building on our previous work, we introduce X" introduces X here.
            // "Our previous work introduced …" too.
            "(?i)^(?:(?:in\\s+(?:our|a|an)|our)\\s+(?:previous|prior|earlier)\\s+(?:work|paper|study|report)|we\\s+(?:have\\s+)?previously\\s+\\w+ed)\\b");

    /** What the authors proposed before is what this paper builds on: compared with, not proposed or introduced again. */
    private static List<Mention> earlierWork(List<Mention> found) {
        return found.stream()
                .filter(m -> m.relation() == Relation.PROPOSES)
                .map(m -> new Mention(Relation.COMPARES_WITH, EntityKind.METHOD, m.name(), m.aliases(), m.evidence(), RULE_EARLIER_WORK, 0.6, null))
                .toList();
    }

    private static List<Mention> contributions(String sentence, List<AcronymDefinitions.Definition> definitions, Predicate<String> known,
                                               java.util.Collection<String> ownNames) {
        List<Mention> found = new ArrayList<>();
        // Cheap tests first: a pattern is only run on a sentence that has the words it cannot match without.
        String lowerCase = sentence.toLowerCase(Locale.ROOT);
        boolean namingWord = Cues.containsAny(lowerCase, NAMING_WORDS);
        IntroducedResourceRule.resourcesIntroduced(found, sentence, lowerCase, known, ownNames);
        // "Specifically, StepGRPO introduces …": a connective may come first.
        boolean ownSubject = ledByOwnName(sentence, ownNames);
        // "It motivates us to develop an If-or-Else (IoE) prompting framework": the authors as the object speak too.
        Matcher usTo = US_TO.matcher(sentence.contains(" us ") ? sentence : "");
        int usAt = usTo.find() ? usTo.start() : -1;
        boolean firstPerson = ownSubject || usAt >= 0 || Cues.FIRST_PERSON.matcher(sentence).find();
        ownModelsNamed(found, sentence, lowerCase, firstPerson, known);
        Matcher quotedNaming = QUOTED_NAMING.matcher(namingWord && sentence.indexOf('(') >= 0 ? sentence : "");
        List<Integer> quotedAt = new ArrayList<>();
        while (quotedNaming.find()) {
            Contributions.add(found, sentence, quotedNaming.group(2), List.of(quotedNaming.group(1).strip()), quotedNaming.start(1), quotedNaming.end(),
                    RULE_NAMING, 0.85, firstPerson ? name -> false : known);
            quotedAt.add(quotedNaming.start(1));
        }
        Matcher naming = NAMING.matcher(namingWord ? sentence : "");
        // Whether the sentence names anything, read later: the same search is not run twice.
        boolean namedLater = false;
        while (naming.find()) {
            namedLater = true;
            if (quotedAt.contains(naming.start(1))) {
                continue;
            }
            // "named Stepwise Correction (StepCo)": the acronym definition names it, with this as its long form.
            boolean defined = definesAcronym(sentence, naming.start(1), naming.end(1), definitions);
            Matcher shortName = PHRASE_THEN_SHORT_NAME.matcher(sentence).region(naming.end(1), sentence.length());
            if (!defined && shortName.lookingAt() && NameShapes.isCoined(shortName.group(1))) {
                // "termed DPO with an offset (ODPO)": the phrase named runs on to the short name the paper uses, whose letters
                // need not spell it.
                String longForm = sentence.substring(naming.start(1), shortName.start(1)).replaceFirst("\\s*\\($", "");
                Contributions.add(found, sentence, shortName.group(1), List.of(longForm), naming.start(1), shortName.end(), RULE_NAMING, 0.85,
                        firstPerson ? n -> false : known);
            } else if (!defined) {
                // "We compare against a system called Whisper v3": what the authors set their work against is not theirs.
                if (COMPARED_BEFORE.matcher(sentence).region(0, naming.start(1)).find()) {
                    continue;
                }
                String written = naming.group(1);
                // "a framework called DETR": naming it here makes it this paper's, however well known it became.
                // "models … called AlphaFlow and ESMFlow": two coined names joined by "and" are two contributions.
                Matcher pair = COINED_PAIR.matcher(written);
                // "a new method called Gram anchoring, which …": a capitalised word and the lower-case words that end the name.
                // Only after a plain capitalised word or a short acronym ("we dub this LLM evaluation"): "called SparseLoRA here" ends at
                // the coined name.
                Matcher lowerTail = LOWER_TAIL_OF_NAME.matcher(sentence).region(naming.end(1), sentence.length());
                String named = PLAIN_CAPITALISED.matcher(written).matches() && lowerTail.lookingAt()
                        ? written + " " + lowerTail.group(1) : written;
                List<String> names = pair.matches() && NameShapes.isCoined(pair.group(1)) && NameShapes.isCoined(pair.group(2))
                        ? List.of(pair.group(1), pair.group(2)) : List.of(named);
                // "We tested AlphaCodium on a challenging dataset called CodeContests": what the authors test on is named, not made.
                boolean testedOn = TESTED_ON_BEFORE.matcher(sentence).region(0, naming.start(1)).find()
                        || APPLIED_TO_BEFORE.matcher(sentence).region(0, naming.start(1)).find();
                for (String name : names) {
                    Contributions.add(found, sentence, name, List.of(), naming.start(1) + written.indexOf(name), RULE_NAMING, 0.85,
                            firstPerson && !testedOn ? n -> false : known);
                }
            } else if (!firstPerson) {
                // "A contrastive objective, termed Session-Item InfoNCE (SI-NCE), aligns …": abstracts name their own parts
                // this way without a "we"; prior work is "known as" or "so-called", and a name the vocabulary knows is left out.
                int longFormEnd = naming.end(1);
                definitions.stream().filter(d -> d.longForm().endsWith(naming.group(1)) && sentence.startsWith(d.longForm(), longFormEnd - d.longForm().length()))
                        .findFirst()
                        .ifPresent(d -> Contributions.add(found, sentence, d.shortForm(), List.of(d.longForm()), d.start(), d.end(), RULE_ACRONYM, 0.8, known));
            }
        }
        Matcher knownAs = MADE_THEN_KNOWN_AS_NAME.matcher(firstPerson && lowerCase.contains("known as") ? sentence : "");
        while (knownAs.find()) {
            // Defined as an acronym's long form, it is read with its short form by the acronym rules.
            if (!definesAcronym(sentence, knownAs.start(1), knownAs.end(1), definitions)) {
                Contributions.add(found, sentence, knownAs.group(1), List.of(), knownAs.start(1), RULE_NAMING, 0.85, n -> false);
            }
        }
        Matcher lowerNamed = LOWER_NAMED_THEN_SHORT.matcher(namingWord && sentence.indexOf('(') >= 0 ? sentence : "");
        while (lowerNamed.find()) {
            if (NameShapes.isCoined(lowerNamed.group(2)) && definitions.stream().noneMatch(d -> d.shortForm().equals(lowerNamed.group(2)))) {
                Contributions.add(found, sentence, lowerNamed.group(2), List.of(lowerNamed.group(1)), lowerNamed.start(1), lowerNamed.end(),
                        RULE_NAMING, 0.85, firstPerson ? n -> false : known);
            }
        }
        NewNameRule.namesCalledNew(found, sentence, lowerCase, firstPerson, definitions, known, ownNames);
        PassiveProposalRule.apply(found, sentence, known);
        OwnVoiceRule.ownMethodNamed(found, sentence, definitions, known);
        if (!firstPerson) {
            return found;
        }
        OwnVoiceRule.namesInOwnVoice(found, sentence, lowerCase, namingWord, known);
        EnumeratedContributionRule.contributionsEnumerated(found, sentence, known);
        EnumeratedContributionRule.countedKindsListed(found, sentence, known);
        EnumeratedContributionRule.releasesEnumerated(found, sentence, known);
        EnumeratedContributionRule.familyMembersListed(found, sentence);
        if (ownSubject || OWN_ADOPTION.matcher(sentence).lookingAt()) {
            EnumeratedContributionRule.novelKindsListed(found, sentence);
        }
        Matcher speaker = Cues.FIRST_PERSON.matcher(sentence);
        Matcher inParentheses = RESOURCE_IN_PARENTHESES.matcher(
                sentence.indexOf('(') >= 0 && Cues.containsAny(lowerCase, "dataset", "benchmark", "corp") ? sentence : "");
        while (inParentheses.find()) {
            Matcher verbBefore = VERB.matcher(sentence.substring(0, inParentheses.start()));
            if (verbBefore.find() && NameShapes.isCoined(inParentheses.group(1))) {
                Contributions.add(found, sentence, inParentheses.group(1), List.of(), inParentheses.start(1), RULE_VERB, 0.8, name -> false);
            }
        }
        Matcher newKind = NEW_KIND_IN_PARENTHESES.matcher(
                firstPerson && sentence.indexOf('(') >= 0 && Cues.containsAny(lowerCase, "new", "novel") ? sentence : "");
        while (newKind.find()) {
            // "allows us to design a new architecture (Mamba-2) whose core layer …": new here, however known its family.
            if (newKind.group(1) != null && NameShapes.isCoined(newKind.group(1))) {
                Contributions.add(found, sentence, newKind.group(1), List.of(), newKind.start(1), RULE_VERB, 0.8, name -> false);
            }
            // "a new paradigm Coconut (Chain of Continuous Thought)": the long form in the parentheses is its other name.
            Matcher longForm = PARENTHESES_AFTER.matcher(sentence).region(newKind.end(), sentence.length());
            if (newKind.group(2) != null && NameShapes.isCapitalisedName(newKind.group(2)) && longForm.lookingAt()) {
                Contributions.add(found, sentence, newKind.group(2), List.of(longForm.group(1)), newKind.start(2), RULE_VERB, 0.8, name -> false);
            }
        }
        Matcher describedOwn = DESCRIBED_AS_OWN.matcher(lowerCase.contains("we describe") ? sentence : "");
        while (describedOwn.find()) {
            // "We describe GEMBA, a GPT-based metric for …" — but "describe" tells of background as often: only a name the field
            // does not know, said to be something the appositive does not call someone else's.
            Contributions.add(found, sentence, describedOwn.group(1), List.of(), describedOwn.start(1), RULE_VERB, 0.75, known);
        }
        Matcher quotedAfterVerb = QUOTED_AFTER_VERB.matcher(Cues.containsAny(sentence, "\"", "“", "‘") ? sentence : "");
        while (quotedAfterVerb.find()) {
            // Capitalised or coined with a hyphen ("self-refine"), or plain words its kind follows ('a novel "virtual group"
            // initialization scheme'): not a scare-quoted phrase ('"the best" approach').
            boolean plainWordsOfAKind = quotedAfterVerb.group(2) != null && java.util.Arrays.stream(quotedAfterVerb.group(1).split("\\s+")).noneMatch(QUOTED_FUNCTION_WORDS::contains);
            if (!Character.isUpperCase(quotedAfterVerb.group(1).charAt(0)) && quotedAfterVerb.group(1).indexOf('-') < 0 && !plainWordsOfAKind) {
                continue;
            }
            // 'our "Fisher merging" technique': what the authors call theirs in quotes is theirs, however well known it became.
            Contributions.add(found, sentence, quotedAfterVerb.group(1), List.of(), quotedAfterVerb.start(1), RULE_VERB, 0.75,
                    quotedAfterVerb.group().regionMatches(true, 0, "our", 0, 3) ? name -> false : known);
        }
        Matcher quoted = QUOTED_NAME_IN_PARENTHESES.matcher(Cues.containsAny(sentence, "(\"", "(“", "( \"") ? sentence : "");
        while (quoted.find()) {
            // "within a generative modeling framework (\"Generative Recommenders\")": the authors name what they frame.
            if (NameShapes.isCapitalisedPhrase(quoted.group(1))) {
                Contributions.add(found, sentence, quoted.group(1), List.of(), quoted.start(1), RULE_VERB, 0.75, known);
            }
        }
        int speakerAt = ownSubject ? 0 : Math.min(speaker.find() ? speaker.start() : sentence.length(), usAt >= 0 ? usAt : sentence.length());
        Matcher kindNamed = KIND_IN_PARENTHESES.matcher(firstPerson && sentence.indexOf('(') >= 0 ? sentence : "");
        while (kindNamed.find()) {
            if (kindNamed.start() < speakerAt) {
                // "Unlike prior work that designed a routing method (FooRoute), we …": not the authors' making.
                continue;
            }
            // "we propose a simple and effective method (ReDo) that …": the coined name in parentheses after the kind the authors
            // make is theirs — unless the vocabulary knows it (then it is the method they build).
            if (NameShapes.isCoined(kindNamed.group(1))) {
                Contributions.add(found, sentence, kindNamed.group(1), List.of(), kindNamed.start(1), RULE_VERB, 0.75, known);
            }
        }
        Matcher verb = VERB.matcher(sentence);
        int firstVerb = -1;
        String firstVerbWord = "";
        while (verb.find()) {
            // "Unlike prior work that introduced X, we …": only verbs after the first person are ours.
            if (verb.start() < speakerAt) {
                continue;
            }
            if (firstVerb < 0) {
                firstVerb = verb.start();
                firstVerbWord = verb.group();
            }
            // "by introducing LoRA, a low-rank technique, into every layer": a gerund may say how a tool is used, so a known name
            // stays known unless an appositive presents it without placing it (contributionsAfterVerb).
            boolean gerund = verb.group().endsWith("ing");
            VerbObjectRule.contributionsAfterVerb(found, sentence, verb.end(), namedLater, known, gerund);
        }
        // "we design a repo-level benchmark CodeBench.": read after the verbs, whose readings come first.
        Matcher kindThenCoined = KIND_THEN_COINED.matcher(firstPerson ? sentence : "");
        while (kindThenCoined.find()) {
            if (kindThenCoined.start() >= speakerAt && NameShapes.isCoined(kindThenCoined.group(1))) {
                Contributions.add(found, sentence, kindThenCoined.group(1), List.of(), kindThenCoined.start(1), RULE_VERB, 0.75, known);
            }
        }
        // "ScoreFlow incorporates Score-DPO, a novel variant of DPO …": a part of the authors' own work, said to be new.
        Matcher partSaidNew = PART_SAID_NEW.matcher(firstPerson ? sentence : "");
        while (partSaidNew.find()) {
            // "employs Dynamic SplitFuse, a novel … strategy": a name of several capitalised words, one of them coined.
            if (partSaidNew.start() >= speakerAt && java.util.Arrays.stream(partSaidNew.group(1).split("\\s+")).anyMatch(NameShapes::isCoined)) {
                Contributions.add(found, sentence, partSaidNew.group(1), List.of(), partSaidNew.start(1), RULE_VERB, 0.75, known);
            }
        }
        int contributionsFrom = firstVerb < 0 ? sentence.length() : firstVerb;
        for (AcronymDefinitions.Definition d : definitions) {
            String before = sentence.substring(Math.max(0, d.start() - 30), d.start());
            boolean named = NAMED_RIGHT_BEFORE.matcher(before).find()
                    || NOVEL_KIND_BEFORE.matcher(sentence.substring(Math.max(0, d.start() - 60), d.start())).find();
            // "we define the Tumor Boundary Score (TBS), a metric that …": described as a contribution right after.
            // "we introduce the Tree-of-Thought (ToT) framework, a novel approach …": or its kind, then the appositive.
            boolean described = APPOSITIVE_AFTER.matcher(sentence.substring(d.end())).find()
                    || KIND_THEN_APPOSITIVE.matcher(sentence).region(d.end(), sentence.length()).lookingAt();
            // "we introduce Group Relative Policy Optimization (GRPO), a variant of PPO, …": right after the verb and
            // described, it is this paper's however well known it became.
            Matcher verbThen = VERB_THEN.matcher(sentence.substring(Math.min(contributionsFrom, d.start()), d.start()));
            boolean rightAfterVerb = d.start() > contributionsFrom && verbThen.matches();
            // "we introduce Instruction-Following Eval (IFEval) for …": the object of the authors' own naming verb is theirs
            // too — not after a gerund ("by introducing Low-Rank Adaptation (LoRA) into …"), an indefinite article ("we
            // introduce a Graph Neural Network (GNN)-based retriever"), or another verb ("We build Retrieval-Augmented
            // Generation (RAG) systems"), nor with something after the definition that it would describe.
            boolean objectItself = rightAfterVerb && verbThen.group(1) == null && NAMING_VERB.matcher(firstVerbWord).matches()
                    && DEFINITION_ENDS.matcher(sentence.substring(d.end())).lookingAt();
            boolean introducedHere = rightAfterVerb && (described || firstPerson && objectItself);
            if (NameShapes.isOrdinary(d.shortForm()) || modifiesNounAfter(sentence, d) || namesKindOfContribution(sentence, d, known)
                    || d.longForm().equals(d.longForm().toLowerCase(Locale.ROOT))
                    && INSIDE_ANOTHERS_DESCRIPTION.matcher(sentence.substring(Math.max(0, d.start() - 120), d.start())).find()
                    || Cues.BUILT_FROM_AFTER.matcher(sentence).region(d.end(), sentence.length()).lookingAt()
                    // "We introduce Zep, … that outperforms … MemGPT, in the Deep Memory Retrieval (DMR) benchmark": defined where the
                    // contribution is set against others, after the cue.
                    // A cue before the authors' first verb frames the sentence ("Compared with X, we propose Y (YY)"): only later ones count.
                    || afterRivalCue(sentence, contributionsFrom + 1, d.start())) {
                // "ToneGen, a single Language Model (LM)": a generic abbreviation is no name; "a Multi-layer Perceptron (MLP)
                // based encoder-decoder model": what the contribution is built from, not the contribution.
                continue;
            }
            // "we apply distilled direct preference optimization (dDPO) to learn …": a technique the authors apply and define here, that
            // no vocabulary knows, is theirs.
            boolean appliedHere = APPLIED_RIGHT_BEFORE.matcher(sentence.substring(Math.max(0, d.start() - 40), d.start())).find()
                    && !known.test(d.shortForm()) && !known.test(d.longForm());
            if (appliedHere || (named || described || d.end() > contributionsFrom) && isContribution(sentence, d, contributionsFrom)) {
                // "which we call proximal policy optimization (PPO)": named and defined here, so this paper's own.
                Contributions.add(found, sentence, d.shortForm(), List.of(d.longForm()), d.start(), d.end(), RULE_ACRONYM, 0.85,
                        named || introducedHere ? name -> false : known);
            }
        }
        Matcher appositive = APPOSITIVE_BEFORE.matcher(sentence);
        while (appositive.find()) {
            // After a contribution verb, or after "we" with no comparison in between ("we score models with a
            // paired accuracy metric, Phantom Score, that …").
            // Not a rival named after a comparison cue: "We introduce Zep, … that outperforms the current state-of-the-art system, MemGPT,".
            boolean authors = !afterRivalCue(sentence, 0, appositive.start(1)) && (appositive.start() >= contributionsFrom
                    || appositive.start() >= speakerAt && ComparisonRule.windows(sentence).stream().noneMatch(w -> w[0] <= appositive.start()));
            // "with the best model, GPT-4o, scoring only 28.9%", "we evaluate 7 models: GPT-4o, …": a ranking or the models
            // evaluated, not what the authors make.
            boolean ranked = RANKED_OR_EVALUATED_BEFORE.matcher(sentence.substring(Math.max(0, appositive.start() - 40), appositive.start())).find();
            // "a tokenizer for Chinese, Japanese, and Korean text": after words that qualify the noun, a name the list goes on
            // from is one item of a list, not the noun's name.
            boolean listed = QUALIFIED_NOUN.matcher(appositive.group()).lookingAt()
                    && (LIST_GOES_ON.matcher(sentence).region(appositive.end(1), sentence.length()).lookingAt() || NameShapes.isLanguage(appositive.group(1)));
            // "We use a pretrained encoder, RoBERTa-large, as …", "… using an off-the-shelf model, Mistral-7B-Instruct": a thing
            // the authors take, not one they make.
            boolean taken = TAKEN_BEFORE.matcher(sentence.substring(Math.max(0, appositive.start() - 80), appositive.start())).find()
                    // "how toxicity is represented in a pre-trained language model, GPT2-medium": said to exist already (not "We introduce
                    // a large pretrained model, X", where the authors' verb says it is theirs).
                    || appositive.start() < contributionsFrom
                    && EXISTING_KIND_BEFORE.matcher(sentence.substring(Math.max(0, appositive.start() - 40), appositive.start())).find()
                    // "We study a family of optimizers, Lion": a family of agents, policies or optimisers is the authors' only after their verb.
                    || appositive.start() < contributionsFrom && FAMILY_OF_OTHER_KINDS.matcher(appositive.group()).lookingAt()
                    // "Our planner, GPT-4o, …", "our encoder, RoBERTa-large, …": a known family's model in a role is used.
                    || ROLE_NOUN.matcher(appositive.group()).lookingAt() && Contributions.ofKnownFamily(appositive.group(1), known);
            // "a novel algorithm, namely Stepwise Self-Consistent CoT (SSC-CoT)": the definition names it, read by the acronym rule.
            boolean defined = appositive.group().contains(", namely") && definesAcronym(sentence, appositive.start(1), appositive.end(1), definitions);
            // "an existing … method, the Cringe Loss (Adolphs et al., 2022)": with an article, only what is said to be new.
            boolean theKnownOne = appositive.group().contains(", the ") && !NOVEL_KIND_BEFORE.matcher(
                    sentence.substring(Math.max(0, appositive.start(1) - 80), appositive.start(1))).find();
            if (authors && !ranked && !listed && !taken && !defined && !theKnownOne && NameShapes.isCapitalisedPhrase(appositive.group(1))) {
                // "we introduce a new prompting approach, Analogical Prompting, …": said to be new, it is this paper's however
                // well known it became.
                // Not a model said to be new ("powered by a new vision-language model, PaliGemma"): a known model is one the paper uses.
                boolean saidNew = appositive.start() >= contributionsFrom && !MODEL_KIND.matcher(appositive.group()).find()
                        && NOVEL_KIND_BEFORE.matcher(sentence.substring(Math.max(0, appositive.start(1) - 80), appositive.start(1))).find();
                Contributions.add(found, sentence, appositive.group(1), List.of(), appositive.start(1), RULE_VERB, 0.8, saidNew ? name -> false : known);
            }
        }
        return found;
    }

    /**
     * "named Stepwise Correction (StepCo)": the name is the long form of an acronym defined right after it;
     * "named MiXSE (MiXture of Self-specialized Experts)" is the name, its expansion after it; "called Self-Play
     * fIne-tuNing (SPIN)": the capitalised words are only the start of the long form.
     */
    private static boolean definesAcronym(String sentence, int nameStart, int nameEnd, List<AcronymDefinitions.Definition> definitions) {
        return definitions.stream().anyMatch(d -> d.start() < nameEnd && d.end() > nameEnd
                && (d.start() == nameStart || sentence.substring(nameEnd, d.end()).matches("\\s*\\(.*")));
    }

    /** Models the authors train or obtain and name: "we train X-32B", "resulting in X". */
    private static void ownModelsNamed(List<Mention> found, String sentence, String lowerCase, boolean firstPerson, Predicate<String> known) {
        Matcher trained = TRAINED_MODEL.matcher(sentence);
        while (trained.find()) {
            // "… we collect trajectories and train X-32B": the authors' only when they speak in the sentence.
            if (!firstPerson && (trained.group().regionMatches(true, 0, "and", 0, 3) || trained.group().regionMatches(true, 0, "to", 0, 2))) {
                continue;
            }
            // "we train Llama-3-8B" fine-tunes a known family; "Qwen2.5-7B" is Qwen's.
            // A name described as a model, without a size, only where data was made to train it ("use it to train UGround, a
            // … model"), not "we train XGBoost, a gradient-boosted tree classifier" (a tool the paper uses).
            boolean sized = ModelRule.endsInParameterCount(trained.group(1));
            // "Using this dataset, we train Lynx, a tool-augmented LLM initialized from Alpaca": described as a language model or
            // agent the authors train, the name is theirs, even an ordinary word.
            boolean describedAsOwn = firstPerson && OWN_MODEL_KIND_AFTER.matcher(sentence).region(trained.end(1), sentence.length()).lookingAt();
            if (!Contributions.ofKnownFamily(trained.group(1), known) && (NameShapes.isCoined(trained.group(1)) || describedAsOwn)
                    && (sized || describedAsOwn || trained.group().regionMatches(true, 0, "to", 0, 2))) {
                Contributions.add(found, sentence, trained.group(1), List.of(), trained.start(1), RULE_VERB, 0.75, known);
            }
        }
        Matcher resulting = RESULTING_MODEL.matcher(firstPerson && Cues.containsAny(lowerCase, "result", "yield") ? sentence : "");
        while (resulting.find()) {
            String name = resulting.group(1);
            // "resulting in GPT-4-level …", "yielding Llama-3-8B-X": a known family's model is not the paper's own name.
            if (NameShapes.isCoined(name) && !Contributions.ofKnownFamily(name, known)) {
                Contributions.add(found, sentence, name, List.of(), resulting.start(1), RULE_VERB, 0.75, known);
                // "… yields RoleLLaMA (English) and RoleGLM (Chinese)": a second model the same training yields.
                Matcher second = SECOND_RESULTING.matcher(sentence).region(resulting.end(1), sentence.length());
                if (second.lookingAt() && NameShapes.isCoined(second.group(1)) && !Contributions.ofKnownFamily(second.group(1), known)) {
                    Contributions.add(found, sentence, second.group(1), List.of(), second.start(1), RULE_VERB, 0.75, known);
                }
            }
        }
        // "we propose a novel Symbolic Chain-of-Thought, namely SymbCoT, a … framework": the short name of a capitalised phrase.
        Matcher namely = PHRASE_NAMELY_NAME.matcher(firstPerson && lowerCase.contains("namely") ? sentence : "");
        while (namely.find()) {
            // "We introduce Proximal Policy Optimization, namely PPO, into …": a known method brought in is used, not made.
            if (!known.test(namely.group(1)) && !known.test(namely.group(2))) {
                Contributions.add(found, sentence, namely.group(2), List.of(namely.group(1)), namely.start(2), RULE_VERB, 0.8, known);
            }
        }
    }

    /** " (English) and RoleGLM (Chinese)": a second name after the first and what it is for in parentheses. */
    private static final Pattern SECOND_RESULTING = Pattern.compile("(?:\\s*\\([^()]{1,30}\\))?\\s+and\\s+(" + NameShapes.NAME + ")(?=\\s*(?:[.;,(]|$))");
    /** "propose a novel Symbolic Chain-of-Thought, namely SymbCoT,": a capitalised phrase the authors make, then its name. */
    private static final Pattern PHRASE_NAMELY_NAME = Pattern.compile(
            "(?i:\\b(?:propose|introduce|present|develop)(?:s|d|ed)?\\s+(?:an?\\s+|the\\s+)?(?:(?:novel|new|simple|effective|general|yet|and)\\s+){0,4})("
                    + MULTI_WORD_NAME + "),\\s+(?i:namely)\\s+(" + NameShapes.NAME + ")(?=\\s*[,.;(])");

    /**
     * "a multiple-choice machine reading comprehension (MRC) dataset": a lower-case term abbreviated in front of
     * a resource noun says what the resource is about, it names no contribution.
     */
    private static boolean modifiesNounAfter(String sentence, AcronymDefinitions.Definition d) {
        Matcher noun = NOUN_AFTER.matcher(sentence).region(d.end(), sentence.length());
        // "the first set of web-scale Time-Continual (TiC) benchmarks …: TiC-DataComp, TiC-YFCC, …": what several resources share.
        return d.longForm().equals(d.longForm().toLowerCase(Locale.ROOT)) && noun.lookingAt()
                || PLURAL_RESOURCES_AFTER.matcher(sentence).region(d.end(), sentence.length()).lookingAt();
    }

    private static final Pattern PLURAL_RESOURCES_AFTER = Pattern.compile("\\s+(?:benchmarks|datasets|environments|suites)\\b");

    /**
     * "We introduce a novel retrieval-augmented generation (RAG) framework for …": a known method abbreviated in front of a
     * method noun says what kind of thing the contribution is; it is not the contribution.
     */
    private static boolean namesKindOfContribution(String sentence, AcronymDefinitions.Definition d, Predicate<String> known) {
        return METHOD_KIND_AFTER.matcher(sentence).region(d.end(), sentence.length()).lookingAt()
                && INDEFINITE_BEFORE.matcher(sentence.substring(Math.max(0, d.start() - 40), d.start())).find()
                && (known.test(d.shortForm()) || known.test(d.longForm()));
    }

    /** "a novel …", "an end-to-end …": a kind of thing is said, where "We introduce Direct Preference Optimization (DPO)" names one. */
    private static final Pattern INDEFINITE_BEFORE = Pattern.compile("(?i)\\b(?:a|an)\\s+(?:[\\w-]+\\s+){0,3}$");
    /** A method noun right after a definition: "(RAG) framework", "(PTQ) pipeline". */
    /** " framework", " reasoning algorithm": a method noun, a plain modifier or two before it. */
    private static final Pattern METHOD_KIND_AFTER = Pattern.compile(
            "\\s+(?:[a-z][\\w-]*\\s+){0,2}?(?:framework|approach|method|model|pipeline|system|architecture|technique|algorithm)s?\\b");

    /** A kind of thing after the abbreviation (not a verb: "our … inferencer (MTSGI) first infers …"). */
    private static final Pattern NOUN_AFTER = Pattern.compile("\\s+(?:" + ResourceKinds.RESOURCE_NOUNS + "|tasks?|problems?|settings?)\\b");

    /** ", a simple, fast, yet effective planning method": adjectives, with commas between them, before the head noun. */
    static final String APPOSITIVE_HEAD = "\\s*(?:,|--?|[—–])\\s+(?:a|an|the\\s+first|" + Cues.LARGEST_ARTICLE + "|" + Cues.MAKERS_POSSESSIVE + ")\\s+(?:[\\w-]+,?\\s+){0,6}?"
            // "we propose consistency models, a new family of models that …": the noun may be plural.
            + "(?:approach(?:es)?|(?:framework|method|technique|algorithm|paradigm|model|architecture|system|mechanism|pipeline|agent|task|benchmark|dataset|objective|metric|measure|variant"
            // "we propose Soft MoE, a fully-differentiable sparse Transformer that …"
            + "|[Tt]ransformer|network|optimizer|learner|detector|solver|format|scheme|protocol|recipe"
            // "Aggregated Attention, a biomimetic design-based token mixer", "E5, a family of state-of-the-art text embeddings"
            + "|mixer"
            // "we introduce Dynamic Code Graph Generator, a module that …": a part or a role of the authors' system.
            + "|module|layer|component|block|generator|planner|verifier|router|retriever|reranker|encoder|decoder|engine|controller|judge|critic|evaluator)s?"
            + "|strateg(?:y|ies)|polic(?:y|ies)|famil(?:y|ies)\\s+of)\\b";
    static final Pattern APPOSITIVE_AFTER = Pattern.compile("^[\"'”]?" + APPOSITIVE_HEAD);
    /**
     * "we propose ODEX, the first open-domain execution-based natural language (NL) to code generation dataset": a short form
     * defined inside what another name is said to be, its long form in lower case, is a word of that description, not a
     * second contribution (not "a model that routes patches through a Mixture of Tile Experts (MoTE) layer", nor "a
     * detector trained with our cross-scale distillation (CSD) objective": "our", "novel", "new" or "proposed" make it one).
     */
    private static final Pattern INSIDE_ANOTHERS_DESCRIPTION = Pattern.compile(
            "[\\p{Lu}\\d][\\p{L}\\d-]*\\p{Lu}[\\p{L}\\d-]*,\\s+(?:a|an|the\\s+(?:first|largest|only))\\s+(?:(?!\\b(?:our|novel|new|proposed)\\b)[^,;:()A-Z])*$");
    /** " framework, a novel approach": the kind of the thing defined, then an appositive that calls it new. */
    private static final Pattern KIND_THEN_APPOSITIVE = Pattern.compile(
            "\\s+(?:" + ResourceKinds.METHOD_NOUNS + "),\\s+(?:a|an)\\s+(?:[\\w-]+\\s+){0,3}?(?:novel|new)\\b");
    /** "called ''Long Form'' (LF)", "termed the …", and "our multi-task subtask graph inferencer (MTSGI)". */
    private static final Pattern NAMED_RIGHT_BEFORE = Pattern.compile(
            // "Our E(3) Equivariant Diffusion Model (EDM)": a symmetry group written with its parenthesis is one word.
            "(?i)(?:\\b(?:termed|called|named|dubbed|coined|we (?:call|name|term))\\s+(?:the\\s+|an?\\s+)?"
                    // "for which we name the algorithm Regularized Preference Optimization (RPO)" (not "we call the model X": a call)
                    + "|\\bwe\\s+(?:name|term|dub)\\s+the\\s+(?:new\\s+)?(?:approach|method|framework|technique|procedure|model|strategy|algorithm|paradigm|mechanism|module|architecture|objective|loss|scheme)\\s+"
                    // "We call this procedure Iterative Preference Bootstrapping (IPB)", "we refer to our method as …"
                    + "|\\b(?:we\\s+(?:call|name|term|dub)|refer(?:red)?\\s+to)\\s+(?:it|this|these|them|our|the\\s+(?:resulting|final|proposed))(?:\\s+[\\w-]+){0,3}?\\s+(?:as\\s+)?(?:the\\s+|an?\\s+)?|\\bour\\s+(?:[\\w-]+(?:\\([\\w,]+\\))?\\s+){0,5}"
                    // "Our key innovation, the …", "a new metric, the …"
                    + "|\\bour\\s+(?:\\w+\\s+)?(?:innovation|contribution)s?,\\s+(?:the\\s+|an?\\s+)|\\b(?:a|an)\\s+(?:novel|new)\\s+(?:[\\w-]+,\\s+the\\s+)?)[\"'“”‘’]*$");
    /** Words that make a quoted phrase a scare-quoted clause ('"the best" approach'), not a name. */
    private static final java.util.Set<String> QUOTED_FUNCTION_WORDS = java.util.Set.of("the", "a", "an", "of", "to", "for", "in", "on", "and", "or", "is", "are", "best", "good", "bad");
    /** The kinds of method a quoted name may be followed by (group 2 of {@link #QUOTED_AFTER_VERB}). */
    private static final String QUOTED_KIND = "technique|method|approach|framework|algorithm|procedure|strategy|objective|paradigm|scheme|mechanism|module|loss|initialization|regularization|prompting|decoding";
    /**
     * 'We introduce "Successive Prompting", where …', 'our "Fisher merging" technique': a name of up to five words the authors
     * set in quotes as they put it forward.
     */
    private static final Pattern QUOTED_AFTER_VERB = Pattern.compile(
            // "we introduce a \"divide-and-share\" paradigm", "a novel ‘first-try’ strategy": what the authors make, quoted.
            "(?i:\\bwe\\s+(?:[a-z]+ly\\s+|also\\s+|further\\s+)?" + AUTHORS_VERB + "\\s+(?:(?:a|an|the)\\s+)?(?:(?:novel|new)\\s+)?|\\bour\\s+|\\b(?:a|an)\\s+(?:novel|new)\\s+)[\"“‘]"
                    + "(\\p{L}[\\p{L}\\p{N}-]*(?:\\s[\\p{L}\\p{N}][\\p{L}\\p{N}-]*){0,4})[\"”’]"
                    + "(?=\\s*[,.;:(]|\\s+(?i:where|which|that|to|as|for|(" + QUOTED_KIND + ")s?)\\b)");
    private static final Pattern QUOTED_NAME_IN_PARENTHESES = Pattern.compile(
            "(?i:\\b(?:framework|method|approach|paradigm|model|architecture|system|algorithm|technique))\\s*\\(\\s*[\"“]("
                    + NameShapes.NAME + "(?:\\s" + NameShapes.NAME + "){0,3})[\"”]\\s*\\)");
    /** "we design a new architecture (Mamba-2) whose …": a new kind of thing named in parentheses. */
    private static final Pattern PARENTHESES_AFTER = Pattern.compile("\\s*\\(([^()]{2,80})\\)");
    /** The authors making a kind of thing they then name in parentheses: "we design a …", "we propose a …". */
    private static final String KIND_MAKING_VERB = "(?:design|propose|introduce|develop|build|present|create|devise|establish)";
    private static final Pattern NEW_KIND_IN_PARENTHESES = Pattern.compile(
            "(?i:\\b" + KIND_MAKING_VERB + "\\w*\\s+(?:a|an)\\s+(?:[\\w-]+\\s+){0,2}?(?:new|novel)\\s+(?:[\\w-]+\\s+){0,2}?"
                    + "(?:architecture|model|method|framework|algorithm|approach|system|variant|layer|module|mechanism))\\s*\\((" + NameShapes.NAME + ")\\)"
                    // "we introduce a new paradigm Coconut (Chain of Continuous Thought)": the name right after the kind, its
                    // long form after it.
                    + "|(?i:\\b" + AUTHORS_VERB + "\\w*\\s+(?:a|an)\\s+(?:new|novel)\\s+(?:[\\w-]+\\s+){0,2}?"
                    + "(?:paradigm|architecture|model|method|framework|algorithm|approach|system|technique))\\s+(" + NameShapes.NAME + ")(?=\\s*\\((?-i:\\p{Lu}))");
    /**
     * A plain modifier between the article and the kind ("a simple and effective"), not another phrase ("a study of the
     * popular method (FooNet)", "an extension of existing …").
     */
    private static final String PLAIN_MODIFIER = "(?:(?!(?:of|to|for|the|existing|prior|previous|popular|standard)(?![\\w-]))[\\w-]+\\s+)";
    /** "we propose a simple and effective method (ReDo)": a kind the authors make, named in parentheses right after it. */
    private static final Pattern KIND_IN_PARENTHESES = Pattern.compile(
            "(?i:\\b" + KIND_MAKING_VERB + "\\w*\\s+(?:a|an)\\s+" + PLAIN_MODIFIER + "{0,4}?"
                    + "(?:architecture|method|framework|algorithm|approach|system|layer|module|mechanism|technique|strategy))\\s*\\((" + NameShapes.NAME + ")\\)");
    /**
     * What a whole is made of, then a name said to be new: "incorporates Score-DPO, a novel variant of …" — not a baseline said
     * to be new ("Our experiments include BarNet, a new sparse baseline").
     */
    private static final Pattern PART_SAID_NEW = Pattern.compile(
            "\\b(?i:incorporat|includ|featur|employ|compris|contain|integrat)\\w*\\s+(" + NameShapes.NAME + "(?:\\s" + NameShapes.NAME + "){0,3}),\\s+(?:a|an)\\s+"
                    + "(?:[\\w-]+\\s+){0,2}?(?:novel|new)\\b(?!\\s+(?:[\\w-]+\\s+){0,2}?baselines?\\b)");
    /**
     * "we design a repo-level benchmark CodeBench.", "we build a comprehensive training set Doc4M to …": a kind the authors
     * make, described in plain words and named right after by a coined name.
     */
    private static final Pattern KIND_THEN_COINED = Pattern.compile(
            "(?i:\\b(?:" + KIND_MAKING_VERB + "|construct|curate)\\w*\\s+(?:a|an)\\s+" + PLAIN_MODIFIER + "{0,6}?"
                    + "(?:architecture|method|framework|algorithm|approach|system|layer|module|mechanism|technique|strategy|paradigm|pipeline"
                    // "an effective multilingual coder mCoder trained on …"
                    + "|coder|agent|model|engine|router|planner|verifier|judge"
                    + "|benchmark|dataset|set|corpus|suite|environment))\\s+(?:--\\s+|[—–]\\s*)?(" + NameShapes.NAME + "|" + NameShapes.LOWER_COINED + ")(?=\\s*[,.;:(]|\\s*(?:--|[—–])|\\s+(?:that|which|to|for|with|using|by|from|trained|built|designed|based)\\b)");
    /**
     * A new kind right before a name set off by a comma: "a novel framework, the …", "a new LLM reasoning framework, Reasoning
     * via Planning (RAP)", "a simple yet novel algorithm, Action Chunking with Transformers (ACT), which …".
     */
    private static final Pattern MODEL_KIND = Pattern.compile("(?i)\\b(?:" + Cues.MODEL_NOUN + "|encoders?|decoders?|backbones?)\\b");
    private static final Pattern NOVEL_KIND_BEFORE = Pattern.compile("(?i)\\b(?:a|an)\\s+(?:[\\w-]+\\s+){0,3}?(?:novel|new)\\s+(?:[\\w-]+\\s+){0,2}[\\w-]+,\\s+(?:the\\s+)?$"
            // "we introduce a challenging meta-evaluation benchmark, LLMBar": a resource the authors call challenging as they
            // introduce it is theirs (not "a popular benchmark, GSM8K").
            + "|\\b(?:a|an)\\s+(?:[\\w-]+\\s+){0,2}?(?:challenging|comprehensive|large-scale)\\s+(?:[\\w-]+\\s+){0,2}(?:benchmark|dataset|testbed)s?,\\s+(?:the\\s+)?$");

    private static final Pattern APPLIED_RIGHT_BEFORE = Pattern.compile("\\b[Ww]e\\s+(?:propose\\s+to\\s+)?(?:apply|employ)\\s+(?:a\\s+|an\\s+)?$");
    private static final Pattern CLAIM_BETWEEN = Pattern.compile("(?i)\\b(?:show|demonstrate|prove|verify|reveal|confirm|argue|find)s?\\s+that\\b");

    private static final Pattern PREPOSITION_OBJECT_BEFORE = Pattern.compile(
            "(?i)\\b(?:through|via|with|using|on|from|over|into|across|within|without)\\s+(?:a|an|the)\\s+$");
    /** What a part of a method is called: "a Mixture of Patch Experts (MoPE) layer", "a Reflective Memory Module (RMM)". */
    private static final String COMPONENT_NOUN = "(?:layer|module|mechanism|block|component|head|loss|objective|network|encoder|decoder|router|bridge|adapter)s?";
    private static final Pattern COMPONENT_NOUN_AFTER = Pattern.compile("\\s+" + COMPONENT_NOUN + "\\b");
    private static final Pattern COMPONENT_NOUN_LAST = Pattern.compile("(?i)\\b" + COMPONENT_NOUN + "$");

    /** A cue that sets something against rivals, not one that may only say what a thing is built on ("over", "extends"). */
    private static final Pattern RIVAL_CUE_ENDS = Pattern.compile(
            "(?i)(?:outperform\\w*|surpass\\w*|exceed\\w*|beat\\w*|\\bthan|\\bvs\\.?|compared?\\s+(?:to|with|against)|comparison\\s+(?:to|with)|superior\\s+to)\\s*$");

    /**
     * Whether {@code at} lies in the reach of a comparison cue that sets rivals against the paper's work, the cue ending at or
     * after {@code from} — and no verb of the authors' making comes between ("outperforms strong baselines and introduces a novel
     * loss, Contrastive Flow Loss (CFL)" makes CFL theirs).
     */
    private static boolean afterRivalCue(String sentence, int from, int at) {
        return ComparisonRule.windows(sentence).stream().anyMatch(w -> from <= w[0] && w[0] <= at && at < w[1]
                && RIVAL_CUE_ENDS.matcher(sentence.substring(Math.max(0, w[0] - 30), w[0])).find()
                && !VERB.matcher(sentence).region(w[0], at).find());
    }

    /** "we propose an … approach known as Long Form (LF)": the acronym the authors' own thing is known as. */
    private static final Pattern OWN_KNOWN_AS_BEFORE = Pattern.compile(MADE_THEN_KNOWN_AS + "\\s+$");
    /** "we construct a … benchmark, known as X": the name itself. */
    private static final Pattern MADE_THEN_KNOWN_AS_NAME = Pattern.compile(MADE_THEN_KNOWN_AS + "\\s+(?:the\\s+)?(" + MULTI_WORD_NAME + ")(?=\\s*[,.;:]|\\s+(?:that|which|to|for|and|with)\\b|$)");

    /**
     * An acronym defined after a contribution verb is the contribution when it comes right after the verb or
     * is spelled in capitals; "… the functionality of language models (LMs)" far along the sentence is not.
     */
    private static boolean isContribution(String sentence, AcronymDefinitions.Definition d, int verbEnd) {
        String before = sentence.substring(Math.max(0, d.start() - 30), d.start());
        // "the notion of Flow Matching (FM)" is the idea's own name, not a part of something earlier.
        if (Cues.PRIOR_WORK_BEFORE.matcher(before).find() && !NOTION_OF_BEFORE.matcher(before).find()
                && !OWN_KNOWN_AS_BEFORE.matcher(sentence).region(0, d.start()).find()) {
            return false;
        }
        if (NAMED_RIGHT_BEFORE.matcher(before).find()) {
            return true;
        }
        if (PREPOSITION_OBJECT_BEFORE.matcher(before).find() && !COMPONENT_NOUN_AFTER.matcher(sentence).region(d.end(), sentence.length()).lookingAt()
                && !COMPONENT_NOUN_LAST.matcher(d.longForm()).find() && !APPOSITIVE_AFTER.matcher(sentence.substring(d.end())).find()) {
            // "We present Agent S, … interaction with computers through a Graphical User Interface (GUI)": the object
            // of a preposition is what the contribution works with or through, not the contribution — unless it is a part of
            // it, by the noun after it or by its long form, or described as the contribution is ("We address this with
            // Hierarchical Hybrid Offline-Online (H2O2), a hierarchical agent that …").
            return false;
        }
        if (d.start() > verbEnd && CLAIM_BETWEEN.matcher(sentence.substring(verbEnd, d.start())).find()) {
            // "We present rStar-Math to demonstrate that small language models (SLMs) can …": defined in what is claimed.
            return false;
        }
        boolean capitalised = d.capitalised();
        return capitalised || d.start() - verbEnd <= 60;
    }

    /** "We adopt …", "Our model employs …": the authors say what their own work is built from. */
    private static final Pattern OWN_ADOPTION = Pattern.compile(
            "(?i)^(?:[\\w-]+,\\s+)?(?:we|our\\s+[\\w-]+)\\s+(?:also\\s+)?(?:adopt|employ|use|incorporate|introduce|propose|design|develop|feature)\\w*\\b");
}
