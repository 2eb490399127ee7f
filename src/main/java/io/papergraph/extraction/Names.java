package io.papergraph.extraction;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Name comparison rules shared by matching and entity resolution. */
public final class Names {

    private static final Pattern NOT_KEY = Pattern.compile("[^\\p{L}\\p{N}*+]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_LETTER = Pattern.compile("[^\\p{L}]+");

    private Names() {
    }

    /**
     * The comparison key of a name: case, hyphens, spaces and accents do not count, so
     * {@code Chain-of-Thought}, {@code chain of thought} and {@code CHAIN OF THOUGHT} are one key.
     */
    public static String key(String name) {
        if (isPlainAscii(name)) {
            StringBuilder key = new StringBuilder(name.length());
            for (int i = 0; i < name.length(); i++) {
                char c = name.charAt(i);
                if (c >= 'A' && c <= 'Z') {
                    key.append((char) (c + 32));
                } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '*' || c == '+') {
                    key.append(c);
                } else if (c == '&') {
                    key.append("and");
                }
            }
            return key.toString();
        }
        String folded = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFKD)).replaceAll("");
        return NOT_KEY.matcher(folded.toLowerCase(Locale.ROOT).replace("&", "and")).replaceAll("");
    }

    private static boolean isPlainAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 128) {
                return false;
            }
        }
        return true;
    }

    /** The key with a plural ending removed ({@code reward machines} → {@code rewardmachine}). */
    public static String singularKey(String name) {
        return singularOfKey(key(name));
    }

    /** {@link #singularKey} of something that is already a key. */
    public static String singularOfKey(String key) {
        if (key.length() > 4 && key.endsWith("ies")) {
            return key.substring(0, key.length() - 3) + "y";
        }
        if (key.length() > 4 && key.endsWith("s") && !key.endsWith("ss") && Character.isLetter(key.charAt(key.length() - 2))) {
            return key.substring(0, key.length() - 1);
        }
        return key;
    }

    /**
     * Short names with capitals inside ({@code MATH}, {@code ARC}, {@code CoT}) are matched case-sensitively:
     * in lower case they are ordinary words.
     * A name with a digit joined to a letter is matched in any case ({@link #isNoWordInAnyCase}).
     */
    public static boolean isCaseSensitive(String name) {
        String letters = NOT_LETTER.matcher(name).replaceAll("");
        return letters.length() <= 6 && letters.length() > 1 && letters.substring(1).chars().anyMatch(Character::isUpperCase)
                && !isNoWordInAnyCase(name);
    }

    /**
     * "GSM8K", "MATH500": one token with a digit joined to a letter, which no word of prose has in any case ("gsm8k dataset");
     * not a name of several words ("Common Objects in 3D" is also "common objects in 3D scenes").
     */
    public static boolean isNoWordInAnyCase(String name) {
        return !name.contains(" ") && DIGIT_BESIDE_LETTER.matcher(name).find();
    }

    private static final Pattern DIGIT_BESIDE_LETTER = Pattern.compile("\\p{L}\\d|\\d\\p{L}");

    /** Letters and digits only, case kept: the surface form compared for case-sensitive names. */
    public static String surface(String text) {
        return NOT_KEY.matcher(text).replaceAll("");
    }
}
