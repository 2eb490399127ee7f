package io.papergraph.graph;

import jakarta.enterprise.context.ApplicationScoped;
import org.neo4j.driver.Driver;

import java.util.LinkedHashMap;
import java.util.Map;

/** Counts per label and relationship type, read from Neo4j's count store (constant time). */
@ApplicationScoped
public class StatsQueries {

    private final Driver driver;

    public StatsQueries(Driver driver) {
        this.driver = driver;
    }

    public GraphStats stats() {
        Map<String, Long> nodes = new LinkedHashMap<>();
        for (NodeLabel label : NodeLabel.values()) {
            nodes.put(label.name(), count("MATCH (n:%s) RETURN count(n) AS n".formatted(label.name())));
        }
        Map<String, Long> relationships = new LinkedHashMap<>();
        for (RelationshipType type : RelationshipType.values()) {
            relationships.put(type.name(), count("MATCH ()-[r:%s]->() RETURN count(r) AS n".formatted(type.name())));
        }
        return new GraphStats(nodes, relationships);
    }

    public long papers() {
        return count("MATCH (n:Paper) RETURN count(n) AS n");
    }

    private long count(String cypher) {
        return ReadTransactions.read(driver, cypher, Map.of()).get(0).get("n").asLong();
    }
}
