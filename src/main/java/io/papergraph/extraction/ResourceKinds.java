package io.papergraph.extraction;

import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a name is, read from the head noun nearest it: "X, a benchmark for …" introduces a resource (benchmark,
 * dataset, environment, metric), "X, a framework that …" proposes a method.
 */
final class ResourceKinds {

    private ResourceKinds() {
    }

    /** Nouns that say a name is a resource: a benchmark, a dataset, an environment, a metric. */
    static final String RESOURCE_NOUNS = "benchmark|dataset|data set|training set|test set|evaluation set|prompt set|question set|corpus|corpora|suite|environment|testbed|test bed|metric|archive|collection|arena|subset";
    static final Pattern RESOURCE_NOUN = Pattern.compile("(?i)\\b(" + RESOURCE_NOUNS + ")s?\\b");
    /** A resource noun near a name, not the verb: "we propose X to enhance and benchmark the …" says nothing of what X is. */
    private static final Pattern RESOURCE_NOUN_NOT_VERB = Pattern.compile(
            "(?i)\\b(?!benchmark\\s+(?:the|a|an|their|its|our|these|existing)\\b)(" + RESOURCE_NOUNS + ")s?\\b");
    /** Nouns that say a name is a method: a framework, an algorithm, a model, a module. */
    static final String METHOD_NOUNS = "framework|method|methodology|approach|model|algorithm|agent|system|technique|paradigm|architecture|pipeline|strategy|module|mechanism|prompting|policy|procedure|objective|loss|decoding|routing|tuning";

    private static final Pattern NOUN_RIGHT_AFTER = Pattern.compile("(?i)\\s+(?:" + RESOURCE_NOUNS + ")s?\\b");
    private static final Pattern METHOD_NAME_ENDING = Pattern.compile(
            "\\p{Lu}[\\p{L}-]*\\s(?:Optimi[sz]ation|Learning|Tuning|Fine-[Tt]uning|Training|Alignment|Prompting|Decoding|Distillation|Merging|Sampling"
                    + "|Search|Routing|Regulari[sz]ation)$");
    private static final Pattern EVALUATOR_BEFORE = Pattern.compile("(?i)\\b(?:evaluator|metric|judge)\\s*[:,]?\\s*$");
    private static final Pattern METHOD_NOUN = Pattern.compile("(?i)\\b(" + METHOD_NOUNS + ")s?\\b");

    static String resourceKind(String sentence, int at, String name) {
        return resourceKind(sentence, at, Math.min(sentence.length(), at + name.length()));
    }

