package io.papergraph.api;

import java.util.List;

/** Thrown by resources to answer with a problem detail; the mapper turns it into the response. */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String title;
    private final List<Problem.FieldError> errors;

    public ProblemException(int status, String title, String detail, List<Problem.FieldError> errors) {
        super(detail);
        this.status = status;
        this.title = title;
        this.errors = List.copyOf(errors);
    }

    public static ProblemException badRequest(String field, String detail) {
        return new ProblemException(400, "Bad request", detail, List.of(new Problem.FieldError(field, detail)));
    }

    /** "no paper with id 'x'": the one wording of an unknown id. */
    public static ProblemException noSuch(String what, String id) {
        return notFound("no " + what + " with id '" + id + "'");
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(404, "Not found", detail, List.of());
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }
}
