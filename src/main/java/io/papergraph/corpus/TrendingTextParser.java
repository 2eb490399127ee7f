package io.papergraph.corpus;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Parses the plain-text paper list format of the default corpus: a title line followed by an abstract
 * line, repeated. Exports of that format start with header lines ("Get trending papers …") and glue the
 * first title to the word "Subscribe"; blank lines between records are allowed.
 */
public final class TrendingTextParser {

    private static final Pattern HEADER = Pattern.compile("(?i)^get trending papers\\b.*");
    private static final Pattern GLUED_SUBSCRIBE = Pattern.compile("^Subscribe(?=\\S)");
    private static final String DANGLING_TITLE = "title without an abstract line after it";
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
        IdRegistry ids = new IdRegistry();
        for (Block block : blocks(text)) {
            if (block.abstractText() == null) {
                problems.add(new Problem(block.line(), DANGLING_TITLE));
            } else {
                String id = ids.derive(block.title(), "line " + block.line());
                papers.add(new PaperRecord(id, block.title(), block.abstractText(), sourceName + ":" + block.line()));
            }
        }
        return new Result(List.copyOf(papers), List.copyOf(problems));
    }

    /**
     * The records without ids, for {@link PaperLists}, whose validator gives ids and, unlike {@link #parse},
     * reports two records with the same title as a problem.
     */
    DraftList drafts(String text) {
        List<PaperDraft> drafts = new ArrayList<>();
        for (Block block : blocks(text)) {
            String location = "line " + block.line();
            drafts.add(block.abstractText() == null
                    ? PaperDraft.broken(location, DANGLING_TITLE)
                    : new PaperDraft(location, null, block.title(), block.abstractText(), null, null, List.of(), List.of()));
        }
        return new DraftList(List.of(), drafts);
    }

    /** A title and its abstract (null for a title at the end without one), with the title's 1-based line. */
    private record Block(int line, String title, String abstractText) {
    }

    private static List<Block> blocks(String text) {
        List<Block> blocks = new ArrayList<>();
        String[] lines = text.split("\\R", -1);
        String pendingTitle = null;
        int titleLine = 0;
        for (int i = 0; i < lines.length; i++) {
            String line = clean(lines[i]);
            if (line.isEmpty() || (blocks.isEmpty() && pendingTitle == null && HEADER.matcher(line).matches())) {
                continue;
            }
            if (pendingTitle == null) {
                pendingTitle = GLUED_SUBSCRIBE.matcher(line).replaceFirst("");
                titleLine = i + 1;
                continue;
            }
            blocks.add(new Block(titleLine, pendingTitle, line));
            pendingTitle = null;
        }
        if (pendingTitle != null) {
            blocks.add(new Block(titleLine, pendingTitle, null));
        }
        return blocks;
    }

    /** Removes BOM, zero-width spaces and soft hyphens, NFC-normalises and collapses whitespace. */
    static String clean(String line) {
        String normalised = Normalizer.normalize(INVISIBLE.matcher(line).replaceAll(""), Normalizer.Form.NFC);
        return normalised.replaceAll("[\\s\\u00A0]+", " ").strip();
    }
}
