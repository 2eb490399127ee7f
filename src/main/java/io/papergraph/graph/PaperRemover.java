package io.papergraph.graph;

import io.papergraph.config.PapergraphConfig;
import jakarta.enterprise.context.ApplicationScoped;
import org.neo4j.driver.Driver;

import java.util.List;
import java.util.Map;

/**
 * Removes papers with everything that hangs on them only: their results, and methods, benchmarks, models
 * and metrics no other paper uses. Papers that were similar to a removed one are relinked, so SIMILAR_TO
 * stays complete. Concepts stay: they are the taxonomy, not extracted facts.
 */
@ApplicationScoped
public class PaperRemover {

    /** Papers removed per transaction, so undoing a large import does not build one huge transaction. */
    static final int BATCH_SIZE = 200;

    private final Driver driver;
    private final SimilarityWriter similarity;
    private final PapergraphConfig config;
    private final GraphWriteLock lock;
    private final GraphWriter writer;

    public PaperRemover(Driver driver, SimilarityWriter similarity, PapergraphConfig config, GraphWriteLock lock, GraphWriter writer) {
        this.driver = driver;
        this.similarity = similarity;
        this.config = config;
        this.lock = lock;
        this.writer = writer;
    }

    /** Removes the papers that exist among {@code ids}; returns how many were removed. */
    public int remove(List<String> ids) {
        return lock.exclusively(() -> {
            int removed = 0;
            for (List<String> batch : GraphWriter.batches(ids, BATCH_SIZE)) {
                removed += removeNow(batch);
            }
            if (removed > 0) {
                writer.sweepOrphans();
            }
            return removed;
        });
    }

    private int removeNow(List<String> ids) {
        var summary = driver.executableQuery("""
                MATCH (p:Paper) WHERE p.id IN $ids
                OPTIONAL MATCH (p)<-[:SIMILAR_TO]-(similar:Paper) WHERE NOT similar.id IN $ids
                OPTIONAL MATCH (p)-[:REPORTS]->(result:Result)
                WITH collect(DISTINCT p) AS papers, collect(DISTINCT similar.id) AS affected, collect(DISTINCT result) AS results
                FOREACH (r IN results | DETACH DELETE r)
                FOREACH (x IN papers | DETACH DELETE x)
                RETURN size(papers) AS removed, affected
                """).withParameters(Map.of("ids", ids)).execute();
        var record = summary.records().get(0);
        List<String> affected = record.get("affected").asList(v -> v.asString());
        similarity.rebuildSimilar(affected, config.semantic().similarK(), config.semantic().similarThreshold(), config.corpus().batchSize());
        return record.get("removed").asInt();
    }
}