    /**
     * The head noun nearest the name decides: "X, a benchmark for …" introduces a resource,
     * "X, a framework that …" proposes a method. The span [at, end) is the name as written.
     */
    static String resourceKind(String sentence, int at, int end) {
        Matcher ending = Cues.RESOURCE_NAME_ENDING.matcher(sentence.substring(at, end));
        if (!ending.find()) {
            // "Large-scale Open Time Series Archive (LOTSA)": the long form ends in what it is.
            ending = Cues.RESOURCE_NAME_ENDING.matcher(TRAILING_PARENTHESIS.matcher(sentence.substring(at, end)).replaceFirst(""));
        }
        if (ending.reset().find()) {
            if (ending.group(1).equals("Eval") || ending.group(1).equals("QA")) {
                // "an automatic evaluator: ToolEval" is a metric; "G-Eval, a framework …" a method; "TaskEval" alone a benchmark;
                // "UnifiedQA, a single pre-trained model" a method, "HonestQA" alone a question set.
                if (EVALUATOR_BEFORE.matcher(sentence.substring(Math.max(0, at - 40), at)).find()) {
                    return "metric";
                }
                String noun = nearestResourceNoun(sentence, at, end);
                return noun != null ? Cues.resourceKind(noun) : methodNounNear(sentence, at, end) ? null : "benchmark";
            }
            // "the Ancestral Trace Challenge (ATC), a benchmark that measures … models" is one; "Constitutional Challenge, a
            // red-teaming method" is not: what the appositive calls it decides, then a method noun nearby.
            if (ending.group(1).equals("Challenge")) {
                String described = appositiveHead(sentence, end);
                if (described != null) {
                    return RESOURCE_NOUN.matcher(described).matches() ? Cues.resourceKind(described) : null;
                }
                return methodNounNear(sentence, at, end) ? null : "benchmark";
            }
            return Cues.resourceKindOfEnding(ending.group(1));
        }
        // "Using this dataset, we train Lynx, a tool-augmented LLM": what the appositive calls it, it is.
        String named = namedNoun(sentence, at);
        if (named != null) {
            return RESOURCE_NOUN.matcher(named).matches() ? Cues.resourceKind(named) : null;
        }
        String described = appositiveHead(sentence, end);
        if (described != null) {
            return RESOURCE_NOUN.matcher(described).matches() ? Cues.resourceKind(described) : null;
        }
        // "Bootstrapped Preference Optimization (BPO), which conducts preference learning with datasets …": a name that ends in
        // what it does is a method, whatever data the sentence goes on to — unless its noun comes right after it ("… Instruction
        // Tuning (MIMIC-IT) dataset").
        if (METHOD_NAME_ENDING.matcher(TRAILING_PARENTHESIS.matcher(sentence.substring(at, end)).replaceFirst("")).find()
                && !NOUN_RIGHT_AFTER.matcher(sentence).region(end, sentence.length()).lookingAt()) {
            return null;
        }
        String noun = nearestResourceNoun(sentence, at, end);
        if (noun != null) {
            return Cues.resourceKind(noun);
        }
        if (methodNounNear(sentence, at, end)) {
            return null;
        }
        // "We compile CommitPack: 4 terabytes of Git commits": what is curated or collected is data, unless a method noun
        // says otherwise ("we collect X, a pipeline that …").
        if (DATA_VERB_BEFORE.matcher(sentence.substring(Math.max(0, at - 30), at)).find()) {
            return "dataset";
        }
        // "we construct MathCheck, which comprises 10K questions": counted in items of data, it is a benchmark (questions to
        // answer) or a dataset (examples to learn from).
        Matcher counted = COUNTED_CONTENTS_AFTER.matcher(sentence).region(end, sentence.length());
        if (!counted.lookingAt()) {
            return null;
        }
        // "containing 900 videos and 2,700 questions": questions anywhere in the count make it a test.
        return TEST_ITEMS.matcher(sentence).region(counted.start(1), Math.min(sentence.length(), counted.end() + 60)).find() ? "benchmark" : "dataset";
    }

    private static final Pattern TRAILING_PARENTHESIS = Pattern.compile("\\s*\\([^()]*\\)$");
    /** "referred to as", "called", "we dub": a naming cue right before the name. */
    static final Pattern NAMING_CUE_BEFORE = Pattern.compile(ProposalRule.NAMING_CUE + "$");

