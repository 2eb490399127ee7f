package io.papergraph.corpus;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JsonLinesPaperParserTest {

    private static ParsedPaperList parse(String jsonl) {
        return PaperLists.parse(PaperFormat.JSON_LINES, jsonl, "feed.jsonl");
    }

    @Test
    @DisplayName("one object per line, blank lines skipped, sources by line")
    void happyPath() {
        ParsedPaperList result = parse("""
                {"title": "StepWise", "abstract": "We propose StepWise.", "year": 2024, "authors": ["Ada Lovelace"]}

                {"title": "Sparse Routing", "abstract": "We study routing.", "url": "https://example.org/p"}
                """);

        assertEquals(List.of(), result.problems());
        assertEquals(List.of(
                new PaperRecord("stepwise", "StepWise", "We propose StepWise.", "feed.jsonl:line 1", null, 2024, List.of("Ada Lovelace")),
                new PaperRecord("sparse-routing", "Sparse Routing", "We study routing.", "feed.jsonl:line 3", "https://example.org/p", null, List.of())),
                result.papers());
    }

    @Test
    @DisplayName("a malformed middle line is a problem at its line; the lines around it are still read")
    void badMiddleLine() {
        ParsedPaperList result = parse("""
                {"title": "First", "abstract": "One."}
                {"title": "Broken", "abstract": "Two."
                {"title": "Third", "abstract": "Three.", "year": true}
                {"title": "Fourth", "abstract": "Four."}
                """);

        assertEquals(List.of("first", "fourth"), result.papers().stream().map(PaperRecord::id).toList());
        assertEquals(2, result.problems().size());
        assertEquals("line 2", result.problems().get(0).location());
        assertTrue(result.problems().get(0).reason().startsWith("malformed JSON: "), result.problems().get(0).reason());
        assertEquals(new RecordProblem("line 3", "year must be an integer such as 2024, got a boolean"), result.problems().get(1));
    }

    @Test
    @DisplayName("a line with an array, two objects or a bare value is a problem at that line")
    void notOneObject() {
        ParsedPaperList result = parse("""
                [{"title": "T", "abstract": "A."}]
                {"title": "T", "abstract": "A."} {"title": "U", "abstract": "B."}
                null
                """);

        assertEquals(List.of("line 1", "line 2", "line 3"), result.problems().stream().map(RecordProblem::location).toList());
        assertEquals("expected a paper object {\"title\": …, \"abstract\": …}, got an array", result.problems().get(0).reason());
        assertEquals("expected a paper object {\"title\": …, \"abstract\": …}, got null", result.problems().get(2).reason());
    }

    @Test
    @DisplayName("a duplicate id names the line where it was first used")
    void duplicateIds() {
        ParsedPaperList result = parse("""
                {"id": "p1", "title": "First", "abstract": "One."}
                {"id": "p1", "title": "Second", "abstract": "Two."}
                """);

        assertEquals(List.of(new RecordProblem("line 2", "duplicate id 'p1', also at line 1")), result.problems());
    }

    @Test
    @DisplayName("CRLF line endings count as one line break")
    void crlf() {
        ParsedPaperList result = parse("{\"title\": \"A\", \"abstract\": \"One.\"}\r\n{\"title\": 1}\r\n");

        assertEquals(List.of(new RecordProblem("line 2", "title must be a string, got a number")), result.problems());
    }
}
