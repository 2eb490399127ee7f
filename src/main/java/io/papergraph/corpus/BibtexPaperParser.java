package io.papergraph.corpus;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads BibTeX as reference managers export it. Every entry type except {@code @comment}, {@code @preamble}
 * and {@code @string} is a paper; {@code @string} macros (and the month names) can be used in values, with
 * {@code #} concatenation. Text outside entries is a comment, as in BibTeX.
 *
 * <p>The citation key is not the paper's id: ids are title slugs, so the same paper gets the same id from
 * any format. The key names the entry in problems: {@code entry 'smith2024' (line 40)}.
 *
 * <p>Robustness: the scanner is a loop over the text (no recursion, so no stack overflow however deep the
 * braces nest) that always moves forward. A value whose braces or quotes are not closed is reported at its
 * entry and reading resumes at the next line that starts with {@code @}; a value never runs past such a
 * line, so one broken entry cannot swallow the ones after it.
 */
final class BibtexPaperParser {

    private static final Pattern ENTRY_LINE = Pattern.compile("(?m)^[ \\t]*@");
    private static final Pattern YEAR = Pattern.compile("\\s*([0-9]{1,9})\\s*");
    private static final Pattern DATE_YEAR = Pattern.compile("\\s*([0-9]{4})\\b.*", Pattern.DOTALL);
    private static final Pattern AND = Pattern.compile("\\s+and\\s+", Pattern.CASE_INSENSITIVE);
    private static final List<String> MONTHS = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");

    private final String text;
    private final int[] newlines;
    private final Map<String, String> macros = new HashMap<>();
    private final List<PaperDraft> drafts = new ArrayList<>();
    private int pos;
    /** No field may expand to more than this: nested @string macros could otherwise grow exponentially. */
    static final int MAX_VALUE_LENGTH = 100_000;
    /** Where the last value read ended, for messages about values that ran too far. */
    private int lastValueEnd;

    private BibtexPaperParser(String text) {
        this.text = text;
        this.newlines = newlines(text);
        for (int m = 0; m < MONTHS.size(); m++) {
            macros.put(MONTHS.get(m), String.valueOf(m + 1));
        }
    }

    static DraftList parse(String text) {
        BibtexPaperParser parser = new BibtexPaperParser(text);
        parser.readAll();
        return new DraftList(List.of(), parser.drafts);
    }

    /** A syntax error: what is wrong and where reading should go on. */
    private static final class SyntaxError extends Exception {
        final int resumeFrom;

        SyntaxError(String message, int resumeFrom) {
            super(message, null, false, false);
            this.resumeFrom = resumeFrom;
        }
    }

    private void readAll() {
        while (true) {
            int at = text.indexOf('@', pos);
            if (at < 0) {
                return;
            }
            pos = at + 1;
            skipWhitespace();
            String type = identifier().toLowerCase(Locale.ROOT);
            skipWhitespace();
            if (type.isEmpty() || pos >= text.length() || (text.charAt(pos) != '{' && text.charAt(pos) != '(')) {
                continue;
            }
            char close = text.charAt(pos) == '{' ? '}' : ')';
            pos++;
            switch (type) {
                case "comment", "preamble" -> skipBlock(close);
                case "string" -> readMacro(at, close);
                default -> readEntry(at, close);
            }
        }
    }

    /**
     * Skips a braced block; if it is not closed before the next line that starts an entry, only the keyword is
     * skipped. Stopping there keeps reading linear: many unclosed blocks never each scan to the end of the text.
     */
    private void skipBlock(char close) {
        int depth = 1;
        java.util.regex.Matcher next = ENTRY_LINE.matcher(text);
        int limit = next.find(pos) ? next.start() : text.length();
        for (int i = pos; i < limit; i++) {
            char c = text.charAt(i);
            if (c == '{' || (close == ')' && c == '(')) {
                depth++;
            } else if ((c == '}' || c == close) && --depth == 0) {
                pos = i + 1;
                return;
            }
        }
    }

    private void readMacro(int at, char close) {
        String location = "@string (line " + lineOf(at) + ")";
        try {
            skipWhitespace();
            String name = identifier();
            if (name.isEmpty()) {
                throw new SyntaxError("expected a macro name", pos);
            }
            expect('=', "after macro name '" + name + "'");
            String value = value(name, new ArrayList<>());
            skipWhitespace();
            expect(close, "after the value of macro '" + name + "'");
            macros.put(name.toLowerCase(Locale.ROOT), value);
        } catch (SyntaxError e) {
            drafts.add(PaperDraft.broken(location, e.getMessage()));
            resume(e.resumeFrom);
        }
    }

    private void readEntry(int at, char close) {
        int line = lineOf(at);
        skipWhitespace();
        int keyStart = pos;
        while (pos < text.length() && ",{}()\"=# \t\r\n".indexOf(text.charAt(pos)) < 0) {
            pos++;
        }
        String key = text.substring(keyStart, pos);
        String location = key.isEmpty() ? "entry (line " + line + ")" : "entry '" + PaperValidator.echo(key) + "' (line " + line + ")";
        try {
            Map<String, String> fields = new LinkedHashMap<>();
            List<String> reasons = new ArrayList<>();
            skipWhitespace();
            if (!key.isEmpty() && peek() == ',') {
                pos++;
            } else if (peek() != close) {
                throw new SyntaxError("expected a citation key and ',' after the opening brace", pos);
            }
            fields(close, fields, reasons);
            drafts.add(draft(location, fields, reasons));
        } catch (SyntaxError e) {
            drafts.add(PaperDraft.broken(location, e.getMessage()));
            resume(e.resumeFrom);
        }
    }

    private void fields(char close, Map<String, String> fields, List<String> reasons) throws SyntaxError {
        while (true) {
            skipWhitespace();
            if (pos >= text.length()) {
                throw new SyntaxError("the entry is not closed with '" + close + "'", pos);
            }
            if (peek() == close) {
                pos++;
                return;
            }
            int nameStart = pos;
            String name = identifier().toLowerCase(Locale.ROOT);
            if (name.isEmpty()) {
                throw new SyntaxError("expected a field name or '" + close + "' at line " + lineOf(nameStart)
                        + ", found '" + text.charAt(pos) + "'", pos);
            }
            expect('=', "after field '" + name + "' (line " + lineOf(nameStart) + ")");
            String value = value(name, reasons);
            int valueEnd = lineOf(lastValueEnd - 1);
            if (fields.putIfAbsent(name, value) != null) {
                reasons.add("field '" + name + "' appears twice (line " + lineOf(nameStart) + ")");
            }
            skipWhitespace();
            if (peek() == ',') {
                pos++;
            } else if (peek() != close) {
                throw new SyntaxError(pos >= text.length() ? "the entry is not closed with '" + close + "'"
                        : "expected ',' or '" + close + "' after field '" + name + "' (line " + lineOf(nameStart) + ")"
                        + (valueEnd > lineOf(nameStart) ? "; its value runs to line " + valueEnd + ": are its braces balanced?" : ""), pos);
            }
        }
    }

    /** The raw value of a field: braced, quoted, a number or a macro, joined by {@code #}. */
    private String value(String field, List<String> reasons) throws SyntaxError {
        StringBuilder value = new StringBuilder();
        while (true) {
            skipWhitespace();
            int start = pos;
            char c = peek();
            if (c == '{' || c == '"') {
                value.append(delimited(field, c));
            } else if (c >= '0' && c <= '9') {
                while (pos < text.length() && Character.isDigit(text.charAt(pos))) {
                    pos++;
                }
                value.append(text, start, pos);
            } else {
                String macro = identifier();
                if (macro.isEmpty()) {
                    throw new SyntaxError("expected a value for field '" + field + "' at line " + lineOf(start), pos);
                }
                String expansion = macros.get(macro.toLowerCase(Locale.ROOT));
                if (expansion == null) {
                    reasons.add("field '" + field + "' uses the undefined macro '" + macro + "'; put the value in braces");
                } else {
                    value.append(expansion);
                }
                if (value.length() > MAX_VALUE_LENGTH) {
                    throw new SyntaxError("field '" + field + "' expands to more than " + MAX_VALUE_LENGTH
                            + " characters (@string macros nested too deep?)", pos);
                }
            }
            lastValueEnd = pos;
            skipWhitespace();
            if (peek() != '#') {
                return value.toString();
            }
            pos++;
        }
    }

    /** A {@code {…}} or {@code "…"} value without its delimiters; braces inside must balance. */
    private String delimited(String field, char open) throws SyntaxError {
        int start = pos;
        int depth = open == '{' ? 1 : 0;
        for (int i = pos + 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
                if (depth == 0 && open == '{') {
                    pos = i + 1;
                    return text.substring(start + 1, i);
                }
                if (depth < 0) {
                    throw new SyntaxError("unbalanced braces: a '}' without '{' in the value of '" + field
                            + "' at line " + lineOf(i), i + 1);
                }
            } else if (c == '"' && open == '"' && depth == 0) {
                pos = i + 1;
                return text.substring(start + 1, i);
            } else if (c == '\n' && entryStartsAt(i + 1)) {
                throw new SyntaxError(unclosed(field, open, start) + " before the next entry at line " + lineOf(i + 1), i + 1);
            }
        }
        throw new SyntaxError(unclosed(field, open, start) + " by the end of the text", text.length());
    }

    private String unclosed(String field, char open, int start) {
        return "unbalanced " + (open == '{' ? "braces" : "quotes or braces") + ": the value of '" + field
                + "' that starts at line " + lineOf(start) + " is not closed";
    }

    /** Whether a line starting here starts with {@code @} and a letter (after spaces): the next entry. */
    private boolean entryStartsAt(int i) {
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        return i + 1 < text.length() && text.charAt(i) == '@' && Character.isLetter(text.charAt(i + 1));
    }

    private PaperDraft draft(String location, Map<String, String> fields, List<String> reasons) {
        String title = fields.get("title");
        String abstractText = fields.get("abstract");
        if (title == null) {
            reasons.add("no title field");
        }
        if (abstractText == null) {
            reasons.add("no abstract field; papergraph extracts from title and abstract");
        }
        Integer year = year(fields, reasons);
        List<RecordProblem> problems = reasons.stream().map(r -> new RecordProblem(location, r)).toList();
        return new PaperDraft(location, null,
                title == null ? null : LatexText.toUnicode(title),
                abstractText == null ? null : LatexText.toUnicode(abstractText),
                url(fields), year, authors(fields.get("author")), problems);
    }

    private static Integer year(Map<String, String> fields, List<String> reasons) {
        String year = fields.get("year");
        if (year != null) {
            Matcher m = YEAR.matcher(plain(year));
            if (m.matches()) {
                return Integer.valueOf(m.group(1));
            }
            reasons.add("year '" + PaperValidator.echo(plain(year)) + "' is not a number");
            return null;
        }
        String date = fields.get("date");
        if (date != null) {
            Matcher m = DATE_YEAR.matcher(plain(date));
            if (m.matches()) {
                return Integer.valueOf(m.group(1));
            }
        }
        return null;
    }

    /** The url field, else the DOI as a link, else the arXiv abstract page of an arXiv eprint. */
    private static String url(Map<String, String> fields) {
        if (fields.containsKey("url")) {
            return plain(fields.get("url"));
        }
        if (fields.containsKey("doi")) {
            String doi = plain(fields.get("doi")).replaceFirst("(?i)^(https?://(dx\\.)?doi\\.org/|doi:)", "");
            return doi.isEmpty() ? null : "https://doi.org/" + doi;
        }
        String archive = fields.getOrDefault("archiveprefix", fields.getOrDefault("eprinttype", ""));
        if (fields.containsKey("eprint") && plain(archive).equalsIgnoreCase("arxiv")) {
            String eprint = plain(fields.get("eprint")).replaceFirst("(?i)^arxiv:", "");
            return eprint.isEmpty() ? null : "https://arxiv.org/abs/" + eprint;
        }
        return null;
    }

    /** Names split on "and" outside braces; "Last, First" and "Last, Jr, First" become "First Last (Jr)". */
    static List<String> authors(String raw) {
        if (raw == null) {
            return List.of();
        }
        List<String> authors = new ArrayList<>();
        for (String name : splitOutsideBraces(raw, AND)) {
            List<String> parts = splitOutsideBraces(name, Pattern.compile("\\s*,\\s*"));
            String ordered = switch (parts.size()) {
                case 1 -> parts.get(0);
                case 2 -> parts.get(1) + " " + parts.get(0);
                default -> parts.get(2) + " " + parts.get(0) + " " + parts.get(1);
            };
            String author = TrendingTextParser.clean(LatexText.toUnicode(ordered));
            if (!author.isEmpty() && !author.equalsIgnoreCase("others")) {
                authors.add(author);
            }
        }
        return authors;
    }

    /** Splits where the separator matches at brace depth 0 ({@code {Barnes and Noble}} stays one name). */
    private static List<String> splitOutsideBraces(String raw, Pattern separator) {
        int[] depth = new int[raw.length() + 1];
        for (int i = 0, d = 0; i < raw.length(); i++) {
            depth[i] = d;
            char c = raw.charAt(i);
            d += c == '{' ? 1 : c == '}' ? -1 : 0;
        }
        List<String> parts = new ArrayList<>();
        Matcher m = separator.matcher(raw);
        int from = 0;
        while (m.find()) {
            if (depth[m.start()] == 0) {
                parts.add(raw.substring(from, m.start()).strip());
                from = m.end();
            }
        }
        parts.add(raw.substring(from).strip());
        return parts;
    }

    /** A value without braces and surrounding space, for urls, DOIs and years. */
    private static String plain(String value) {
        return value.replace("{", "").replace("}", "").replace("\\_", "_").replace("\\%", "%").replace("\\&", "&").strip();
    }

    private void resume(int from) {
        Matcher m = ENTRY_LINE.matcher(text);
        pos = m.find(Math.max(from, pos)) ? m.end() - 1 : text.length();
    }

    private void expect(char c, String where) throws SyntaxError {
        skipWhitespace();
        if (peek() != c) {
            throw new SyntaxError(pos >= text.length() ? "the entry is not closed: expected '" + c + "' " + where + " but the text ends"
                    : "expected '" + c + "' " + where + ", found '" + text.charAt(pos) + "'", pos);
        }
        pos++;
    }

    private String identifier() {
        int start = pos;
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (!(Character.isLetterOrDigit(c) || "_-:.+/'!?*&;<>[]`|$^".indexOf(c) >= 0)) {
                break;
            }
            pos++;
        }
        return text.substring(start, pos);
    }

    private char peek() {
        return pos < text.length() ? text.charAt(pos) : '\0';
    }

    private void skipWhitespace() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }

    private static int[] newlines(String text) {
        int count = 0;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            count++;
        }
        int[] positions = new int[count];
        for (int i = text.indexOf('\n'), j = 0; i >= 0; i = text.indexOf('\n', i + 1)) {
            positions[j++] = i;
        }
        return positions;
    }

    /** 1-based line of a position. */
    private int lineOf(int position) {
        int index = Arrays.binarySearch(newlines, position);
        return (index >= 0 ? index : -index - 1) + 1;
    }
}
