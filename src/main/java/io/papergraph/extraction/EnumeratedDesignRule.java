package io.papergraph.extraction;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The named parts of a design the abstract counts out: "We propose three optimization techniques, namely (1) Dynamic
 * gating, (2) Expert Buffering, and (3) Expert load balancing", "Our algorithm works in two steps: i) Localization: …",
 * "MoA supports two variants: (i) Soft MoA …; (ii) Sparse MoA …" — a counted list may run on into the next sentences
 * ("(2) Expert management: It predicts …"). {@link EnumeratedContributionRule} reads the lists a contribution verb opens
 * within one sentence; this one reads a count of designs, wherever the list it opens ends.
 */
final class EnumeratedDesignRule {

    static final String RULE = "enumerated-design";

    private EnumeratedDesignRule() {
    }

    /**
     * A verb that makes or holds the design, then a count of its parts, then the list: "propose three techniques, namely",
     * "works in two steps:", "incorporates two innovative techniques:", "has two stages:", "comes in two variants:". Not what the authors use, adopt or observe ("we use
     * two auxiliary losses from prior work: …", "existing systems rely on two strategies: …"), nor problems, findings,
     * questions or the settings a method is used in: the nouns say the items are parts of a method, and no "of" stands
     * between the count and its noun ("three main challenges of current approaches").
     */
    private static final Pattern COUNTED_DESIGNS = Pattern.compile("(?i)\\b(?:propos|introduc|present|design|develop|devis|explor|incorporat"
            + "|consist|compris|contain|feature|support|involv|instantiat|work|come|rest|ha[sv])\\w*(?:\\s+(?:of|in|on|with))?\\s+(?:the\\s+following\\s+)?"
            + "(two|three|four|five|six|several|key|main|novel|new)\\s+(?:(?!of\\b)[\\w-]+\\s+){0,3}?"
            + "(?:techniques|methods|approaches|variants|steps|stages|components|strategies|designs|modules|schemes|phases"
            + "|innovations|mechanisms|versions|algorithms|objectives|losses)\\b[^:.;]{0,60}?(?::|\\bnamely\\b|\\bincluding\\b:?)\\s*"
            + "(?=" + Cues.LIST_MARK + ")");
    /** Where a later sentence carries a counted list on: it opens with the next mark. */
    private static final Pattern LIST_CONTINUES = Pattern.compile("^\\(?\\s*(?:[2-9]|i{2,3}|iv|v|[b-e])\\s*\\)");
    private static final Pattern MARK = Pattern.compile("(?<![\\p{L}\\d])" + Cues.LIST_MARK + "\\s+");
    /** What ends an item's name: punctuation, or "and"/"or" before the next mark ("(1) Detection and (2) Tracking"). */
    private static final Pattern ITEM_END = Pattern.compile("[,;:(.]|\\s+(?:and|or)\\s*$");
    private static final Pattern LEADING_ARTICLE = Pattern.compile("^(?:a|an|the)\\s+");
    private static final Pattern WORD = Pattern.compile("\\S+");
    private static final Map<String, Integer> COUNT = Map.of("two", 2, "three", 3, "four", 4, "five", 5, "six", 6);

    /**
     * @param ownNames the paper's names for its contributions: the count is the authors' when they speak ("We propose three
     *                 techniques", "Our algorithm works in two steps") or their method is its subject ("MoA supports two
     *                 variants"), not in a passive that may describe anyone's ("three core designs are proposed")
     */
    static List<Mention> apply(List<String> sentences, Collection<String> ownNames, Predicate<String> known) {
        List<Mention> found = new ArrayList<>();
        // How many items a numbered list still holds ("two steps"); a list counted without a number ("several techniques")
        // ends with its sentence.
        int left = 0;
        for (String sentence : sentences) {
            Matcher counted = COUNTED_DESIGNS.matcher(sentence.indexOf(')') < 0 ? "" : sentence);
            int from;
            boolean numbered;
            if (counted.find() && (Cues.FIRST_PERSON.matcher(sentence).region(0, counted.start()).find() || ProposalRule.ledByOwnName(sentence, ownNames))) {
                from = counted.end();
                Integer count = COUNT.get(counted.group(1).toLowerCase(Locale.ROOT));
                numbered = count != null;
                left = numbered ? count : Integer.MAX_VALUE;
            } else if (left > 0 && LIST_CONTINUES.matcher(sentence).lookingAt()) {
                from = 0;
                numbered = true;
            } else {
                left = 0;
                continue;
            }
            for (Item item : items(sentence, from)) {
                if (left == 0) {
                    break;
                }
                left--;
                String name = itemName(item.text(), item.closed());
                if (name != null) {
                    // A part of the method, unless the item itself says it is data ("(1) HarmQA data collection: …").
                    String kind = ResourceKinds.RESOURCE_NOUN.matcher(item.text()).find() ? ResourceKinds.resourceKind(item.text(), 0, name.length()) : null;
                    Contributions.addOfKind(found, sentence, name, List.of(), kind, RULE, 0.7, known);
                }
            }
            if (!numbered) {
                left = 0;
            }
        }
        return found;
    }

    /** An item's words up to what ends its name, and whether punctuation closed them (not the sentence's end). */
    private record Item(String text, boolean closed) {
    }

    /** The items after each list mark from {@code from} on, each cut where its name ends or the next mark starts. */
    private static List<Item> items(String sentence, int from) {
        List<MatchResult> marks = MARK.matcher(sentence).region(from, sentence.length()).results().toList();
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < marks.size(); i++) {
            String text = sentence.substring(marks.get(i).end(), i + 1 < marks.size() ? marks.get(i + 1).start() : sentence.length());
            Matcher end = ITEM_END.matcher(text);
            boolean closed = end.find();
            String name = LEADING_ARTICLE.matcher(closed ? text.substring(0, end.start()) : text).replaceFirst("");
            if (name.length() <= 80) {
                items.add(new Item(name, closed));
            }
        }
        return items;
    }

    /**
     * The name an item opens with: its capitalised or coined words ("Soft MoA" of "Soft MoA achieves …"), or a capitalised
     * phrase in lower case that the punctuation ends ("Dynamic gating,", "Expert-wise bitwidth adaptation:", "… and (3)
     * Expert caching."); null when the item opens with no name ("(2) we train …", "(1) How to …", "(1) Initially, …").
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
            // A lone ordinary word needs the mark that ends it ("Localization:"), not "(1) Training on combinations …"; an
            // adverb opens a clause ("(1) Initially, a coarse mask …").
            boolean adverb = named == 1 && words.get(0).endsWith("ly");
            return !adverb && (named > 1 || endsAtMark || NameShapes.isCoined(words.get(0))) ? String.join(" ", words) : null;
        }
        if (named > 1 || NameShapes.isCoined(words.get(0))) {
            return String.join(" ", words.subList(0, named));
        }
        // "Dynamic gating,": a short phrase in sentence case is a name only where the punctuation closes it.
        return endsAtMark && words.size() <= 4 && words.stream().skip(1).allMatch(w -> w.equals(w.toLowerCase(Locale.ROOT)) && !JOINING.contains(w))
                ? String.join(" ", words) : null;
    }

    private static final Set<String> QUESTION_OR_PRONOUN = Set.of("How", "What", "When", "Why", "Which", "Where", "Who", "Its", "Their", "They", "Each", "Both");
    /** Words that make a clause of an item, not a name: "(1) Training on combinations …". */
    private static final Set<String> JOINING = Set.of("on", "of", "to", "for", "with", "by", "is", "are", "the", "a", "an", "in", "and", "or", "that", "we");
}
