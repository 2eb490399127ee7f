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

    /** Candidates fetched beyond k, so that the exact ranking still finds the true k nearest among them. */
    static final int CANDIDATE_MARGIN = 10;

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
                        CALL (p) {
                          // The index finds candidates with quantised vectors, whose scores drift as the index changes;
                          // the exact cosine of the stored vectors ranks them, so a paper's neighbours and scores are the
                          // same however the graph got to its state. Similarity functions answer (1 + cosine) / 2.
                          CALL db.index.vector.queryNodes('paper_embedding', $k + $margin, p.embedding) YIELD node
                          WITH node WHERE node <> p
                          WITH node, 2 * vector.similarity.cosine(p.embedding, node.embedding) - 1 AS cosine
                          WHERE cosine >= $threshold
                          RETURN node, cosine ORDER BY cosine DESC, node.id LIMIT $k
                        }
                        MERGE (p)-[s:SIMILAR_TO]->(node)
                        SET s.score = round(cosine, 4)
                        """, Map.of("ids", batch, "k", k, "threshold", threshold, "margin", CANDIDATE_MARGIN)).consume());
            }
        }
    }

    /** Papers (other than these) that have one of these papers among their {@code k} nearest. */
    public List<String> neighboursOf(List<String> paperIds, int k) {
        return driver.executableQuery("""
                UNWIND $ids AS id
                MATCH (p:Paper {id: id})
                WHERE p.embedding IS NOT NULL
                CALL db.index.vector.queryNodes('paper_embedding', $k + $margin, p.embedding) YIELD node
                WITH DISTINCT node WHERE NOT node.id IN $ids
                RETURN node.id AS id ORDER BY id
                """).withParameters(Map.of("ids", paperIds, "k", k, "margin", CANDIDATE_MARGIN)).execute().records().stream()
                .map(r -> r.get("id").asString()).toList();
    }

    /** Papers (other than these) with a SIMILAR_TO edge to one of these. */
    public List<String> pointingAt(List<String> paperIds) {
        if (paperIds.isEmpty()) {
            return List.of();
        }
        return driver.executableQuery("""
                UNWIND $ids AS id
                MATCH (q:Paper)-[:SIMILAR_TO]->(:Paper {id: id}) WHERE NOT q.id IN $ids
                RETURN DISTINCT q.id AS id
                """).withParameters(Map.of("ids", paperIds)).execute().records().stream().map(r -> r.get("id").asString()).toList();
    }

    /** The stored embeddings of these papers, by id; papers without one are left out. */
    public Map<String, float[]> embeddings(List<String> paperIds) {
        Map<String, float[]> out = new java.util.HashMap<>();
        if (paperIds.isEmpty()) {
            return out;
        }
        driver.executableQuery("""
                UNWIND $ids AS id
                MATCH (p:Paper {id: id}) WHERE p.embedding IS NOT NULL
                RETURN p.id AS id, p.embedding AS embedding
                """).withParameters(Map.of("ids", paperIds)).execute().records().forEach(r -> {
            List<Double> values = r.get("embedding").asList(v -> v.asDouble());
            float[] vector = new float[values.size()];
            for (int i = 0; i < vector.length; i++) {
                vector[i] = values.get(i).floatValue();
            }
            out.put(r.get("id").asString(), vector);
        });
        return out;
    }
}