    /**
     * "a method of generating novel datasets with math problems and their solutions, referred to as MathCodeInstruct": what
     * a naming cue names is the last head noun of its clause, however far before the cue; null without a cue or a noun.
     */
    private static String namedNoun(String sentence, int at) {
        Matcher cue = NAMING_CUE_BEFORE.matcher(sentence.substring(Math.max(0, at - 40), at));
        if (!cue.find()) {
            return null;
        }
        int cueAt = Math.max(0, at - 40) + cue.start();
        String clause = sentence.substring(Math.max(0, cueAt - 160), cueAt).replaceFirst("^.*[;:]", "");
        // "… in multi-source code corpora and introduce data-specific prompts …, termed X": the clause that makes the name.
        clause = clause.substring(NameWindow.lastClauseMaking(clause));
        // "a benchmark for Factuality Evaluation of large Language Models, referred to as FELM": whom it is for is not what it is.
        clause = NameWindow.UNSAID.matcher(clause).replaceAll(m -> " ".repeat(m.group().length()));
        Matcher noun = HEAD_NOUN.matcher(clause);
        String last = null;
        while (noun.find()) {
            if (!NameWindow.HEAD_NOUN_AFTER.matcher(clause).region(noun.end(), clause.length()).lookingAt()) {
                last = noun.group(1).toLowerCase(Locale.ROOT);
            }
        }
        return last;
    }
    /**
     * ", a …", "(LNX), an …", ": a …", " -- a …", "—a …": an appositive right after a name, which says what the name is; the
     * parenthesis may spell the name out ("CompA-R (Instruction-Tuning for Complex Audio Reasoning), a … dataset").
     */
    // "Corex in this paper, a suite …": where the name is introduced may stand before what it is.
    private static final Pattern APPOSITIVE_OPENING = Pattern.compile(
            "(?:" + Cues.IN_THIS_PAPER + ")?\\s*(?:\\([^()]{0,90}\\)\\s*)?(?:(?:,|:|\\s--?)\\s+|\\s*[—–]\\s*)(?:a|an|the\\s+first(?!\\s+\\w+ing\\b)|" + Cues.LARGEST_ARTICLE + ")\\s+");
    /** What an appositive may call a name: a resource, a method, or a language model ("Lynx, a tool-augmented LLM"). */
    /** "TabPrior, a transformer pretrained on millions of synthetic datasets": a kind of model heads the appositive, not the data it is trained on. */
    private static final String HEAD_NOUNS = RESOURCE_NOUNS + "|" + METHOD_NOUNS + "|LLM|MLLM|VLM"
            // Not "network", "planner", "generator": modifiers as often as heads ("a network traffic dataset", "a planner trace corpus").
            + "|transformer|retriever|estimator|encoder|decoder|classifier|verifier|solver|reranker";
    private static final Pattern HEAD_NOUN = Pattern.compile("(?i)\\b(" + HEAD_NOUNS + ")s?\\b(?!-)");

    // "a permissively licensed (CC-BY-4.0), high-quality … dataset": a licence or a short code in passing too
    private static final Pattern SHORT_PARENTHESIS = Pattern.compile("\\s*\\((?:[\\p{Lu}\\d-]{1,8}s?|[\\p{Lu}\\d.-]{2,12})\\)");
    /** "simple, but effective", "novel, scalable": adjectives with commas between them — not a head noun ("a web agent, trained …"). */
    private static final Pattern ADJECTIVES_IN_A_ROW = Pattern.compile("^(?:(?:[\\w-]+\\s+)?(?!(?i:" + HEAD_NOUNS
            + ")s?,)[\\w-]+(?:ed|al|le|ve|nt|ic|ful|ous|ble|ple|ust|st|ng|ar|-quality),\\s+(?:(?:and|but|yet)\\s+)?)+");
    /** An appositive right after the name calls it a model or an agent ("X, the first LLM-based agent …"). */
    static boolean describedAsModelOrAgent(String sentence, int end) {
        String head = appositiveHead(sentence, end);
        return head != null && MODEL_OR_AGENT.contains(head);
    }

    private static final java.util.Set<String> MODEL_OR_AGENT = java.util.Set.of("agent", "model", "llm", "mllm", "vlm", "policy");

    /** The head noun of an appositive right after the name ("X, a benchmark for …" → benchmark), or null when none says. */
    private static final Pattern EVALUATION_BEFORE_HEAD = Pattern.compile("(?i)\\b(?:evaluation|benchmarking)\\s+$");

