package io.papergraph.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Named components of a proposed method: in a sentence about the paper's own method ("TaskWeaver consists
 * of two modules, PLN and EXE", "X consists of … Y-Bottleneck for Rehearsal (HBR)"), further coined
 * names and acronym definitions are parts of the contribution.
 */
final class ComponentRule {

    static final String RULE = "component";

    private static final Pattern COMPONENT_CUE = Pattern.compile(
            // "consists of", not "consistently"
            "(?i)\\b(?:consist(?:s|ed|ing)?\\s+of|compris\\w*|components?|modules?|stages?|phases(?=\\s*:)|composed of|made up of|two parts|key parts"
                    // "… by two agents: 1) The Planner …": a counted team of agents is the method's parts.
                    + "|(?:two|three|four|five|six|\\d)\\s+(?:[\\w-]+\\s+){0,2}?(?:agents|roles))\\b");
    /** "LightningRL … for ANY agent": an English word set in capitals for stress is no name. */
    private static final Pattern ALL_CAPS_NAME = Pattern.compile("(?<![\\w-])(?!(?:ANY|ALL|AND|THE|FOR|NOT|BUT|ONE|TWO|NEW|OUR|YOU|CAN|WITH|FROM|ONLY|EVERY|EACH|SOME|MORE|MOST|BOTH|NONE|NEVER|ALWAYS|WHY|HOW|WHAT|WHEN)(?![\\w-]))([A-Z][A-Z0-9]{2,7})(?![\\w-])");
    /** "a planning module, PLN", "two modules, PLN and EXE": right after a part noun, or in the list it opens. */
    private static final Pattern PART_NOUN_BEFORE = Pattern.compile(
            "(?i:\\b(?:module|component|part|stage|phase|agent|layer|block|unit)s?)\\s*[,:]?\\s+(?:[A-Z][A-Z0-9]{2,7}\\s*(?:,\\s*)?(?:and\\s+)?)*$");
    private static final Pattern OUR_METHOD = Pattern.compile("(?i)\\bour (?:\\w+ )?(?:approach|method|framework|model|system|pipeline|agent)\\b");
    /** "three core components: Feature Slicer, Operator Grouping, and Step Rehash." */
    private static final String ITEM = NameShapes.NAME + "(?:\\s" + NameShapes.NAME + "){0,3}";
    /** "four specialized agents: a Judge for …, a Critic for …, and a Curator …": the list after the colon. */
    private static final Pattern LISTED_COMPONENTS = Pattern.compile(
            "(?i:components?|modules?|stages?|phases?|parts?|agents|roles)\\s*(?::|[—–](?=\\s*\\p{Lu}))\\s*([^.;]+)");
    private static final Pattern ITEM_OPENING = Pattern.compile("(?:" + Cues.LIST_MARK + "|(?:an?|the)\\s)");
    private static final Pattern LISTED_ITEM = Pattern.compile(
            "^(?:" + Cues.LIST_MARK + "\\s*)?(?:(?:an?|the)\\s+(?:[a-z][a-z-]*\\s+){0,2})?(" + ITEM + ")(?=\\s+(?:for|that|which|who|to)\\b|\\s*\\(|\\s*$)");

    /** "an offline Entity-Relation Indexer that …", "a Hop Planner that …": a component named by capitalised words. */
    private static final Pattern ARTICLE_NAMED = Pattern.compile(
            "\\b(?:an?|the)\\s+(?:[a-z][a-z-]*\\s+){0,2}(" + NameShapes.NAME + "(?:\\s" + NameShapes.NAME + "){1,3})"
                    + "(?=\\s+(?:that|which|to|for|module|component|layer|block)\\b|\\s*[,;])");
    /** A list mark not inside a word: "(1)", "2)", "(ii)". */
    private static final String MARK = "(?<!\\w)" + Cues.LIST_MARK;
    /** "(2) Margin-aware Reinforcement Learning, which …", "(3) a Hop Planner that …": a numbered, named part. */
    private static final Pattern NUMBERED_ITEM = Pattern.compile(
            MARK + "\\s*(?:(?:an?|the)\\s+)?(" + ITEM + ")(?=\\s*[,;:(]|\\s+(?:that|which|to|for)\\b)");
    /** "…: AnyTile, an any-resolution tiling scheme …; ToMeX, a cross-tile …": a name set off by its description. */
    private static final Pattern DESCRIBED_ITEM = Pattern.compile(
            "(?:[:;]|,\\s+and)\\s*(" + NameShapes.NAME + ")\\s*,\\s+an?\\s");

    private ComponentRule() {
    }

