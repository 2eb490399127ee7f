package io.papergraph.api;

import io.papergraph.corpus.PaperFormat;
import io.papergraph.graph.ImportReport;
import io.papergraph.graph.PaperImporter;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Set;

@Path("/imports")
@SecurityScheme(securitySchemeName = "apiKey", type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "One of the keys in PAPERGRAPH_API_KEYS, sent as Authorization: Bearer <key>. Every write needs one; reads need none.")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Imports", description = "Load your own paper lists. Needs an API key.")
public class ImportResource {

    private final PaperImporter importer;

    public ImportResource(PaperImporter importer) {
        this.importer = importer;
    }

    @POST
    @WriteAccess
    @Consumes(MediaType.WILDCARD)
    @SecurityRequirement(name = "apiKey")
    @Operation(summary = "Import a paper list",
            description = "The format follows Content-Type: text/plain (the default corpus's format: a title line, then an "
                    + "abstract line), application/json (an array of papers), application/x-ndjson (one paper per line), "
                    + "application/x-bibtex (entries with an abstract field) or application/atom+xml (an arXiv API feed). "
                    + "The whole input is validated first: one invalid record and nothing is imported. New papers are created, "
                    + "changed ones re-extracted with their stale facts removed, unchanged ones left as they are, so importing "
                    + "the same list again changes nothing.")
    @RequestBody(required = true, content = {
            @Content(mediaType = "application/json", schema = @Schema(implementation = PaperInput[].class),
                    examples = @ExampleObject(name = "two papers", value = ApiExamples.IMPORT_JSON)),
            @Content(mediaType = "application/x-ndjson", examples = @ExampleObject(name = "one per line", value = ApiExamples.IMPORT_JSONL)),
            @Content(mediaType = "text/plain", examples = @ExampleObject(name = "title and abstract lines", value = ApiExamples.IMPORT_TEXT)),
            @Content(mediaType = "application/x-bibtex", examples = @ExampleObject(name = "BibTeX", value = ApiExamples.IMPORT_BIBTEX)),
            @Content(mediaType = "application/atom+xml", examples = @ExampleObject(name = "arXiv feed", value = ApiExamples.IMPORT_ATOM))})
    @APIResponse(responseCode = "200", description = "What the import did, paper by paper",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportReport.class),
                    examples = @ExampleObject(name = "report", value = ApiExamples.IMPORT_REPORT)))
    @APIResponse(responseCode = "400", description = "Empty body or invalid records, each named with its line, index or entry; nothing was imported",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "invalid records", value = ApiExamples.PROBLEM_INVALID_PAPERS)))
    @APIResponse(responseCode = "401", description = "No API key", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Wrong API key, writes disabled, or a browser origin not configured by name",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "Body larger than the configured limit (32 MiB by default)")
    @APIResponse(responseCode = "415", description = "A Content-Type papergraph does not read",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "Another import held the graph for too long",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ImportReport importPapers(byte[] body, @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, @Context UriInfo uri) {
        QueryParams.rejectUnknown(uri, Set.of());
        PaperFormat format = PaperListInput.format(contentType);
        return importer.importPapers(PaperListInput.papers(format, body, "import"), "POST /imports");
    }
}
