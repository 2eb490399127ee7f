package io.papergraph.corpus;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The checks every paper list passes whatever its format, so that what reaches extraction and the graph
 * is text of sane size with unique ids. Normalises whitespace like {@link TrendingTextParser#clean}, then
 * checks limits and characters, then gives ids: the source's id if it gave a valid one, otherwise the
 * slug of the title. One instance per list, because ids and titles must be unique within a list.
 */
final class PaperValidator {

    static final int MAX_TITLE_LENGTH = 1_000;
    static final int MAX_ABSTRACT_LENGTH = 20_000;
    static final int MAX_URL_LENGTH = 2_000;
    static final int MAX_AUTHORS = 200;
    static final int MAX_AUTHOR_LENGTH = 300;
    static final int MIN_YEAR = 1000;
    static final int MAX_YEAR = 2100;
    static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9.-]{0,79}");

    private static final int MAX_ECHO = 80;

    private final String sourceName;
    private final IdRegistry ids = new IdRegistry();
    private final Map<String, String> locationOfTitle = new HashMap<>();

    PaperValidator(String sourceName) {
        this.sourceName = sourceName;
    }

    /** The paper the draft stands for, or empty with the reasons added to {@code problems}. */
    Optional<PaperRecord> check(PaperDraft draft, List<RecordProblem> problems) {
        if (!draft.readable()) {
            problems.addAll(draft.problems());
            return Optional.empty();
        }
        String location = draft.location();
        List<String> reasons = new ArrayList<>();
        String title = text("title", draft.title(), MAX_TITLE_LENGTH, reasons);
        String abstractText = text("abstract", draft.abstractText(), MAX_ABSTRACT_LENGTH, reasons);
        checkId(draft.id(), reasons);
        String url = url(draft.url(), reasons);
        checkYear(draft.year(), reasons);
        List<String> authors = authors(draft.authors(), reasons);
        if (reasons.isEmpty()) {
            String id = uniqueId(draft.id(), title, location, reasons);
            if (id != null) {
                return Optional.of(new PaperRecord(id, title, abstractText, sourceName + ":" + location, url, draft.year(), authors));
            }
        }
        reasons.forEach(reason -> problems.add(new RecordProblem(location, reason)));
        return Optional.empty();
    }

    /**
     * The source's id if no earlier record took it; otherwise the title's slug, unless an earlier record has
     * the same title (ignoring case), which is taken for the same paper listed twice.
     */
    private String uniqueId(String explicitId, String title, String location, List<String> reasons) {
        String earlierTitle = locationOfTitle.putIfAbsent(title.toLowerCase(Locale.ROOT), location);
        if (explicitId != null) {
            String earlier = ids.claim(explicitId, location);
            if (earlier != null) {
                reasons.add("duplicate id '" + explicitId + "', also at " + earlier);
                return null;
            }
            return explicitId;
        }
        if (earlierTitle != null) {
            reasons.add("duplicate title '" + echo(title) + "', also at " + earlierTitle
                    + "; if they are different papers, give each an id");
            return null;
        }
        return ids.derive(title, location);
    }

    /** Cleaned text, or null with a reason when it is missing, blank, binary or too long. */
    private static String text(String field, String raw, int limit, List<String> reasons) {
        if (raw == null) {
            reasons.add(field + " is missing");
            return null;
        }
        String cleaned = TrendingTextParser.clean(raw);
        if (cleaned.isEmpty()) {
            reasons.add(field + " is blank");
            return null;
        }
        Optional<String> binary = binary(cleaned);
        if (binary.isPresent()) {
            reasons.add(field + " contains binary data (" + binary.get() + ")");
            return null;
        }
        int length = cleaned.codePointCount(0, cleaned.length());
        if (length > limit) {
            reasons.add(String.format(Locale.ROOT, "%s is %,d characters long; at most %,d are allowed", field, length, limit));
            return null;
        }
        return cleaned;
    }

    /** The first character that has no place in text: a control character, U+FFFD or half a surrogate pair. */
    static Optional<String> binary(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.getType(c) == Character.CONTROL) {
                return Optional.of("control character " + codePoint(c));
            }
            if (c == '\uFFFD') {
                return Optional.of("replacement character U+FFFD, the mark of text decoded with the wrong encoding");
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return Optional.of("unpaired surrogate " + codePoint(c));
            }
        }
        return Optional.empty();
    }

    private static void checkId(String id, List<String> reasons) {
        if (id != null && !ID.matcher(id).matches()) {
            reasons.add("id '" + echo(id) + "' must match " + ID.pattern()
                    + " (lower-case letters, digits, '.' and '-', at most 80 characters); omit it to derive one from the title");
        }
    }

    private static String url(String raw, List<String> reasons) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String url = raw.strip();
        if (url.length() > MAX_URL_LENGTH) {
            reasons.add(String.format(Locale.ROOT, "url is %,d characters long; at most %,d are allowed", url.length(), MAX_URL_LENGTH));
            return null;
        }
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return url;
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        reasons.add("url '" + echo(url) + "' is not an http(s) URL");
        return null;
    }

    private static void checkYear(Integer year, List<String> reasons) {
        if (year != null && (year < MIN_YEAR || year > MAX_YEAR)) {
            reasons.add("year " + year + " is not between " + MIN_YEAR + " and " + MAX_YEAR);
        }
    }

    private static List<String> authors(List<String> raw, List<String> reasons) {
        if (raw.size() > MAX_AUTHORS) {
            reasons.add(String.format(Locale.ROOT, "%,d authors; at most %,d are allowed", raw.size(), MAX_AUTHORS));
            return List.of();
        }
        List<String> authors = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            String name = text("author " + (i + 1), raw.get(i), MAX_AUTHOR_LENGTH, reasons);
            if (name != null) {
                authors.add(name);
            }
        }
        return authors;
    }

    private static String codePoint(char c) {
        return String.format(Locale.ROOT, "U+%04X", (int) c);
    }

    /** A user's value quoted back to them, cut so that a huge value does not make a huge message. */
    static String echo(String value) {
        String visible = value.codePoints()
                .map(c -> Character.getType(c) == Character.CONTROL ? '?' : c)
                .limit(MAX_ECHO + 1L)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
        return visible.codePointCount(0, visible.length()) > MAX_ECHO
                ? visible.substring(0, visible.offsetByCodePoints(0, MAX_ECHO)) + "…" : visible;
    }
}
