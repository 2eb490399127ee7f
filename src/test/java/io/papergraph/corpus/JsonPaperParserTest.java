package io.papergraph.corpus;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JsonPaperParserTest {

    private static ParsedPaperList parse(String json) {
        return PaperLists.parse(PaperFormat.JSON, json, "upload.json");
    }

    @Test
    @DisplayName("an array of paper objects with every field gives papers with those fields")
    void happyPath() {
        ParsedPaperList result = parse("""
                [
                  {"title": "StepWise: Verifiable Planning", "abstract": "We propose StepWise.",
                   "id": "stepwise-2024", "url": "https://arxiv.org/abs/2401.01234", "year": 2024,
                   "authors": ["Ada Lovelace", "Alan Turing"]},
                  {"title": "Sparse Routing", "abstract": "We study routing.", "year": "2023", "url": null}
                ]
                """);

        assertEquals(List.of(), result.problems());
        assertTrue(result.valid());
        assertEquals(new PaperRecord("stepwise-2024", "StepWise: Verifiable Planning", "We propose StepWise.",
                "upload.json:index 0 (line 2)", "https://arxiv.org/abs/2401.01234", 2024, List.of("Ada Lovelace", "Alan Turing")),
                result.papers().get(0));
        assertEquals(new PaperRecord("sparse-routing", "Sparse Routing", "We study routing.", "upload.json:index 1 (line 5)",
                null, 2023, List.of()), result.papers().get(1));
    }

    @Test
    @DisplayName("an empty array is no papers and no problems")
    void emptyArray() {
        ParsedPaperList result = parse("[ ]");

        assertEquals(List.of(), result.papers());
        assertTrue(result.valid());
    }

    @Test
    @DisplayName("wrong types are problems naming the field; the other records are still read")
    void wrongTypes() {
        ParsedPaperList result = parse("""
                [
                  {"title": 42, "abstract": ["a"], "id": true, "url": {}, "year": 2024.5, "authors": "A and B"},
                  {"title": "Fine", "abstract": "Fine.", "year": "last year", "authors": ["A", 7]},
                  "just a string",
                  {"title": "Kept", "abstract": "Kept."}
                ]
                """);

        assertEquals(List.of("kept"), result.papers().stream().map(PaperRecord::id).toList());
        assertEquals(List.of(
                new RecordProblem("index 0 (line 2)", "title must be a string, got a number"),
                new RecordProblem("index 0 (line 2)", "abstract must be a string, got an array"),
                new RecordProblem("index 0 (line 2)", "id must be a string, got a boolean"),
                new RecordProblem("index 0 (line 2)", "url must be a string, got an object"),
                new RecordProblem("index 0 (line 2)", "year must be an integer such as 2024, got a number"),
                new RecordProblem("index 0 (line 2)", "authors must be an array of strings such as [\"Ada Lovelace\"], got a string"),
                new RecordProblem("index 1 (line 3)", "year must be an integer such as 2024, got 'last year'"),
                new RecordProblem("index 1 (line 3)", "authors[1] must be a string, got a number"),
                new RecordProblem("index 2 (line 4)", "expected a paper object {\"title\": …, \"abstract\": …}, got a string")),
                result.problems());
    }

    @Test
    @DisplayName("unknown fields are problems, with a suggestion for a likely typo")
    void unknownFields() {
        ParsedPaperList result = parse("""
                [{"title": "T", "abstarct": "A.", "source": "x"}]
                """);

        assertEquals(List.of(
                new RecordProblem("index 0 (line 1)", "unknown field 'abstarct'; did you mean 'abstract'?"),
                new RecordProblem("index 0 (line 1)", "unknown field 'source'; allowed: title, abstract, id, url, year, authors")),
                result.problems());
        assertEquals(List.of(), result.papers());
    }

    @Test
    @DisplayName("missing title or abstract is the validator's problem")
    void missingFields() {
        assertEquals(List.of(new RecordProblem("index 0 (line 1)", "abstract is missing")), parse("[{\"title\": \"T\"}]").problems());
    }

    @Test
    @DisplayName("a body that is not an array is one problem at 'body'")
    void notAnArray() {
        assertEquals(List.of(new RecordProblem("body", "expected a JSON array of paper objects [{\"title\": …, \"abstract\": …}], got an object")),
                parse("{\"title\": \"T\", \"abstract\": \"A.\"}").problems());
        assertEquals(List.of(new RecordProblem("body", "expected a JSON array of paper objects [{\"title\": …, \"abstract\": …}], got a single value")),
                parse("\"papers\"").problems());
    }

    @Test
    @DisplayName("malformed JSON is one problem with Jackson's line and column, and no papers")
    void malformed() {
        ParsedPaperList result = parse("""
                [
                  {"title": "T", "abstract": "A."},
                  {"title": "U" "abstract": "B."}
                ]
                """);

        assertEquals(List.of(), result.papers());
        assertEquals(1, result.problems().size());
        RecordProblem problem = result.problems().get(0);
        assertEquals("line 3, column 17", problem.location());
        assertTrue(problem.reason().startsWith("malformed JSON: Unexpected character"), problem.reason());
    }

    @Test
    @DisplayName("an unclosed array, trailing content and duplicate keys are malformed JSON")
    void otherSyntaxErrors() {
        assertTrue(parse("[{\"title\": \"T\", \"abstract\": \"A.\"}").problems().get(0).reason().startsWith("malformed JSON"));
        assertEquals(new RecordProblem("line 1, column 4", "malformed JSON: content after the closing ']'"), parse("[] []").problems().get(0));
        RecordProblem duplicate = parse("[{\"title\": \"T\", \"title\": \"U\", \"abstract\": \"A.\"}]").problems().get(0);
        assertTrue(duplicate.reason().contains("Duplicate field 'title'"), duplicate.reason());
    }

    @Test
    @DisplayName("deeply nested arrays are a problem, not a stack overflow")
    void deepNesting() {
        ParsedPaperList result = parse("[".repeat(100_000) + "]".repeat(100_000));

        assertEquals(1, result.problems().size(), result.problems()::toString);
    }
}
