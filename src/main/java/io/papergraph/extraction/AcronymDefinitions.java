package io.papergraph.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds "Long Form (LF)" definitions with the Schwartz–Hearst algorithm: every character of the short form
 * must appear, in order, in the words before the parenthesis, and its first character must start a word.
 */
public final class AcronymDefinitions {

    /**
     * A short form and its expansion, with the offsets of the whole "long form (SF)" span, of "long form, or SF" (the comma
     * after it left out) or of "SF: long form".
     */
    public record Definition(String shortForm, String longForm, int start, int end) {
        /** "Key-step Image Generator", not "large language models": a long form with a capital is a name. */
        boolean capitalised() {
            return longForm.chars().anyMatch(Character::isUpperCase);
        }
    }

    /** "(MRT)", and "( FOCUS )" written with spaces inside. */
    private static final Pattern PARENTHESIS = Pattern.compile("\\(\\s?([^()\\s][^()]{0,24}?)\\s?\\)");
    /** "we develop RISE: Recursive IntroSpEction, an approach …": the short form first, its expansion after a colon. */
    private static final Pattern COLON_LONG_FORM = Pattern.compile("(?<![\\p{L}\\p{N}-])(\\p{Lu}[\\p{L}\\p{N}-]{1,15}):\\s+"
            + "(\\p{Lu}[\\p{L}-]*(?:\\s+\\p{L}[\\p{L}-]*){1,6}?)(?=\\s*[,.;(]|\\s+(?:an?|the|which|that|for|to)\\b)");
    /** "Meta Reinforcement Fine-Tuning, or MRT, a new class of …": the short form given as another name, set off by commas. */
    private static final Pattern OR_SHORT_FORM = Pattern.compile(",\\s+or\\s+([\\p{L}\\p{N}][\\p{L}\\p{N}*+\\-]{1,15})(?=,)");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'*+]*(?:-[\\p{L}\\p{N}'*+]+)*");
    private static final Pattern SHORT_FORM = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}*+\\-]*(?: [\\p{L}\\p{N}]+)?");

    private static final Pattern TITLE_CASE_LIST = Pattern.compile(
            "\\p{Lu}[\\p{L}\\p{N}-]*(?:,?\\s+(?:(?:and|or|&)\\s+)?\\p{Lu}[\\p{L}\\p{N}-]*)*");

    private static final Pattern CLOSING_QUOTE = Pattern.compile("[\"'\u201d\u2019]+$");

    private AcronymDefinitions() {
    }

    private static final PerSentence<List<Definition>> DEFINITIONS = new PerSentence<>(AcronymDefinitions::definitionsIn);

    /** The definitions in the sentence, in order; read by several rules, so found once per sentence. */
    public static List<Definition> find(String sentence) {
        return DEFINITIONS.of(sentence);
    }

    private static List<Definition> definitionsIn(String sentence) {
        List<Definition> found = new ArrayList<>();
        Matcher p = PARENTHESIS.matcher(sentence);
        while (p.find()) {
            String shortForm = p.group(1).strip().replaceAll("[;,].*$", "");
            if (!isShortForm(shortForm)) {
                continue;
            }
            Definition definition = longFormBefore(sentence, p.start(), shortForm, p.end());
            if (definition != null) {
                found.add(definition);
            }
        }
        Matcher or = OR_SHORT_FORM.matcher(sentence.indexOf(", or ") >= 0 ? sentence : "");
        while (or.find()) {
            Definition definition = isShortForm(or.group(1)) ? longFormBefore(sentence, or.start(), or.group(1), or.end(1)) : null;
            if (definition != null) {
                found.add(definition);
            }
        }
        Matcher colon = COLON_LONG_FORM.matcher(sentence.indexOf(": ") >= 0 ? sentence : "");
        while (colon.find()) {
            String shortForm = colon.group(1);
            if (isShortForm(shortForm) && matches(shortForm.toLowerCase(Locale.ROOT), colon.group(2).toLowerCase(Locale.ROOT))) {
                found.add(new Definition(shortForm, colon.group(2), colon.start(1), colon.end(2)));
            }
        }
        found.sort(java.util.Comparator.comparingInt(Definition::start));
        return List.copyOf(found);
    }

    static boolean isShortForm(String candidate) {
        if (!SHORT_FORM.matcher(candidate).matches() || candidate.length() < 2 || candidate.split(" ").length > 2) {
            return false;
        }
        long capitals = candidate.chars().filter(Character::isUpperCase).count();
        // "4D-GS", "3DGS": a short form may open with the dimension its long form opens with.
        boolean opening = Character.isLetter(candidate.charAt(0)) || DIMENSION.matcher(candidate).lookingAt();
        return opening && capitals >= 1 && (capitals >= 2 || candidate.length() <= 6);
    }

    private static Definition longFormBefore(String sentence, int parenthesis, String shortForm, int end) {
        String before = sentence.substring(0, parenthesis);
        List<int[]> words = new ArrayList<>();
        Matcher w = WORD.matcher(before);
        while (w.find()) {
            words.add(new int[] {w.start(), w.end()});
        }
        String letters = shortForm.replaceAll("[^\\p{L}\\p{N}]", "").toLowerCase(Locale.ROOT);
        // "Hierarchical Hybrid Offline-Online (H2O2)": a digit after a letter may count that letter's words.
        String counted = REPEATED_LETTER.matcher(letters).replaceAll(r -> r.group(1).repeat(Integer.parseInt(r.group(2))));
        // "Natural Language to SQL (NL2SQL)", "end-to-end training (E2E-T)": a 2 between letters is said "to", a 4 "for".
        String spoken = SPOKEN_TWO.matcher(SPOKEN_FOUR.matcher(letters).replaceAll("f")).replaceAll("t");
        // "3D Diffusion Policy (DP3)": the dimension the long form opens with may close the short form.
        Matcher trailing = TRAILING_DIMENSION.matcher(letters);
        String dimensionFirst = trailing.matches() ? trailing.group(2) + trailing.group(1) : null;
        int spelled = Math.max(letters.length(), counted.length());
        int maxWords = Math.min(spelled + 5, spelled * 2);
        Definition shortest = null;
        for (int count = 1; count <= Math.min(maxWords, words.size()); count++) {
            int first = words.get(words.size() - count)[0];
            // '"Describe, Explain, Plan and Select" (DEPS)': a quoted long form ends before its closing quote.
            String candidate = CLOSING_QUOTE.matcher(before.substring(first).strip()).replaceFirst("");
            if (candidate.contains(";") || candidate.contains(". ")) {
                break;
            }
            if (candidate.contains(",")) {
                // "Plan, Eliminate, and Track (PET)": a list of capitalised words whose initials spell the short form
                // exactly; any other comma ends the long form.
                if (TITLE_CASE_LIST.matcher(candidate).matches() && initials(candidate.replaceAll("\\s(?:and|or|&)\\s", " ")).equals(letters)) {
                    return new Definition(shortForm, candidate, first, end);
                }
                if (!TITLE_CASE_LIST.matcher(candidate).matches()) {
                    break;
                }
                continue;
            }
            if (dimensionFirst != null && DIMENSION.matcher(candidate).lookingAt() && initials(candidate).equals(dimensionFirst)) {
                return new Definition(shortForm, candidate.replaceAll("[\\s:]+$", ""), first, end);
            }
            if (CONJUNCTION_FIRST.matcher(candidate).lookingAt()) {
                // "… and surpasses open models on logs (AnOL, 18.2%)": a long form does not open with a conjunction.
                continue;
            }
            String lowerCandidate = candidate.toLowerCase(Locale.ROOT);
            // "Textual Temporal reasoning Transfer (T3)": counted letters are matched like any others, small words skipped.
            if (matches(letters, lowerCandidate) || !counted.equals(letters) && matches(counted, lowerCandidate)
                    || !spoken.equals(letters) && matches(spoken, lowerCandidate)) {
                Definition definition = new Definition(shortForm, candidate.replaceAll("[\\s:]+$", ""), first, end);
                // The shortest match can stop inside the expansion ("Policy Optimization (PPO)"); a longer
                // candidate whose word initials spell the short form is the real one.
                if (initials(candidate).equals(letters) || initials(candidate).equals(counted) || initials(candidate).equals(spoken)) {
                    return definition;
                }
                shortest = shortest == null ? definition : shortest;
            }
        }
        return shortest;
    }

    private static final Pattern CONJUNCTION_FIRST = Pattern.compile("(?i)(?:and|or|but|while|whereas)\\s");

    /** "3D", "4D-": a dimension at the start of a name. */
    private static final Pattern DIMENSION = Pattern.compile("[2-4][Dd](?![\\p{Ll}])");
    private static final Pattern TRAILING_DIMENSION = Pattern.compile("(\\p{L}+)([2-4])");
    private static final Pattern SPOKEN_TWO = Pattern.compile("(?<=\\p{L})2(?=\\p{L})");
    private static final Pattern SPOKEN_FOUR = Pattern.compile("(?<=\\p{L})4(?=\\p{L})");
    private static final Pattern REPEATED_LETTER = Pattern.compile("(\\p{L})([2-9])(?!\\d)");

    /** First letters of the words, hyphenated parts counted as words: "Key-step Skill Generation" → "ksg". */
    /** The first letter or digit of every word, lower case: "Consistency Trajectory Models" gives "ctm". */
    static String initials(String longForm) {
        StringBuilder initials = new StringBuilder();
        for (String word : longForm.toLowerCase(Locale.ROOT).split("[\\s\\-]+")) {
            if (!word.isEmpty() && Character.isLetterOrDigit(word.charAt(0))) {
                initials.append(word.charAt(0));
            }
        }
        return initials.toString();
    }

    /**
     * Schwartz–Hearst: match short-form characters right to left, the first one at the start of a word; the
     * long form must begin with the short form's first character (callers try the shortest long form first).
     */
    static boolean matches(String shortForm, String longForm) {
        String letters = shortForm.replaceAll("[^\\p{L}\\p{N}]", "");
        if (letters.isEmpty() || longForm.isEmpty() || longForm.charAt(0) != letters.charAt(0)) {
            return false;
        }
        int l = longForm.length() - 1;
        for (int s = letters.length() - 1; s >= 0; s--) {
            char c = letters.charAt(s);
            while (l >= 0 && (longForm.charAt(l) != c
                    || (s == 0 && l > 0 && Character.isLetterOrDigit(longForm.charAt(l - 1))))) {
                l--;
            }
            if (l < 0) {
                return false;
            }
            l--;
        }
        return true;
    }
}
