package io.papergraph.api;

import io.papergraph.extraction.EntityKind;
import io.papergraph.graph.EntityQueries;
import io.papergraph.graph.ReadModels.CountedEntity;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import java.util.List;
import java.util.Set;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/concepts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Concepts", description = "Research topics and tasks, with their taxonomy.")
public class ConceptResource extends EntityResource {

    public ConceptResource(EntityQueries entities) {
        super(entities, EntityKind.CONCEPT);
    }

    @GET
    @Path("/{id}/cooccurring")
    @Operation(summary = "Concepts that appear on the same papers as this one",
            description = "With the number of papers each shares with this concept, most first (ties by id).")
    @APIResponse(responseCode = "200", description = "A page of co-occurring concepts",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CountedPage.class),
                    examples = @ExampleObject(name = "cooccurring", value = ApiExamples.COOCCURRING)))
    @APIResponse(responseCode = "400", description = "Bad limit or cursor",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No concept with this id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<CountedEntity> cooccurring(@Parameter(description = "Concept id or alias id.", example = "mixture-of-experts") @PathParam("id") String id,
                                           @Parameter(description = "Page size, 1..100.", example = "10") @QueryParam("limit") String limit,
                                           @Parameter(description = "The `next` value of the previous page.") @QueryParam("cursor") String cursor,
                                           @Context UriInfo uri) {
        QueryParams.rejectUnknown(uri, Set.of("limit", "cursor"));
        int size = QueryParams.limit(limit);
        String canonical = canonicalOrNotFound(id);
        String scope = "/concepts/cooccurring|" + canonical;
        Cursor position = Cursor.decode(cursor, scope);
        List<CountedEntity> rows = entities().cooccurring(canonical, position.offset(), size + 1);
        return QueryParams.page(rows, size, last -> new Cursor(null, position.offset() + size), scope);
    }

    @Schema(name = "CountedPage")
    public record CountedPage(List<CountedEntity> items, @Schema(nullable = true) String next) {
    }
}
