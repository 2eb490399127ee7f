package io.papergraph.api;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.List;

/**
 * Every error leaves as {@code application/problem+json}: our own problems, the framework's 4xx (unknown
 * path, wrong method, unreadable body) and, for anything unexpected, a 500 that reveals nothing internal.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return respond(e.status(), e.title(), e.getMessage(), uri, e.errors());
    }

    @ServerExceptionMapper
    public Response semanticOff(io.papergraph.embedding.PaperEmbedder.SemanticFeaturesDisabled e, UriInfo uri) {
        return respond(503, "Semantic features unavailable", e.getMessage() + "; text search and every other operation still work",
                uri, List.of());
    }

    @ServerExceptionMapper
    public Response busy(io.papergraph.graph.GraphWriteLock.GraphBusy e, UriInfo uri) {
        return Response.fromResponse(respond(503, "Service Unavailable", e.getMessage(), uri, List.of())).header("Retry-After", "30").build();
    }

    /** The import could not be written and was undone; the cause is in the log, the graph is as it was. */
    @ServerExceptionMapper
    public Response importFailed(io.papergraph.graph.PaperImporter.ImportFailed e, UriInfo uri) {
        LOG.error("Import failed on " + uri.getPath(), e);
        String state = e.undone() ? "was undone; the graph is as it was before" : "could not be undone either; the graph may hold part of it";
        return respond(500, "Import failed", "the import could not be written and " + state + ". The error is in the server's log.",
                uri, List.of());
    }

    @ServerExceptionMapper
    public Response paperExists(io.papergraph.graph.PaperImporter.PaperExists e, UriInfo uri) {
        return respond(409, "Conflict", "a paper with id '" + e.id() + "' exists; PUT /papers/" + e.id() + " replaces it", uri,
                List.of(new Problem.FieldError("id", "taken")));
    }

    /** A body that is JSON of the wrong shape (an array where an object belongs, a string for a list …). */
    @ServerExceptionMapper
    public Response unreadableJson(com.fasterxml.jackson.core.JsonProcessingException e, UriInfo uri) {
        String detail = "the request body does not have the shape this operation takes: "
                + e.getOriginalMessage().replaceAll("\\s+", " ");
        return respond(400, "Bad request", detail.length() > 300 ? detail.substring(0, 300) + "…" : detail, uri,
                List.of(new Problem.FieldError("body", "unreadable")));
    }

    /** Quarkus maps this one itself (400 without a body); ours answers with a problem like every other error. */
    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER - 100)
    public Response mismatchedJson(com.fasterxml.jackson.databind.exc.MismatchedInputException e, UriInfo uri) {
        return unreadableJson(e, uri);
    }

    @ServerExceptionMapper
    public Response framework(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        Response.StatusType type = Response.Status.fromStatusCode(status);
        String title = type == null ? "Error" : type.getReasonPhrase();
        String detail = status == 404 ? "No resource at " + uri.getPath() : e.getMessage();
        return respond(status, title, detail, uri, List.of());
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e, UriInfo uri) {
        LOG.error("Unexpected error on " + uri.getPath(), e);
        return respond(500, "Internal error", "The server could not answer; the error is in its log.", uri, List.of());
    }

    static Response respond(int status, String title, String detail, UriInfo uri, List<Problem.FieldError> errors) {
        Problem body = Problem.of(status, title, detail, uri == null ? null : uri.getPath(), errors);
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(body).build();
    }
}
