package io.papergraph.graph;

import jakarta.enterprise.context.ApplicationScoped;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

import java.util.LinkedHashMap;
import java.util.Map;

/** Counts per label and relationship type, read from Neo4j's count store (constant time). */
@ApplicationScoped
public class StatsQueries {

    private final Driver driver;

    public StatsQueries(Driver driver) {
        this.driver = driver;
    }

    /** All counts in one read transaction, instead of one transaction per label and type. */
    public GraphStats stats() {
        try (Session session = driver.session()) {
            return session.executeRead(tx -> {
                Map<String, Long> nodes = new LinkedHashMap<>();
                for (NodeLabel label : NodeLabel.values()) {
                    nodes.put(label.name(), tx.run("MATCH (n:%s) RETURN count(n) AS n".formatted(label.name())).single().get("n").asLong());
                }
                Map<String, Long> relationships = new LinkedHashMap<>();
                for (RelationshipType type : RelationshipType.values()) {
                    relationships.put(type.name(),
                            tx.run("MATCH ()-[r:%s]->() RETURN count(r) AS n".formatted(type.name())).single().get("n").asLong());
                }
                return new GraphStats(nodes, relationships);
            });
        }
    }

    public long papers() {
        return count("MATCH (n:Paper) RETURN count(n) AS n");
    }

    private long count(String cypher) {
        return ReadTransactions.read(driver, cypher, Map.of()).get(0).get("n").asLong();
    }
}
