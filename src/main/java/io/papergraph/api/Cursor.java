package io.papergraph.api;

import io.papergraph.corpus.PaperIds;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The opaque paging cursor: where the next page starts (after an id, or at an offset for ranked lists),
 * bound to the query that produced it and checksummed, so a forged or foreign cursor is a 400.
 *
 * @param after  id of the last item returned, for lists in id order; null for ranked lists
 * @param offset items already returned, for ranked lists
 */
public record Cursor(String after, int offset) {

    private static final String VERSION = "c1";

    public static Cursor first() {
        return new Cursor(null, 0);
    }

    /** Encodes this cursor for the query identified by {@code scope} (path and filters). */
    public String encode(String scope) {
        String payload = String.join("\n", VERSION, scopeHash(scope), after == null ? "" : after, Integer.toString(offset));
        String signed = payload + "\n" + PaperIds.shortHash(payload);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(signed.getBytes(StandardCharsets.UTF_8));
    }

    /** Decodes a cursor given back by a client; {@code null} or blank means the first page. */
    public static Cursor decode(String token, String scope) {
        if (token == null || token.isBlank()) {
            return first();
        }
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8).split("\n", -1);
            if (parts.length != 5 || !VERSION.equals(parts[0])) {
                throw invalid();
            }
            String payload = String.join("\n", parts[0], parts[1], parts[2], parts[3]);
            if (!PaperIds.shortHash(payload).equals(parts[4])) {
                throw invalid();
            }
            if (!scopeHash(scope).equals(parts[1])) {
                throw ProblemException.badRequest("cursor", "cursor belongs to another query: keep the same path and filters while paging");
            }
            int offset = Integer.parseInt(parts[3]);
            if (offset < 0) {
                throw invalid();
            }
            return new Cursor(parts[2].isEmpty() ? null : parts[2], offset);
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
    }

    private static String scopeHash(String scope) {
        return PaperIds.shortHash(scope);
    }

    private static ProblemException invalid() {
        return ProblemException.badRequest("cursor", "cursor is not one this server issued; pass the `next` value of the previous page unchanged");
    }
}
