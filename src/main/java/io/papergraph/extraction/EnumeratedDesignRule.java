package io.papergraph.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The named parts of a design the abstract counts out: "We propose three optimization techniques, namely (1) Dynamic
 * gating, (2) Expert Buffering, and (3) Expert load balancing", "Our algorithm works in two steps: i) Localization: …",
 * "MoA supports two variants: (i) Soft MoA …; (ii) Sparse MoA …" — the list may run on into the next sentences
 * ("(2) Expert management: It predicts …"). {@link EnumeratedContributionRule} reads the lists a contribution verb opens
 * within one sentence; this one reads a count of designs, wherever the list it opens ends.
 */
final class EnumeratedDesignRule {

    static final String RULE = "enumerated-design";

    private EnumeratedDesignRule() {
    }

    /**
     * A count of designs, then the list: the nouns say the items are parts of a method ("techniques", "steps", "variants"),
     * not problems, findings or questions ("two critical limitations: 1) …", "we find that (i) …"), nor the settings it is
     * used in ("two scenarios: 1) Verification: …").
     */
    private static final Pattern COUNTED_DESIGNS = Pattern.compile("(?i)\\b(two|three|four|five|six|several|following|key|main|novel|new)\\s+"
            + "(?:[\\w-]+\\s+){0,3}?(?:techniques|methods|approaches|variants|steps|stages|components|strategies|designs|modules|schemes|phases"
            + "|innovations|mechanisms|versions|algorithms|objectives|losses)\\b[^:.;]{0,60}?(?::|\\bnamely\\b|\\bincluding\\b:?)\\s*"
            + "(?=" + Cues.LIST_MARK + ")");
    /** Where a later sentence carries the list on: it opens with the next mark. */
    private static final Pattern LIST_CONTINUES = Pattern.compile("^\\(?\\s*(?:[2-9]|i{2,3}|iv|v|[b-e])\\s*\\)");
    /** A mark and the words after it, up to what ends an item's name. */
    private static final Pattern ITEM = Pattern.compile("(?<![\\p{L}\\d])" + Cues.LIST_MARK + "\\s+([^,;:(.]{1,80})([,;:(.]|$)");
    private static final Pattern WORD = Pattern.compile("\\S+");
    private static final java.util.Map<String, Integer> COUNT = java.util.Map.of("two", 2, "three", 3, "four", 4, "five", 5, "six", 6);

    /**
     * @param ownNames the paper's names for its contributions: the count is the authors' when they speak ("We propose three
     *                 techniques", "Our algorithm works in two steps") or their method is its subject ("MoA supports two
     *                 variants"), not in a passive that may describe anyone's ("three core designs are proposed")
     */
    static List<Mention> apply(List<String> sentences, java.util.Collection<String> ownNames, Predicate<String> known) {
        List<Mention> found = new ArrayList<>();
        // How many items the list still holds: its count, where the abstract gives one ("two steps").
        int left = 0;
        for (String sentence : sentences) {
            Matcher counted = COUNTED_DESIGNS.matcher(sentence.indexOf(')') < 0 ? "" : sentence);
            int from;
            if (counted.find() && (Cues.FIRST_PERSON.matcher(sentence).region(0, counted.start()).find() || ProposalRule.ledByOwnName(sentence, ownNames))) {
                from = counted.end();
                left = COUNT.getOrDefault(counted.group(1).toLowerCase(java.util.Locale.ROOT), Integer.MAX_VALUE);
            } else if (left > 0 && LIST_CONTINUES.matcher(sentence).lookingAt()) {
                from = 0;
            } else {
                left = 0;
                continue;
            }
            Matcher item = ITEM.matcher(sentence).region(from, sentence.length());
            while (left > 0 && item.find()) {
                left--;
                String name = itemName(item.group(1), !item.group(2).isEmpty());
                if (name != null) {
                    // A part of the method, unless the item itself says it is data ("(1) HarmQA data collection: …").
                    String kind = ResourceKinds.RESOURCE_NOUN.matcher(item.group(1)).find() ? ResourceKinds.resourceKind(item.group(1), 0, name.length()) : null;
                    Contributions.addOfKind(found, sentence, name, List.of(), kind, RULE, 0.7, known);
                }
            }
        }
        return found;
    }

    /**
     * The name an item opens with: its capitalised or coined words ("Soft MoA" of "Soft MoA achieves …"), or a capitalised
     * phrase in lower case that the punctuation ends ("Dynamic gating,", "Expert-wise bitwidth adaptation:", "… and (3) Expert
     * caching."); null when the
     * item opens with no name ("(2) we train …", "(1) How to …").
     */
    static String itemName(String item, boolean endsAtMark) {
        List<String> words = WORD.matcher(item.strip()).results().map(m -> m.group()).toList();
        if (words.isEmpty() || NameShapes.isSentenceWord(words.get(0)) || QUESTION_OR_PRONOUN.contains(words.get(0))
                || !(Character.isUpperCase(words.get(0).codePointAt(0)) || NameShapes.isCoined(words.get(0)))) {
            return null;
        }
        int named = 1;
        while (named < words.size() && named < 5 && (NameShapes.isCapitalisedName(words.get(named)) || NameShapes.isCoined(words.get(named)))) {
            named++;
        }
        if (named == words.size()) {
            // A lone ordinary word needs the mark that ends it ("Localization:"), not "(1) Training on combinations …".
            return named > 1 || endsAtMark || NameShapes.isCoined(words.get(0)) ? String.join(" ", words) : null;
        }
        if (named > 1 || NameShapes.isCoined(words.get(0))) {
            return String.join(" ", words.subList(0, named));
        }
        // "Dynamic gating,": a short phrase in sentence case is a name only where the punctuation closes it.
        return endsAtMark && words.size() <= 4 && words.stream().skip(1).allMatch(w -> w.equals(w.toLowerCase(java.util.Locale.ROOT)) && !JOINING.contains(w))
                ? String.join(" ", words) : null;
    }

    private static final java.util.Set<String> QUESTION_OR_PRONOUN = java.util.Set.of("How", "What", "When", "Why", "Which", "Where", "Who", "Its", "Their", "They", "Each", "Both");
    /** Words that make a clause of an item, not a name: "(1) Training on combinations …". */
    private static final java.util.Set<String> JOINING = java.util.Set.of("on", "of", "to", "for", "with", "by", "is", "are", "the", "a", "an", "in", "and", "or", "that", "we");
}
