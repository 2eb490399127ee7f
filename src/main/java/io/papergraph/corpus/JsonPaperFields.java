package io.papergraph.corpus;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The paper object shared by the JSON and JSON Lines formats:
 * {@code {"title", "abstract", "id"?, "url"?, "year"?, "authors"?}}. Unknown fields are problems, not
 * ignored, so that a typo such as {@code "abstarct"} is caught instead of silently losing the abstract.
 */
final class JsonPaperFields {

    static final List<String> FIELDS = List.of("title", "abstract", "id", "url", "year", "authors");

    /** Duplicate keys are syntax errors; source text is kept out of error messages. */
    static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .build();

    /** For a value that must stand alone, as a JSON Lines line: anything after it is an error. */
    static final ObjectReader SINGLE_VALUE = MAPPER.reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private static final Pattern SOURCE_REF = Pattern.compile("\\[Source: [^\\]]*?; (line: \\d+, column: \\d+)\\]");

    private JsonPaperFields() {
    }

    /** The draft for one JSON value that should be a paper object. */
    static PaperDraft read(JsonNode node, String location) {
        if (!node.isObject()) {
            return PaperDraft.broken(location, "expected a paper object {\"title\": …, \"abstract\": …}, got " + kind(node));
        }
        List<RecordProblem> problems = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
            String name = fields.next().getKey();
            if (!FIELDS.contains(name)) {
                problems.add(new RecordProblem(location, unknownField(name)));
            }
        }
        String title = string(node, "title", location, problems);
        String abstractText = string(node, "abstract", location, problems);
        String id = string(node, "id", location, problems);
        String url = string(node, "url", location, problems);
        Integer year = year(node, location, problems);
        List<String> authors = authors(node, location, problems);
        return new PaperDraft(location, id, title, abstractText, url, year, authors, problems);
    }

    /** "line 3, column 7" and Jackson's message without its location suffix. */
    static RecordProblem syntaxProblem(JsonProcessingException e, int lineOffset) {
        JsonLocation where = e.getLocation();
        String location = where == null || where.getLineNr() < 1 ? "body"
                : "line " + (where.getLineNr() + lineOffset) + ", column " + where.getColumnNr();
        String message = SOURCE_REF.matcher(String.valueOf(e.getOriginalMessage())).replaceAll("[$1]");
        return new RecordProblem(location, (e instanceof StreamConstraintsException ? "JSON too large or too deeply nested: "
                : "malformed JSON: ") + message);
    }

    private static String unknownField(String name) {
        String reason = "unknown field '" + PaperValidator.echo(name) + "'";
        for (String known : FIELDS) {
            if (distance(name.toLowerCase(Locale.ROOT), known) <= (known.length() <= 4 ? 1 : 2)) {
                return reason + "; did you mean '" + known + "'?";
            }
        }
        return reason + "; allowed: " + String.join(", ", FIELDS);
    }

    /** Null is treated as absent; a missing required field is the validator's to report. */
    private static String string(JsonNode node, String field, String location, List<RecordProblem> problems) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            problems.add(new RecordProblem(location, field + " must be a string, got " + kind(value)));
            return null;
        }
        return value.textValue();
    }

    private static Integer year(JsonNode node, String location, List<RecordProblem> problems) {
        JsonNode value = node.get("year");
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isIntegralNumber() && value.canConvertToInt()) {
            return value.intValue();
        }
        if (value.isTextual() && value.textValue().strip().matches("[0-9]{1,9}")) {
            return Integer.valueOf(value.textValue().strip());
        }
        problems.add(new RecordProblem(location, "year must be an integer such as 2024, got "
                + (value.isTextual() ? "'" + PaperValidator.echo(value.textValue()) + "'" : kind(value))));
        return null;
    }

    private static List<String> authors(JsonNode node, String location, List<RecordProblem> problems) {
        JsonNode value = node.get("authors");
        if (value == null || value.isNull()) {
            return List.of();
        }
        if (!value.isArray()) {
            problems.add(new RecordProblem(location, "authors must be an array of strings such as [\"Ada Lovelace\"], got " + kind(value)));
            return List.of();
        }
        List<String> authors = new ArrayList<>();
        for (int i = 0; i < value.size(); i++) {
            JsonNode author = value.get(i);
            if (author.isTextual()) {
                authors.add(author.textValue());
            } else {
                problems.add(new RecordProblem(location, "authors[" + i + "] must be a string, got " + kind(author)));
            }
        }
        return authors;
    }

    private static String kind(JsonNode value) {
        return switch (value.getNodeType()) {
            case ARRAY -> "an array";
            case OBJECT, POJO -> "an object";
            case NUMBER -> "a number";
            case BOOLEAN -> "a boolean";
            case STRING -> "a string";
            case NULL -> "null";
            default -> value.getNodeType().name().toLowerCase(Locale.ROOT);
        };
    }

    /** Levenshtein distance, for suggesting the field a typo meant; names are short. */
    private static int distance(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 2 || a.length() > 40) {
            return Integer.MAX_VALUE;
        }
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

}
