package io.papergraph.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds vocabulary names in a sentence by looking up token n-grams, longest match first. Lookup is by
 * {@link Names#key}, so spelling variants of a listed name match without being listed; but a capitalised
 * or coined name ({@code Habitat}, {@code MultiPL-E}) only matches text written in capitals too, never the
 * ordinary word ("habitat", "multiple").
 */
final class Gazetteer {

    /** A vocabulary entry found in a sentence; {@code keyword} when it matched a concept keyword, not a name. */
    record Hit(VocabularyEntry entry, String surface, int start, int end, boolean keyword) {
    }

    /** {@code name} is the vocabulary spelling the key came from: its shape decides which surfaces may match. */
    private record Target(VocabularyEntry entry, String name, boolean keyword) {

        boolean accepts(String surface) {
            if (Names.isCaseSensitive(name)) {
                return Names.surface(name).equals(Names.surface(surface));
            }
            return (!startsUpper(name) || startsUpper(surface)) && (!hasInnerUpper(name) || hasInnerUpper(surface));
        }

        private static boolean startsUpper(String text) {
            return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
        }

        private static boolean hasInnerUpper(String text) {
            return text.length() > 1 && text.substring(1).chars().anyMatch(Character::isUpperCase);
        }
    }

    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+[*+]{0,2}");
    private static final Pattern JOINER = Pattern.compile("[\\s\\-\\u2010-\\u2015_./]{0,2}");
    private static final int MAX_TOKENS = 8;

    private final Map<String, List<Target>> targets = new HashMap<>();

    Gazetteer(List<VocabularyEntry> entries, boolean withKeywords) {
        for (VocabularyEntry entry : entries) {
            for (String name : entry.names()) {
                add(name, new Target(entry, name, false));
            }
            if (withKeywords) {
                entry.keywords().forEach(k -> add(k, new Target(entry, k, true)));
            }
        }
    }

    private void add(String name, Target target) {
        String key = Names.key(name);
        if (!key.isEmpty()) {
            targets.computeIfAbsent(key, k -> new ArrayList<>()).add(target);
        }
    }

    List<Hit> find(String sentence) {
        List<int[]> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(sentence);
        while (m.find()) {
            tokens.add(new int[] {m.start(), m.end()});
        }
        List<Hit> hits = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            int matchedEnd = -1;
            Hit best = null;
            for (int n = Math.min(MAX_TOKENS, tokens.size() - i); n >= 1 && best == null; n--) {
                if (!joined(sentence, tokens, i, n)) {
                    continue;
                }
                int start = tokens.get(i)[0];
                int end = tokens.get(i + n - 1)[1];
                String surface = sentence.substring(start, end);
                best = lookup(surface, start, end);
                matchedEnd = i + n;
            }
            if (best != null) {
                hits.add(best);
                i = matchedEnd;
            } else {
                i++;
            }
        }
        return hits;
    }

    private Hit lookup(String surface, int start, int end) {
        for (String key : new String[] {Names.key(surface), Names.singularKey(surface)}) {
            for (Target target : targets.getOrDefault(key, List.of())) {
                if (target.accepts(surface)) {
                    return new Hit(target.entry(), surface, start, end, target.keyword());
                }
            }
        }
        return null;
    }

    /** Tokens i..i+n-1 form one phrase only when nothing but spaces or hyphens separates them. */
    private static boolean joined(String sentence, List<int[]> tokens, int i, int n) {
        for (int k = i; k < i + n - 1; k++) {
            String gap = sentence.substring(tokens.get(k)[1], tokens.get(k + 1)[0]);
            if (!JOINER.matcher(gap).matches() || gap.contains(". ")) {
                return false;
            }
        }
        return true;
    }
}
