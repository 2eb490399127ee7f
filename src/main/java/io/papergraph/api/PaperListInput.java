package io.papergraph.api;

import io.papergraph.corpus.PaperFormat;
import io.papergraph.corpus.PaperLists;
import io.papergraph.corpus.ParsedPaperList;
import io.papergraph.corpus.PaperRecord;
import io.papergraph.corpus.RecordProblem;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Turns a request body into validated papers, or into the 4xx that says what is wrong with it: 415 for a
 * format papergraph does not read, 400 naming every offending record. Nothing reaches the graph before
 * the whole body has passed.
 */
final class PaperListInput {

    /** At most this many record problems are listed in one answer; the detail says how many there were. */
    static final int MAX_LISTED_PROBLEMS = 100;

    private PaperListInput() {
    }

    static PaperFormat format(String contentType) {
        return PaperFormat.ofMediaType(contentType == null ? "" : contentType).orElseThrow(() -> new ProblemException(415,
                "Unsupported Media Type", (contentType == null || contentType.isBlank() ? "no Content-Type was given"
                        : "papergraph does not read " + contentType) + "; send one of " + acceptedMediaTypes(), List.of()));
    }

    static String acceptedMediaTypes() {
        return Arrays.stream(PaperFormat.values()).flatMap(f -> f.mediaTypes().stream()).collect(Collectors.joining(", "));
    }

    static List<PaperRecord> papers(PaperFormat format, byte[] body, String sourceName) {
        return valid(PaperLists.parse(format, body == null ? new byte[0] : body, sourceName));
    }

    /** The papers, or the 400 that names every problem. */
    static List<PaperRecord> valid(ParsedPaperList parsed) {
        if (!parsed.problems().isEmpty()) {
            throw invalid(parsed.problems());
        }
        if (parsed.papers().isEmpty()) {
            throw new ProblemException(400, "Bad request", "the body holds no papers", List.of(new Problem.FieldError("body", "no papers")));
        }
        return parsed.papers();
    }

    static ProblemException invalid(List<RecordProblem> problems) {
        List<Problem.FieldError> errors = problems.stream().limit(MAX_LISTED_PROBLEMS)
                .map(p -> new Problem.FieldError(p.location(), p.reason())).toList();
        String listed = problems.size() > MAX_LISTED_PROBLEMS ? " (the first " + MAX_LISTED_PROBLEMS + " are listed)" : "";
        RecordProblem first = problems.get(0);
        String summary = problems.size() > 1 ? problems.size() + " problems in the input" + listed
                : first.location().equals("body") ? first.reason() : first.location() + ": " + first.reason();
        return new ProblemException(400, "Invalid papers", summary + "; nothing was imported", errors);
    }
}
