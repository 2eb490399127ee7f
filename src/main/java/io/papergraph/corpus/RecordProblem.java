package io.papergraph.corpus;

import java.util.Objects;

/**
 * Something in a paper list that papergraph could not use, said so that a person can find and fix it.
 *
 * <p>Locations, by format: {@code "body"} for the document as a whole (empty, not UTF-8, not an array,
 * DOCTYPE …); {@code "line 12, column 5"} for syntax errors in JSON and XML; {@code "line 12"} for text and
 * JSON Lines records (1-based); {@code "index 3 (line 12)"} for JSON array elements (0-based index, as in
 * JSON tools, plus the 1-based line where the element starts); {@code "entry 'smith2024' (line 40)"} for
 * BibTeX; {@code "entry 2 (line 17)"} for Atom (1-based entry number).
 *
 * @param location where in the list, as above
 * @param reason   what is wrong, and where it helps, what to do about it
 */
public record RecordProblem(String location, String reason) {

    public RecordProblem {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(reason, "reason");
    }

    /** A problem with the document as a whole. */
    static RecordProblem body(String reason) {
        return new RecordProblem("body", reason);
    }

    @Override
    public String toString() {
        return location + ": " + reason;
    }
}
