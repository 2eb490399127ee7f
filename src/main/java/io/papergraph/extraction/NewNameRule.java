package io.papergraph.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names a sentence gives as new, with or without a "we": resources defined as new ("a new metric, X"), new parts listed
 * by name, counted parts then named ("two modules: A and B"), models trained and listed, and what the paper's own method
 * puts forward or results in.
 */
final class NewNameRule {

    private NewNameRule() {
    }

    /** "The resulting models, TagLM, outperform …": what the authors' procedure yields, named in apposition. */
    private static final Pattern RESULTING_NAMED = Pattern.compile(
            "(?i:\\b(?:the|our)\\s+resulting\\s+(?:[\\w-]+\\s+){0,2}?(?:models?|methods?|systems?|agents?|datasets?|framework|polic(?:y|ies)|family)"
                    + "\\s*,?\\s+(?:(?:called|named|dubbed|termed)\\s+)?)(" + NameShapes.NAME + ")(?=\\s*[,.;(])");
    /** The kinds of part a paper may call new and name right after: "new activation functions SwooshR and SwooshL". */
    private static final String NEW_PART_KINDS = "functions?|layers?|loss(?:es)?|optimi[sz]ers?|modules?|operators?|activations?|mechanisms?"
            + "|blocks?|methods?|algorithms?|strategies|strategy|techniques?|objectives?|formats?|encodings?|architectures?";
    private static final String NEW_PART_KIND = "(?:" + NEW_PART_KINDS + ")";
    /** "we have developed two …", "we propose two …": the authors making things they are about to count. */
    private static final String MAKING_GERUNDS = "developing|designing|proposing|introducing|presenting|devising|creating|constructing";
    private static final String COUNT_MADE = "(?:\\bwe\\s+(?:have\\s+|also\\s+|further\\s+)?(?:develop|design|propose|introduce|present|devise|create|construct)(?:s|d|ed)?"
            // "… by introducing two variants, namely X and Y": the authors' gerund in their own sentence.
            + "|\\b(?:" + MAKING_GERUNDS + "))\\s+";
    private static final String ITEM_WITH_KIND = ProposalRule.CAPITALISED_WORD + "(?:\\s*\\([^()]{1,30}\\))?";
    private static final Pattern COUNTED_BETWEEN_DASHES = Pattern.compile("(?i:" + COUNT_MADE + "(?:two|three|four)\\s+(?:new\\s+|novel\\s+)?(?:[a-z][\\w-]*\\s+){0,2}?"
            + "(?:" + NEW_PART_KINDS + "|models|variants))\\s*(?:\\s-|—|–)\\s*(" + ITEM_WITH_KIND + "(?:(?:\\s*,\\s*(?:and\\s+)?|\\s+and\\s+)" + ITEM_WITH_KIND
            + ")+)\\s*(?:-\\s|—|–|[.;]|$)");
    private static final Pattern PARENTHETICAL = Pattern.compile("\\s*\\([^()]*\\)");
    private static final Pattern COUNT_MADE_PATTERN = Pattern.compile("(?i:" + COUNT_MADE + ")");
    private static final Pattern NEW_KIND_NAMES_LISTED = Pattern.compile(
            "(?i:\\b(?:new|novel)\\s+(?:[a-z][\\w-]*\\s+){0,2}?" + NEW_PART_KIND + ",?|"
                    // "we have developed two metrics, WB-Reward and WB-Score, which …", "by introducing two benchmarks, TaskAnything and
                    // JudgeAnything, to …": a count of things the authors made.
                    + COUNT_MADE + "(?:two|three|four|five|several)\\s+"
                    + "(?:new\\s+|novel\\s+)?(?:[a-z][\\w-]*\\s+){0,2}?(?:" + NEW_PART_KINDS + "|metrics?|variants?|models?|benchmarks?|datasets?|environments?)\\s*,(?:\\s+namely)?)\\s+(" + ProposalRule.CAPITALISED_WORD
                    + "(?:(?:\\s*,\\s*(?:and\\s+)?|\\s+and\\s+)" + ProposalRule.CAPITALISED_WORD + ")*)(?=\\s*[,.;:(]|\\s+(?:that|which|to|for|in|with|is|are|work|works|can)\\b)");
    /** "Recent studies propose …", "Prior work introduces …": the sentence speaks of others' work. */
    private static final Pattern PRIOR_WORK_SUBJECT = Pattern.compile(
            "(?i)^(?:[A-Z][a-z]+,\\s+)?(?:recent|prior|previous|existing|other|earlier)\\s+(?:[\\w-]+\\s+){0,2}?(?:work|works|studies|research|methods|approaches|papers)\\b");
    /** "S-LoRA proposes Unified Paging": the paper's own contribution, named earlier, puts forward a part. */
    private static final Pattern NAME_PUTS_FORWARD = Pattern.compile("(" + NameShapes.NAME + ")\\s+(?:also\\s+|further\\s+|then\\s+)?(?:proposes|introduces|develops)\\s+"
            + "(?:(?:a|an|the)\\s+)?(?:(?:new|novel)\\s+)?(" + ProposalRule.MULTI_WORD_NAME + ")(?=\\s*[,.;:]|\\s+(?:that|which|to|for|in|with|as)\\b)");
    private static final Pattern NEW_RESOURCE_DEFINED = Pattern.compile(
            "(?i)\\b(?:a|an)\\s+(?:novel|new)\\s+(?:metric|measure|benchmark|dataset|corpus)\\s*,\\s+(?:the\\s+|called\\s+|named\\s+)?$");

