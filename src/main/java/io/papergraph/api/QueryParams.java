package io.papergraph.api;

import jakarta.ws.rs.core.UriInfo;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Validation shared by every list endpoint: known parameters only, and a bounded {@code limit}. */
final class QueryParams {

    static final int DEFAULT_LIMIT = 20;
    static final int MAX_LIMIT = 100;

    private QueryParams() {
    }

    /** A misspelt filter silently ignored would return the wrong list; reject it instead. */
    static void rejectUnknown(UriInfo uri, Set<String> allowed) {
        Set<String> unknown = new TreeSet<>(uri.getQueryParameters().keySet());
        unknown.removeAll(allowed);
        if (!unknown.isEmpty()) {
            throw new ProblemException(400, "Bad request", "unknown query parameter(s) " + unknown + "; allowed: " + new TreeSet<>(allowed),
                    unknown.stream().map(p -> new Problem.FieldError(p, "unknown parameter")).toList());
        }
    }

    static int limit(String raw) {
        return boundedInt("limit", raw, 1, MAX_LIMIT, DEFAULT_LIMIT);
    }

    /** An optional integer parameter within [min, max]. */
    static int boundedInt(String field, String raw, int min, int max, int fallback) {
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(raw.strip());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw ProblemException.badRequest(field, field + " must be an integer between " + min + " and " + max + ", got '" + raw + "'");
    }

    /** An optional text parameter: blank counts as absent; over-long values are rejected. */
    static String optionalText(String field, String raw, int maxLength) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        if (raw.length() > maxLength) {
            throw ProblemException.badRequest(field, field + " must be at most " + maxLength + " characters");
        }
        return raw.strip();
    }

    /** Splits a page of n+1 rows into the page and the cursor of the next one. */
    static <T> Page<T> page(List<T> rows, int limit, java.util.function.Function<T, Cursor> cursorAfterLast, String scope) {
        if (rows.size() <= limit) {
            return new Page<>(rows, null);
        }
        List<T> items = rows.subList(0, limit);
        return new Page<>(List.copyOf(items), cursorAfterLast.apply(items.get(items.size() - 1)).encode(scope));
    }
}