    private static String appositiveHead(String sentence, int end) {
        Matcher opening = APPOSITIVE_OPENING.matcher(sentence).region(end, sentence.length());
        if (!opening.lookingAt()) {
            // "We introduce FLEURS, the Few-shot Learning Evaluation of Universal Representations of Speech benchmark": after a
            // plain "the" the appositive may spell the name out and end in what it is — a resource only; "X, the model we train"
            // says no more than the sentence around it.
            Matcher definite = DEFINITE_APPOSITIVE_OPENING.matcher(sentence).region(end, sentence.length());
            String head = definite.lookingAt() ? headNoun(sentence, definite) : null;
            return head != null && RESOURCE_NOUN.matcher(head).matches() && spellsOutName(sentence.substring(definite.end()), head) ? head : null;
        }
        return headNoun(sentence, opening);
    }

    /**
     * The words before the head noun spell a name out ("Few-shot Learning Evaluation of Universal Representations of Speech
     * benchmark") or only qualify it ("multilingual speech benchmark") — not what the name was made from or trained on ("the
     * outcome of continued pretraining on a large mathematical corpus", "the linear probe trained on the TruthfulQA dataset").
     */
    private static boolean spellsOutName(String said, String head) {
        Matcher noun = RESOURCE_NOUN.matcher(said);
        int headAt = said.length();
        while (noun.find()) {
            if (noun.group(1).equalsIgnoreCase(head)) {
                headAt = noun.start();
                break;
            }
        }
        String before = said.substring(0, headAt);
        return !MADE_FROM.matcher(before).find()
                || Arrays.stream(before.trim().split("\\s+")).allMatch(w -> w.isEmpty() || Character.isUpperCase(w.charAt(0)) || NAME_JOINERS.contains(w));
    }

    private static final Pattern MADE_FROM = Pattern.compile("(?i)\\b(?:of|on|in|from|with|by|for|over|using|trained|built|based|pre-?trained|fine-?tuned|winner|leaderboard)\\b");
    private static final java.util.Set<String> NAME_JOINERS = java.util.Set.of("of", "for", "and", "the", "on", "in", "to");
    private static final Pattern DEFINITE_APPOSITIVE_OPENING = Pattern.compile("\\s*(?:,|\\s--?|\\s*[—–])\\s*the\\s+(?!(?:first|second|third|former|latter|last|other)\\s)");

    /** The head noun of the appositive an opening starts. */
    private static String headNoun(String sentence, Matcher opening) {
        // "a simple, but effective training-free approach": a comma between adjectives does not end the appositive.
        // "the first open-domain natural language (NL) to code generation dataset": an abbreviation in passing is no end either.
        // Eighty characters of what the appositive says, an abbreviation or a licence in passing not counted.
        String said = SHORT_PARENTHESIS.matcher(sentence.substring(opening.end(), Math.min(sentence.length(), opening.end() + 140))).replaceAll("");
        String phrase = ADJECTIVES_IN_A_ROW.matcher(said.substring(0, Math.min(said.length(), 80)))
                .replaceFirst("").split("[,;:(]|\\.\\s", 2)[0];
        Matcher noun = HEAD_NOUN.matcher(phrase);
        while (noun.find()) {
            // "a dataset distillation method": the last noun of a compound is its head; "a data collection and policy learning
            // framework": of two compounds joined, the last.
            // "REAL, a benchmark and framework for …", "a test set and evaluation methodology": a resource joined to a bare method noun
            // is the resource first of all.
            boolean resourceFirst = RESOURCE_NOUN.matcher(noun.group()).matches()
                    && BARE_METHOD_JOINED.matcher(phrase).region(noun.end(), phrase.length()).lookingAt();
            if (!NameWindow.HEAD_NOUN_AFTER.matcher(phrase).region(noun.end(), phrase.length()).lookingAt()
                    && (resourceFirst || !JOINED_HEAD_AFTER.matcher(phrase).region(noun.end(), phrase.length()).lookingAt())) {
                String head = noun.group(1).toLowerCase(Locale.ROOT);
                // "ZebraLogic, a comprehensive evaluation framework": a framework to evaluate with is a benchmark (measured on 95
                // lists: 16 of 17 names described as an evaluation framework, suite or protocol are annotated as introduced resources).
                if (head.equals("framework") && EVALUATION_BEFORE_HEAD.matcher(phrase).region(0, noun.start(1)).find()) {
                    return "benchmark";
                }
                // "a research suite composed of seven decoder-only models": a suite of models is a model the paper makes (not "a
                // benchmark of 500 questions for language models", nor "a dataset of responses from 12 LLMs").
                boolean suite = SUITE_NOUNS.contains(head);
                if (suite && MODELS_IT_HOLDS.matcher(sentence).region(opening.end() + noun.end(), sentence.length()).lookingAt()) {
                    return "model";
                }
                // "Corex, a suite of novel general-purpose strategies that …": a suite of methods is a method.
                return suite && METHODS_IT_HOLDS.matcher(sentence).region(opening.end() + noun.end(), sentence.length()).lookingAt() ? "method" : head;
            }
        }
        return null;
    }

