package io.papergraph.corpus;

import java.util.List;
import java.util.Objects;

/**
 * One paper as read from a paper list, before extraction.
 *
 * @param id           stable public id (a slug of the title unless the source gave one)
 * @param title        the title, whitespace-normalised
 * @param abstractText the abstract, whitespace-normalised
 * @param source       where it came from, for messages and provenance (e.g. {@code default-corpus:5})
 * @param url          the paper's page (arXiv abstract page, DOI link …), or null
 * @param year         year of publication, or null
 * @param authors      author names as the source wrote them; empty when unknown
 */
public record PaperRecord(String id, String title, String abstractText, String source, String url, Integer year,
                          List<String> authors) {

    public PaperRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(abstractText, "abstractText");
        authors = authors == null ? List.of() : List.copyOf(authors);
    }

    /** A paper known only by title and abstract, as in the default corpus's text format. */
    public PaperRecord(String id, String title, String abstractText, String source) {
        this(id, title, abstractText, source, null, null, List.of());
    }

    /** Title and abstract as one text, the unit extraction reads. */
    public String fullText() {
        return title + "\n" + abstractText;
    }

    /** Whether the two records say the same about the paper; where each came from does not count. */
    public boolean sameContent(PaperRecord other) {
        return id.equals(other.id) && title.equals(other.title) && abstractText.equals(other.abstractText)
                && Objects.equals(url, other.url) && Objects.equals(year, other.year) && authors.equals(other.authors);
    }
}
