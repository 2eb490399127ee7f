package io.papergraph.extraction;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Code and project URLs: with a scheme, or bare hosts such as {@code github.com/org/repo} or {@code name.github.io}. */
final class UrlRule {

    /** Top-level domains of hosts written without a scheme: the common generic ones and any two-letter country code. */
    private static final String HOST = "(?:[a-z0-9-]+\\.)+(?:com|org|io|net|ai|dev|edu|me|site|page|app|co|info|xyz|tech|science|cloud"
            // a country's domain, in lower case only: "U.S." is none
            + "|(?-i:[a-z]{2}))";

    private static final Pattern URL = Pattern.compile(
            // A scheme may be glued to the word before it where a line break was lost ("available athttps://…").
            "(?i)((?:https?://|\\bwww\\.)[^\\s<>\"'()\\[\\]{}]+"
                    + "|\\b" + HOST + "/[^\\s<>\"'()\\[\\]{}]*"
                    + "|\\b(?:[a-z0-9-]+\\.)+github\\.io\\b[^\\s<>\"'()\\[\\]{}]*)");

    /**
     * A bare host with no path is an address only where the text points the reader to it ("our website at
     * acme-lab.com", "visit acme.ai", "see acme.ai for the demo", "can be accessed via lab.acme.edu", "available for
     * download at data.acme.net", "More details at acme.org", "Code is publicly available lab.acme.edu" with its preposition
     * lost); elsewhere "Socket.io" or "Amazon.com" are names.
     */
    private static final Pattern POINTED_HOST = Pattern.compile(
            "(?i)(?:website|homepage|home page|project page|page|site|visit|see|demos?|(?:available|found|hosted|released|accessible|accessed"
                    + "|open-sourced|published|downloaded)(?:(?:\\s+[\\w-]+){0,3}?\\s+(?:at|on|via))?|(?:details|information|materials) (?:are )?at)"
                    // Not a file or a library named after its extension ("train.py", "Node.js", "ckpt.pt").
                    + "\\s*:?\\s+(?:at\\s+)?(?![\\w-]+\\.(?i:js|py|pt|ts|rb|gz|jl|sh|ipynb|pth|ckpt)\\b(?!\\.\\w))(" + HOST + ")(?![\\w/-]|\\.[a-z0-9])");

    /** What is left after trailing punctuation goes must still name a host ("https://github" of a broken line does not). */
    private static final Pattern ADDRESS = Pattern.compile("(?i)(?:https?://)?[^/]*[a-z0-9]\\.[a-z]{2,}(?:[/:?#].*)?");

    private static final List<String> POINTED_TLDS = List.of(".com", ".org", ".io", ".net", ".ai", ".dev", ".edu", ".me",
            ".site", ".page", ".app", ".co", ".info", ".xyz", ".tech", ".science", ".cloud");

    private UrlRule() {
    }

    /** Every URL has a slash, starts with www. or is a github.io host; most texts have none, and the pattern is dear. */
    private static boolean mayHoldUrl(String text) {
        return text.indexOf('/') >= 0 || text.contains(".io") || text.contains("www.");
    }

    /** A bare host ends in one of a few domains or a country's ("AdapterHub.ml"); most texts have none, and the pattern is dear. */
    private static boolean mayPointToHost(String text) {
        return POINTED_TLDS.stream().anyMatch(text::contains) || COUNTRY_DOMAIN_END.matcher(text).find();
    }

    private static final Pattern COUNTRY_DOMAIN_END = Pattern.compile("[a-z0-9]\\.[a-z]{2}(?!\\w|\\.\\w)");

    /** Where URLs stand in the text, as [start, end) pairs: names inside them are parts of addresses. */
    static List<int[]> spans(String text) {
        List<int[]> spans = new java.util.ArrayList<>();
        if (mayHoldUrl(text)) {
            Matcher m = URL.matcher(text);
            while (m.find()) {
                spans.add(new int[] {m.start(1), m.end(1)});
            }
        }
        if (mayPointToHost(text)) {
            Matcher m = POINTED_HOST.matcher(text);
            while (m.find()) {
                if (spans.stream().noneMatch(span -> span[0] <= m.start(1) && m.start(1) < span[1])) {
                    spans.add(new int[] {m.start(1), m.end(1)});
                }
            }
            spans.sort(java.util.Comparator.comparingInt(span -> span[0]));
        }
        return spans;
    }

    static List<String> apply(String text) {
        Set<String> urls = new LinkedHashSet<>();
        for (int[] span : spans(text)) {
            String url = text.substring(span[0], span[1]).replaceAll("[.,;:!?]+$", "");
            if (ADDRESS.matcher(url).matches()) {
                urls.add(url);
            }
        }
        return List.copyOf(urls);
    }

    /** Whether the position lies inside one of the spans ({@link #spans}): a name there is part of a URL. */
    static boolean covers(List<int[]> spans, int position) {
        return spans.stream().anyMatch(u -> position >= u[0] && position < u[1]);
    }
}
