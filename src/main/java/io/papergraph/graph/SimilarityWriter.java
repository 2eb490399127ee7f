package io.papergraph.graph;

import jakarta.enterprise.context.ApplicationScoped;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Stores paper embeddings and the SIMILAR_TO edges they imply. Rebuilding the edges of some papers first
 * removes theirs, so a changed or removed paper leaves no stale similarity behind.
 */
@ApplicationScoped
public class SimilarityWriter {

    private final Driver driver;

    public SimilarityWriter(Driver driver) {
        this.driver = driver;
    }

    /** {@code vectors} in the same order as {@code paperIds}. */
    public void writeEmbeddings(List<String> paperIds, List<float[]> vectors, int batchSize) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < paperIds.size(); i++) {
            List<Double> vector = new ArrayList<>(vectors.get(i).length);
            for (float value : vectors.get(i)) {
                vector.add((double) value);
            }
            rows.add(Map.of("id", paperIds.get(i), "vector", vector));
        }
        try (Session session = driver.session()) {
            for (List<Map<String, Object>> batch : GraphWriter.batches(rows, batchSize)) {
                session.executeWrite(tx -> tx.run("""
                        UNWIND $rows AS row
                        MATCH (p:Paper {id: row.id})
                        CALL db.create.setNodeVectorProperty(p, 'embedding', row.vector)
                        """, Map.of("rows", batch)).consume());
            }
        }
    }

    /**
     * Links each of the papers to its {@code k} nearest neighbours with cosine similarity of at least
     * {@code threshold}, replacing the edges they had.
     */
    public void rebuildSimilar(List<String> paperIds, int k, double threshold, int batchSize) {
        try (Session session = driver.session()) {
            for (List<String> batch : GraphWriter.batches(paperIds, batchSize)) {
                session.executeWrite(tx -> tx.run("""
                        UNWIND $ids AS id
                        MATCH (p:Paper {id: id})
                        WHERE p.embedding IS NOT NULL
                        OPTIONAL MATCH (p)-[old:SIMILAR_TO]->()
                        DELETE old
                        WITH DISTINCT p
                        CALL db.index.vector.queryNodes('paper_embedding', $k + 1, p.embedding) YIELD node, score
                        // The index reports cosine similarity rescaled to 0..1; the edge keeps the cosine itself.
                        WITH p, node, 2 * score - 1 AS cosine
                        WHERE node <> p AND cosine >= $threshold
                        MERGE (p)-[s:SIMILAR_TO]->(node)
                        SET s.score = round(cosine, 4)
                        """, Map.of("ids", batch, "k", k, "threshold", threshold)).consume());
            }
        }
    }

    /** Papers (other than these) that have one of these papers among their {@code k} nearest. */
    public List<String> neighboursOf(List<String> paperIds, int k) {
        return driver.executableQuery("""
                UNWIND $ids AS id
                MATCH (p:Paper {id: id})
                WHERE p.embedding IS NOT NULL
                CALL db.index.vector.queryNodes('paper_embedding', $k + 1, p.embedding) YIELD node
                WITH DISTINCT node WHERE NOT node.id IN $ids
                RETURN node.id AS id ORDER BY id
                """).withParameters(Map.of("ids", paperIds, "k", k)).execute().records().stream()
                .map(r -> r.get("id").asString()).toList();
    }
}
