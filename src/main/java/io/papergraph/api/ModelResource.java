package io.papergraph.api;

import io.papergraph.extraction.EntityKind;
import io.papergraph.graph.EntityQueries;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/models")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Models", description = "Pretrained models papers use or compare with.")
public class ModelResource extends EntityResource {

    public ModelResource(EntityQueries entities) {
        super(entities, EntityKind.MODEL);
    }
}
