package io.papergraph.extraction;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The object of the authors' making verb: a name right after it and set off ("we present LoRA, a …", "presents SimCLR:
 * a …"), a multi-word or lower-case name set off the same way ("we propose decomposed prompt tuning, a novel approach"),
 * a bare hyphenated phrase ("we develop budget forcing to …"), and a second name joined to the first.
 */
final class VerbObjectRule {

    private VerbObjectRule() {
    }

    /**
     * "we propose an automatic CoT prompting method: Auto-CoT." — not the first item of a list ("speech across six
     * languages: English, Chinese, …"), nor what is evaluated after the making ("we construct an agent and evaluate 7
     * models: GPT-4o, …").
     */
    private static final Pattern NAME_AFTER_COLON = Pattern.compile("^(?:(?!(?i:" + Cues.EVALUATED_COUNT + "\\s))[^.:;]){0,80}?(?<!\\b\\p{Lu}[\\p{L}\\p{N}-]{0,30})(?::(?=\\s)|(?<![\\p{L}\\p{N}]):)\\s*[\"'“]?(" + NameShapes.NAME + ")[\"'”]?(?=\\s*(?:[.;(]|$|,(?!\\s*\\p{Lu}[\\p{L}\\p{N}-]*\\s*,)))");
    private static final Pattern NAME_AFTER_VERB = Pattern.compile(
            "^\\s*(?:(?i:a|an|the)\\s+)?(?:(?i:new|novel|simple|general|unified|first|large-scale|challenging|comprehensive|modular|lightweight|scalable|flexible|generic|versatile|open-source)\\s+)*"
                    // The kind in lower case: "We present Agent Lightning" names "Agent Lightning", not "Lightning".
                    + "(?:(?:framework|method|approach|model|algorithm|system|architecture|technique|agent)\\s+)?[\"'“]?("
                    // "we introduce Retro 48B, the largest LLM …": the size written after the name belongs to it.
                    // "We introduce MedMNIST v2, a large-scale …": or its version.
                    + NameShapes.NAME + "(?:\\s\\d+(?:\\.\\d+)?[BM](?![\\p{L}\\p{N}])|\\s[vV]\\d+(?:\\.\\d+)*(?![\\p{L}\\p{N}])"
                    // "we propose HippoRAG 2, a framework …": a version number written apart.
                    + "|" + NameShapes.VERSION_APART + ")?|" + NameShapes.LOWER_COINED + ")(?:!(?=[\"'”]))?[\"'”]?"
                    // "a simple Budget-Aware Step Pruning method": a capitalised word that runs on into more of the name is no kind noun.
                    + "(?!\\s+\\p{Lu}[\\p{L}\\p{N}-]*\\s+(?:\\p{Lu}|(?:method|framework|approach|model|algorithm|mechanism|module|strategy|technique|scheme)\\b))"
                    + "(?=\\s*(?:[,:;(]|--|[—–]|\\.(?:\\s|$)|$|\\s(?i:to|for|that|which|as|in|with|by|on|and|benchmark|dataset|suite|environment|framework|method|model|algorithm|agent|system|approach"
                    // "we introduce a novel Meta-Rewarding step to …": the kind of part it is.
                    + "|step|stage|mechanism|module|strategy|technique|scheme|procedure|objective|loss|layer|paradigm|pipeline|architecture)\\b))");

    private static final Pattern THE_IN_NAME_BEFORE = Pattern.compile("\\s+The\\s");
    private static final Pattern RESOURCE_APPOSITIVE = Pattern.compile(
            "\\s*,\\s+(?:a|an|the\\s+first)\\s+(?:[\\w-]+,?\\s+){0,6}?(?:collection|corpus|suite|environment|testbed|simulator|platform|toolkit)s?\\b");
    private static final Pattern KIND_WRITTEN_WITH = Pattern.compile("^\\s+(?:dataset|benchmark|suite|corpus|environment)(?=\\s*,)");
    private static final Pattern PLACED_AFTER_APPOSITIVE = Pattern.compile(
            "\\s*,\\s+(?:an?|the)\\s+[^,.;]*,\\s*(?:into|in|to|within|inside|throughout|across|at)\\b");

    /** "we develop in this work FedFix, …", "we propose here X": where or when, said between the verb and its object. */
    private static final Pattern ADVERBIAL_AFTER_VERB = Pattern.compile("^\\s+(?:in\\s+this\\s+(?:work|paper|study|article|report)|here(?:in)?)(?=\\s+\\S)");

