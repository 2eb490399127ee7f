package io.papergraph.api;

import io.papergraph.graph.ExploreQueries;
import io.papergraph.graph.ExploreQueries.GraphEdge;
import io.papergraph.graph.ExploreQueries.GraphNode;
import io.papergraph.graph.ExploreQueries.Neighbourhood;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
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
import java.util.Set;

@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Explore", description = "How papers and entities connect: paths and neighbourhoods.")
public class ExploreResource {

    static final int DEFAULT_MAX_LENGTH = 4;
    static final int MAX_LENGTH = 6;
    static final int DEFAULT_PATHS = 5;
    static final int MAX_PATHS = 20;
    static final int DEFAULT_NODES = 50;
    static final int MAX_NODES = 200;

    private final ExploreQueries explore;

    public ExploreResource(ExploreQueries explore) {
        this.explore = explore;
    }

    @Schema(description = "A node: `id` is `type:entityId`, unique across types.")
    public record NodeView(@Schema(example = "benchmark:gsm8k") String id, @Schema(example = "benchmark") String type,
                           @Schema(example = "gsm8k") String entityId, @Schema(example = "GSM8K") String name) {
    }

    @Schema(description = "A directed, typed edge between two nodes of the answer.")
    public record EdgeView(@Schema(example = "paper:stepcoder-…|EVALUATED_ON|benchmark:apps") String id,
                           @Schema(example = "paper:some-paper") String source,
                           @Schema(example = "benchmark:gsm8k") String target,
                           @Schema(example = "EVALUATED_ON") String type,
                           @Schema(description = "Confidence of the extracted fact, or the score of a similarity edge.", nullable = true) Double weight,
                           @Schema(description = "The sentence the fact was read from.", nullable = true) String evidence) {
    }

    @Schema(description = "One shortest connection: nodes in order from `from` to `to`, and the edges between them.")
    public record PathView(List<NodeView> nodes, List<EdgeView> edges) {
    }

    @Schema(description = "Shortest connections, all of the same (shortest) length; empty when none is within maxLength.")
    public record PathsView(int length, List<PathView> paths) {
    }

    @Schema(description = "A neighbourhood as nodes and edges, ready for d3 (`source`/`target`) or, with "
            + "format=cytoscape, as Cytoscape.js elements.")
    public record GraphView(List<NodeView> nodes, List<EdgeView> edges, boolean truncated) {
    }

    @Schema(description = "Cytoscape.js elements: pass `elements` to cytoscape({elements}).")
    public record CytoscapeView(Elements elements, boolean truncated) {
        public record Elements(List<Data<NodeView>> nodes, List<Data<EdgeView>> edges) {
        }

        public record Data<T>(T data) {
        }
    }

