package io.papergraph.corpus;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Parses the plain-text paper list format of the default corpus: a title line followed by an abstract
 * line, repeated. Exports of that format start with header lines ("Get trending papers …") and glue the
 * first title to the word "Subscribe"; blank lines between records are allowed.
 */
public final class TrendingTextParser {

    private static final Pattern HEADER = Pattern.compile("(?i)^get trending papers\\b.*");
    private static final Pattern GLUED_SUBSCRIBE = Pattern.compile("^Subscribe(?=\\S)");
    private static final Pattern INVISIBLE = Pattern.compile("[\\uFEFF\\u200B\\u00AD]");

    /** Parsed papers and, for lines that could not form one, the problems (1-based line numbers). */
    public record Result(List<PaperRecord> papers, List<Problem> problems) {
    }

    /** A line of the input that does not fit the format. */
    public record Problem(int line, String reason) {
    }

    public Result parse(String text, String sourceName) {
        List<PaperRecord> papers = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        Map<String, Integer> lineOfId = new HashMap<>();
        String[] lines = text.split("\\R", -1);
        String pendingTitle = null;
        int titleLine = 0;
        for (int i = 0; i < lines.length; i++) {
            String line = clean(lines[i]);
            if (line.isEmpty() || (papers.isEmpty() && pendingTitle == null && HEADER.matcher(line).matches())) {
                continue;
            }
            if (pendingTitle == null) {
                pendingTitle = GLUED_SUBSCRIBE.matcher(line).replaceFirst("");
                titleLine = i + 1;
                continue;
            }
            String id = uniqueId(pendingTitle, lineOfId, titleLine);
            papers.add(new PaperRecord(id, pendingTitle, line, sourceName + ":" + titleLine));
            pendingTitle = null;
        }
        if (pendingTitle != null) {
            problems.add(new Problem(titleLine, "title without an abstract line after it"));
        }
        return new Result(List.copyOf(papers), List.copyOf(problems));
    }

    /** Two different titles that slug alike keep apart by a hash of the full title; the first keeps the plain slug. */
    private static String uniqueId(String title, Map<String, Integer> lineOfId, int line) {
        String slug = PaperIds.slug(title);
        String id = slug;
        for (int n = 1; lineOfId.putIfAbsent(id, line) != null; n++) {
            id = slug + "-" + PaperIds.shortHash(n == 1 ? title : title + "#" + n);
        }
        return id;
    }

    static String clean(String line) {
        String normalised = Normalizer.normalize(INVISIBLE.matcher(line).replaceAll(""), Normalizer.Form.NFC);
        return normalised.replaceAll("[\\s\\u00A0]+", " ").strip();
    }
}