    static List<Mention> apply(List<String> sentences, List<Mention> mentions, Predicate<String> known) {
        Set<String> proposed = mentions.stream()
                .filter(m -> m.relation() == Relation.PROPOSES)
                .map(m -> Names.key(m.name()))
                .collect(Collectors.toSet());
        List<Mention> found = new ArrayList<>();
        if (proposed.isEmpty()) {
            return found;
        }
        int partsAnnounced = 0;
        int ownMethodDescribed = 0;
        List<Boolean> aboutOwn = sentences.stream().map(s -> aboutOwnMethod(s, proposed)).toList();
        for (int i = 0; i < sentences.size(); i++) {
            String sentence = sentences.get(i);
            boolean aboutOwnMethod = aboutOwn.get(i);
            if (!aboutOwnMethod || !COMPONENT_CUE.matcher(sentence).find()) {
                if (partsAnnounced-- > 0 || ownMethodDescribed-- > 0) {
                    partsNamedInPassing(found, proposed, known, sentence, partsAnnounced >= 0);
                }
                ownMethodDescribed = aboutOwnMethod ? PARTS_DESCRIBED_WITHIN : ownMethodDescribed;
                continue;
            }
            partsAnnounced = PARTS_DESCRIBED_WITHIN;
            Matcher listed = LISTED_COMPONENTS.matcher(sentence);
            int listFrom = sentence.length();
            if (listed.find() && !othersListed(sentence, listed.start())) {
                listFrom = listed.start(1);
                String[] items = Cues.AND_LIST_SPLIT.split(listed.group(1));
                // "a Planner that …, and an Executor that interacts with Countdown, Blocksworld": when items open with
                // an article or a number, a piece that does not is part of the item before it.
                boolean marked = ITEM_OPENING.matcher(items[0].strip()).lookingAt();
                for (String item : items) {
                    Matcher name = LISTED_ITEM.matcher(item.strip());
                    if (marked && !ITEM_OPENING.matcher(item.strip()).lookingAt()) {
                        continue;
                    }
                    if (name.find() && !NameShapes.isOrdinary(name.group(1)) && !name.group(1).matches("[A-Z]{1,2}")) {
                        add(found, proposed, known, name.group(1), List.of(), sentence, true);
                    }
                }
                // "two agents: 1) The Planner codes actionable plans …": a part named as it acts.
                partsNamedInPassing(found, proposed, known, sentence.substring(listFrom), true);
            }
            for (Pattern named : List.of(ARTICLE_NAMED, DESCRIBED_ITEM, NUMBERED_ITEM)) {
                Matcher item = named.matcher(sentence);
                while (item.find()) {
                    if (NameShapes.isCapitalisedPhrase(item.group(1))) {
                        add(found, proposed, known, item.group(1), List.of(), sentence, true);
                    }
                }
            }
            List<AcronymDefinitions.Definition> definitions = AcronymDefinitions.find(sentence);
            for (AcronymDefinitions.Definition d : definitions) {
                String before = sentence.substring(Math.max(0, d.start() - 30), d.start());
                // In the list a lower-case long form names a part too: "two components: probabilistic expert pruning (PEP) and …".
                boolean named = d.capitalised() || d.start() >= listFrom;
                if (!Cues.PRIOR_WORK_BEFORE.matcher(before).find() && named) {
                    add(found, proposed, known, d.shortForm(), List.of(d.longForm()), sentence, false);
                }
            }
            Matcher caps = ALL_CAPS_NAME.matcher(sentence);
            List<int[]> comparisons = ComparisonRule.windows(sentence);
            while (caps.find()) {
                int at = caps.start();
                if (ComparisonRule.inWindow(comparisons, at)) {
                    // "… outperforms baselines, including SR-GNN and DHCN": what it is compared with is no part of it.
                    continue;
                }
                // "… Abstract Syntax Trees (ASTs) … AST margins": a term defined here is judged by its definition.
                boolean defined = definitions.stream().anyMatch(d -> (at >= d.start() && at < d.end())
                        || d.shortForm().replaceFirst("(?<=\\p{Lu})s$", "").equals(caps.group(1)));
                // Only a word set off as a part's name ("a planning module, PLN,", "two modules, PLN and EXE"): a bare capitalised
                // word elsewhere in the sentence ("the PLM weights", "operations DELETE and UPDATE") was a part in none of the 8
                // such facts on 99 lists (87 read, 12 unseen).
                if (!defined && PART_NOUN_BEFORE.matcher(sentence).region(Math.max(0, at - 40), at).find()) {
                    add(found, proposed, known, caps.group(1), List.of(), sentence, false);
                }
            }
        }
        for (int i = 0; i < sentences.size(); i++) {
            partsOfPossessive(found, proposed, known, sentences.get(i));
        }
        for (int i = 0; i < sentences.size(); i++) {
            if (aboutOwn.get(i) || (i > 0 && aboutOwn.get(i - 1))) {
                partsNamedByKind(found, proposed, known, sentences.get(i));
            }
            if (aboutOwn.get(i) || OWN_SUBJECT.matcher(sentences.get(i)).lookingAt()
                    || i > 0 && aboutOwn.get(i - 1) && THE_KIND_SUBJECT.matcher(sentences.get(i)).lookingAt()) {
                partsListed(found, proposed, known, sentences.get(i));
            }
            partsCombined(found, proposed, known, sentences.get(i));
            partsTakenIn(found, proposed, known, sentences.get(i));
            if (aboutOwn.get(i) || OWN_PART_SUBJECT.matcher(sentences.get(i)).lookingAt()) {
                partsDescribedInPair(found, proposed, known, sentences.get(i));
            }
            if (i > 0) {
                partsDefinedAtCore(found, proposed, known, sentences.get(i), aboutOwn.get(i));
            }
            // "Subsequently, we use a Key-step Image Generator (KIG) …" a few sentences after the method is named.
            if (aboutOwn.subList(Math.max(0, i - PARTS_DESCRIBED_WITHIN), i + 1).contains(true)) {
                partsDefinedInUse(found, proposed, known, sentences.get(i));
            }
        }
        return found;
    }

