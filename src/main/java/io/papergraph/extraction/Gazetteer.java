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

    /** Letters from which a coined name written in plain title case is still the name. */
    private static final int LONG_NAME_LETTERS = 9;
    /** Letters from which two capitalised words glued into one name ("WebShop", "MiniGrid") are still it in plain title case. */
    private static final int GLUED_NAME_LETTERS = 7;
    private static final Pattern GLUED_WORDS = Pattern.compile("\\p{Lu}\\p{Ll}{2,}\\p{Lu}\\p{Ll}{2,}");

    /**
     * {@code name} is the vocabulary spelling the key came from: its shape decides which surfaces may match.
     * The shape is worked out once here, not at every lookup.
     */
    private record Target(VocabularyEntry entry, String name, boolean keyword, String caseSensitiveSurface, boolean nameStartsUpper,
                          boolean nameHasInnerUpper, boolean longName, boolean anyCase) {

        static Target of(VocabularyEntry entry, String name, boolean keyword) {
            return new Target(entry, name, keyword, Names.isCaseSensitive(name) ? Names.surface(name) : null, startsUpper(name),
                    hasCamelCase(name), Names.key(name).length() >= LONG_NAME_LETTERS || Names.key(name).length() >= GLUED_NAME_LETTERS && GLUED_WORDS.matcher(name).matches(),
                    Names.isNoWordInAnyCase(name));
        }

        boolean accepts(String surface) {
            if (anyCase) {
                // "gsm8k": written in any case, a name with a digit joined to a letter is still the name.
                return true;
            }
            if (caseSensitiveSurface != null) {
                // "XSUM" for XSum: a benchmark's mixed-case name set all in capitals, as some authors write it, is still the
                // name; no ordinary word is written so. (Methods keep their case: "COT" may stand for another thing.)
                String written = Names.surface(surface);
                return caseSensitiveSurface.equals(written) || entry.kind() == EntityKind.BENCHMARK && written.length() >= 3
                        && caseSensitiveSurface.equalsIgnoreCase(written)
                        // "NeXT-QA" for NExT-QA: as many capitals, set at other letters, still no word of prose (not "math QA", "APPs").
                        && (written.equals(written.toUpperCase(java.util.Locale.ROOT))
                        // … nor a plural of capitals ("furniture KITs" for KiTS)
                        || capitals(written) == capitals(caseSensitiveSurface) && !written.matches("\\p{Lu}+s"));
            }
            // A long coined name written in plain title case ("Librispeech" for LibriSpeech) is still the name: at nine letters
            // or more, an ordinary capitalised word rarely shares its key — nor, at seven, with two words glued ("Webshop" for
            // WebShop, not "Quality" for QuALITY).
            return (!nameStartsUpper || startsUpper(surface))
                    && (!nameHasInnerUpper || hasInnerUpper(surface) || (startsUpper(surface) && longName));
        }

        static boolean startsUpper(String text) {
            return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
        }

        /**
         * A capital after a small letter or digit inside a word ("MultiPL-E", "HellaSwag"): the name must be written with
         * one. The capitals of a word in capitals ("BIG-Bench", written "Big-Bench" too) spell an acronym, which title
         * case writes the same way.
         */
        private static boolean hasCamelCase(String text) {
            return hasCapitalAfter(text, c -> Character.isLowerCase(c) || Character.isDigit(c));
        }

        /**
         * A capital inside a word ("HellaSwag", "WEBARENA"); one that starts a later word ("Inception Score",
         * "Language-Table") is only title case.
         */
        private static long capitals(String text) {
            return text.chars().filter(Character::isUpperCase).count();
        }

        private static boolean hasInnerUpper(String text) {
            return hasCapitalAfter(text, Character::isLetterOrDigit);
        }

        private static boolean hasCapitalAfter(String text, java.util.function.IntPredicate before) {
            for (int i = 1; i < text.length(); i++) {
                if (Character.isUpperCase(text.charAt(i)) && before.test(text.charAt(i - 1))) {
                    return true;
                }
            }
            return false;
        }
    }

    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+[*+]{0,2}");
    private static final int MAX_TOKENS = 8;
    private static final Pattern CAMEL_HEAD = Pattern.compile("^\\p{Lu}\\p{Ll}{2,}(?=\\p{Lu})");

    private final Map<String, List<Target>> targets = new HashMap<>();
    /** Keys of the first token of every name: an n-gram can only match where one of these starts. */
    private final java.util.Set<String> firstTokens = new java.util.HashSet<>();
    /**
     * Every beginning of every key, to tell whether the tokens read so far can still grow into one: an n-gram that
     * begins no key ends the search there (a longer one, or its singular, would begin with it too).
     */
    private final java.util.Set<String> keyPrefixes = new java.util.HashSet<>();

    /** Whether a number hyphenated after a name ("Kinetics-400") is a variant of it, as for datasets, or another name ("FlashAttention-2"). */
    private final boolean numberedVariants;

    Gazetteer(List<VocabularyEntry> entries, boolean withKeywords) {
        this(entries, withKeywords, false);
    }

    /** The benchmarks' gazetteer: a number hyphenated after a name is its variant ("Kinetics-400"). */
    static Gazetteer forBenchmarks(List<VocabularyEntry> entries) {
        return new Gazetteer(entries, false, true);
    }

    private Gazetteer(List<VocabularyEntry> entries, boolean withKeywords, boolean numberedVariants) {
        this.numberedVariants = numberedVariants;
        for (VocabularyEntry entry : entries) {
            for (String name : entry.names()) {
                add(name, Target.of(entry, name, false));
            }
            if (withKeywords) {
                entry.keywords().forEach(k -> add(k, Target.of(entry, k, true)));
            }
        }
    }

    private void add(String name, Target target) {
        String key = Names.key(name);
        Matcher first = TOKEN.matcher(name);
        if (!key.isEmpty() && first.find()) {
            targets.computeIfAbsent(key, k -> new ArrayList<>()).add(target);
            for (int end = 1; end <= key.length(); end++) {
                keyPrefixes.add(key.substring(0, end));
            }
            String firstKey = Names.key(first.group());
            firstTokens.add(firstKey);
            // "MATH500" for MATH-500: the whole name written as one token.
            firstTokens.add(key);
            firstTokens.add(Names.singularKey(firstKey));
            // "ScienceQA" is also written "Science QA": its first camel-case part can start it too.
            Matcher camel = CAMEL_HEAD.matcher(first.group());
            if (camel.find()) {
                firstTokens.add(Names.key(camel.group()));
            }
        }
    }

    /**
     * A sentence cut into tokens with their keys, computed once and shared by every gazetteer that reads the
     * sentence, so the cost grows with the tokens that can start a name, not with the vocabulary.
     */
    record Tokens(String sentence, List<int[]> spans, List<String> keys, List<String> singularKeys) {

        static Tokens of(String sentence) {
            List<int[]> spans = new ArrayList<>();
            List<String> keys = new ArrayList<>();
            List<String> singularKeys = new ArrayList<>();
            Matcher m = TOKEN.matcher(sentence);
            while (m.find()) {
                spans.add(new int[] {m.start(), m.end()});
                String key = Names.key(m.group());
                keys.add(key);
                singularKeys.add(Names.singularOfKey(key));
            }
            return new Tokens(sentence, spans, keys, singularKeys);
        }

        int size() {
            return spans.size();
        }
    }

    List<Hit> find(String sentence) {
        return find(Tokens.of(sentence));
    }

    List<Hit> find(Tokens tokens) {
        String sentence = tokens.sentence();
        List<int[]> spans = tokens.spans();
        List<Hit> hits = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Hit best = null;
            int matchedTokens = 0;
            if (firstTokens.contains(tokens.keys().get(i)) || firstTokens.contains(tokens.singularKeys().get(i))) {
                String[] ngramKeys = new String[Math.min(MAX_TOKENS, tokens.size() - i)];
                StringBuilder key = new StringBuilder();
                int n = 0;
                while (n < ngramKeys.length && (n == 0 || joined(sentence, spans.get(i + n - 1), spans.get(i + n)))) {
                    key.append(tokens.keys().get(i + n));
                    ngramKeys[n++] = key.toString();
                    if (!startsSomeKey(ngramKeys[n - 1])) {
                        break;
                    }
                }
                for (int len = n; len >= 1 && best == null; len--) {
                    best = lookup(ngramKeys[len - 1], sentence, spans.get(i)[0], spans.get(i + len - 1)[1]);
                    matchedTokens = len;
                }
            }
            if (best == null) {
                best = edition(sentence, spans.get(i));
                matchedTokens = 1;
            }
            if (best != null && !insideCompound(sentence, best)) {
                hits.add(best);
                i += matchedTokens;
            } else {
                i++;
            }
        }
        return hits;
    }

    private boolean startsSomeKey(String prefix) {
        return keyPrefixes.contains(prefix);
    }

    /** "AIME24", "GPQA25": a name in capitals with a two-digit edition attached. */
    private static final Pattern ATTACHED_EDITION = Pattern.compile("(\\p{Lu}{3,})\\d{2}");

    /** The name an edition token starts with, as a hit on the name alone: the edition is read after it, as "AIME 2024" is. */
    private Hit edition(String sentence, int[] span) {
        // Cheap test first: this runs for every token that names nothing.
        if (span[1] - span[0] < 5 || !Character.isUpperCase(sentence.charAt(span[0])) || !Character.isDigit(sentence.charAt(span[1] - 1))) {
            return null;
        }
        Matcher edition = ATTACHED_EDITION.matcher(sentence.substring(span[0], span[1]));
        if (!edition.matches() || !firstTokens.contains(Names.key(edition.group(1)))) {
            return null;
        }
        return lookup(Names.key(edition.group(1)), sentence, span[0], span[0] + edition.end(1));
    }

    private Hit lookup(String ngramKey, String sentence, int start, int end) {
        String surface = null;
        for (String key : new String[] {ngramKey, Names.singularOfKey(ngramKey)}) {
            for (Target target : targets.getOrDefault(key, List.of())) {
                surface = surface == null ? sentence.substring(start, end) : surface;
                if (target.accepts(surface) || aloneInParentheses(sentence, start, end) && Target.startsUpper(surface) && surface.equalsIgnoreCase(target.name())) {
                    return new Hit(target.entry(), surface, start, end, target.keyword());
                }
            }
        }
        return null;
    }

    /** "fact verification (Fever)": a name set alone in parentheses is the name, in title case too. */
    private static boolean aloneInParentheses(String sentence, int start, int end) {
        return start > 0 && end < sentence.length() && sentence.charAt(start - 1) == '(' && sentence.charAt(end) == ')';
    }

    private static final Pattern NUMBER = Pattern.compile("\\d+");
    private static final Pattern SUBSET_OR_SPLIT = Pattern.compile("\\d+[Kk]|" + EvaluationRule.SPLIT);
    private static final Pattern ATTACHED_BEFORE = Pattern.compile("[\\p{L}\\p{N}][-\\u2010\\u2011]$");
    private static final Pattern ATTACHED_AFTER = Pattern.compile("^[-\\u2010\\u2011]([\\p{L}\\p{N}]+)");

    /**
     * "KTO" inside "Step-KTO" or "CoT" inside "Auto-CoT" is part of another name; "CoT-based" or "GSM8K-style"
     * still mention the listed one.
     */
    private boolean insideCompound(String sentence, Hit hit) {
        if (ATTACHED_BEFORE.matcher(sentence.substring(Math.max(0, hit.start() - 2), hit.start())).find()) {
            return true;
        }
        // "ReST^{EM}", "ReST$^\\text{EM}$": a superscript makes another name of it.
        if (sentence.startsWith("^", hit.end()) || sentence.startsWith("$^", hit.end())) {
            return true;
        }
        Matcher after = ATTACHED_AFTER.matcher(sentence.substring(hit.end()));
        // "ImageNet-1K": a subset in thousands follows, read as a variant of the name ("FlashAttention-2" is another name);
        // "miniF2F-valid", "miniF2F-test": a split of it.
        // "Kinetics-400": for datasets, a numbered variant, read after the name as "DM-Lab-30" is.
        return after.find() && !Cues.isModifierSuffix(after.group(1).toLowerCase(java.util.Locale.ROOT))
                && !SUBSET_OR_SPLIT.matcher(after.group(1)).matches() && !(numberedVariants && NUMBER.matcher(after.group(1)).matches());
    }

    /** Two tokens belong to one phrase only when nothing but spaces or hyphens separates them (at most two characters, not ". "). */
    private static boolean joined(String sentence, int[] left, int[] right) {
        int length = right[0] - left[1];
        if (length > 2) {
            return false;
        }
        for (int i = left[1]; i < right[0]; i++) {
            char c = sentence.charAt(i);
            boolean joiner = Character.isWhitespace(c) || c == '-' || (c >= '\u2010' && c <= '\u2015') || c == '_' || c == '/'
                    || (c == '.' && !(i + 1 < right[0] && sentence.charAt(i + 1) == ' '));
            if (!joiner) {
                return false;
            }
        }
        return true;
    }
}