    static void contributionsAfterVerb(List<Mention> found, String sentence, int verbEnd, boolean namedLater,
                                       Predicate<String> known, boolean byGerund) {
        Matcher adverbial = ADVERBIAL_AFTER_VERB.matcher(sentence).region(verbEnd, sentence.length());
        if (adverbial.lookingAt()) {
            verbEnd = adverbial.end();
        }
        String afterVerb = sentence.substring(verbEnd);
        Matcher direct = NAME_AFTER_VERB.matcher(afterVerb);
        // "a novel CL method named DualHSIC": the object before "method" is a field, the name comes after "named".
        // A plain capitalised word ("we propose Mixture …") is a name only when set off: "Choreographer, a …", "X:", "X."
        String directBase = direct.find(0) ? NameShapes.withoutVersionApart(SIZE_AFTER_NAME.matcher(direct.group(1)).replaceFirst("")) : "";
        // "we introduce Corex in this paper, a suite of …": where it is introduced stands between the name and what it is.
        String afterDirect = directBase.isEmpty() ? "" : IN_THIS_PAPER.matcher(afterVerb.substring(direct.end(1))).replaceFirst("");
        if (!directBase.isEmpty() && NameShapes.isCapitalisedName(directBase) && !namedLater && !directBase.matches("[A-Z]{1,2}")
                && (NameShapes.isCoined(directBase) || SET_OFF.matcher(afterDirect).find())) {
            // "We present LoRA, a …" is the LoRA paper: a name set off by an appositive right after the verb is this
            // paper's contribution even when the vocabulary knows it by now.
            // "We propose DIAYN ('Diversity is All You Need'), a method …": the expansion may stand between.
            // "we present the MATH-Vision (MATH-V) dataset, a curated collection …": the kind the name is written with may stand between.
            String afterName = KIND_WRITTEN_WITH.matcher(PARENTHETICAL.matcher(afterDirect).replaceFirst("")).replaceFirst("");
            // "presents SimCLR: a simple framework …": a colon sets a name off too.
            boolean appositive = ProposalRule.APPOSITIVE_AFTER.matcher(afterName).find() || EXPANSION_AFTER.matcher(afterName).find()
                    || COLON_APPOSITIVE.matcher(afterName).lookingAt()
                    // "we present MATH-Vision, a meticulously curated collection of …": a coined name set off as a resource.
                    || NameShapes.isCoined(directBase) && RESOURCE_APPOSITIVE.matcher(afterName).lookingAt()
                    // "we propose Self-Debugging, which teaches a model to …": what it does, said as it is proposed.
                    || !byGerund && WHICH_DOES_AFTER.matcher(afterName).lookingAt() && WE_MAKE_BEFORE.matcher(sentence.substring(0, verbEnd)).find();
            // "by introducing LoRA, a low-rank technique, into every layer" places a known tool; "by introducing LLaDA, a
            // diffusion model trained from scratch." presents the paper's own.
            boolean placed = byGerund && PLACED_AFTER_APPOSITIVE.matcher(afterName).lookingAt();
            // "we introduce The Stack, a 3.1 TB dataset": a capital "The" in mid-sentence belongs to the name.
            boolean theInName = THE_IN_NAME_BEFORE.matcher(afterVerb.substring(0, direct.start(1))).matches();
            Contributions.add(found, sentence, theInName ? "The " + direct.group(1) : direct.group(1), List.of(),
                    verbEnd + direct.start(1) - (theInName ? 4 : 0), ProposalRule.RULE_VERB, 0.8, appositive && !placed ? name -> false : known);
            // "We present the OWLv2 model and OWL-ST self-training recipe": a second coined name joined to the first is theirs too.
            Matcher second = SECOND_NAME_AFTER.matcher(afterVerb).region(direct.end(1), afterVerb.length());
            if (!byGerund && second.lookingAt() && NameShapes.isCoined(second.group(1))) {
                Contributions.add(found, sentence, second.group(1), List.of(), verbEnd + second.start(1), ProposalRule.RULE_VERB, 0.75, known);
            } else if (!byGerund && NameShapes.isCoined(directBase)) {
                // "We also introduce Self-Rubrics and Contrastive Filtering during decoding": after a coined name, a second one of
                // several capitalised words, a name no vocabulary knows.
                Matcher phrase = SECOND_PHRASE_AFTER.matcher(afterVerb).region(direct.end(1), afterVerb.length());
                if (phrase.lookingAt() && NameShapes.isCapitalisedPhrase(phrase.group(1))) {
                    Contributions.add(found, sentence, phrase.group(1), List.of(), verbEnd + phrase.start(1), ProposalRule.RULE_VERB, 0.75, known);
                }
            }
        }
        // "We present Skill Transformer, an approach …": a multi-word name set off by an appositive.
        Matcher multiWord = MULTI_WORD_AFTER_VERB.matcher(afterVerb);
        if (!namedLater && multiWord.find()) {
            // The second alternative, a name described before it, is found in groups 3 and 4.
            int group = multiWord.group(1) != null ? 1 : 3;
            String name = multiWord.group(group);
            String inParentheses = multiWord.group(group + 1);
            // "Procedure Transformer (ProcX), a model …": the short name in parentheses is what the paper calls it.
            boolean shortName = inParentheses != null && NameShapes.isCoined(inParentheses);
            // Set off by an appositive it is this paper's; "the Monte Carlo Tree Search algorithm" only when no vocabulary knows it.
            // Set off only by what follows it ("… Composition.", "… and show"), a known name is used, not new.
            boolean kindOnly = group == 3 || KIND_AFTER.matcher(afterVerb.substring(multiWord.end())).lookingAt()
                    || DESCRIBED_AFTER.matcher(afterVerb.substring(multiWord.end())).lookingAt()
                    // "we propose Loss-Free Balancing, featured by …" names it; a known name described so is used, not new.
                    || PARTICIPLE_AFTER.matcher(afterVerb.substring(multiWord.end())).lookingAt();
            // "we introduce Reinforcement Learning to …": a known name said to be for something is used, not new; one defined in
            // parentheses ("the Corrective RAG (CRAG) to improve …") is the acronym rule's.
            boolean forPurpose = PURPOSE_AFTER.matcher(afterVerb.substring(multiWord.end())).lookingAt();
            // "We propose the Large Model Guard to filter outputs": with an article, a description in capitals more than a name.
            boolean describedForPurpose = forPurpose && (inParentheses != null || THE_BEFORE.matcher(afterVerb).lookingAt());
            if (name.contains(" ") && !describedForPurpose) {
                // What it is is read after the whole span that names it: "Universal Manipulation Interface (UMI) -- a … framework".
                int spanEnd = verbEnd + (shortName ? afterVerb.indexOf(')', multiWord.end(group + 1)) + 1 : multiWord.end(group));
                Contributions.add(found, sentence, shortName ? inParentheses : name, shortName ? List.of(name) : List.of(),
                        verbEnd + multiWord.start(group), spanEnd, ProposalRule.RULE_VERB, 0.75, kindOnly || forPurpose || byGerund ? known : n -> false);
            }
        }
        // "we further propose buffer-manager to dynamically update …": a hyphenated lower-case name, its purpose after it
        // (not "we introduce cross-attention to condition …", a known building block).
        Matcher hyphenated = HYPHENATED_AFTER_VERB.matcher(byGerund || !PROPOSE_BEFORE.matcher(sentence.substring(0, verbEnd)).find() ? "" : afterVerb);
        if (!namedLater && hyphenated.find()) {
            Contributions.add(found, sentence, hyphenated.group(1), List.of(), verbEnd + hyphenated.start(1), ProposalRule.RULE_VERB, 0.7, known);
        }
        // "we develop budget forcing to control …", "we propose context-guided-decoding to avoid …": the authors' own making verb
        // with a bare lower-case phrase as its object, no article before it, names what they made.
        Matcher bare = BARE_PHRASE_AFTER_VERB.matcher(byGerund || namedLater || !WE_MAKE_BEFORE.matcher(sentence.substring(0, verbEnd)).find() ? "" : afterVerb);
        if (bare.lookingAt() && !GENERIC_OBJECT.matcher(bare.group(1)).find()) {
            Contributions.add(found, sentence, bare.group(1), List.of(), verbEnd + bare.start(1), ProposalRule.RULE_VERB, 0.7, known);
        }
        // "We introduce Distilling step-by-step, a new mechanism that …": a name in sentence case, set off the same way, is this
        // paper's however well known it became.
        Matcher sentenceCase = SENTENCE_CASE_AFTER_VERB.matcher(namedLater || byGerund ? "" : afterVerb);
        if (sentenceCase.find()) {
            Contributions.add(found, sentence, sentenceCase.group(1), List.of(), verbEnd + sentenceCase.start(1), ProposalRule.RULE_VERB, 0.7, name -> false);
        }
        // "we propose decomposed prompt tuning, a novel approach …": a lower-case name set off the same way.
        Matcher lowercase = LOWERCASE_AFTER_VERB.matcher(afterVerb);
        if (!namedLater && lowercase.find()) {
            // "we introduce speculative decoding - an algorithm to …": set off right after the verb, it is this paper's however
            // well known it became (a gerund may say how a known one is used).
            Contributions.add(found, sentence, lowercase.group(1), List.of(), verbEnd + lowercase.start(1), ProposalRule.RULE_VERB, 0.7, byGerund ? known : name -> false);
        }
        // "we propose the new challenging task of non-sequential graph script induction, …", "the concept of compressed experts, …"
        Matcher task = TASK_OF.matcher(afterVerb);
        if (task.find()) {
            Contributions.add(found, sentence, task.group(1), List.of(), verbEnd + task.start(1), ProposalRule.RULE_VERB, 0.7, known);
        }
        // "we introduce model-based clustering, MBC, a method that …": the name between two commas.
        Matcher between = NAME_BETWEEN_COMMAS.matcher(afterVerb);
        if (between.find() && NameShapes.isCoined(between.group(1))) {
            Contributions.add(found, sentence, between.group(1), List.of(), verbEnd + between.start(1), ProposalRule.RULE_VERB, 0.75, known);
        }
        // "We release WebCorp, a … collection of web pages, and WebCorp-Edu, a … subset of …": a second resource released with it.
        Matcher second = SECOND_RESOURCE.matcher(namedLater ? "" : afterVerb);
        if (second.find() && NameShapes.isCoined(second.group(1))) {
            Contributions.add(found, sentence, second.group(1), List.of(), verbEnd + second.start(1), ProposalRule.RULE_VERB, 0.75, known);
        }
        // "present both a benchmark and a method: MiniCode, a benchmark where …, and Librarian, a sample-and-rerank method for …":
        // a second name the authors put forward, described as a method.
        Matcher described = SECOND_DESCRIBED_METHOD.matcher(namedLater || byGerund ? "" : afterVerb);
        if (described.find() && NameShapes.isCapitalisedName(described.group(1))) {
            Contributions.add(found, sentence, described.group(1), List.of(), verbEnd + described.start(1), ProposalRule.RULE_VERB, 0.75, known);
        }
        // "We then propose Build-a-Graph Prompting and Algorithmic Prompting, two instruction-based approaches …": a pair of names
        // the appositive counts.
        Matcher pair = PAIR_COUNTED.matcher(namedLater || byGerund ? "" : afterVerb);
        if (pair.lookingAt() && NameShapes.isCapitalisedPhrase(pair.group(1)) && NameShapes.isCapitalisedPhrase(pair.group(2))) {
            Contributions.add(found, sentence, pair.group(1), List.of(), verbEnd + pair.start(1), ProposalRule.RULE_VERB, 0.75, known);
            Contributions.add(found, sentence, pair.group(2), List.of(), verbEnd + pair.start(2), ProposalRule.RULE_VERB, 0.75, known);
        }
        // "we introduce Lookahead decoding, an exact, parallel decoding algorithm": a name with its lower-case head noun.
        Matcher withHead = NAME_WITH_METHOD_HEAD.matcher(namedLater ? "" : afterVerb);
        if (withHead.find() && NameShapes.isCapitalisedName(withHead.group(1).split(" ")[0])) {
            Contributions.add(found, sentence, withHead.group(1), List.of(), verbEnd + withHead.start(1), ProposalRule.RULE_VERB, 0.75, known);
        }
        // "we propose a new T2V generation setting—One-Shot Video Tuning, where …": the name after a dash.
        Matcher dashed = NAME_AFTER_DASH.matcher(namedLater ? "" : afterVerb);
        if (dashed.find()) {
            Contributions.add(found, sentence, dashed.group(1), List.of(), verbEnd + dashed.start(1), ProposalRule.RULE_VERB, 0.75, known);
        }
        // "we propose a new … Network (RepVL-PAN) and region-text contrastive loss to …": a second, lower-case part.
        Matcher conjunct = PART_AFTER_DEFINITION.matcher(byGerund ? "" : afterVerb);
        if (conjunct.find()) {
            Contributions.add(found, sentence, conjunct.group(1), List.of(), verbEnd + conjunct.start(1), ProposalRule.RULE_VERB, 0.7, known);
        }
        // "we propose a natural-language-oriented variant of BigCodeBench, BigCodeBench-Instruct, that …"
        Matcher variant = NAMED_VARIANT.matcher(namedLater ? "" : afterVerb);
        if (variant.find() && NameShapes.isCoined(variant.group(1))) {
            Contributions.add(found, sentence, variant.group(1), List.of(), verbEnd + variant.start(1), ProposalRule.RULE_VERB, 0.75, known);
        }
        // Cheap test first: the pattern cannot match without a colon, and its lazy gap is costly to try at every verb.
        Matcher colon = NAME_AFTER_COLON.matcher(afterVerb.indexOf(':') >= 0 ? afterVerb : "");
        if (colon.find() && NameShapes.isCapitalisedName(colon.group(1))) {
            // "We propose … method: X." names this paper's own contribution even when X became well known since.
            Contributions.add(found, sentence, colon.group(1), List.of(), verbEnd + colon.start(1), ProposalRule.RULE_VERB, 0.8, byGerund ? known : name -> false);
        }
    }