    /**
     * "It consists of three key components: 1) a Task Curriculum that …, 2) a $SparseRank$ attention layer …": parts counted or
     * called key, then listed, are proposed when the list names them — in capitals or by a coined word. Parts described in
     * plain lower-case words ("an automatic curriculum", "a skill library") are left unnamed, as the annotation guide reads
     * "named components" (measured on 31 paper lists: 2 of 27 such parts were annotated).
     */
    static void partsListed(List<Mention> found, Set<String> proposed, Predicate<String> known, String sentence) {
        // Cheap test first: no list of parts without one of its nouns.
        Matcher counted = COUNTED_PARTS.matcher(Cues.containsAny(sentence, PART_NOUNS) ? sentence : "");
        if (!counted.find()) {
            return;
        }
        String before = sentence.substring(0, counted.start());
        // "the key components of SpecNet, FlowFormer, and …": the parts of others, named; "Unlike prior agents that require
        // specialized modules …:", "removes the auxiliary modules that earlier detectors relied on:": parts the method is not.
        if (counted.group().strip().endsWith(" of") && before.endsWith("the ") || OTHERS_PARTS_BEFORE.matcher(before).find()) {
            return;
        }
        // "With ProbeKit we find that models rely on three core mechanisms: …": mechanisms are the method's only as its subject's.
        if (counted.group().toLowerCase(java.util.Locale.ROOT).contains("mechanisms") && !ownSubject(sentence, proposed)) {
            return;
        }
        String list = sentence.substring(counted.end()).replace("$", "");
        List<String> items = new ArrayList<>();
        Matcher mark = LIST_MARK.matcher(list);
        int from = -1;
        while (mark.find()) {
            if (from >= 0) {
                items.add(list.substring(from, mark.start()));
            }
            from = mark.end();
        }
        if (from >= 0) {
            items.add(list.substring(from));
        } else {
            // Unnumbered: the first item only, as where the list ends is unclear ("include Masked Attention, which …") —
            // unless later items are capitalised names set off as the first is: "two components: Step-grained Reward
            // Shaping, which …, and Step-grained Optimization, which …".
            items.add(list);
            laterDescribedParts(found, proposed, known, list, sentence);
            // Not "four key elements: Faithfulness, Relevance, …", "three characteristics: …": criteria, not parts.
            if (PARTS_PROPER.matcher(counted.group()).find()) {
                namesOnlyListed(found, proposed, known, list, sentence);
            }
        }
        for (String item : items) {
            Matcher part = COUNTED_PART.matcher(item);
            if (!part.lookingAt() || GENERIC_PART.matcher(part.group(1)).matches() || part.group(1).equals(part.group(1).toUpperCase(java.util.Locale.ROOT))) {
                continue;
            }
            String name = part.group(1);
            // "task pruning (TP)", "an offline Entity-Relation Indexer", "TWV itself": named already, by the passes for
            // definitions and capitalised names, or the method itself.
            // Whole words only: a short "TP" found already is no part of "output parser".
            String words = " " + name.toLowerCase(java.util.Locale.ROOT).replace('-', ' ') + " ";
            boolean namedAlready = java.util.stream.Stream.concat(proposed.stream(), found.stream()
                            .flatMap(m -> java.util.stream.Stream.concat(java.util.stream.Stream.of(m.name()), m.aliases().stream())))
                    .map(n -> n.toLowerCase(java.util.Locale.ROOT).replace('-', ' ').strip())
                    // … or the start of one: "HSIC-Bottleneck" cut before "for" of "HSIC-Bottleneck for Rehearsal (HBR)".
                    .anyMatch(n -> !n.isEmpty() && (words.contains(" " + n + " ") || (" " + n + " ").startsWith(words)));
            if (namedAlready || item.substring(part.end()).strip().startsWith("(")) {
                continue;
            }
            // Named in capitals or by a coined word, not described in plain words ("an automatic curriculum").
            String first = name.split("\\s+")[0];
            if (!NameShapes.isCapitalisedPhrase(name) && !NameShapes.isCoined(first)) {
                continue;
            }
            // "a ProbSparse self-attention mechanism": the coined word is the part's short name.
            List<String> aliases = name.contains(" ") && NameShapes.isCoined(first) ? List.of(first) : List.of();
            add(found, proposed, known, name, aliases, sentence, true);
        }
    }

    /** Words that end a part's name: what it does or is made of follows. */
    private static final String PART_END = "(?:that|which|where|who|to|for|of|with|by|in|on|via|using|from|into|as|is|are|can|will|while|and|or)\\b";
    /** Words that praise or size a part rather than name it: "a new iterative prompting mechanism", "a lightweight retrieval evaluator". */
    private static final String PRAISE = "(?i:(?:new|novel|simple|lightweight|dedicated|efficient|effective|learnable|flexible|ever-growing|well-designed)\\s+)*";
    /**
     * "Subsequently, we use a Key-step Image Generator (KIG) to address …": where the paper describes its method, a part it
     * says it uses with an article, defined by a capitalised long form no vocabulary knows, is one it made.
     */
    static void partsDefinedInUse(List<Mention> found, Set<String> proposed, Predicate<String> known, String sentence) {
        if (sentence.indexOf('(') < 0) {
            return;
        }
        for (AcronymDefinitions.Definition d : AcronymDefinitions.find(sentence)) {
            if (d.capitalised() && !known.test(d.longForm()) && USED_WITH_ARTICLE_BEFORE.matcher(sentence.substring(Math.max(0, d.start() - 40), d.start())).find()) {
                add(found, proposed, known, d.shortForm(), List.of(d.longForm()), sentence, true);
            }
        }
    }

