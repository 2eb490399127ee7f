package io.papergraph.graph;

import jakarta.enterprise.context.ApplicationScoped;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How things connect: shortest paths between two nodes and the neighbourhood of one, over the
 * relationships of the model that carry meaning (not the bookkeeping of results and metrics).
 */
@ApplicationScoped
public class ExploreQueries {

    /** A node as front ends draw it. */
    public record GraphNode(NodeLabel label, String id, String name) {
    }

    /** A typed, directed edge with what it rests on: the evidence sentence and confidence, or a score. */
    public record GraphEdge(String type, NodeLabel fromLabel, String from, NodeLabel toLabel, String to, String evidence, Double weight) {
    }

    public record Path(List<GraphNode> nodes, List<GraphEdge> edges) {
    }

    public record Neighbourhood(List<GraphNode> nodes, List<GraphEdge> edges) {
    }

    static final String MEANINGFUL = "PROPOSES|INTRODUCES|EVALUATED_ON|USES_MODEL|COMPARES_WITH|ABOUT|BROADER|SIMILAR_TO";
    /** Enumerating every shortest path between two hubs can explode; at most this many are ranked. */
    private static final int PATHS_CONSIDERED = 200;

    private final Driver driver;

    public ExploreQueries(Driver driver) {
        this.driver = driver;
    }

    public boolean exists(NodeLabel label, String id) {
        return !read("MATCH (n:%s {id: $id}) RETURN n.id AS id".formatted(label.name()), Map.of("id", id)).isEmpty();
    }

    /**
     * The shortest connections between two nodes, up to {@code maxLength} hops, in a stable order; empty when
     * they are not connected that closely. {@code maxLength} is a validated small integer (Cypher takes no
     * parameter for a path length bound).
     */
    public List<Path> shortestPaths(NodeLabel fromLabel, String from, NodeLabel toLabel, String to, int maxLength, int limit) {
        return read("""
                MATCH (a:%s {id: $from})
                MATCH (b:%s {id: $to})
                MATCH p = allShortestPaths((a)-[:%s*..%d]-(b))
                WITH p LIMIT $considered
                WITH p, [n IN nodes(p) | n.id] AS ids
                ORDER BY ids
                LIMIT $limit
                RETURN [n IN nodes(p) | {label: labels(n)[0], id: n.id, name: coalesce(n.name, n.title)}] AS nodes,
                       [r IN relationships(p) | {type: type(r), fromLabel: labels(startNode(r))[0], from: startNode(r).id,
                        toLabel: labels(endNode(r))[0], to: endNode(r).id, evidence: r.evidence,
                        weight: coalesce(r.confidence, r.score)}] AS edges
                """.formatted(fromLabel.name(), toLabel.name(), MEANINGFUL, maxLength),
                Map.of("from", from, "to", to, "considered", PATHS_CONSIDERED, "limit", limit))
                .stream().map(r -> new Path(nodes(r.get("nodes")), edges(r.get("edges")))).toList();
    }

    /**
     * The focus node, its strongest neighbours and, at depth 2, the nodes most connected to them — at most
     * {@code maxNodes} in all — and every meaningful edge among them.
     */
    public Optional<Neighbourhood> neighbourhood(NodeLabel label, String id, int depth, int maxNodes) {
        List<Record> records = read("""
                MATCH (f:%1$s {id: $id})
                CALL (f) {
                  OPTIONAL MATCH (f)-[r:%2$s]-(n)
                  WITH n, max(coalesce(r.confidence, r.score, 1.0)) AS strength
                  ORDER BY strength DESC, n.id
                  LIMIT $firstLevel
                  RETURN collect(n) AS first
                }
                CALL (f, first) {
                  UNWIND CASE WHEN $depth = 2 THEN first ELSE [] END AS m
                  MATCH (m)-[:%2$s]-(n)
                  WHERE n <> f AND NOT n IN first
                  WITH n, count(DISTINCT m) AS links
                  ORDER BY links DESC, n.id
                  LIMIT $secondLevel
                  RETURN collect(n) AS second
                }
                WITH [f] + first + second AS members
                CALL (members) {
                  UNWIND members AS a
                  MATCH (a)-[r:%2$s]->(b)
                  WHERE b IN members
                  RETURN collect({type: type(r), fromLabel: labels(a)[0], from: a.id, toLabel: labels(b)[0], to: b.id,
                          evidence: r.evidence, weight: coalesce(r.confidence, r.score)}) AS edges
                }
                RETURN [n IN members | {label: labels(n)[0], id: n.id, name: coalesce(n.name, n.title)}] AS nodes, edges
                """.formatted(label.name(), MEANINGFUL),
                Map.of("id", id, "depth", depth, "firstLevel", maxNodes - 1, "secondLevel", Math.max(0, maxNodes - 1)));
        return records.stream().findFirst().map(r -> {
            List<GraphNode> nodes = nodes(r.get("nodes"));
            return new Neighbourhood(nodes.subList(0, Math.min(nodes.size(), maxNodes)),
                    edges(r.get("edges")).stream().filter(e -> within(nodes.subList(0, Math.min(nodes.size(), maxNodes)), e)).toList());
        });
    }

    private static boolean within(List<GraphNode> nodes, GraphEdge edge) {
        return nodes.stream().anyMatch(n -> n.label() == edge.fromLabel() && n.id().equals(edge.from()))
                && nodes.stream().anyMatch(n -> n.label() == edge.toLabel() && n.id().equals(edge.to()));
    }

    private static List<GraphNode> nodes(Value value) {
        return value.asList(v -> new GraphNode(NodeLabel.valueOf(v.get("label").asString()), v.get("id").asString(), v.get("name").asString(null)));
    }

    private static List<GraphEdge> edges(Value value) {
        return value.asList(v -> new GraphEdge(v.get("type").asString(), NodeLabel.valueOf(v.get("fromLabel").asString()), v.get("from").asString(),
                NodeLabel.valueOf(v.get("toLabel").asString()), v.get("to").asString(), v.get("evidence").asString(null),
                v.get("weight").isNull() ? null : PaperQueries.round(v.get("weight").asDouble())));
    }

    private List<Record> read(String cypher, Map<String, Object> params) {
        return ReadTransactions.read(driver, cypher, params);
    }
}
