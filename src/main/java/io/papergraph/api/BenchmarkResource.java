package io.papergraph.api;

import io.papergraph.extraction.EntityKind;
import io.papergraph.graph.EntityQueries;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/benchmarks")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Benchmarks", description = "Benchmarks, datasets and environments papers introduce or evaluate on.")
public class BenchmarkResource extends EntityResource {

    public BenchmarkResource(EntityQueries entities) {
        super(entities, EntityKind.BENCHMARK);
    }
}