    /**
     * "Central to NLRL is the …", "At its core lies …", "A key technical contribution is …", "(i) designing a …": the method's
     * core, or what the authors make, named.
     */
    private static final Pattern CORE_BEFORE = Pattern.compile(
            "(?i)(?:\\bcentral\\s+to\\s+\\S+\\s+is|\\bat\\s+its\\s+core\\s+(?:lies|is)|\\bkey\\s+(?:technical\\s+)?contribution\\s+is"
                    + "|\\b(?:designing|introducing|proposing|developing))\\s*(?:the\\s+|an?\\s+)?$");
    /** " layer is proposed", " is then introduced": a definition the sentence says is proposed. */
    private static final Pattern PROPOSED_AFTER = Pattern.compile(
            "^\\s+(?:(?:layer|module|mechanism|embedding|architecture)\\s+)?(?:is|are)\\s+(?:then\\s+|further\\s+)?(?:proposed|introduced|designed|developed)\\b");
    /**
     * " layer", " embedding": a definition named as a part, in a sentence about the method. Not " loss", " objective", " block":
     * the field's terms as often ("the Evidence Lower Bound (ELBO) objective", "the … (GIoU) loss").
     */
    private static final Pattern PART_NOUN_AFTER = Pattern.compile("^\\s+(?:layer|module|mechanism|embedding|architecture)\\b");
    /** "the traditional Policy Gradient (PG) mechanism", "the ECMWF … (IFS), a state-of-the-art …": the field's, not the paper's. */
    private static final Pattern FIELDS_OWN_BEFORE = Pattern.compile(
            "(?i)\\b(?:traditional|conventional|standard|classic(?:al)?|vanilla|original|existing|prior|previous|popular|widely[- ]used)\\s+(?:[\\w-]+\\s+){0,2}$");
    /** "replaces the Dual-Path Recurrent Neural Network (DPRNN) block with …": what the method does away with. */
    private static final Pattern REPLACED_BEFORE = Pattern.compile("(?i)\\breplac(?:e|es|ed|ing)\\s+(?:the\\s+)?(?:[\\w-]+\\s+){0,3}$");

    /**
     * "Central to NLRL is the Language Value Function (LVF), which …", "Then the Two-Stage Attention (TSA) layer is proposed",
     * "(i) designing a 3D Earth Specific Transformer (3DEST) architecture": after the opening sentence, an abbreviation defined
     * by a capitalised long form no vocabulary knows, said to be the method's core, made by the authors, proposed, or a layer,
     * module, mechanism, embedding or architecture of the method, is a part; not one the sentence calls traditional or the
     * like, replaces, or compares with. A definition set off by what it does (", which …") or followed by "loss", "objective" or
     * "block" was a term of the field as often, in probes of ELBO, GIoU, TTFT and the like.
     */
    private static void partsDefinedAtCore(List<Mention> found, Set<String> proposed, Predicate<String> known, String sentence, boolean aboutOwnMethod) {
        if (sentence.indexOf('(') < 0) {
            return;
        }
        for (AcronymDefinitions.Definition d : AcronymDefinitions.find(sentence)) {
            if (!d.capitalised() || known.test(d.longForm()) || known.test(d.shortForm())) {
                continue;
            }
            String before = sentence.substring(Math.max(0, d.start() - 60), d.start());
            String after = sentence.substring(d.end());
            boolean cued = CORE_BEFORE.matcher(before).find() || PROPOSED_AFTER.matcher(after).lookingAt()
                    || aboutOwnMethod && PART_NOUN_AFTER.matcher(after).lookingAt();
            if (cued && !Cues.PRIOR_WORK_BEFORE.matcher(before).find() && !FIELDS_OWN_BEFORE.matcher(before).find()
                    && !REPLACED_BEFORE.matcher(before).find() && !ComparisonRule.inWindow(ComparisonRule.windows(sentence), d.start())) {
                add(found, proposed, known, d.shortForm(), List.of(d.longForm()), sentence, true);
            }
        }
    }

    private static final Pattern USED_WITH_ARTICLE_BEFORE = Pattern.compile(
            "(?i)\\b(?:we|it|which)\\s+(?:then\\s+|further\\s+|also\\s+|first\\s+)?(?:use|employ|adopt|design|build|train|introduce)[sd]?\\s+an?\\s+$");

    /** The kinds of thing the paper's method is called as the subject of its sentence: "Our framework …", "This method …". */
    private static final String OWN_KINDS = "method|model|framework|approach|architecture|design|system|recipe|pipeline|agent";
    /** "Voyager consists of …", "It is based on …", "Our GPS recipe consists of …": the sentence's subject is the method. */
    private static final Pattern OWN_SUBJECT = Pattern.compile("(?:It|Its|(?:Our|This|The\\s+proposed)\\s+(?:[\\w-]+\\s+)?(?:" + OWN_KINDS + "))\\b");
    private static final Pattern OTHERS_PARTS_BEFORE = Pattern.compile(
            "(?i)\\b(?:prior|previous|earlier|existing|standard|classic(?:al)?|baseline|conventional|unlike|removes?|removing|without|popular)\\b");
    /** "against three strong LLM agents—", "with four embodied LLM agents:", "existing retrieval modules—": others' systems the paper is run with or against. */
    private static final Pattern OTHERS_LISTED_BEFORE = Pattern.compile(
            "(?i)\\b(?:against|versus|compar\\w*|evaluat\\w*|deploy\\w*|test\\w*|benchmark\\w*|existing|popular|open-source|strong|prior|previous|other|baseline)\\b[^,;:]{0,40}$");