    @GET
    @Path("paths")
    @Operation(summary = "Shortest connections between two papers or entities",
            description = "All shortest paths (up to `limit`, in a stable order) between `from` and `to` over the "
                    + "relationships of the model, at most `maxLength` hops. Not connected within that length: an empty list.")
    @APIResponse(responseCode = "200", description = "The paths",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PathsView.class),
                    examples = @ExampleObject(name = "paths", value = ApiExamples.PATHS)))
    @APIResponse(responseCode = "400", description = "Malformed from/to, unknown type, same node twice, bad maxLength or limit",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "from or to does not exist",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PathsView paths(
            @Parameter(description = "Start, as type:id.", required = true, example = "method:chain-of-thought-prompting") @QueryParam("from") String from,
            @Parameter(description = "End, as type:id.", required = true, example = "benchmark:gsm8k") @QueryParam("to") String to,
            @Parameter(description = "Longest path considered, 1..6 hops (default 4).", example = "4") @QueryParam("maxLength") String maxLength,
            @Parameter(description = "How many paths, 1..20 (default 5).", example = "5") @QueryParam("limit") String limit,
            @Context UriInfo uri) {
        QueryParams.rejectUnknown(uri, Set.of("from", "to", "maxLength", "limit"));
        NodeRef start = NodeRef.parse("from", from);
        NodeRef end = NodeRef.parse("to", to);
        int hops = QueryParams.boundedInt("maxLength", maxLength, 1, MAX_LENGTH, DEFAULT_MAX_LENGTH);
        int count = QueryParams.boundedInt("limit", limit, 1, MAX_PATHS, DEFAULT_PATHS);
        if (start.equals(end)) {
            throw ProblemException.badRequest("to", "from and to are the same node");
        }
        requireExists(start);
        requireExists(end);
        List<PathView> paths = explore.shortestPaths(start.type().label(), start.id(), end.type().label(), end.id(), hops, count).stream()
                .map(p -> new PathView(p.nodes().stream().map(ExploreResource::node).toList(), p.edges().stream().map(ExploreResource::edge).toList()))
                .toList();
        return new PathsView(paths.isEmpty() ? 0 : paths.get(0).edges().size(), paths);
    }

    @GET
    @Path("graph")
    @Operation(summary = "The neighbourhood of a paper or entity, for drawing",
            description = "The focus node, its strongest neighbours (by confidence) and at depth 2 the nodes most "
                    + "connected to them, at most `maxNodes` nodes (default 50, at most 200) so that a hub never returns "
                    + "the whole graph; `truncated` says whether the cap was reached. Every edge among the returned nodes "
                    + "is included.")
    @APIResponse(responseCode = "200", description = "Nodes and edges",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = GraphView.class),
                    examples = @ExampleObject(name = "graph", value = ApiExamples.GRAPH)))
    @APIResponse(responseCode = "400", description = "Malformed focus, bad depth, maxNodes or format",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "The focus does not exist",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Object graph(
            @Parameter(description = "The node to centre on, as type:id.", required = true, example = "benchmark:gsm8k") @QueryParam("focus") String focus,
            @Parameter(description = "1 or 2 (default 1).", example = "2") @QueryParam("depth") String depth,
            @Parameter(description = "Node cap, 2..200 (default 50).", example = "50") @QueryParam("maxNodes") String maxNodes,
            @Parameter(description = "d3 (default: nodes and edges) or cytoscape (elements).", example = "cytoscape") @QueryParam("format") String format,
            @Context UriInfo uri) {
        QueryParams.rejectUnknown(uri, Set.of("focus", "depth", "maxNodes", "format"));
        NodeRef centre = NodeRef.parse("focus", focus);
        int levels = QueryParams.boundedInt("depth", depth, 1, 2, 1);
        int cap = QueryParams.boundedInt("maxNodes", maxNodes, 2, MAX_NODES, DEFAULT_NODES);
        boolean cytoscape = cytoscape(format);
        Neighbourhood hood = explore.neighbourhood(centre.type().label(), centre.id(), levels, cap)
                .orElseThrow(() -> notFound(centre));
        boolean truncated = hood.nodes().size() >= cap;
        List<NodeView> nodes = hood.nodes().stream().map(ExploreResource::node).toList();
        List<EdgeView> edges = hood.edges().stream().map(ExploreResource::edge).toList();
        if (cytoscape) {
            return new CytoscapeView(new CytoscapeView.Elements(nodes.stream().map(CytoscapeView.Data::new).toList(),
                    edges.stream().map(CytoscapeView.Data::new).toList()), truncated);
        }
        return new GraphView(nodes, edges, truncated);
    }

    private static boolean cytoscape(String format) {
        if (format == null || format.isBlank() || format.strip().equals("d3")) {
            return false;
        }
        if (format.strip().equals("cytoscape")) {
            return true;
        }
        throw ProblemException.badRequest("format", "format must be d3 or cytoscape");
    }

    private void requireExists(NodeRef ref) {
        if (!explore.exists(ref.type().label(), ref.id())) {
            throw notFound(ref);
        }
    }

    private static ProblemException notFound(NodeRef ref) {
        return ProblemException.noSuch(ref.type().wireName(), ref.id());
    }

    private static NodeView node(GraphNode n) {
        NodeType type = NodeType.of(n.label());
        return new NodeView(NodeRef.key(type, n.id()), type.wireName(), n.id(), n.name());
    }

    private static EdgeView edge(GraphEdge e) {
        String source = NodeRef.key(NodeType.of(e.fromLabel()), e.from());
        String target = NodeRef.key(NodeType.of(e.toLabel()), e.to());
        return new EdgeView(source + "|" + e.type() + "|" + target, source, target, e.type(), e.weight(), e.evidence());
    }
}
