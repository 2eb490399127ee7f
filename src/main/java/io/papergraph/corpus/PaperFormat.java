package io.papergraph.corpus;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The paper list formats papergraph reads. Callers pick one from a request's content type or an uploaded
 * file's name, so each format knows the media types and file extensions that stand for it.
 */
public enum PaperFormat {
    /** Title line, abstract line, repeated: the format of the default corpus. */
    TEXT(List.of("text/plain"), List.of(".txt")),
    /** A JSON array of paper objects. */
    JSON(List.of("application/json"), List.of(".json")),
    /** One paper object per line. */
    JSON_LINES(List.of("application/x-ndjson", "application/jsonl", "application/x-jsonlines"), List.of(".jsonl", ".ndjson")),
    /** BibTeX entries, as exported by reference managers and Google Scholar. */
    BIBTEX(List.of("application/x-bibtex", "text/x-bibtex"), List.of(".bib")),
    /** An Atom feed as returned by the arXiv API. */
    ARXIV_ATOM(List.of("application/atom+xml"), List.of(".atom", ".xml"));

    private final List<String> mediaTypes;
    private final List<String> extensions;

    PaperFormat(List<String> mediaTypes, List<String> extensions) {
        this.mediaTypes = mediaTypes;
        this.extensions = extensions;
    }

    /** The media types that stand for this format, the preferred one first. */
    public List<String> mediaTypes() {
        return mediaTypes;
    }

    /** The format of a content type such as {@code application/json; charset=utf-8}; parameters and case are ignored. */
    public static Optional<PaperFormat> ofMediaType(String contentType) {
        if (contentType == null) {
            return Optional.empty();
        }
        int semicolon = contentType.indexOf(';');
        String type = (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
        for (PaperFormat format : values()) {
            if (format.mediaTypes.contains(type)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }

    /** The format of a file name by its extension ({@code papers.bib}, {@code C:\x\LIST.JSONL}); case is ignored. */
    public static Optional<PaperFormat> ofFileName(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String lower = name.strip().toLowerCase(Locale.ROOT);
        for (PaperFormat format : values()) {
            for (String extension : format.extensions) {
                if (lower.endsWith(extension) && lower.length() > extension.length()) {
                    return Optional.of(format);
                }
            }
        }
        return Optional.empty();
    }
}
