package io.papergraph.api;

import io.papergraph.extraction.EntityKind;
import io.papergraph.graph.EntityQueries;
import io.papergraph.graph.ReadModels.EntityDetail;
import io.papergraph.graph.ReadModels.EntitySummary;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
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

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The list and detail operations every entity kind shares; one subclass per kind fixes the path and
 * the label, so the label always comes from {@link EntityKind}.
 */
public abstract class EntityResource {

    private final EntityQueries entities;
    private final EntityKind kind;

    protected EntityResource(EntityQueries entities, EntityKind kind) {
        this.entities = entities;
        this.kind = kind;
    }

    @GET
    @Operation(summary = "List entities of this kind",
            description = "With the number of connected papers; in id order, or with `sort=papers` most connected first (ties by id).")
    @APIResponse(responseCode = "200", description = "A page of entities",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EntityPage.class),
                    examples = @ExampleObject(name = "benchmarks", value = ApiExamples.ENTITY_PAGE)))
    @APIResponse(responseCode = "400", description = "Bad limit, cursor or parameter",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "bad limit", value = ApiExamples.PROBLEM_400)))
    public Page<EntitySummary> list(@Parameter(description = "Page size, 1..100.", example = "20") @QueryParam("limit") String limit,
                                    @Parameter(description = "The `next` value of the previous page.") @QueryParam("cursor") String cursor,
                                    @Parameter(description = "id (default) or papers.", example = "papers") @QueryParam("sort") String sort,
                                    @Context UriInfo uri) {
        QueryParams.rejectUnknown(uri, Set.of("limit", "cursor", "sort"));
        int size = QueryParams.limit(limit);
        EntitySort order = EntitySort.parse(sort);
        String scope = "/" + kind.name() + "|" + order;
        Cursor position = Cursor.decode(cursor, scope);
        if (order == EntitySort.PAPERS) {
            List<EntitySummary> rows = entities.listByPapers(kind, position.offset(), size);
            return QueryParams.page(rows, size, last -> new Cursor(null, position.offset() + size), scope);
        }
        List<EntitySummary> rows = entities.list(kind, position.after(), size);
        return QueryParams.page(rows, size, last -> new Cursor(last.id(), 0), scope);
    }

    /** The orders a list can have; the query for each is fixed, never built from input. */
    enum EntitySort {
        ID, PAPERS;

        static EntitySort parse(String raw) {
            if (raw == null || raw.isBlank() || raw.strip().equals("id")) {
                return ID;
            }
            if (raw.strip().equals("papers")) {
                return PAPERS;
            }
            throw ProblemException.badRequest("sort", "sort must be id or papers, got '" + raw + "'");
        }
    }

    protected EntityQueries entities() {
        return entities;
    }

    protected EntityKind kind() {
        return kind;
    }

    protected String canonicalOrNotFound(String id) {
        return entities.canonicalId(kind, id)
                .orElseThrow(() -> ProblemException.noSuch(kind.label().toLowerCase(Locale.ROOT), id));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get an entity with the papers connected to it",
            description = "Each paper comes with the relationship, its evidence sentence and confidence. Any alias id "
                    + "(the slug of an alias, e.g. `cot`) answers with the canonical entity. Benchmarks also list the "
                    + "methods their papers propose and the reported results as a table; concepts their broader, narrower "
                    + "and co-occurring concepts.")
    @APIResponse(responseCode = "200", description = "The entity",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EntityDetail.class),
                    examples = @ExampleObject(name = "benchmark", value = ApiExamples.ENTITY_DETAIL)))
    @APIResponse(responseCode = "404", description = "No entity of this kind with this id or alias id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unknown", value = ApiExamples.PROBLEM_404)))
    public EntityDetail get(@Parameter(description = "Entity id or alias id.", example = "gsm8k") @PathParam("id") String id,
                            @Context UriInfo uri) {
        QueryParams.rejectUnknown(uri, Set.of());
        return entities.detail(kind, canonicalOrNotFound(id))
                .orElseThrow(() -> ProblemException.noSuch(kind.label().toLowerCase(Locale.ROOT), id));
    }

    @Schema(name = "EntityPage")
    public record EntityPage(List<EntitySummary> items, @Schema(nullable = true) String next) {
    }
}
