package io.papergraph.api;

import io.papergraph.extraction.EntityKind;
import io.papergraph.graph.EntityQueries;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/methods")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Methods", description = "Methods, frameworks and algorithms papers propose or compare with.")
public class MethodResource extends EntityResource {

    public MethodResource(EntityQueries entities) {
        super(entities, EntityKind.METHOD);
    }
}