    private static final Pattern BARE_METHOD_JOINED = Pattern.compile("(?i)\\s+and\\s+(?:evaluation\\s+)?(?:framework|methodology|protocol|toolkit|platform|pipeline)s?\\b");
    /** " and policy learning framework": another compound joined on, which heads the phrase. */
    private static final Pattern JOINED_HEAD_AFTER = Pattern.compile(
            "(?i)\\s+(?:and|or)\\s+(?:(?!(?:for|from|by|with|of|on|in|to|that|which|a|an|the)\\b)[\\w-]+\\s+){0,3}?(?:" + RESOURCE_NOUNS + "|" + METHOD_NOUNS + ")s?\\b");

    /** A count or adjectives only before what a suite holds: no "for", "from", "by" between. */
    private static final String NO_PREPOSITION = "(?!(?:for|from|by|with|over|on|in|to|that)\\b)";
    /**
     * What a suite or collection holds, when it holds models: "(suite) composed of seven decoder-only models", "(a suite) of
     * improved Tulu models".
     */
    private static final Pattern MODELS_IT_HOLDS = Pattern.compile(
            "(?i)\\s+(?:(?:composed|made\\s+up|consisting)\\s+of|comprising|of)"
                    // "(a suite) of LLM-based safety content moderation models": up to four words before them
                    // nor what the suite does ("tasks probing … models")
                    + "\\s+(?:" + NO_PREPOSITION + "(?![\\w-]+ing\\b)[\\w-]+\\s+){0,4}?(?:models|LLMs|language\\s+models|checkpoints)\\b");
    /** "(a suite) of novel general-purpose strategies": what a suite holds when it holds methods — not "of tasks for web agents". */
    private static final Pattern METHODS_IT_HOLDS = Pattern.compile(
            "(?i)\\s+of\\s+(?:" + NO_PREPOSITION + "[\\w-]+\\s+){0,3}?(?:strategies|methods|techniques|algorithms|approaches|tools)\\b");
    private static final java.util.Set<String> SUITE_NOUNS = java.util.Set.of("suite", "collection");

    private static final Pattern TEST_ITEMS = Pattern.compile("(?i)\\b(?:questions|problems|queries|test\\s+cases)\\b");

    private static final Pattern COUNTED_CONTENTS_AFTER = Pattern.compile(
            "(?i)\\s*(?:\\([^()]{1,60}\\)\\s*)?,?\\s*(?:(?:which|that)\\s+)?(?:comprises|comprising|contains|containing|consists\\s+of|consisting\\s+of|includes|including|covers|covering|spans|spanning|features|featuring|with)\\s+"
                    + "(?:over\\s+|more\\s+than\\s+|about\\s+|nearly\\s+|around\\s+|approximately\\s+)?[\\d,.]+[KkM]?\\+?\\s+(?:[\\w-]+\\s+){0,2}?"
                    + "(questions|problems|samples|examples|instances|images|videos|hours|pairs|dialogues|conversations|documents|tokens|prompts|queries"
                    + "|annotations|trajectories|episodes|clips|utterances|programs|items|test\\s+cases|instructions|captions|sentences|scenes)\\b");

