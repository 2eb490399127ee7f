package io.papergraph.api;

import io.papergraph.graph.GraphStats;
import io.papergraph.graph.StatsQueries;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Set;

@Path("/stats")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Stats", description = "The size of the graph.")
public class StatsResource {

    private final StatsQueries stats;

    public StatsResource(StatsQueries stats) {
        this.stats = stats;
    }

    @GET
    @Operation(summary = "Count nodes per label and relationships per type")
    @APIResponse(responseCode = "200", description = "The counts",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = GraphStats.class),
                    examples = @ExampleObject(name = "stats", value = ApiExamples.STATS)))
    @APIResponse(responseCode = "400", description = "Unknown parameter",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public GraphStats get(@Context UriInfo uri) {
        QueryParams.rejectUnknown(uri, Set.of());
        return stats.stats();
    }
}