    private static boolean othersListed(String sentence, int nounAt) {
        return OTHERS_LISTED_BEFORE.matcher(sentence.substring(Math.max(0, nounAt - 60), nounAt)).find()
                || ComparisonRule.inWindow(ComparisonRule.windows(sentence), nounAt);
    }

    /** The sentence opens with the paper's method as its subject: "RJE introduces …", "It operates through …", "The framework …". */
    private static final Pattern SUBJECT_FIRST = Pattern.compile("^(?:[^,]{0,60},\\s+)?(?:[Tt]he\\s+)?(" + NameShapes.NAME + ")");

    private static boolean ownSubject(String sentence, Set<String> proposed) {
        if (OWN_SUBJECT.matcher(sentence).lookingAt() || THE_KIND_SUBJECT.matcher(sentence).lookingAt()) {
            return true;
        }
        Matcher subject = SUBJECT_FIRST.matcher(sentence);
        return subject.lookingAt() && proposed.contains(Names.key(subject.group(1)));
    }

    /** "The framework comprises …" right after the paper's method is named: the kind alone, no word between ("The RAG framework" is the field's). */
    private static final Pattern THE_KIND_SUBJECT = Pattern.compile("The\\s+(?:" + OWN_KINDS + ")\\b");
    private static final String[] PART_NOUNS = {"components", "modules", "parts", "ingredients", "characteristics", "designs", "innovations", "elements", "mechanisms"};
    private static final Pattern COUNTED_PARTS = Pattern.compile(
            "(?i)\\b(?:(?:two|three|four|five|[2-5])\\s+(?:[\\w-]+\\s+){0,2}?|(?:key|main|core|specialized|dedicated|auxiliary)\\s+(?:[\\w-]+\\s+)?)"
                    + "(?:" + String.join("|", PART_NOUNS) + ")"
                    // the list itself, not "two components that stem from …" — unless the clause ends in the list's colon: "two
                    // components that work with a base LLM chosen by the user: Open Search Tool and Open Reasoning Agent".
                    // "the core components essential for …:", "modules enabling small LLMs to …:" — not "modules of each block:", "mechanisms
                    // by which LLMs recall facts:", "modules dominate latency in …:" (whose parts, not the method's).
                    + "(?:(?:\\s+(?:that|which|essential|needed|required|responsible|enabling|designed|tailored|for)\\b[^.:;]{1,80}?)?\\s*:|\\s+include|\\s+are\\s*:"
                    + "|\\s+of(?=\\s+\\p{Lu}))\\s+");
    private static final Pattern LIST_MARK = Pattern.compile(MARK);
    /**
     * The paper's own method as the subject, after an opening phrase perhaps, and the verb right after it that takes a part in:
     * "Additionally, Clover incorporates …" — not "… outperforms GraphCast, which employs …", another's part. Only verbs of
     * what a thing is made of: "employs", "leverages", "utilizes" take in the field's techniques as often ("employs Dynamic
     * Time Warping", "leverages Optical Character Recognition").
     */
    private static final Pattern PART_TAKEN_IN = Pattern.compile("^(?:[^,]{0,80},\\s+)?(?:[Tt]he\\s+)?(" + NameShapes.NAME + ")\\s+"
            + "(?:also\\s+|further\\s+|additionally\\s+|then\\s+)?"
            + "(?:incorporates|integrates|introduces|comprises|contains|consists\\s+of|is\\s+composed\\s+of|is\\s+equipped\\s+with)\\s+"
            + "(?:an?\\s+|the\\s+)?(?:(?:novel|new|dedicated|key|proposed)\\s+)?"
            + "(" + NameShapes.NAME + "(?:\\s" + NameShapes.NAME + "){1,4})"
            + "(?=\\s*[,.;:]|\\s+(?:to|that|which|for|in|and|module|component|block|layer|mechanism|strategy)\\b)");

    /**
     * "Clover incorporates an Augmenting Block that …", "TimeMarker integrates Temporal Separator Tokens to …": a sentence whose
     * subject is the paper's own method, naming in capitalised words what the method is made of, names its part, whole (not
     * "incorporates Co-upcycled Top-K sparsely-gated … blocks") and not spelled out before its abbreviation, which the
     * definitions pass judges ("… Abstract Syntax Trees (ASTs)").
     */
    static void partsTakenIn(List<Mention> found, Set<String> proposed, Predicate<String> known, String sentence) {
        Matcher part = PART_TAKEN_IN.matcher(sentence);
        if (part.lookingAt() && proposed.contains(Names.key(part.group(1))) && NameShapes.isCapitalisedPhrase(part.group(2))) {
            add(found, proposed, known, part.group(2), List.of(), sentence, true);
        }
    }

