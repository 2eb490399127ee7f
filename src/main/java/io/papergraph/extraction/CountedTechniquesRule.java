package io.papergraph.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "We introduce two complementary algorithms: historical exploration, which …, and batch exploration, which …", "we propose
 * several memory design optimizations including session decomposition for …, fact-augmented key expansion for …, and …": the
 * authors count the techniques they make, then name each in lower case. The count is the check: only a list of as many
 * phrases as the authors announce is read ("several": two or more), so a clause after the colon ("three strategies: (1) We
 * instruct the examiner …") or a list of another kind never passes for names.
 */
final class CountedTechniquesRule {

    static final String RULE = "counted-techniques";

    private static final Map<String, Integer> COUNTS = Map.of("two", 2, "three", 3, "four", 4, "five", 5, "several", 0);
    /**
     * The kinds of technique, plural as a count writes them. Not "approaches" or "paradigms": what a survey or a study sets side
     * by side ("We present four paradigms: naive retrieval augmentation, …", "two approaches for this task: extractive
     * summarization and …").
     */
    private static final String KINDS = "(?:techniques|methods|algorithms|strategies|schemes|patterns|ideas|mechanisms|variants"
            + "|innovations|designs|objectives|losses|heuristics|optimi[sz]ations|operations|tricks|modifications|extensions|procedures)";
    /**
     * The authors (or their method) making a counted number of techniques, the list after a colon, a comma, "including" or
     * "namely" — what they make, not what they explore or use ("We explore three methods: zero-shot prompting, …").
     */
    private static final Pattern COUNTED_MAKING = Pattern.compile(
            "\\b(?:[Ww]e|[Oo]ur\\s+(?:\\w+\\s+){0,2}(?:approach|method|framework|model|system|pipeline|agent|algorithm))\\s+"
                    + "(?:also\\s+|further\\s+|then\\s+|additionally\\s+)?(?:propose|introduce|present|design|devise|develop|highlight)s?\\s+"
                    // Not "three types of attack strategies" (categories of the field's), nor "three simple baseline methods".
                    // Nor "three failure mechanisms", what goes wrong.
                    + "(two|three|four|five|several)\\s+(?!(?:types|kinds|categories|classes|families)\\b)(?:(?!(?:baseline|failure|error)s?\\b)[\\w-]+,?\\s+(?:yet\\s+)?){0,4}?" + KINDS
                    // ", including" before ",": the comma alone would leave "including" on the first item.
                    + "(?:\\s+(?:for|to)\\s+[^:,]{1,60}?)?\\s*(?:,?\\s+including|,?\\s+namely|:|,)\\s*");
    /** A word of a phrase in lower case, or an abbreviation in it: "LLM" of "weak LLM prompting". */
    private static final String WORD = "(?:[a-z][a-z0-9-]*|\\p{Lu}{2,5}s?)";
    /** What a phrase is followed by before the next one: a relative clause, a purpose, a participle or a parenthesis. */
    private static final String CLAUSE = "(?:,?\\s+(?:which|where|that|wherein)\\b[^,;]*|\\s+(?:for|to)\\s+[^,;]*|,\\s+[a-z]+ing\\b[^,;]*|\\s*\\([^()]*\\))?";
    /** What separates two phrases of the list. */
    private static final String SEPARATOR = ",\\s*(?:and\\s+)?|;\\s*(?:and\\s+)?|\\s+and\\s+";
    /**
     * One listed phrase in lower case, its list mark and article left out: "(i) sensitivity-based non-uniform quantization",
     * "weak LLM prompting" (an abbreviation inside, the phrase opening in lower case: not "ORM initialization"); it ends where
     * its clause, then the next phrase or the sentence, begins.
     */
    private static final Pattern ITEM = Pattern.compile(
            "(?:" + Cues.LIST_MARK + "\\s*)?(?:the\\s+|an?\\s+)?((?=[a-z])" + WORD + "(?:\\s" + WORD + "){1,3}?)"
                    + "(?=" + CLAUSE + "(?:" + SEPARATOR + "|\\s*[.;]|\\s*$))");
    private static final Pattern ITEM_CLAUSE = Pattern.compile(CLAUSE);
    private static final Pattern ITEM_SEPARATOR = Pattern.compile(SEPARATOR);
    /**
     * Words that join or end a clause, never inside a technique's name ("both designed to …", "as well as"); with them, "…, and
     * compare them", "…, and release an open-source implementation" are clauses, not names.
     */
    private static final Pattern CLAUSE_WORD = Pattern.compile(
            "\\b(?:and|or|which|where|that|to|for|in|by|with|on|via|is|are|the|an?|of|as|from|at|into|while|using|both|them|it|its|our|their|this|these)\\b");
    /**
     * "feed-forward approaches", "a small model", "a causal variant": a phrase that ends in a kind of technique or of model is a
     * kind or a size, not a technique named.
     */
    private static final Pattern KIND_LAST = Pattern.compile("\\s(?:" + KINDS + "|(?:approach|method|model|variant|version|baseline|module|component)s?)$");

    private CountedTechniquesRule() {
    }

    static List<Mention> apply(String sentence, Predicate<String> known) {
        Matcher counted = COUNTED_MAKING.matcher(sentence);
        if (!counted.find()) {
            return List.of();
        }
        int count = COUNTS.get(counted.group(1));
        List<String> names = listed(sentence.substring(counted.end()), count == 0 ? 6 : count);
        if (count == 0 ? names.size() < 2 : names.size() != count) {
            return List.of();
        }
        // "two prompting strategies: zero-shot prompting and few-shot prompting": a list that holds a technique the vocabulary
        // knows lists the field's techniques, the unknown ones too.
        if (names.stream().anyMatch(known)) {
            return List.of();
        }
        List<Mention> found = new ArrayList<>();
        for (String name : names) {
            found.add(new Mention(Relation.PROPOSES, EntityKind.METHOD, name, List.of(), sentence, RULE, 0.65, null));
        }
        return found;
    }

    /** The phrases of the list, at most {@code most}; none when a phrase holds a clause's word or names a kind. */
    private static List<String> listed(String rest, int most) {
        List<String> names = new ArrayList<>();
        String text = rest;
        while (names.size() < most) {
            Matcher item = ITEM.matcher(text);
            if (!item.lookingAt()) {
                break;
            }
            String name = item.group(1);
            if (CLAUSE_WORD.matcher(name).find() || KIND_LAST.matcher(name).find()) {
                return List.of();
            }
            names.add(name);
            Matcher clause = ITEM_CLAUSE.matcher(text).region(item.end(), text.length());
            int at = clause.lookingAt() ? clause.end() : item.end();
            Matcher separator = ITEM_SEPARATOR.matcher(text).region(at, text.length());
            if (!separator.lookingAt()) {
                break;
            }
            text = text.substring(separator.end());
        }
        return names;
    }
}
