package io.papergraph.extraction;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Code and project URLs: with a scheme, or bare hosts such as {@code github.com/org/repo} or {@code name.github.io}. */
final class UrlRule {

    private static final Pattern URL = Pattern.compile(
            "(?i)\\b((?:https?://|www\\.)[^\\s<>\"'()\\[\\]{}]+"
                    + "|(?:[a-z0-9-]+\\.)+(?:com|org|io|net|ai|dev|edu|me|site|page|app|co)/[^\\s<>\"'()\\[\\]{}]*"
                    + "|(?:[a-z0-9-]+\\.)+github\\.io\\b[^\\s<>\"'()\\[\\]{}]*)");

    private UrlRule() {
    }

    /** Every URL has a slash, starts with www. or is a github.io host; most texts have none, and the pattern is dear. */
    private static boolean mayHoldUrl(String text) {
        return text.indexOf('/') >= 0 || text.contains(".io") || text.contains("www.");
    }

    /** Where URLs stand in the text, as [start, end) pairs: names inside them are parts of addresses. */
    static List<int[]> spans(String text) {
        List<int[]> spans = new java.util.ArrayList<>();
        if (!mayHoldUrl(text)) {
            return spans;
        }
        Matcher m = URL.matcher(text);
        while (m.find()) {
            spans.add(new int[] {m.start(1), m.end(1)});
        }
        return spans;
    }

    static List<String> apply(String text) {
        Set<String> urls = new LinkedHashSet<>();
        for (int[] span : spans(text)) {
            String url = text.substring(span[0], span[1]).replaceAll("[.,;:!?]+$", "");
            if (url.length() > 8) {
                urls.add(url);
            }
        }
        return List.copyOf(urls);
    }
}