    /**
     * "This approach combines Perplexity Consistency, which …, and Reasoning Pruning, which …": what the paper's method is
     * said to combine, named in capitals, are its parts (known methods it combines are what it builds on, read elsewhere).
     */
    static void partsCombined(List<Mention> found, Set<String> proposed, Predicate<String> known, String sentence) {
        Matcher combines = OWN_METHOD_COMBINES.matcher(sentence.contains(" combines ") ? sentence : "");
        if (!combines.lookingAt()) {
            return;
        }
        String list = sentence.substring(combines.end());
        // Each part named, then described as the list goes on: "Bayesian Optimization with Gaussian Processes" names no part.
        Matcher first = FIRST_COMBINED.matcher(list);
        if (first.lookingAt() && NameShapes.isCapitalisedPhrase(first.group(1))) {
            add(found, proposed, known, first.group(1), List.of(), sentence, true);
            laterDescribedParts(found, proposed, known, list, sentence);
        }
    }

    /** The nouns of a list of parts proper: what the method is built from, not its qualities. */
    private static final Pattern PARTS_PROPER = Pattern.compile("(?i)\\b(?:components|modules|parts)\\b");
    /** "Open Search Tool and Open Reasoning Agent.": a list of capitalised names only, to the sentence's end. */
    private static final Pattern NAMES_ONLY = Pattern.compile(
            "(?:(?:an?|the)\\s+)?" + ITEM + "(?:" + Cues.AND_SEPARATOR + "(?:(?:an?|the)\\s+)?" + ITEM + ")*,?\\s+and\\s+(?:(?:an?|the)\\s+)?" + ITEM
            + "(?:,\\s+(?:which|that|where)\\b.*|\\s*\\.?)");
    private static final Pattern ARTICLE = Pattern.compile("^(?:an?|the)\\s+");

    /**
     * "two components …: Open Search Tool and Open Reasoning Agent.": an unnumbered list that holds nothing but capitalised names
     * up to the sentence's end ends where the sentence does, so every item is a part, not the first only.
     */
    private static void namesOnlyListed(List<Mention> found, Set<String> proposed, Predicate<String> known, String list, String sentence) {
        if (!NAMES_ONLY.matcher(list.strip()).matches()) {
            return;
        }
        List<String> names = java.util.Arrays.stream(Cues.AND_LIST_SPLIT.split(list.strip().replaceFirst(",\\s+(?:which|that|where)\\b.*|\\.$", "")))
                .map(item -> ARTICLE.matcher(item).replaceFirst("")).toList();
        // Not "PL and EX": two letters are too short to name a part (as in the list pass above).
        if (names.stream().allMatch(name -> NameShapes.isCapitalisedPhrase(name) && !name.matches("[A-Z]{1,2}"))) {
            names.forEach(name -> add(found, proposed, known, name, List.of(), sentence, true));
        }
    }

    /** ", and Step-grained Optimization, which …": later items of an unnumbered list, named in capitals and described. */
    private static void laterDescribedParts(List<Mention> found, Set<String> proposed, Predicate<String> known, String list, String sentence) {
        Matcher described = DESCRIBED_PART.matcher(list);
        while (described.find()) {
            if (NameShapes.isCapitalisedPhrase(described.group(1))) {
                add(found, proposed, known, described.group(1), List.of(), sentence, true);
            }
        }
    }

    /** "This approach combines", "Specifically, our framework combines", "It combines": the paper's own method, then the verb. */
    private static final Pattern OWN_METHOD_COMBINES = Pattern.compile(
            "(?:\\p{Lu}\\p{Ll}+,\\s+)?(?i:it|(?:our|this)\\s+(?:[\\w-]+\\s+)?(?:method|model|framework|approach|architecture|design|system|recipe|pipeline|agent))"
                    + "\\s+(?:also\\s+)?combines\\s+");
    private static final Pattern FIRST_COMBINED = Pattern.compile("(" + ITEM + ")(?=,\\s+(?:which|that|where)\\b)");

    /** ", and Step-grained Optimization, which …": a later item of an unnumbered list, named and then described. */
    private static final Pattern DESCRIBED_PART = Pattern.compile(",\\s+(?:and\\s+)?(" + ITEM + "),\\s+(?:which|that|where)\\b");
    private static final Pattern COUNTED_PART = Pattern.compile(
            "\\s*(?i:(?:an?|the)\\s+)?" + PRAISE
                    + "(?!(?:we|it|they|our|its|their|this|these)\\b)"
                    + "(\\p{L}[\\p{L}\\p{N}/-]*(?:\\s+(?!" + PART_END + ")\\p{L}[\\p{L}\\p{N}/-]*){0,3})"
                    // "(1) Online Probe Profiling Scheme leverages …, (2) Dynamic Cache Trajectory Alignment adaptively approximates …":
                    // a numbered part may act at once.
                    + "(?=\\s*(?:[,;:(.]|$)|\\s+" + PART_END + "|\\s+(?:[a-z]+ly\\s+)?[a-z]{3,}s\\b)");