    /**
     * "Zhang et al. proposed a novel …", "Previously, …", "SAM-2 adopts a novel …", "Our previous work …": the sentence
     * tells of work other than this paper's.
     */
    private static final Pattern OTHERS_WORK_BEFORE = Pattern.compile(
            "(?i)\\bet\\s+al\\b|\\b(?:previous(?:ly)?|prior|recent(?:ly)?|earlier|existing|original(?:ly)?)\\b"
                    + "|(?-i:(?!(?:The|This|These|Our|Its|Their|A|An|In|We|Here)\\b)\\p{Lu}[\\p{L}\\p{N}-]*)\\s+(?:\\w+\\s+)?(?:introduced|proposed|presented|developed|designed|adopts|adopted|uses|used|employs|employed|relies|relied)\\b");
    /** "a novel ", "our new " right before a defined long form. */
    private static final Pattern NOVEL_RIGHT_BEFORE = Pattern.compile("(?i)\\b(?:a|an|our)\\s+(?:new|novel)\\s+$");
    /** " method, which", " module", "." — the kind of method the defined name is, or the end of its phrase. */
    private static final Pattern METHOD_KIND_AFTER = Pattern.compile(
            "(?i)\\s*(?:[,.;]|$|\\s(?:method|module|framework|approach|algorithm|technique|mechanism|strategy|architecture|layer|block|loss|objective|paradigm)s?\\b)");

