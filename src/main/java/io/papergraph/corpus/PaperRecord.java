package io.papergraph.corpus;

import java.util.Objects;

/**
 * One paper as read from a paper list, before extraction.
 *
 * @param id           stable public id (a slug of the title unless the source gave one)
 * @param title        the title, whitespace-normalised
 * @param abstractText the abstract, whitespace-normalised
 * @param source       where it came from, for messages and provenance (e.g. {@code default-corpus:5})
 */
public record PaperRecord(String id, String title, String abstractText, String source) {

    public PaperRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(abstractText, "abstractText");
    }

    /** Title and abstract as one text, the unit extraction reads. */
    public String fullText() {
        return title + "\n" + abstractText;
    }
}