    /**
     * "STEP functions through four components. First, the Planner …; then the Executor …": after the parts are
     * announced, a capitalised name after "the" is one of them ("the Planner"); while the method is described,
     * one called a part is ("The Plan module translates …").
     */
    private static void partsNamedInPassing(List<Mention> found, Set<String> proposed, Predicate<String> known, String sentence,
                                            boolean announced) {
        Matcher part = PART_IN_PASSING.matcher(sentence);
        while (part.find()) {
            if (!announced && part.group(2) == null) {
                continue;
            }
            boolean agentNoun = AGENT_NOUN.matcher(part.group(1)).matches();
            // "the Formulator agent" is the Formulator: an agent noun is the name, "agent" what kind of part it is.
            boolean roleNamed = agentNoun && "agent".equals(part.group(2));
            String name = part.group(2) == null || roleNamed ? part.group(1) : part.group(1) + " " + part.group(2);
            List<String> aliases = roleNamed ? List.of(part.group(1) + " " + part.group(2)) : List.of();
            // "the Planner", "the Executor", "The Plan module" — not "the Python programs" or "The Wikipedia articles".
            boolean partName = part.group(2) != null || agentNoun;
            if (partName && NameShapes.isCapitalisedName(part.group(1)) && !known.test(part.group(1))) {
                add(found, proposed, known, name, aliases, sentence, true);
            }
        }
    }

    /** One plain noun or a generic part ("a large language model", "an encoder"): the kind of part, not its name. */
    private static final Pattern GENERIC_PART = Pattern.compile(
            "[a-z]+|(?:(?:large|small|larger|smaller|pretrained|pre-trained|frozen)\\s+)?(?:language|vision|vision-language|diffusion|reward|policy)\\s+models?"
                    + "|(?:vision|text|image|audio|speech|visual)\\s+(?:encoder|decoder|tokenizer|backbone)|(?:multi-layer\\s+)?perceptron");

    /** "SWE-agent's custom agent-computer interface (ACI) …": an acronym the method is said to have is one of its parts. */
    private static void partsOfPossessive(List<Mention> found, Set<String> proposed, Predicate<String> known, String sentence) {
        if (!sentence.contains("'s ")) {
            return;
        }
        for (AcronymDefinitions.Definition d : AcronymDefinitions.find(sentence)) {
            Matcher owner = POSSESSIVE_BEFORE.matcher(sentence.substring(Math.max(0, d.start() - 80), d.start()));
            if (owner.find() && proposed.contains(Names.key(owner.group(1)))) {
                add(found, proposed, known, d.shortForm(), List.of(d.longForm()), sentence, true);
            }
        }
    }

    private static final Pattern POSSESSIVE_BEFORE = Pattern.compile("(?<![\\p{L}\\p{N}-])([\\p{L}\\p{N}][\\p{L}\\p{N}.-]*)'s\\s+(?:[\\w-]+\\s+){0,3}$");

    /** "This stage introduces …", "This method is further divided into …": the paper's method or a part of it as the subject. */
    private static final Pattern OWN_PART_SUBJECT = Pattern.compile(
            "(?:It|Its|(?:Our|This)\\s+(?:[\\w-]+\\s+)?(?:" + OWN_KINDS + "|stage|phase|step|module))\\b");
    /** "Adaptive Truncation, which …, and Hierarchy-Aware Reranking, which …": two capitalised names, each described by a clause. */
    private static final Pattern PAIR_DESCRIBED = Pattern.compile(
            "(?<![\\p{L}\\p{N}-])(" + ITEM + "),\\s+(?:which|where)\\b[^;]{5,200}?,?\\s+and\\s+(?:" + MARK + "\\s*)?(" + ITEM + "),\\s+(?:which|where)\\b");
    /** The verb that says the method is made of the pair, somewhere before it: "includes", "consists of", "introduces two approaches:". */
    private static final Pattern MADE_OF_BEFORE = Pattern.compile(
            "(?i)\\b(?:includ(?:es|ing)|compris(?:es|ing)|consists?\\s+of|introduc(?:es|ing)|incorporat(?:es|ing)|integrat(?:es|ing)|combin(?:es|ing)"
                    + "|divided\\s+into|features|contains)\\b");

    /**
     * "our proposed ToolRerank includes Adaptive Truncation, which …, and Hierarchy-Aware Reranking, which …", "This stage
     * introduces two approaches: Sub-goal Guidance, which …, and Error Recovery Scenario Construction, which …": where the
     * sentence is about the paper's method (it names it, or its subject is the method or a stage of it) and says the method is
     * made of them, two capitalised names each set off by what it does are its parts — not rivals it is compared with, nor names
     * the vocabulary knows, nor settings, languages or data a first-person sentence describes ("We study two settings: A, where
     * …, and B, where …"). Measured on 85 read lists: of 18 names in this shape, 14 proposals and 4 others', which the
     * comparison and vocabulary tests leave out; the verb test, added after a probe review, keeps the 8 it found there.
     */
    private static void partsDescribedInPair(List<Mention> found, Set<String> proposed, Predicate<String> known, String sentence) {
        Matcher pair = PAIR_DESCRIBED.matcher(sentence.contains(", which") || sentence.contains(", where") ? sentence : "");
        List<int[]> comparisons = null;
        while (pair.find()) {
            if (!NameShapes.isCapitalisedPhrase(pair.group(1)) || !NameShapes.isCapitalisedPhrase(pair.group(2))
                    || !MADE_OF_BEFORE.matcher(sentence).region(0, pair.start(1)).find()) {
                continue;
            }
            // Worked out once, and only for a sentence that holds such a pair: the comparison cues are costly to find.
            comparisons = comparisons != null ? comparisons : ComparisonRule.windows(sentence);
            for (int g = 1; g <= 2; g++) {
                if (!ComparisonRule.inWindow(comparisons, pair.start(g)) && !known.test(pair.group(g))) {
                    add(found, proposed, known, pair.group(g), List.of(), sentence, true);
                }
            }
        }
    }

