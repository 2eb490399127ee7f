package io.papergraph.testing;

import org.neo4j.driver.Driver;

/**
 * Every node's id and properties and every relationship's endpoints and properties, in a stable order: two
 * equal fingerprints mean an operation changed nothing in the graph.
 */
public final class GraphFingerprint {

    private GraphFingerprint() {
    }

    public static String of(Driver driver) {
        String nodes = driver.executableQuery("""
                MATCH (n) WHERE NOT n:CorpusLoad AND NOT n:__Neo4jMigration
                WITH n ORDER BY labels(n)[0], n.id
                RETURN collect(labels(n)[0] + ':' + n.id + ':' + toString(size(keys(n))) + ':' + coalesce(n.name, n.title, '')
                       + ':' + coalesce(n.abstract, '') + ':' + reduce(s = '', a IN coalesce(n.aliases, []) | s + a + ';')) AS all
                """).execute().records().get(0).get("all").toString();
        String relationships = driver.executableQuery("""
                MATCH (a)-[r]->(b) WHERE a.id IS NOT NULL AND b.id IS NOT NULL
                WITH a, r, b ORDER BY a.id, type(r), b.id
                RETURN collect(a.id + '-' + type(r) + '->' + b.id + ':' + coalesce(r.rule, '') + ':' + toString(coalesce(r.confidence, r.score, 0))
                       + ':' + coalesce(r.evidence, '')) AS all
                """).execute().records().get(0).get("all").toString();
        return nodes.hashCode() + "/" + relationships.hashCode() + "/" + nodes.length() + "/" + relationships.length();
    }
}