    /** Every name the sentence gives as new, into {@code found}. */
    static void namesCalledNew(List<Mention> found, String sentence, String lowerCase, boolean firstPerson,
                               List<AcronymDefinitions.Definition> definitions, Predicate<String> known, java.util.Collection<String> ownNames) {
        for (AcronymDefinitions.Definition d : definitions) {
            // "PEP employs a new metric, the task-conditioned expected selection score (TCESS), …": a resource said to
            // be new and defined on the spot is the paper's, with or without a "we".
            if (NEW_RESOURCE_DEFINED.matcher(sentence.substring(Math.max(0, d.start() - 40), d.start())).find()) {
                Contributions.add(found, sentence, d.shortForm(), List.of(d.longForm()), d.start(), d.end(), ProposalRule.RULE_ACRONYM, 0.8, name -> false);
            }
            // "At its core is a novel Motion-Adaptive Spline (MAS) method, which …": a named method called novel where it is
            // defined is the paper's, whoever the sentence's subject — unless the field already knows it.
            if (d.capitalised() && !OTHERS_WORK_BEFORE.matcher(sentence.substring(0, d.start())).find() && NOVEL_RIGHT_BEFORE.matcher(sentence.substring(Math.max(0, d.start() - 20), d.start())).find()
                    && METHOD_KIND_AFTER.matcher(sentence).region(d.end(), sentence.length()).lookingAt()) {
                Contributions.add(found, sentence, d.shortForm(), List.of(d.longForm()), d.start(), d.end(), ProposalRule.RULE_ACRONYM, 0.8, known);
            }
        }
        // "new activation functions SwooshR and SwooshL work better than Swish": parts called new and named, each one — where the
        // authors or their contribution speak, not prior work ("Recent studies propose new optimizers …") nor rivals ("We compare
        // against new architectures …").
        boolean ownVoice = (firstPerson || !ownNames.isEmpty()) && !PRIOR_WORK_SUBJECT.matcher(sentence).lookingAt();
        Matcher newKindsListed = NEW_KIND_NAMES_LISTED.matcher(ownVoice && Cues.containsAny(lowerCase, "novel ", "new ", "we ", "ing two ", "ing three ") ? sentence : "");
        List<int[]> comparisons = newKindsListed.find() ? ComparisonRule.windows(sentence) : List.of();
        newKindsListed.reset();
        while (newKindsListed.find()) {
            // "This paper extends MLLM-as-a-Judge … by introducing two benchmarks, A and B, …": a count the authors make opens its
            // own clause, whatever rival a cue before it names.
            int listAt = newKindsListed.start();
            List<int[]> rivals = COUNT_MADE_PATTERN.matcher(newKindsListed.group()).lookingAt()
                    ? comparisons.stream().filter(w -> w[0] > listAt).toList() : comparisons;
            if (ComparisonRule.comparedAt(sentence, rivals, newKindsListed.start(1)) || madeByOthers(sentence, newKindsListed)) {
                continue;
            }
            for (String name : Cues.AND_LIST_SPLIT.split(newKindsListed.group(1))) {
                if (NameShapes.isCoined(name)) {
                    Contributions.add(found, sentence, name, List.of(), sentence.indexOf(name, newKindsListed.start(1)), ProposalRule.RULE_NAMING, 0.75, known);
                }
            }
        }
        Matcher dashed = COUNTED_BETWEEN_DASHES.matcher(ownVoice && sentence.indexOf(" - ") + sentence.indexOf('—') > -2 ? sentence : "");
        while (dashed.find()) {
            // "we develop two novel algorithms - TD3-AWR (model-free) and MoBRAC (model-based) - which …": set off by dashes, each
            // name with what kind it is in parentheses.
            for (String item : Cues.AND_LIST_SPLIT.split(dashed.group(1))) {
                String name = PARENTHETICAL.matcher(item).replaceAll("").strip();
                if (NameShapes.isCoined(name)) {
                    Contributions.add(found, sentence, name, List.of(), sentence.indexOf(name, dashed.start(1)), ProposalRule.RULE_NAMING, 0.75, known);
                }
            }
        }
        countedThenNamed(found, sentence, known);
        trainedModelsIncluding(found, sentence, known);
        Matcher ownPuts = NAME_PUTS_FORWARD.matcher(!ownNames.isEmpty() && Cues.containsAny(lowerCase, "proposes", "introduces", "develops") ? sentence : "");
        while (ownPuts.find()) {
            if (ownNames.contains(ownPuts.group(1)) && NameShapes.isCapitalisedPhrase(ownPuts.group(2))) {
                Contributions.add(found, sentence, ownPuts.group(2), List.of(), ownPuts.start(2), ProposalRule.RULE_VERB, 0.75, known);
            }
        }
        Matcher resultNamed = RESULTING_NAMED.matcher(lowerCase.contains("resulting") ? sentence : "");
        while (resultNamed.find()) {
            if (!Contributions.ofKnownFamily(resultNamed.group(1), known)) {
                Contributions.add(found, sentence, resultNamed.group(1), List.of(), resultNamed.start(1), ProposalRule.RULE_NAMING, 0.75, known);
            }
        }
    }

    /** "we train various models to demonstrate its effectiveness, including …": models the authors train, given by name. */
    private static final Pattern TRAINED_MODELS_INCLUDING = Pattern.compile(
            "(?i:\\bwe\\s+(?:also\\s+)?(?:train|build|develop|release)\\s+(?:[\\w-]+\\s+){0,3}?models\\b[^.;:]{0,60}?,?\\s+including\\s+)([^.;:]{3,200})");
    /** A listed model: a few words of kind, then its name ("the reward model UltraRM", "chat language model UltraLM-13B-PPO"). */
    private static final Pattern KIND_THEN_NAME = Pattern.compile("^(?:(?i:the|a|an|our)\\s+)?(?:[a-z][\\w-]*\\s+){0,3}(" + NameShapes.NAME + ")$");