    private static boolean aboutOwnMethod(String sentence, Set<String> proposed) {
        String sentenceKey = Names.key(sentence);
        return proposed.stream().anyMatch(sentenceKey::contains) || OUR_METHOD.matcher(sentence).find();
    }

    /**
     * "… via a per-channel Residual Quantizer", "whose Code-Aware Decoder prunes …", "The key ingredient is a Latent
     * Action Quantizer (LAQ)": where the paper describes its method, a capitalised name whose last word says what
     * kind of part it is names one of its parts, with or without a component cue.
     */
    private static void partsNamedByKind(List<Mention> found, Set<String> proposed, Predicate<String> known, String sentence) {
        Matcher part = PART_NAMED_BY_KIND.matcher(sentence);
        // Worked out only once a part is found: most sentences name none, and the comparison cues are costly to find.
        List<int[]> comparisons = null;
        while (part.find()) {
            String name = part.group(1);
            String before = sentence.substring(Math.max(0, part.start() - 30), part.start());
            // "a Vision Transformer Encoder" is a known architecture's encoder, not a part the paper names.
            String qualifier = name.replaceFirst("\\s\\S+$", "");
            // "a frozen CLIP Vision Encoder": a known name among the qualifying words makes it that model's part.
            boolean knownQualifier = known.test(qualifier) || java.util.Arrays.stream(qualifier.split("\\s+")).anyMatch(known);
            if (!NameShapes.isCapitalisedPhrase(name) || knownQualifier || OTHERS_PART_BEFORE.matcher(before).find()) {
                continue;
            }
            if (comparisons == null) {
                comparisons = ComparisonRule.windows(sentence);
            }
            if (ComparisonRule.inWindow(comparisons, part.start(1))) {
                continue;
            }
            // "a Latent Action Quantizer (LAQ)": named by its acronym, as the definition pass names it.
            Matcher acronym = ACRONYM_AFTER.matcher(sentence).region(part.end(), sentence.length());
            if (acronym.lookingAt()) {
                add(found, proposed, known, acronym.group(1), List.of(name), sentence, true);
            } else {
                add(found, proposed, known, name, List.of(), sentence, true);
            }
        }
    }

    /** "like the …", "unlike the …", "builds on the …": a part of other work ("via a …" describes the paper's own). */
    private static final Pattern OTHERS_PART_BEFORE = Pattern.compile(
            "(?i)\\b(?:so-called|known as|based on|builds? on|such as|like|unlike|following|than|of|from)\\s+$");
    private static final Pattern ACRONYM_AFTER = Pattern.compile("\\s*\\((\\p{Lu}[\\p{L}\\p{N}-]*)\\)");

    /** Words that end the name of a part of a system. */
    private static final String PART_KIND = "(?:Quantizer|Tokenizer|Encoder|Decoder|Adapter|Bridge|Encoding|Module|Layer|Router|"
            + "Planner|Verifier|Retriever|Selector|Controller|Estimator|Predictor|Scheduler|Projector|Connector|Mechanism)";
    private static final Pattern PART_NAMED_BY_KIND = Pattern.compile(
            "\\b(?:[Aa]n?|[Tt]he|whose|its|our)\\s+(?:[a-z][a-z-]*\\s+){0,2}((?:" + NameShapes.NAME + "\\s){1,3}" + PART_KIND + ")\\b"
                    // "our proposed Masked Encoder-based Universal … Transformer": the kind of a longer name, not a part.
                    + "(?!-)");

    private static final Pattern AGENT_NOUN = Pattern.compile("\\p{Lu}[\\p{L}-]*(?:er|or|ist)");
    /** How many sentences after the announcement may still name parts. */
    private static final int PARTS_DESCRIBED_WITHIN = 4;
    private static final Pattern PART_IN_PASSING = Pattern.compile(
            "(?:\\b[Tt]he\\s+|^[A-Z][a-z]+,\\s+)(?-i:(\\p{Lu}[\\p{L}-]*))(?:\\s+(module|component|stage|agent|network))?"
                    + "(?=\\s+(?:\\p{Ll}+s|is|then|also|further|first|finally)\\b)");

    /** {@code listed}: named in a component list, where plain title-case names ("Step Rehash") count too. */
    private static void add(List<Mention> found, Set<String> proposed, Predicate<String> known, String name,
                            List<String> aliases, String sentence, boolean listed) {
        String key = Names.key(name);
        if (proposed.contains(key) || known.test(name) || (!listed && !NameShapes.isCoined(name)) || name.length() < 2
                || found.stream().anyMatch(m -> Names.key(m.name()).equals(key))
                // Not "Diffuser" of a proposed "Trajectory Diffuser" — unless defined as a part of its own ("FedALA … an Adaptive Local
                // Aggregation (ALA) module").
                || aliases.isEmpty() && proposed.stream().anyMatch(p -> p.contains(key) && p.length() > key.length())) {
            return;
        }
        found.add(new Mention(Relation.PROPOSES, EntityKind.METHOD, name, aliases, sentence, RULE, 0.65, null));
    }
}
