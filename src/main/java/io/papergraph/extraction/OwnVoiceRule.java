package io.papergraph.extraction;

import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names the authors give where they speak: in lower case after a naming word ("a simple method called chain of thought
 * prompting", not a phenomenon they name), new tasks, terms they emphasise, capitalised names after their verb, "our X".
 */
final class OwnVoiceRule {

    private OwnVoiceRule() {
    }

    /**
     * "we propose a new segmentation task -- reasoning segmentation", "for this new task of subject-driven generation": a new
     * task or setting the authors pose is named by the lower-case words after it.
     */
    private static final Pattern NEW_TASK_NAMED = Pattern.compile(
            "(?i:\\b(?:this|a|an|the|our)\\s+(?:new|novel)\\s+(?:[\\w-]+\\s+){0,2}?(?:task|problem|setting)(?:\\s+of|\\s*(?:--|[—–:])))\\s*"
                    + "([a-z][a-z-]+(?:\\s[a-z][a-z-]+){0,3}?)(?=\\s*[,.;(]|\\s+(?:that|which|where|in which)\\b|$)");
    private static final Pattern TASK_BEFORE_NAMING = Pattern.compile("(?i)\\b(?:task|setting|problem)\\s*$");
    /** "we propose a new paradigm …, centered around \\textit{task vectors}": a term the authors set in italics as they propose. */
    private static final Pattern EMPHASISED_TERM = Pattern.compile("\\\\(?:textit|emph)\\{([a-z][a-z-]+(?:\\s[a-z][a-z-]+){0,3})}");

    private static final Pattern USE_VERB_BEFORE = Pattern.compile(
            "(?i)\\b(?:use[sd]?|using|adopt\\w*|leverag\\w*|follow\\w*|employ\\w*|appl(?:y|ies|ied|ying)|rel(?:y|ies|ied|ying)\\s+on)\\s+(?:an?\\s+)");
    private static final Pattern PHENOMENON_BEFORE = Pattern.compile(
            "(?i)\\b(?:phenomen(?:on|a)|effects?|behaviou?rs?|failure modes?|bias(?:es)?|patholog(?:y|ies)|trends?)\\s*,?\\s*(?:that\\s+|which\\s+)?$");
    private static final Pattern KIND_BEFORE_NAMING = Pattern.compile(
            "(?i)\\b(?:a|an)\\s+(?:(?!popular|existing|standard|well-known|common)[\\w-]+\\s+){0,2}(?:method|approach|technique|framework|algorithm|strategy|paradigm)\\s+$");
    /**
     * "we further introduce a Physically Interpretable Unified Action Space, which …": not before "(" or "-based". Words
     * joined by spaces only, each taken whole: a run of hyphenated words ("Ab-Ab-Ab-…") has one reading, not n⁵.
     */
    private static final Pattern ARTICLE_THEN_TITLED = Pattern.compile(
            "\\b(?i:we)\\s+(?:[a-z]+ly\\s+|further\\s+|also\\s+)?(?:" + ProposalRule.AUTHORS_VERB + "|design)\\s+(?:a|an)\\s+(?:(?i:new|novel)\\s+)?"
                    + "(" + ProposalRule.CAPITALISED_WORD + "(?: " + ProposalRule.CAPITALISED_WORD + "){1,5}+)(?=\\s+[a-z]+\\b|\\s*[,.;:]|$)");
    /** "we introduce a 1-bit LLM variant, namely BitNet b1.58," — not "we evaluate on two benchmarks, namely GSM8K and MATH". */
    private static final Pattern KIND_NAMELY = Pattern.compile(
            "(?i:\\bwe\\s+" + ProposalRule.AUTHORS_VERB + "\\s+(?:a|an)\\s+(?:[\\w-]+\\s+){0,6}?"
                    + "(?:variant|model|method|framework|approach|algorithm|architecture|system|agent|technique|strategy|scheme|module|pipeline),?\\s+namely)\\s+"
                    // The whole name up to its comma; one defined by an acronym ("namely Stepwise … (SSC-CoT)") is read as such.
                    + "(" + ProposalRule.MULTI_WORD_NAME + "(?:\\s[a-z]?\\d[\\w.]*)?)(?=\\s*[,.;]|$)");
    /** Words no lower-case name ends in or runs through: prepositions, conjunctions, participles. */
    private static final String NOT_IN_LOWER_NAME = "(?:in|by|for|with|to|of|on|at|from|as|than|and|or|[a-z]+ed)\\b";
    /** "we propose a novel prompting strategy, least-to-most prompting." — a kind called new, then its name in apposition. */
    private static final Pattern NEW_KIND_THEN_NAME = Pattern.compile(
            "(?i:\\b" + ProposalRule.AUTHORS_VERB + "s?\\s+(?:a|an)\\s+(?:simple\\s+(?:but|yet)\\s+effective\\s+)?(?:novel|new)\\s+"
                    + "(?:[\\w-]+\\s+){0,2}(?:strategy|method|technique|approach|algorithm|paradigm|objective|mechanism|scheme|framework|procedure|loss|hyperparameter)),\\s+"
                    // The name closes the apposition ("…, self-consistency, to …", "…, least-to-most prompting."); no word of it a
                    // preposition or a participle ("a novel approach, in contrast to …", "a new method, inspired by …").
                    + "(?!(?:namely|called|dubbed|termed|which|that|where|based|i\\.e)\\b)((?:(?!" + NOT_IN_LOWER_NAME + ")[a-z][a-z-]+)"
                    + "(?: (?!" + NOT_IN_LOWER_NAME + ")[a-z][a-z-]+){0,3})(?=\\s*[.;,])");
    /** "we integrate SALE … into TD3 to form the TD7 algorithm": what the authors' combining of parts into a whole forms. */
    private static final Pattern FORMED_NAMED = Pattern.compile(
            "(?i:\\b(?:integrat|combin|incorporat|merg|fus)\\w*\\s+[^.;]{1,120}?\\binto\\s+[^.;]{1,60}?\\s+(?:to\\s+form|forming)\\s+(?:the|a|an|our)\\s+(?:new\\s+|novel\\s+)?)(" + NameShapes.NAME
                    + ")\\s+(?i:algorithm|method|model|framework|agent|system|architecture|policy|approach)\\b");
    private static final Pattern LOWER_CASE_RESOURCE = Pattern.compile(
            "(?i:\\bwe\\s+(?:\\w+\\s+)?(?:introduce|propose|define|present|design|devise)(?:\\s+and\\s+(?:\\w+\\s+)?\\w+)?)\\s+"
                    + "(?!(?:a|an|the|this|our|two|three|new|novel)\\b)([a-z][a-z-]+(?:\\s[a-z][a-z-]+){0,2}),\\s+(?i:a|an)\\s+(?:(?i:new|novel|simple|principled)\\s+)?"
                    + "(?:[a-z][\\w-]*\\s+){0,2}?(?i:(metric|measure|benchmark|dataset|test\\s+set))\\b");
    /** "We present deita (short for Data-Efficient Instruction Tuning for Alignment), …": a name of any case the authors spell out. */
    private static final Pattern SPELLED_OUT_NAME = Pattern.compile(
            "(?i:\\bwe\\s+(?:\\w+\\s+)?" + ProposalRule.AUTHORS_VERB + "\\s+)([\\p{L}][\\p{L}\\p{N}-]{2,})\\s*\\((?i:short\\s+for|which\\s+stands\\s+for|standing\\s+for)\\s+([^()]{5,80})\\)");

    /** "which we refer to as algorithmic prompting." — a lower-case name, up to four words, ending the clause. */
    private static final Pattern LOWERCASE_NAMING = Pattern.compile(ProposalRule.NAMING_CUE + "(?!(?:for|on|upon|the|a|an|this|it|them|these|that|to|as|into)\\b)([a-z][a-z-]+(?: [a-z][a-z-]+){0,3})[\"'”]?(?=\\s*[.,;)])");
    /**
     * "our final method, MC-SMoE (…)", "our framework, X,", "the resulting model (X)", "The proposed method, VidMem, …": what
     * the authors' work yields, whether or not the sentence says "we".
     */
    private static final String OWN_ROLE = "(?i:\\b(?:our|the (?:resulting|(?<trained>proposed|final|trained|distilled|learned))) (?:[\\w-]+ )?"
            + "(?:method|framework|approach|model|algorithm|system|agent|pipeline|technique|architecture|(?<resource>benchmark|dataset)"
            + "|module|strategy|regulari[sz]er|scheme|mechanism|toolkit"
            // A role a known model may fill: "our planner, GPT-4o,", "our encoder, RoBERTa-large,".
            + "|(?<role>" + Cues.MODEL_ROLE_NOUNS + ")s?))";
    private static final Pattern OUR_METHOD = Pattern.compile(OWN_ROLE + ",?\\s+\\(?[\"'“]?(?<name>"
            // "The proposed method, Adaptive Token Merging, …": a name of several capitalised words, read whole — unless a
            // short form defined after it is the name ("our model, Preserve Your Own COrrelation (PYoCo)").
            + NameShapes.NAME + "(?:\\s" + NameShapes.NAME + "){1,3}(?=[\"'”]?\\s*[,.;:)]|\\s+(?-i:\\p{Ll}))|" + NameShapes.NAME
            // "the effectiveness of the proposed approach, cDPO.": a coined name that starts in lower case.
            + "|(?<lower>" + NameShapes.LOWER_COINED + "))");
    /** "Our method, X", "our approach, X": the authors' own method outright, no role it plays for them ("our baseline method"). */
    private static final Pattern OWN_METHOD_OUTRIGHT = Pattern.compile("(?i)our\\s+(?:(?:new|novel|proposed|final|overall)\\s+)?(?:method|approach|framework|algorithm|technique)\\b");
    /**
     * "Our method," opens the sentence or a clause after a comma ("In this paper, our method, …"): not "Unlike our method, DPO
     * …", "For our method, LoRA is applied …", where the name opens a clause of its own.
     */
    private static final Pattern OPENS_SENTENCE = Pattern.compile("(?:.*[,;:]\\s+)?");
    /** ", achieves …", ") outperforms …": the name closed off, then what it does — not "is applied / extended / adapted …" to it. */
    private static final Pattern CLOSED_NAME_THEN_VERB = Pattern.compile(
            "[\"'”]?(?:\\s*\\([^()]{1,80}\\))?\\s*(?:,|\\))\\s+(?!(?:is|are|was|were|has\\s+been)\\s+(?:applied|adapted|extended|replaced|used|run|modified|reimplemented)\\b)");
    /** The same role right before a defined long form: "Our resulting model, Aligned Language Model with … (ALMoST), …". */
    private static final Pattern OWN_ROLE_BEFORE = Pattern.compile(OWN_ROLE + "\\s*,\\s*$");
    /**
     * "Our models, OctoCoder and OctoGeeX, achieve …", "we introduce our first-generation reasoning models, Zeta-R1-Zero
     * and Zeta-R1.": the names set off after the plural.
     */
    private static final Pattern OUR_NAMED_MODELS = Pattern.compile(
            "(?i:\\bour (?:(?!(?:base|target|backbone|teacher|student|victim|reference|baseline|source|seed)\\b)[\\w-]+ ){0,3}(?:models|agents|systems|methods|variants)),\\s+("
                    + NameShapes.NAME + "(?:(?:,\\s+|,?\\s+and\\s+)" + NameShapes.NAME + ")+)\\s*(?:[,;]|\\.(?:\\s|$)|$)");
    /** "We introduce our …", "we release our …": the verb that governs "our". */
    private static final Pattern RELEASING_VERB_BEFORE = Pattern.compile("(?i)\\b(?:propose|introduce|present|release)[sd]?\\s+$");
    /** A word after "our" that names a role, not the authors' own thing: "our baselines", "our reproductions of …". */
    private static final String NOT_A_ROLE = "(?!(?i:baselines?|competitors?|counterparts?|implementations?|reproductions?)\\b)";
    private static final String NOT_A_ROLE_AFTER = "(?!\\s+(?i:baselines?|competitors?|counterparts?|implementations? of|reproductions? of)\\b)";
    /** "Our MCoT aims to …", "our ProcX model": a coined name the authors call theirs (not "our GPT-4 baseline"). */
    private static final Pattern OUR_NAME = Pattern.compile(
            // "In our new LLM-MCTS algorithm, …": said to be new, or proposed, it is still theirs.
            "(?i:\\bour(?:\\s+(?:new|novel|proposed))?)\\s+(" + NameShapes.NAME + "(?:\\s" + NOT_A_ROLE + NameShapes.NAME + "){0,2})" + NOT_A_ROLE_AFTER + "(?=[\\s,.;:)])");
    private static final Pattern RESOURCE_RIGHT_AFTER = Pattern.compile("(?i)\\s+(?:[\\w-]+\\s+)?(?:" + ResourceKinds.RESOURCE_NOUNS + ")s?\\b");

    /**
     * The name of what the authors' work yields: "our framework, X,", "The proposed method, X, …" — the sentence need not say "we";
     * or the short form defined right after the role ("Our resulting model, Aligned Language Model with Synthetic Training dataset
     * (ALMoST), outperforms …"), which the role says is a model, whatever word ends its long form.
     */
    static void ownMethodNamed(List<Mention> found, String sentence, List<AcronymDefinitions.Definition> definitions, Predicate<String> known) {
        Matcher ours = OUR_METHOD.matcher(sentence);
        while (ours.find()) {
            // "The proposed detector, YOLOv8, …", "our planner, GPT-4o, …": a known family's model in a role the authors give it is
            // one they use, where "our model, Orca-3" is their own release.
            String name = ours.group("name");
            boolean usedInRole = ours.group("trained") != null || ours.group("role") != null;
            if ((ours.group("lower") != null || NameShapes.isCapitalisedPhrase(name)) && !(usedInRole && Contributions.ofKnownFamily(name, known))) {
                // "Our method, TD-MPC, achieves …": the paper that made a method the field now knows names it as its own.
                boolean ownOutright = !usedInRole && OWN_METHOD_OUTRIGHT.matcher(ours.group()).lookingAt()
                        && OPENS_SENTENCE.matcher(sentence.substring(0, ours.start())).matches()
                        && CLOSED_NAME_THEN_VERB.matcher(sentence).region(ours.end("name"), sentence.length()).lookingAt();
                Contributions.add(found, sentence, name, List.of(), ours.start("name"), ProposalRule.RULE_VERB, 0.8, ownOutright ? n -> false : known);
            }
        }
        for (AcronymDefinitions.Definition d : definitions) {
            Matcher role = OWN_ROLE_BEFORE.matcher(sentence.substring(Math.max(0, d.start() - 50), d.start()));
            if (role.find() && !known.test(d.shortForm())) {
                String kind = role.group("resource") == null ? null : Cues.resourceKind(role.group("resource"));
                Contributions.addOfKind(found, sentence, d.shortForm(), List.of(d.longForm()), kind, ProposalRule.RULE_ACRONYM, 0.85, n -> false);
            }
        }
    }

    /** Where the authors speak: names they give in lower case, in capitals after their verb, or as "our X". */
    static void namesInOwnVoice(List<Mention> found, String sentence, String lowerCase, boolean namingWord, Predicate<String> known) {
        Matcher lowerResource = LOWER_CASE_RESOURCE.matcher(lowerCase.contains("we ") ? sentence : "");
        while (lowerResource.find()) {
            // "we introduce and empirically validate verifier gain, a metric that predicts …": a name in lower case the authors
            // make, said by the appositive to be a metric or a test.
            Contributions.addOfKind(found, sentence, lowerResource.group(1), List.of(), Cues.resourceKind(lowerResource.group(2).toLowerCase(Locale.ROOT)),
                    ProposalRule.RULE_VERB, 0.7, known);
        }
        Matcher lowercase = LOWERCASE_NAMING.matcher(namingWord ? sentence : "");
        while (lowercase.find()) {
            // "via a simple method called chain of thought prompting": a method named so is this paper's, however well known now.
            String before = sentence.substring(Math.max(0, lowercase.start() - 50), lowercase.start());
            if (PHENOMENON_BEFORE.matcher(before).find()) {
                // "a phenomenon we term post-saturation generalization": a finding named, not a method.
                continue;
            }
            // "We adopt a technique called low-rank adaptation" uses a known method; it does not name a new one.
            boolean method = KIND_BEFORE_NAMING.matcher(before).find() && !USE_VERB_BEFORE.matcher(before).find();
            if (TASK_BEFORE_NAMING.matcher(before).find()) {
                // "…, a setting we frame as targeted instruction tuning": a task, whatever data the sentence speaks of.
                Contributions.addTask(found, sentence, lowercase.group(1), known);
            } else {
                Contributions.add(found, sentence, lowercase.group(1), List.of(), lowercase.start(1), ProposalRule.RULE_NAMING, 0.7, method ? name -> false : known);
            }
        }
        Matcher newTask = NEW_TASK_NAMED.matcher(Cues.containsAny(lowerCase, "new ", "novel ") ? sentence : "");
        while (newTask.find()) {
            Contributions.addTask(found, sentence, newTask.group(1), known);
        }
        boolean proposing = sentence.indexOf('\\') >= 0 && ProposalRule.NAMING_VERB.matcher(sentence).find();
        Matcher emphasised = EMPHASISED_TERM.matcher(proposing ? sentence : "");
        while (emphasised.find()) {
            Contributions.add(found, sentence, emphasised.group(1), List.of(), emphasised.start(1), ProposalRule.RULE_VERB, 0.7, known);
        }
        Matcher titled = ARTICLE_THEN_TITLED.matcher(Cues.containsAny(lowerCase, "we ") ? sentence : "");
        while (titled.find()) {
            // "we introduce a Space-Time U-Net architecture that …": capitalised words right after the authors' verb and its
            // article name what they introduce — three words at least, or a coined word among them ("a Reward Model" is a kind),
            // and not a field's term in capitals ("a Deep Reinforcement Learning approach").
            String name = titled.group(1);
            String[] words = name.split("\\s+");
            if ((words.length >= 3 || java.util.Arrays.stream(words).anyMatch(NameShapes::isCoined)) && !endsInKnownTerm(words, known)) {
                Contributions.add(found, sentence, name, List.of(), titled.start(1), ProposalRule.RULE_VERB, 0.7, known);
            }
        }
        Matcher namely = KIND_NAMELY.matcher(lowerCase.contains("namely") ? sentence : "");
        while (namely.find()) {
            // "we introduce a 1-bit LLM variant, namely BitNet b1.58, in which …": the kind the authors introduce, then its name.
            Contributions.add(found, sentence, namely.group(1), List.of(), namely.start(1), ProposalRule.RULE_NAMING, 0.8, name -> false);
        }
        Matcher spelledOut = SPELLED_OUT_NAME.matcher(lowerCase.contains("for ") ? sentence : "");
        while (spelledOut.find()) {
            Contributions.add(found, sentence, spelledOut.group(1), List.of(spelledOut.group(2).strip()), spelledOut.start(1), spelledOut.end(), ProposalRule.RULE_NAMING, 0.85, name -> false);
        }
        Matcher formed = FORMED_NAMED.matcher(Cues.containsAny(lowerCase, " form ", " forming ") && lowerCase.contains(" into ") ? sentence : "");
        while (formed.find()) {
            if (NameShapes.isCoined(formed.group(1)) && !Contributions.ofKnownFamily(formed.group(1), known)) {
                Contributions.add(found, sentence, formed.group(1), List.of(), formed.start(1), ProposalRule.RULE_VERB, 0.75, known);
            }
        }
        Matcher newKindNamed = NEW_KIND_THEN_NAME.matcher(Cues.containsAny(lowerCase, " novel ", " new ") ? sentence : "");
        while (newKindNamed.find()) {
            // "we propose a new decoding strategy, self-consistency, to replace …": called new by its authors, it is theirs,
            // in lower case and however well known it became.
            Contributions.add(found, sentence, newKindNamed.group(1), List.of(), newKindNamed.start(1), ProposalRule.RULE_NAMING, 0.75, name -> false);
        }
        Matcher ourModels = OUR_NAMED_MODELS.matcher(lowerCase.contains("our") ? sentence : "");
        while (ourModels.find()) {
            int at = ourModels.start(1);
            // "We introduce our first-generation reasoning models, DeepSeek-R1-Zero and …": named as the authors' release, a
            // known family's new model is theirs; otherwise "our models, Llama-3-8B and …" are the known models they tuned.
            boolean released = RELEASING_VERB_BEFORE.matcher(sentence.substring(0, ourModels.start())).find();
            for (String name : Cues.AND_LIST_SPLIT.split(ourModels.group(1))) {
                if (NameShapes.isCoined(name) && (released ? !known.test(name) : !Contributions.ofKnownFamily(name, known))) {
                    Contributions.add(found, sentence, name, List.of(), sentence.indexOf(name, at), ProposalRule.RULE_VERB, 0.8, known);
                }
            }
        }
        Matcher ourName = OUR_NAME.matcher(sentence);
        while (ourName.find()) {
            String name = ourName.group(1);
            String first = name.split(" ")[0];
            // "our Self-Taught Evaluator can …": the capitalised words after a coined one belong to its name.
            if (!NameShapes.isCapitalisedPhrase(name)) {
                name = first;
            }
            if (NameShapes.isCoined(first) && !first.matches("[A-Z]{1,2}")) {
                // "Experiments across various datasets demonstrate the superiority of our AnyTool": a resource only when its
                // name or the noun right after it says so ("our X benchmark"), not a noun further off.
                if (Cues.RESOURCE_NAME_ENDING.matcher(name).find() || RESOURCE_RIGHT_AFTER.matcher(sentence).region(ourName.start(1) + name.length(), sentence.length()).lookingAt()) {
                    Contributions.add(found, sentence, name, List.of(), ourName.start(1), ProposalRule.RULE_VERB, 0.7, known);
                } else {
                    Contributions.addTask(found, sentence, name, known);
                }
            }
        }
    }

    /** "Deep Reinforcement Learning": its last two words or more are a term the vocabulary knows. */
    private static boolean endsInKnownTerm(String[] words, Predicate<String> known) {
        for (int from = 0; from <= words.length - 2; from++) {
            if (known.test(String.join(" ", java.util.Arrays.copyOfRange(words, from, words.length)))) {
                return true;
            }
        }
        return false;
    }
}