    private static final Pattern DATA_VERB_BEFORE = Pattern.compile(
            "(?i)\\b(?:curat|compil|collect|crawl|scrap|gather)(?:e|es|ed|ing|s)?\\s+(?:(?:the|a|an)\\s+)?$");

    /** A method noun stands near the name: "G-Eval, a framework …". */
    static boolean methodNounNear(String sentence, int at, int end) {
        return NameWindow.of(sentence, at, end).nearest(METHOD_NOUN) != null;
    }

    /** The resource noun nearest the name, unless a method noun stands nearer. */
    private static String nearestResourceNoun(String sentence, int at, int end) {
        NameWindow window = NameWindow.of(sentence, at, end);
        Noun resource = window.nearest(RESOURCE_NOUN_NOT_VERB);
        Noun method = window.nearest(METHOD_NOUN);
        return resource == null || (method != null && method.distance() <= resource.distance()) ? null : resource.word();
    }

    private record Noun(String word, int distance) {
    }

    /** The words around a name, the name itself blanked: in "Agent-X, a benchmark" the name is no head noun. */
    private record NameWindow(String text, int nameAt, int nameEnd) {

        static NameWindow of(String sentence, int at, int end) {
            // Whole words only: a window cut inside "framework" or a mask ending inside "Parametric" would leave "fram"
            // and "metric" behind.
            int from = wordStart(sentence, Math.max(0, at - 60));
            int to = wordEnd(sentence, Math.min(sentence.length(), end + 60));
            // "we scrutinize the objective in the offline dataset and propose uncertainty-penalized RLHF (UP-RLHF)": the words of the
            // clause before the one that makes the name do not say what it is.
            String before = sentence.substring(from, at);
            int clauseAt = lastClauseMaking(before);
            String text = " ".repeat(clauseAt) + before.substring(clauseAt) + " ".repeat(end - at)
                    + TRAINED_ON.matcher(sentence.substring(end, to)).replaceAll(m -> " ".repeat(m.group().length()));
            // "we introduce Zeta-IT and curate a dataset for Zeta-IT": a resource made for the name says what the name is not.
            // The span may end in the short name the rest of the sentence uses: "modality-switching instruction tuning (MosIT)".
            String span = sentence.substring(at, end);
            String shortName = SHORT_NAME_LAST.matcher(span).find() ? span.substring(span.lastIndexOf('(') + 1, span.length() - 1) : span;
            String unsaid = RESOURCE_FOR.matcher(UNSAID.matcher(text).replaceAll(m -> " ".repeat(m.group().length())))
                    .replaceAll(m -> servesName(sentence, from + m.end(), span, shortName) ? " ".repeat(m.group().length()) : m.group());
            return new NameWindow(unsaid, at - from, end - from);
        }

        /** Where the last clause that makes something starts in {@code text} (" and propose …"), or 0 without one. */
        static int lastClauseMaking(String text) {
            Matcher later = LATER_CLAUSE_MAKES.matcher(text);
            int clauseAt = 0;
            while (later.find()) {
                clauseAt = later.start();
            }
            return clauseAt;
        }

        /** " and propose ", " and then introduce ": a later clause that makes something. */
        private static final Pattern LATER_CLAUSE_MAKES = Pattern.compile("(?i)\\s(?:and|then)\\s+(?:then\\s+)?(?:we\\s+)?" + Cues.MAKING_VERB_STEM + "(?:e|es|ed|ing|s|t|d|ds|ding)?\\s");

