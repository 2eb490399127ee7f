package io.papergraph.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.papergraph.corpus.PaperFormat;
import io.papergraph.corpus.PaperLists;
import io.papergraph.corpus.PaperRecord;
import io.papergraph.graph.ImportReport;
import io.papergraph.graph.PaperImporter;
import io.papergraph.graph.PaperQueries;
import io.papergraph.graph.PaperRemover;
import io.papergraph.graph.ReadModels.PaperDetail;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.Set;

/** Creates, replaces and removes single papers; each goes through the same extraction as an import. */
@Path("/papers")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Papers")
public class PaperWriteResource {

    private final PaperImporter importer;
    private final PaperRemover remover;
    private final PaperQueries papers;
    private final ObjectMapper json;

    public PaperWriteResource(PaperImporter importer, PaperRemover remover, PaperQueries papers, ObjectMapper json) {
        this.importer = importer;
        this.remover = remover;
        this.papers = papers;
        this.json = json;
    }

    @POST
    @WriteAccess
    @Consumes(MediaType.WILDCARD)
    @SecurityRequirement(name = "apiKey")
    @Operation(summary = "Add a paper", description = "Extracts the paper's facts and links it into the graph. Its id is the one "
            + "given, or the slug of its title; a paper with that id already there is a conflict (replace it with PUT).")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PaperInput.class),
            examples = @ExampleObject(name = "paper", value = ApiExamples.PAPER_INPUT)))
    @APIResponse(responseCode = "201", description = "Created; Location names the new paper",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PaperDetail.class),
                    examples = @ExampleObject(name = "paper", value = ApiExamples.PAPER_DETAIL)))
    @APIResponse(responseCode = "400", description = "Invalid paper: missing title or abstract, too long, bad id …",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No API key", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Wrong API key or writes disabled", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "A paper with this id exists", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = "Not JSON", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(byte[] body, @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, @Context UriInfo uri) {
        QueryParams.rejectUnknown(uri, Set.of());
        PaperRecord paper = paper(body, contentType, null);
        importer.create(paper, "POST /papers");
        return Response.created(uri.getBaseUriBuilder().path("papers").path(paper.id()).build()).entity(detail(paper.id())).build();
    }

    @PUT
    @Path("/{id}")
    @WriteAccess
    @Consumes(MediaType.WILDCARD)
    @SecurityRequirement(name = "apiKey")
    @Operation(summary = "Create or replace a paper", description = "Stores the paper under this id. Changed text is re-extracted "
            + "and the facts the old text gave are removed; the same text again changes nothing.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PaperInput.class),
            examples = @ExampleObject(name = "paper", value = ApiExamples.PAPER_INPUT)))
    @APIResponse(responseCode = "200", description = "Replaced (or unchanged)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PaperDetail.class),
                    examples = @ExampleObject(name = "paper", value = ApiExamples.PAPER_DETAIL)))
    @APIResponse(responseCode = "201", description = "Created", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PaperDetail.class)))
    @APIResponse(responseCode = "400", description = "Invalid paper, or a body id that differs from the path",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No API key", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Wrong API key or writes disabled", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = "Not JSON", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response replace(@Parameter(description = "Paper id.", example = "combining-modular-skills-in-multitask-learning") @PathParam("id") String id,
                            byte[] body, @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, @Context UriInfo uri) {
        QueryParams.rejectUnknown(uri, Set.of());
        PaperRecord paper = paper(body, contentType, id);
        ImportReport report = importer.importPapers(List.of(paper), "PUT /papers/" + id);
        if (report.created() == 1) {
            return Response.created(uri.getAbsolutePath()).entity(detail(id)).build();
        }
        return Response.ok(detail(id)).build();
    }

    @DELETE
    @Path("/{id}")
    @WriteAccess
    @SecurityRequirement(name = "apiKey")
    @Operation(summary = "Remove a paper", description = "Removes the paper, its results, and the methods, benchmarks, models and "
            + "metrics no other paper uses; papers that were similar to it are relinked.")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "401", description = "No API key", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Wrong API key or writes disabled", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No paper with this id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response remove(@Parameter(description = "Paper id.") @PathParam("id") String id, @Context UriInfo uri) {
        QueryParams.rejectUnknown(uri, Set.of());
        if (remover.remove(List.of(id)) == 0) {
            throw ProblemException.noSuch("paper", id);
        }
        return Response.noContent().build();
    }

    private PaperDetail detail(String id) {
        return papers.detail(id).orElseThrow(() -> ProblemException.noSuch("paper", id));
    }

    /**
     * The body as one validated paper. It is read as one JSON object and handed to the same field reading and
     * checks as an import, so a single write and an import refuse the same things with the same words.
     */
    private PaperRecord paper(byte[] body, String contentType, String pathId) {
        if (PaperListInput.format(contentType) != PaperFormat.JSON) {
            throw new ProblemException(415, "Unsupported Media Type", "a paper is sent as application/json; lists of papers in other "
                    + "formats go to POST /imports", List.of());
        }
        JsonNode node;
        try {
            node = json.reader().with(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                    .readTree(body == null ? new byte[0] : body);
        } catch (java.io.IOException e) {
            String reason = e instanceof JsonProcessingException p ? p.getOriginalMessage() : e.getMessage();
            throw ProblemException.badRequest("body", "the body is not JSON: " + reason);
        }
        if (node == null || node.isMissingNode()) {
            throw ProblemException.badRequest("body", "the body is empty");
        }
        if (!(node instanceof ObjectNode object)) {
            throw ProblemException.badRequest("body", "the body must be one JSON object with title and abstract");
        }
        if (pathId != null) {
            JsonNode given = object.get("id");
            if (given != null && !given.isNull() && !pathId.equals(given.asText())) {
                throw ProblemException.badRequest("id", "the body's id '" + given.asText() + "' differs from the path's '" + pathId + "'");
            }
            object.put("id", pathId);
        }
        return PaperListInput.valid(PaperLists.parseObject(object, "api")).get(0);
    }
}
