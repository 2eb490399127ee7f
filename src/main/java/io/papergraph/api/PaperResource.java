package io.papergraph.api;

import io.papergraph.config.PapergraphConfig;
import io.papergraph.extraction.EntityKind;
import io.papergraph.graph.EntityQueries;
import io.papergraph.graph.PaperQueries;
import io.papergraph.graph.PaperQueries.PaperFilter;
import io.papergraph.graph.ReadModels.PaperDetail;
import io.papergraph.graph.ReadModels.PaperSummary;
import io.papergraph.graph.ReadModels.RelatedPaper;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.Map;
import java.util.Set;

@Path("/papers")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Papers", description = "Papers and the facts extracted from them.")
public class PaperResource {

    private static final int MAX_QUERY_LENGTH = 500;

    private final PaperQueries papers;
    private final EntityQueries entities;
    private final PapergraphConfig config;

    public PaperResource(PaperQueries papers, EntityQueries entities, PapergraphConfig config) {
        this.papers = papers;
        this.entities = entities;
        this.config = config;
    }

    @GET
    @Operation(summary = "List or search papers",
            description = "Papers in id order, or ranked by full-text relevance when `q` is given. Filters take entity ids "
                    + "(or an alias id) and combine with AND.")
    @APIResponse(responseCode = "200", description = "A page of papers",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PaperPage.class),
                    examples = @ExampleObject(name = "papers", value = ApiExamples.PAPER_PAGE)))
    @APIResponse(responseCode = "400", description = "Bad parameter: limit out of 1..100, forged cursor, unknown parameter",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "bad limit", value = ApiExamples.PROBLEM_400)))
    @APIResponse(responseCode = "404", description = "A filter names an entity that does not exist",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<PaperSummary> list(
            @Parameter(description = "Full-text search over title and abstract; plain words, Lucene syntax is escaped.", example = "task decomposition")
            @QueryParam("q") String q,
            @Parameter(description = "Only papers about this concept (id).", example = "mixture-of-experts") @QueryParam("concept") String concept,
            @Parameter(description = "Only papers evaluated on or introducing this benchmark (id).", example = "gsm8k") @QueryParam("benchmark") String benchmark,
            @Parameter(description = "Only papers proposing or comparing with this method (id).", example = "chain-of-thought-prompting") @QueryParam("method") String method,
            @Parameter(description = "Page size, 1..100.", example = "20") @QueryParam("limit") String limit,
            @Parameter(description = "The `next` value of the previous page.") @QueryParam("cursor") String cursor,
            @Context UriInfo uri) {
        QueryParams.rejectUnknown(uri, Set.of("q", "concept", "benchmark", "method", "limit", "cursor"));
        int size = QueryParams.limit(limit);
        String text = QueryParams.optionalText("q", q, MAX_QUERY_LENGTH);
        PaperFilter filter = new PaperFilter(
                canonical(EntityKind.CONCEPT, "concept", concept),
                canonical(EntityKind.BENCHMARK, "benchmark", benchmark),
                canonical(EntityKind.METHOD, "method", method));
        String scope = "/papers|" + text + "|" + filter;
        Cursor position = Cursor.decode(cursor, scope);
        if (text == null) {
            List<PaperSummary> rows = papers.list(filter, position.after(), size);
            return QueryParams.page(rows, size, last -> new Cursor(last.id(), 0), scope);
        }
        try {
            List<PaperSummary> rows = papers.search(Lucene.escape(text), filter, position.offset(), size);
            return QueryParams.page(rows, size, last -> new Cursor(null, position.offset() + size), scope);
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("q", "q could not be searched: " + e.getMessage() + "; try plain words");
        }
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get a paper with its extracted facts",
            description = "Every fact carries the sentence it was read from, the rule that fired and a confidence; "
                    + "each list is ordered most confident first.")
    @APIResponse(responseCode = "200", description = "The paper",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PaperDetail.class),
                    examples = @ExampleObject(name = "paper", value = ApiExamples.PAPER_DETAIL)))
    @APIResponse(responseCode = "404", description = "No paper with this id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unknown paper", value = ApiExamples.PROBLEM_404)))
    public PaperDetail get(@Parameter(description = "Paper id.", example = "combining-modular-skills-in-multitask-learning") @PathParam("id") String id,
                           @Context UriInfo uri) {
        QueryParams.rejectUnknown(uri, Set.of());
        return papers.detail(id).orElseThrow(() -> ProblemException.noSuch("paper", id));
    }

    @GET
    @Path("/{id}/related")
    @Operation(summary = "Related papers, with the reasons",
            description = "Papers that share methods, benchmarks, models or concepts with this one, ranked by the summed "
                    + "weight of what they share. A shared node weighs ln(1 + N / n), N papers in the graph and n papers "
                    + "connected to the node, so a niche benchmark counts more than a broad concept. Never the paper itself; "
                    + "ties are broken by id. `concept` and `benchmark` keep only related papers connected to that entity. "
                    + "With embeddings on, text similarity is one more signal: a SIMILAR_TO edge of cosine c adds "
                    + "c × papergraph.semantic.related-text-weight (default 3.0), shown as `signals.text` and a reason of type "
                    + "`text`, so a paper that shares no node can still appear. Each kind of shared node can be weighted "
                    + "further with papergraph.related.{method,benchmark,model,concept}-weight (default 1.0).")
    @APIResponse(responseCode = "200", description = "A page of related papers",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RelatedPage.class),
                    examples = @ExampleObject(name = "related", value = ApiExamples.RELATED_PAGE)))
    @APIResponse(responseCode = "400", description = "Bad limit or cursor",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No paper with this id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<RelatedPaper> related(@Parameter(description = "Paper id.") @PathParam("id") String id,
                                      @Parameter(description = "Only related papers about this concept (id).", example = "task-decomposition") @QueryParam("concept") String concept,
                                      @Parameter(description = "Only related papers evaluated on or introducing this benchmark (id).", example = "gsm8k") @QueryParam("benchmark") String benchmark,
                                      @Parameter(description = "Page size, 1..100.", example = "10") @QueryParam("limit") String limit,
                                      @Parameter(description = "The `next` value of the previous page.") @QueryParam("cursor") String cursor,
                                      @Context UriInfo uri) {
        QueryParams.rejectUnknown(uri, Set.of("concept", "benchmark", "limit", "cursor"));
        int size = QueryParams.limit(limit);
        PaperFilter filter = new PaperFilter(canonical(EntityKind.CONCEPT, "concept", concept),
                canonical(EntityKind.BENCHMARK, "benchmark", benchmark), null);
        String scope = "/papers/related|" + id + "|" + filter;
        Cursor position = Cursor.decode(cursor, scope);
        if (!papers.exists(id)) {
            throw ProblemException.noSuch("paper", id);
        }
        Map<String, Double> kindWeights = Map.of("method", config.related().methodWeight(), "benchmark", config.related().benchmarkWeight(),
                "model", config.related().modelWeight(), "concept", config.related().conceptWeight());
        List<RelatedPaper> rows = papers.related(id, filter, kindWeights, config.semantic().relatedTextWeight(), position.offset(), size);
        return QueryParams.page(rows, size, last -> new Cursor(null, position.offset() + size), scope);
    }

    @GET
    @Path("/{id}/similar")
    @Operation(summary = "Papers most similar in meaning",
            description = "The paper's SIMILAR_TO neighbours: the papers whose title and abstract embeddings are nearest "
                    + "(cosine similarity as score; at most papergraph.semantic.similar-k, at least similar-threshold). "
                    + "Answers 503 when embeddings are switched off.")
    @APIResponse(responseCode = "200", description = "A page of similar papers",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PaperPage.class),
                    examples = @ExampleObject(name = "similar", value = ApiExamples.SIMILAR)))
    @APIResponse(responseCode = "400", description = "Bad limit or cursor",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No paper with this id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "Embeddings are switched off on this server",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<PaperSummary> similar(@Parameter(description = "Paper id.") @PathParam("id") String id,
                                      @Parameter(description = "Page size, 1..100.", example = "10") @QueryParam("limit") String limit,
                                      @Parameter(description = "The `next` value of the previous page.") @QueryParam("cursor") String cursor,
                                      @Context UriInfo uri) {
        QueryParams.rejectUnknown(uri, Set.of("limit", "cursor"));
        int size = QueryParams.limit(limit);
        String scope = "/papers/similar|" + id;
        Cursor position = Cursor.decode(cursor, scope);
        if (!papers.exists(id)) {
            throw ProblemException.noSuch("paper", id);
        }
        if (!config.semantic().enabled()) {
            throw new io.papergraph.embedding.PaperEmbedder.SemanticFeaturesDisabled();
        }
        List<PaperSummary> rows = papers.similar(id, position.offset(), size);
        return QueryParams.page(rows, size, last -> new Cursor(null, position.offset() + size), scope);
    }

    static final int MAX_BATCH = 100;

    @Schema(description = "Paper ids to look up, at most 100.")
    public record BatchRequest(@Schema(example = "[\"combining-modular-skills-in-multitask-learning\", \"no-such-paper\"]") List<String> ids) {
    }

    @Schema(description = "One looked-up id: the paper, or why there is none.")
    public record BatchItem(String id, @Schema(nullable = true) PaperDetail paper, @Schema(nullable = true) Problem error) {
    }

    @Schema(description = "The papers in the order the ids were asked.")
    public record BatchResponse(List<BatchItem> items) {
    }

    @POST
    @Path("/batch")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Look up many papers at once",
            description = "Up to 100 ids, answered in the order asked; an unknown id gets a 404 problem in its place "
                    + "instead of failing the whole request. A read: no write key needed.")
    @APIResponse(responseCode = "200", description = "One item per id asked",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BatchResponse.class),
                    examples = @ExampleObject(name = "batch", value = ApiExamples.BATCH)))
    @APIResponse(responseCode = "400", description = "No body, no ids, more than 100, or a blank id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public BatchResponse batch(BatchRequest request, @Context UriInfo uri) {
        QueryParams.rejectUnknown(uri, Set.of());
        if (request == null || request.ids() == null || request.ids().isEmpty()) {
            throw ProblemException.badRequest("ids", "ids must list 1 to " + MAX_BATCH + " paper ids");
        }
        if (request.ids().size() > MAX_BATCH) {
            throw ProblemException.badRequest("ids", "at most " + MAX_BATCH + " ids per request, got " + request.ids().size());
        }
        List<Problem.FieldError> blank = new java.util.ArrayList<>();
        for (int i = 0; i < request.ids().size(); i++) {
            String id = request.ids().get(i);
            if (id == null || id.isBlank() || id.length() > 300) {
                blank.add(new Problem.FieldError("ids[" + i + "]", "must be a paper id"));
            }
        }
        if (!blank.isEmpty()) {
            throw new ProblemException(400, "Bad request", "some ids are not paper ids", blank);
        }
        return new BatchResponse(request.ids().stream().map(id -> papers.detail(id)
                .map(paper -> new BatchItem(id, paper, null))
                .orElseGet(() -> new BatchItem(id, null, Problem.of(404, "Not found", ProblemException.noSuch("paper", id).getMessage(),
                        "/papers/" + id, List.of()))))
                .toList());
    }

    private String canonical(EntityKind kind, String field, String id) {
        String value = QueryParams.optionalText(field, id, 200);
        if (value == null) {
            return null;
        }
        return entities.canonicalId(kind, value)
                .orElseThrow(() -> ProblemException.noSuch(kind.label().toLowerCase(java.util.Locale.ROOT), value));
    }

    /** For the OpenAPI document: the concrete page types. */
    @Schema(name = "PaperPage")
    public record PaperPage(List<PaperSummary> items, @Schema(nullable = true) String next) {
    }

    @Schema(name = "RelatedPage")
    public record RelatedPage(List<RelatedPaper> items, @Schema(nullable = true) String next) {
    }
}
