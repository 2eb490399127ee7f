package io.papergraph.extraction;

import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Contributions said in the passive voice, where no "we" speaks: "A new router network, Attention Router, is proposed",
 * "a novel agent framework is proposed as REMEMBERER", "To this end, GradSplice is proposed to …". Only the present tense: "X was
 * proposed" tells the field's history more often than the paper's contribution. And "the proposed X", which the abstract
 * uses for its own.
 */
final class PassiveProposalRule {

    static final String RULE = "passive-proposal";

    private PassiveProposalRule() {
    }

    /** Verbs of making (not "designed", which also says what a thing is built like: "designed as Conformer", "designed to mirror"). */
    private static final String MADE = "(?:proposed|introduced|presented|developed|devised)";
    private static final String KIND = "(?:framework|method|approach|model|algorithm|system|architecture|technique|agent|network|module"
            + "|mechanism|strategy|scheme|paradigm|pipeline|loss|objective|metric|benchmark|dataset|router|layer|optimizer|policy"
            + "|encoder|decoder|tool|library)";
    /** A name of up to four capitalised words ("Attention Router", "GSM1k"). */
    private static final String NAME = "(" + NameShapes.NAME + "(?:\\s" + NameShapes.NAME + "){0,3})";

    /** "A new router network, Attention Router, is proposed": a kind said to be new, its name in apposition. */
    private static final Pattern NEW_KIND_NAMED = Pattern.compile("(?i:\\b(?:a|an)\\s+(?:[\\w-]+\\s+){0,3}?(?:new|novel)\\s+(?:[\\w-]+\\s+){0,3}?"
            + KIND + "),\\s+" + NAME + ",\\s+(?:is|are)\\s+(?:\\w+\\s+)?(?:" + MADE + "|designed)\\b");
    /**
     * "a novel agent framework is proposed as REMEMBERER", "… is introduced, called X" (not "designed as": "The acoustic
     * model is designed as Conformer" says what it is built like).
     */
    private static final Pattern KIND_MADE_AS = Pattern.compile("(?i:\\b" + KIND + "\\s+(?:is|are)\\s+(?:\\w+\\s+)?" + MADE
            + "\\s*,?\\s+(?:as|called|named|dubbed|termed)\\s+)" + NAME);
    /**
     * "To this end, GradSplice is proposed to …": a coined name that opens the sentence, or follows a connective of the
     * paper's own argument, made here — not "Recently, GraphMAE is proposed to …" or "In [12], NodeSketch is introduced"
     * (the field's work), nor "LightGCN is introduced as the backbone" (a tool put in place), nor what others made ("by",
     * "in"). Not "designed": "GSM1k is designed to mirror GSM8k" says what a thing is like, whoever made it.
     */
    private static final Pattern NAME_MADE = Pattern.compile("(?:^|\\b(?i:to\\s+this\\s+end|then|thus|hence|therefore|accordingly|specifically"
            + "|in\\s+this\\s+(?:paper|work|study)|finally|first(?:ly)?|second(?:ly)?),?\\s+)"
            + NAME + "\\s+(?:is|are)\\s+(?:(?i:then|further|also|thus|hence|therefore|first)\\s+)?" + MADE + "\\b"
            + "(?!\\s+(?:by|in|as)\\s)");

    /** "the proposed CoT-decoding substantially outperforms …", "the proposed DELI": the abstract's proposal, said so without a "we". */
    private static final Pattern THE_PROPOSED = Pattern.compile("\\b(?i:the)\\s+(?:newly\\s+)?proposed\\s+(" + NameShapes.NAME + ")(?=[\\s,.;:)])");

    static void apply(List<Mention> found, String sentence, Predicate<String> known) {
        Matcher theProposed = THE_PROPOSED.matcher(sentence.contains("proposed") ? sentence : "");
        while (theProposed.find()) {
            if (NameShapes.isCoined(theProposed.group(1))) {
                // What it is, its name says ("the proposed FooBench") — not the datasets the sentence evaluates it on.
                Matcher ending = Cues.RESOURCE_NAME_ENDING.matcher(theProposed.group(1));
                Contributions.addOfKind(found, sentence, theProposed.group(1), List.of(), ending.find() ? Cues.resourceKindOfEnding(ending.group(1)) : null,
                        RULE, 0.75, known);
            }
        }
        if (!sentence.contains(" is ") && !sentence.contains(" are ")) {
            return;
        }
        for (Pattern passive : List.of(NEW_KIND_NAMED, KIND_MADE_AS)) {
            Matcher m = passive.matcher(sentence);
            while (m.find()) {
                if (NameShapes.isCapitalisedPhrase(m.group(1))) {
                    Contributions.add(found, sentence, m.group(1), List.of(), m.start(1), RULE, 0.75, known);
                }
            }
        }
        Matcher made = NAME_MADE.matcher(sentence);
        while (made.find()) {
            if (NameShapes.isCoined(made.group(1))) {
                Contributions.add(found, sentence, made.group(1), List.of(), made.start(1), RULE, 0.75, known);
            }
        }
    }
}