    /** Each listed model named by a coined name of no known family; the list ends at the first item that is no such name. */
    private static void trainedModelsIncluding(List<Mention> found, String sentence, Predicate<String> known) {
        Matcher trained = TRAINED_MODELS_INCLUDING.matcher(Cues.containsAny(sentence, "including") ? sentence : "");
        if (!trained.find()) {
            return;
        }
        int at = trained.start(1);
        for (String item : Cues.AND_LIST_SPLIT.split(trained.group(1))) {
            Matcher named = KIND_THEN_NAME.matcher(item.strip());
            if (!named.matches() || !NameShapes.isCoined(named.group(1)) || Contributions.ofKnownFamily(named.group(1), known)) {
                break;
            }
            at = sentence.indexOf(named.group(1), at);
            Contributions.add(found, sentence, named.group(1), List.of(), at, ProposalRule.RULE_VERB, 0.7, known);
        }
    }

    private static final Pattern MAKING_GERUND = Pattern.compile("(?i)(?:" + MAKING_GERUNDS + ")\\b");

    /**
     * A count opened by a gerund ("by introducing two variants, namely …") is the authors' only in their own sentence: "we"
     * before it, and no one else's work cited ("Smith et al. improved RAG by introducing two modules, namely …").
     */
    private static boolean madeByOthers(String sentence, Matcher counted) {
        if (!MAKING_GERUND.matcher(counted.group()).lookingAt()) {
            return false;
        }
        // "We follow MMBench, which improved evaluation by introducing two benchmarks, …": a relative clause after the authors
        // speak of another's work.
        Matcher speaker = Cues.FIRST_PERSON.matcher(sentence).region(0, counted.start());
        int spokeAt = -1;
        while (speaker.find()) {
            spokeAt = speaker.end();
        }
        return spokeAt < 0 || sentence.contains("et al")
                || RELATIVE_CLAUSE.matcher(sentence).region(spokeAt, counted.start()).find();
    }

    private static final Pattern RELATIVE_CLAUSE = Pattern.compile(",\\s+(?:which|that|who|whose)\\b");

    private static final java.util.Map<String, Integer> COUNT_WORDS = java.util.Map.of("two", 2, "three", 3, "four", 4);
    /** "we propose two extensions of DiffRec: …": a count of things the authors made, then a colon. */
    private static final Pattern COUNTED_THEN_COLON = Pattern.compile(
            "(?i:" + COUNT_MADE + "(two|three|four)\\s+(?:new\\s+|novel\\s+)?"
                    + "(?:[a-z][\\w-]*\\s+){0,2}?(?:extensions|variants|versions|methods|models|algorithms|strategies|techniques|modules)"
                    + "(?:\\s+of\\s+[\\p{L}\\p{N}-]+)?)\\s*:\\s*");
    /** A name that opens one of the clauses after the colon: at its start, or after ";", "," or "and". */
    private static final Pattern CLAUSE_OPENING_NAME = Pattern.compile("(?:^|[;,]\\s*(?:and\\s+)?|\\sand\\s+)(" + NameShapes.NAME + ")");

    /**
     * "we propose two extensions of DiffRec: L-DiffRec clusters items …; and T-DiffRec reweights …": the coined names that open
     * the clauses after the colon, when there are as many as the authors counted.
     */
    private static void countedThenNamed(List<Mention> found, String sentence, Predicate<String> known) {
        Matcher counted = COUNTED_THEN_COLON.matcher(sentence.indexOf(':') < 0 ? "" : sentence);
        if (!counted.find() || madeByOthers(sentence, counted)) {
            return;
        }
        List<Integer> starts = new ArrayList<>();
        List<String> names = new ArrayList<>();
        Matcher name = CLAUSE_OPENING_NAME.matcher(sentence).region(counted.end(), sentence.length());
        while (name.find()) {
            if (NameShapes.isCoined(name.group(1)) && !names.contains(name.group(1))) {
                names.add(name.group(1));
                starts.add(name.start(1));
            }
        }
        if (names.size() == COUNT_WORDS.get(counted.group(1).toLowerCase(Locale.ROOT))) {
            for (int i = 0; i < names.size(); i++) {
                Contributions.add(found, sentence, names.get(i), List.of(), starts.get(i), ProposalRule.RULE_VERB, 0.75, known);
            }
        }
    }
}
