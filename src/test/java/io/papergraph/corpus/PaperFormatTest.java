package io.papergraph.corpus;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PaperFormatTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @DisplayName("media types pick the format, ignoring parameters and case")
    @CsvSource(delimiter = '|', value = {
            "text/plain                          | TEXT",
            "text/plain; charset=utf-8           | TEXT",
            "application/json                    | JSON",
            "Application/JSON;charset=UTF-8      | JSON",
            "application/x-ndjson                | JSON_LINES",
            "application/jsonl                   | JSON_LINES",
            "application/x-jsonlines             | JSON_LINES",
            "application/x-bibtex                | BIBTEX",
            "text/x-bibtex; charset=utf-8        | BIBTEX",
            "application/atom+xml                | ARXIV_ATOM",
    })
    void mediaTypes(String contentType, PaperFormat expected) {
        assertEquals(Optional.of(expected), PaperFormat.ofMediaType(contentType));
    }

    @ParameterizedTest(name = "{0}")
    @DisplayName("unknown or missing media types give no format")
    @ValueSource(strings = {"text/html", "application/xml", "", "json", "application/json-patch+json"})
    void unknownMediaTypes(String contentType) {
        assertEquals(Optional.empty(), PaperFormat.ofMediaType(contentType));
        assertEquals(Optional.empty(), PaperFormat.ofMediaType(null));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @DisplayName("file names pick the format by extension, ignoring case")
    @CsvSource(delimiter = '|', value = {
            "papers.txt          | TEXT",
            "papers.json         | JSON",
            "papers.jsonl        | JSON_LINES",
            "PAPERS.NDJSON       | JSON_LINES",
            "refs/my.bib         | BIBTEX",
            "export.atom         | ARXIV_ATOM",
            "arxiv-query.xml     | ARXIV_ATOM",
    })
    void fileNames(String name, PaperFormat expected) {
        assertEquals(Optional.of(expected), PaperFormat.ofFileName(name));
    }

    @ParameterizedTest(name = "{0}")
    @DisplayName("other file names give no format")
    @ValueSource(strings = {"papers.pdf", "papers", ".json", "papers.json.gz"})
    void unknownFileNames(String name) {
        assertEquals(Optional.empty(), PaperFormat.ofFileName(name));
    }

    @Test
    @DisplayName("each format lists its media types, the preferred one first")
    void mediaTypeLists() {
        assertEquals(List.of("application/x-ndjson", "application/jsonl", "application/x-jsonlines"), PaperFormat.JSON_LINES.mediaTypes());
        for (PaperFormat format : PaperFormat.values()) {
            for (String type : format.mediaTypes()) {
                assertEquals(Optional.of(format), PaperFormat.ofMediaType(type));
            }
        }
    }
}
