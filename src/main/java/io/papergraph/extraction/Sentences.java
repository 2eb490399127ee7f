package io.papergraph.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits an abstract into sentences without breaking at abbreviations, decimals or URLs. */
public final class Sentences {

    private static final Pattern END = Pattern.compile("[.!?](?=\\s+[\"'(\\[]?[A-Z0-9\\p{Lu}])");
    /** Abbreviations, and single capitals as in initials ("J. Smith"); a lower-case "pass@k." ends a sentence. */
    private static final Pattern ABBREVIATION = Pattern.compile(
            "(?:\\b(?i:e\\.g|i\\.e|et al|etc|vs|cf|fig|eq|no|approx|resp|incl)|\\b(?:Dr|Mr|Mrs|Ms|Prof|St)|\\b[A-Z])$");

    private Sentences() {
    }

    public static List<String> split(String text) {
        List<String> sentences = new ArrayList<>();
        Matcher end = END.matcher(text);
        int start = 0;
        while (end.find()) {
            // Only the last few characters can be an abbreviation: searching the whole sentence so far at every
            // full stop made splitting quadratic in the sentence length.
            Matcher abbreviation = ABBREVIATION.matcher(text).useTransparentBounds(true).region(Math.max(start, end.start() - 8), end.start());
            if (abbreviation.find()) {
                continue;
            }
            add(sentences, text.substring(start, end.end()));
            start = end.end();
        }
        add(sentences, text.substring(start));
        return sentences;
    }

    private static void add(List<String> sentences, String sentence) {
        String s = sentence.strip();
        if (!s.isEmpty()) {
            sentences.add(s);
        }
    }
}