    private static final Pattern SIZE_AFTER_NAME = Pattern.compile("\\s\\d+(?:\\.\\d+)?[BM]$");
    private static final Pattern SECOND_RESOURCE = Pattern.compile(
            // The first is described as a resource too, and nothing it was trained on or drawn from stands between.
            "^\\s*(?:the\\s+)?" + NameShapes.NAME + "\\s*,\\s+(?:a|an)\\s+(?:[\\w.-]+\\s+){0,4}?(?:" + ResourceKinds.RESOURCE_NOUNS + ")s?\\b"
                    + "(?:(?!\\b(?:on|from|with|using)\\b)[^;.]){0,60}?,?\\s+and\\s+(" + NameShapes.NAME + ")\\s*,\\s+(?:a|an|the)\\s+"
                    + "(?:[\\w.-]+\\s+){0,4}?(?:" + ResourceKinds.RESOURCE_NOUNS + ")s?\\b");
    private static final Pattern PAIR_COUNTED = Pattern.compile(
            "^\\s*(" + ProposalRule.MULTI_WORD_NAME + ")\\s+and\\s+(" + ProposalRule.MULTI_WORD_NAME + ")\\s*,\\s+(?:two|both)\\b");
    private static final Pattern SECOND_DESCRIBED_METHOD = Pattern.compile(
            "^[^.;]{0,80}?" + NameShapes.NAME + "\\s*,\\s+(?:a|an)\\s+[^.;]{0,100}?,\\s+and\\s+(" + NameShapes.NAME + ")\\s*,\\s+(?:a|an)\\s+"
                    // what kind of method it is said ("a sample-and-rerank method"), not a bare "a model"
                    + "(?:[\\w-]+\\s+){1,4}?(?:" + ResourceKinds.METHOD_NOUNS + ")s?\\b");
    private static final Pattern NAME_WITH_METHOD_HEAD = Pattern.compile("^\\s*(" + NameShapes.NAME
            + "\\s(?:decoding|attention|sampling|prompting|tuning|search|routing|merging|distillation|pruning|balancing|alignment|training)"
            + ")(?=" + ProposalRule.APPOSITIVE_HEAD + ")");
    private static final Pattern NAME_AFTER_DASH = Pattern.compile(
            "^\\s+(?:a|an|the)\\s+(?:[\\w-]+\\s+){0,5}?(?:setting|task|framework|method|approach|paradigm|problem|model|algorithm|technique|strategy)"
                    + "\\s*(?:[\u2014\u2013]|--)\\s*(" + NameShapes.NAME + "(?:\\s" + NameShapes.NAME + "){0,3})(?=\\s*(?:[,.;(]|$))");
    private static final Pattern PART_AFTER_DEFINITION = Pattern.compile(
            "^\\s*(?:a|an|the)\\s+[^.;()]{0,100}?\\(\\p{Lu}[^()\\s]{1,15}\\)\\s+and\\s+(?:(?:a|an)\\s+)?(?:(?:new|novel)\\s+)?"
                    + "([a-z][a-z-]+(?:\\s[a-z][a-z-]+){0,3}\\s(?:loss|module|mechanism|objective|layer|regularizer|strategy))"
                    + "(?=\\s+(?:to|for|that|which)\\b|\\s*[,.;])");
    private static final Pattern NAMED_VARIANT = Pattern.compile(
            // "we present an efficient one-shot fine-tuning variant, PerSAM-F."
            "^\\s*(?:a|an|the)\\s+(?:[\\w-]+\\s+){0,3}?(?:variant|version|extension|subset|split|edition)(?:\\s+of\\s+(?:the\\s+|our\\s+)?"
                    + NameShapes.NAME + ")?\\s*,\\s+(" + NameShapes.NAME + ")(?=\\s*[,(.;]|\\s+(?:that|which)\\b)");
    private static final Pattern NAME_BETWEEN_COMMAS = Pattern.compile(
            "^[^.;]{0,60}?,\\s+(" + NameShapes.NAME + ")(?=" + ProposalRule.APPOSITIVE_HEAD + ")");
    private static final Pattern COLON_APPOSITIVE = Pattern.compile("\\s*:\\s+(?:a|an)\\s");
    private static final Pattern PARENTHETICAL = Pattern.compile("^\\s*\\([^()]{1,80}\\)");
    private static final String KIND_AFTER_TEXT = "\\s+(?:mechanism|module|strategy|technique|scheme|algorithm|recipe|representation|formulation)\\b";
    /**
     * "the Adaptive Token Merging method": right after the verb, a broader kind too — not after words that describe it ("a
     * Deep Reinforcement Learning approach" is a field's term), nor "a … method (XSimGCL)", whose name is in the parentheses.
     */
    private static final String OBJECT_KIND_AFTER_TEXT = "\\s+(?:mechanism|module|strategy|technique|scheme|algorithm|recipe|representation|formulation"
            + "|(?:framework|method|approach|paradigm|pipeline|architecture)\\b(?!\\s*\\())\\b";
    private static final Pattern KIND_AFTER = Pattern.compile(OBJECT_KIND_AFTER_TEXT);
    /**
     * What sets off a name by following it, in any clause: a colon and a description, "that decomposes …", "and show",
     * "Recursive Skill Composition." at the end.
     */
    private static final String DESCRIBED_AFTER_IN_CLAUSE_TEXT = "\\s*:\\s+(?:(?:a|an|the)\\s+)?\\p{Ll}"
            + "|\\s+(?:that|which)\\s+(?!(?:is|are|was|were|has|have|had|can|could|may|might|will|would|we|our)\\b)\\p{Ll}+s\\b"
            + "|\\s+and\\s+(?:show|demonstrate|find|prove)\\b|\\s*\\.(?:\\s|$)";
    /** The same right after the verb, and "…, enabling agents to …" — which may follow any noun phrase ("… Pythia LLMs, ranging from …"). */
    private static final String DESCRIBED_AFTER_TEXT = DESCRIBED_AFTER_IN_CLAUSE_TEXT + "|\\s*,\\s*\\p{Ll}+ing\\b";
    private static final Pattern DESCRIBED_AFTER = Pattern.compile(DESCRIBED_AFTER_TEXT);
    /** "Loss-Free Balancing, featured by …", "…, inspired by …": a name described by a participle after it. */
    private static final String PARTICIPLE_AFTER_TEXT = "\\s*,\\s*[a-z]{3,}ed\\s+(?:by|on|upon|with|from|for|as)\\b";
    private static final Pattern PARTICIPLE_AFTER = Pattern.compile(PARTICIPLE_AFTER_TEXT);
    /** " to extend …", " for merging …": what a name is for, in lower case (not "for Cold-Start Recommendations (GNP)"). */
    private static final String PURPOSE_AFTER_TEXT = "\\s+(?:to|for)\\s+\\p{Ll}";
    private static final Pattern PURPOSE_AFTER = Pattern.compile(PURPOSE_AFTER_TEXT);
    private static final Pattern THE_BEFORE = Pattern.compile("\\s*(?i:the)\\s");
    private static final Pattern MULTI_WORD_AFTER_VERB = Pattern.compile(
            // "Mixture of Sparse Adapters", "Table as Thought": a preposition may join its words.
            "^\\s*(?:(?i:the)\\s+)?(" + NameShapes.NAME + "(?:\\s(?:(?:of|for|with|via|as|by)\\s)?" + NameShapes.NAME + "){1,3})(?:\\s*\\((" + NameShapes.NAME + ")\\))?"
                    // "introduces the Naive Dynamic Resolution mechanism, which …": or followed by what kind of thing it is.
                    // "we propose Loss-Free Balancing, featured by …": or described by a participle.
                    // "we propose Pessimistic Verification to extend …": or by what it is for.
                    + "(?=" + ProposalRule.APPOSITIVE_HEAD + "|\\s*,\\s*(?:which|that|where)\\b|" + PARTICIPLE_AFTER_TEXT + "|" + OBJECT_KIND_AFTER_TEXT + "|" + PURPOSE_AFTER_TEXT
                    // "we propose Contrastive Step Verification: a verifier …", "we develop Skill Graph Planning that decomposes …",
                    // "we introduce Mixture of Sparse Adapters and show …": set off by a colon, or what it does said right after.
                    + "|" + DESCRIBED_AFTER_TEXT + ")"
                    // "propose an inference-time Sway Sampling strategy", "introduce cutting-edge Rank-1 Experts formulation":
                    // described by a few lower-case words before and its kind after.
                    // Not "a novel LLM-based Multi-Agent framework": a word ending in "-based" describes.
                    + "|^\\s*(?:(?i:a|an|our)\\s+)?(?:(?!(?:our|for|of|to|on|in|with|from|by|and|or|the|results?|experiments?)\\b)[a-z][\\w-]*\\s+){1,6}?(?!\\p{Lu}{2,}[\\p{L}\\p{N}]*-(?i:based|driven|powered|centric|oriented)\\b)("
                    + NameShapes.NAME + "(?:\\s" + NameShapes.NAME + "){1,3})"
                    // "an efficient Sparse Expert Router, reducing …": or what it does said right after.
                    + "(?:\\s*\\((" + NameShapes.NAME + ")\\))?(?=" + KIND_AFTER_TEXT + "|\\s*,\\s*(?:which|that|where)\\b|" + DESCRIBED_AFTER_IN_CLAUSE_TEXT + ")");
    /** "LLaVA: Large Language and Vision Assistant, …": the name is expanded right after it. */
    private static final Pattern EXPANSION_AFTER = Pattern.compile("^\\s*:\\s+[\\p{Lu}][\\p{L}-]*(?:\\s+(?:[\\p{Lu}][\\p{L}-]*|and|of|for|with|to|the|in)){1,6}\\s*,");
    private static final Pattern PROPOSE_BEFORE = Pattern.compile("(?i)\\bpropose$");
    /** ", which teaches …", not ", which is widely used" (a known thing described) nor ", which we adopt". */
    private static final Pattern WHICH_DOES_AFTER = Pattern.compile(
            "\\s*,\\s+which\\s+(?!(?:is|are|was|were|has|have|had|we|our|can|could|may|might|will|would)\\b)[a-z]+s\\b");
    /** "we propose", "we further develop": the authors' own making verb, right before its object. */
    private static final Pattern WE_MAKE_BEFORE = Pattern.compile(
            "(?i)\\bwe\\s+(?:\\w+\\s+)?(?:propose|introduce|present|develop|devise|design)(?:s|d|ed)?$");
    /** Words that cannot start a name or go on with one: an article, a determiner, a pronoun, a function word, a quantity. */
    private static final String NOT_IN_BARE_NAME = "(?:a|an|the|our|this|these|those|that|which|its|their|it|them|us|to|how|what|whether|when|where|why"
            + "|both|each|all|some|any|many|more|such|here|in|on|for|with|by|from|of|and|or|as|at|first|further|also|then|instead|only|simply"
            + "|\\d+|one|two|three|four|five|six|seven|eight|nine|ten|dozens|several|various|multiple|numerous|different|additional|extensive|initial|potential|general"
            + "|comprehensive|detailed|thorough|preliminary|empirical|theoretical|real-world|key|main|simple|novel|new|efficient|effective)\\b";
    /**
     * "budget forcing to …", "context-guided-decoding to …", "decoupled distillation.": two to four lower-case words, or one
     * word of three hyphenated parts (two, as "fine-tuning" or "cross-attention", is a common word), not a gerund of what is
     * done ("using reinforcement learning to …", "fine-tuning smaller students to …"), then its purpose or the end of the clause — not its acronym or short name,
     * which the definition rules read ("process value verifiers (PVVs)", "task-graph clustering, TGC, …").
     */
    private static final Pattern BARE_PHRASE_AFTER_VERB = Pattern.compile(
            "\\s+(?!" + NOT_IN_BARE_NAME + "|[a-z]+(?:-[a-z]+)?ing(?![a-z-]))((?:[a-z][a-z0-9]*-[a-z0-9]+-[a-z0-9-]+|[a-z][a-z0-9-]*(?:\\s+(?!" + NOT_IN_BARE_NAME
                    + ")[a-z][a-z0-9-]*){1,3}))(?=\\s+to\\b|\\s*[;.:]|\\s*,(?!\\s*\\p{Lu}[\\p{L}\\p{N}-]*\\s*,)|\\s+(?:that|which|where|for)\\b)");
    /** What the authors present that is no method: "extensive experiments", "four main findings", "strategies to …". */
    private static final Pattern GENERIC_OBJECT = Pattern.compile(
            "\\b(?:analys[ie]s|findings|experiments|results|strategies|insights|models|methods|techniques|evaluations|studies|observations"
                    + "|ablations|improvements|approaches|solutions|ideas|extensions|modifications|theory|evidence|directions|benchmarks|tools"
                    + "|datasets|metrics|baselines|tasks|settings|variants|guidelines|recommendations)$");
    private static final Pattern HYPHENATED_AFTER_VERB = Pattern.compile(
            "^\\s+([a-z]{3,}-[a-z]{3,}(?<!ing|ed|s))(?=\\s+(?:to|that|which)\\s)");
    /** "in this paper" after a name: where the name is introduced, no part of it. */
    private static final String NOT_IN_THIS_PAPER = "(?!in\\s+this\\s)";
    private static final Pattern IN_THIS_PAPER = Pattern.compile("^" + Cues.IN_THIS_PAPER + "(?=\\s*(?:[,:(]|--|[—–]))");
    private static final Pattern SENTENCE_CASE_AFTER_VERB = Pattern.compile(
            "^\\s*(\\p{Lu}[\\p{Ll}-]+(?:\\s" + NOT_IN_THIS_PAPER + "[a-z][a-z-]+){1,3})(?=" + ProposalRule.APPOSITIVE_HEAD + ")");
    private static final Pattern LOWERCASE_AFTER_VERB = Pattern.compile(
            // "proposes the transition-net, a robust …": the article is no part of the name.
            "^\\s*(?:the\\s+)?([a-z][a-z-]+(?:\\s" + NOT_IN_THIS_PAPER + "[a-z][a-z-]+){0,3})(?=" + ProposalRule.APPOSITIVE_HEAD + ")");
    private static final Pattern TASK_OF = Pattern.compile(
            "^\\s*(?:a|an|the)\\s+(?:(?:new|novel|challenging)\\s+)*(?:task|problem|concept|notion)\\s+of\\s+([a-z][a-z-]+(?:\\s[a-z][a-z-]+){1,4}?)(?=\\s*[,.;(]|\\s+for\\s+(?!\\p{Ll}))");
    private static final Pattern SET_OFF = Pattern.compile("^[\"'”]?(?:\\s*(?:,|--)\\s+(?:a|an|the|" + Cues.MAKERS_POSSESSIVE + ")\\b|\\s*[—–]\\s*(?:a|an|the)\\b|\\s*,\\s+(?:which|that)\\b|\\s*:|\\s*\\.(?:\\s|$)|\\s*$)");

