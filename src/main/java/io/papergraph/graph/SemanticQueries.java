package io.papergraph.graph;

import io.papergraph.graph.ReadModels.SearchMatch;
import jakarta.enterprise.context.ApplicationScoped;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reads over paper embeddings: nearest papers to a vector, stored vectors, similarity to seeds. */
@ApplicationScoped
public class SemanticQueries {

    /** A candidate paper with its cosine similarity to the query, and to each seed it was asked about. */
    public record Candidate(String id, String title, double cosine, Map<String, Double> seedCosines) {
    }


    private final Driver driver;

    public SemanticQueries(Driver driver) {
        this.driver = driver;
    }

    /** Papers nearest to the vector, best first; the score is the cosine similarity. */
    public List<SearchMatch> nearestPapers(float[] vector, int limit) {
        return read("""
                CALL db.index.vector.queryNodes('paper_embedding', $limit, $vector) YIELD node, score
                RETURN 'paper' AS type, node.id AS id, node.title AS name, node.abstract AS text, 2 * score - 1 AS score
                ORDER BY score DESC, id
                """, Map.of("limit", limit, "vector", list(vector))).stream()
                .map(r -> new SearchMatch(r.get("type").asString(), r.get("id").asString(), r.get("name").asString(),
                        r.get("text").asString(""), r.get("score").asDouble()))
                .toList();
    }

    /** Stored embeddings of the given papers that have one, by id. */
    public Map<String, float[]> embeddings(List<String> ids) {
        Map<String, float[]> vectors = new java.util.LinkedHashMap<>();
        for (Record r : read("""
                UNWIND $ids AS id
                MATCH (p:Paper {id: id})
                WHERE p.embedding IS NOT NULL
                RETURN p.id AS id, p.embedding AS vector
                """, Map.of("ids", ids))) {
            List<Double> values = r.get("vector").asList(Value::asDouble);
            float[] vector = new float[values.size()];
            for (int i = 0; i < vector.length; i++) {
                vector[i] = values.get(i).floatValue();
            }
            vectors.put(r.get("id").asString(), vector);
        }
        return vectors;
    }

    /**
     * The papers nearest to {@code vector} other than the seeds, with their cosine similarity to each positive
     * seed (the reasons a reader can check).
     */
    public List<Candidate> nearestExcluding(float[] vector, List<String> seeds, List<String> positives, int limit) {
        return read("""
                CALL db.index.vector.queryNodes('paper_embedding', $candidates, $vector) YIELD node, score
                WITH node, score WHERE NOT node.id IN $seeds
                WITH node, score ORDER BY score DESC, node.id LIMIT $limit
                CALL (node) {
                  UNWIND $positives AS positiveId
                  MATCH (positive:Paper {id: positiveId})
                  RETURN collect({id: positiveId, cosine: vector.similarity.cosine(node.embedding, positive.embedding) * 2 - 1}) AS toSeeds
                }
                RETURN node.id AS id, node.title AS title, 2 * score - 1 AS cosine, toSeeds
                ORDER BY cosine DESC, id
                """, Map.of("candidates", limit + seeds.size(), "vector", list(vector), "seeds", seeds, "positives", positives,
                "limit", limit)).stream()
                .map(r -> {
                    Map<String, Double> toSeeds = new java.util.LinkedHashMap<>();
                    r.get("toSeeds").asList(v -> v).forEach(v -> toSeeds.put(v.get("id").asString(), PaperQueries.round(v.get("cosine").asDouble())));
                    return new Candidate(r.get("id").asString(), r.get("title").asString(), PaperQueries.round(r.get("cosine").asDouble()), toSeeds);
                })
                .toList();
    }

    private static List<Double> list(float[] vector) {
        List<Double> values = new ArrayList<>(vector.length);
        for (float value : vector) {
            values.add((double) value);
        }
        return values;
    }

    private List<Record> read(String cypher, Map<String, Object> params) {
        return ReadTransactions.read(driver, cypher, params);
    }
}
