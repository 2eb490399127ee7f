package io.papergraph.api;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Short excerpts of matched text with the query words wrapped in {@code <em>…</em>}. The text is HTML-escaped
 * first, so a front end may insert the snippet as HTML safely.
 */
final class Snippets {

    static final int RADIUS = 90;

    private Snippets() {
    }

    static List<String> words(String query) {
        return Arrays.stream(query.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .filter(w -> w.length() > 1)
                .distinct()
                .toList();
    }

    static String highlight(String text, List<String> words) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        Pattern any = words.isEmpty() ? null
                : Pattern.compile("(?iu)(?<![\\p{L}\\p{N}])(" + String.join("|", words.stream().map(Pattern::quote).toList()) + ")[\\p{L}\\p{N}]*");
        int center = 0;
        if (any != null) {
            Matcher first = any.matcher(text);
            center = first.find() ? first.start() : 0;
        }
        int from = Math.max(0, center - RADIUS);
        int to = Math.min(text.length(), center + RADIUS);
        String excerpt = (from > 0 ? "…" : "") + text.substring(from, to) + (to < text.length() ? "…" : "");
        String escaped = escape(excerpt);
        return any == null ? escaped : any.matcher(escaped).replaceAll("<em>$0</em>");
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
