package io.papergraph.api;

import io.papergraph.extraction.EntityKind;
import io.papergraph.graph.EntityQueries;
import jakarta.ws.rs.Path;
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
}