        /** "a dataset for ": a resource noun, then what it is for. */
        private static final Pattern RESOURCE_FOR = Pattern.compile("(?i)\\b(?:" + RESOURCE_NOUNS + ")s?\\s+for\\s+(?:the\\s+)?");

        /** Whether the name, as spanned or by its short name, is written at {@code at}, a whole word. */
        private static boolean servesName(String sentence, int at, String span, String shortName) {
            return java.util.stream.Stream.of(span, shortName).anyMatch(name -> sentence.startsWith(name, at)
                    && (at + name.length() == sentence.length() || !Character.isLetterOrDigit(sentence.charAt(at + name.length()))));
        }

        private static final Pattern SHORT_NAME_LAST = Pattern.compile("\\([^()]+\\)$");
        private static final Pattern HEAD_NOUN_AFTER = Pattern.compile("(?i)[\\s-]+"
                // "a dataset distillation method": a nominalisation may stand between (not "a dataset containing …")
                // "a trajectory tuning data collection": or "data"
                + "(?:(?!(?:containing|including|covering|spanning|featuring|comprising|using|providing)\\b)(?:[a-z]+(?:tion|sion|ing|ment)|data)\\s+)?"
                + "(?:" + RESOURCE_NOUNS + "|" + METHOD_NOUNS + ")s?\\b");
        /**
         * Words that say nothing of what a name is: whom it is for ("Instruction-Following Eval (IFEval) for large language
         * models"), how it is released ("we release LIMO as a comprehensive open-source suite").
         */
        static final Pattern UNSAID = Pattern.compile("(?i)\\bfor\\s+(?:[\\w-]+\\s+){0,5}?(?:models|LLMs|agents|systems)\\b"
                + "|\\bas\\s+(?:a|an)\\s+(?:[\\w-]+\\s+){0,2}?open[- ]source\\s+[\\w-]+"
                // what it picks inside a model or its input ("identifies a critical subset of tokens"), no data it is
                + "|\\bsubsets?\\s+of\\s+(?:[\\w-]+\\s+){0,2}?(?:tokens|parameters|weights|experts|layers|neurons|heads|features|channels|nodes)\\b");
        /** After the name, what it is trained on ("X, which is fine-tuned on a small dataset comprising …"): a model, not that data. */
        private static final Pattern TRAINED_ON = Pattern.compile(
                "(?i)\\b(?:fine-?tuned|trained|pre-?trained)\\s+(?:(?:exclusively|only|solely)\\s+)?on\\s+(?:[\\w-]+\\s+){0,4}?(?:" + RESOURCE_NOUNS + ")s?\\b");

        /** The noun of that kind nearest the name, or null. */
        Noun nearest(Pattern noun) {
            Matcher m = noun.matcher(text);
            Noun best = null;
            while (m.find()) {
                if (HEAD_NOUN_AFTER.matcher(text).region(m.end(), text.length()).lookingAt()
                        || JOINED_HEAD_AFTER.matcher(text).region(m.end(), text.length()).lookingAt()) {
                    // "an instruction tuning dataset", "a dataset distillation method": the last noun of a compound is its head;
                    // "a data collection and policy learning framework": the last of two compounds joined.
                    continue;
                }
                // From the name's nearer edge: "our Multi-Modal Instruction Collection (MMIC) dataset" is a dataset, however long the
                // name before its noun.
                int distance = m.start() >= nameEnd ? m.start() - nameEnd : Math.abs(nameAt - m.end());
                if (best == null || distance < best.distance()) {
                    best = new Noun(m.group(1).toLowerCase(Locale.ROOT), distance);
                }
            }
            return best;
        }
    }

    private static int wordStart(String text, int at) {
        while (at > 0 && Character.isLetterOrDigit(text.charAt(at - 1))) {
            at--;
        }
        return at;
    }

    private static int wordEnd(String text, int at) {
        while (at < text.length() && Character.isLetterOrDigit(text.charAt(at))) {
            at++;
        }
        return at;
    }
}