    private static final String OWN_KIND = "(?:model|method|framework|recipe|algorithm|approach|technique|system|architecture|agent|pipeline)s?";
    /** " and Contrastive Filtering during decoding": a second name of two or three capitalised words, then what it is for or a stop. */
    private static final Pattern SECOND_PHRASE_AFTER = Pattern.compile("\\s+and\\s+(" + NameShapes.NAME + "(?:\\s" + NameShapes.NAME + "){1,2})"
            // a name, not a plural kind of thing ("CodeAgent and Unit Tests for each repository")
            + "(?<!(?<!s)s)(?=\\s*[,.;:(]|$|\\s+(?:during|to|that|which)\\b)");
    /** " model and OWL-ST self-training recipe,": after a name the verb puts forward, a second name joined by "and". */
    private static final Pattern SECOND_NAME_AFTER = Pattern.compile("(?:\\s+" + OWN_KIND + ")?\\s+and\\s+(?:the\\s+|our\\s+)?(" + NameShapes.NAME + ")"
            // "we introduce MM-Verifier and MM-Reasoner to enhance …": or what they are for
            + "(?=\\s+(?:[a-z][\\w-]*\\s+){0,2}" + OWN_KIND + "\\b|\\s*(?:[,.;:(]|--|[—–])|$|\\s+(?:to|for|that|which)\\b)");
}
