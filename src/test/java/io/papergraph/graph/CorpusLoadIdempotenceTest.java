package io.papergraph.graph;

import io.papergraph.api.GraphReady;
import io.papergraph.corpus.DefaultCorpus;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Loading the same papers again, or restarting on a loaded graph, must change nothing. */
@QuarkusTest
class CorpusLoadIdempotenceTest {

    @Inject
    CorpusLoader loader;
    @Inject
    DefaultCorpus corpus;
    @Inject
    StatsQueries stats;
    @Inject
    Driver driver;

    @BeforeEach
    void graphLoaded() {
        GraphReady.await();
    }

    @Test
    void loadingTheDefaultCorpusTwiceChangesNothing() {
        GraphStats before = stats.stats();
        String fingerprintBefore = fingerprint();

        loader.load(corpus.read().papers());

        assertEquals(before, stats.stats());
        assertEquals(fingerprintBefore, fingerprint());
    }

    @Test
    void aRestartOnALoadedGraphSkipsTheLoad() {
        String fingerprintBefore = fingerprint();
        loader.loadDefaultCorpusIfNeeded();
        assertEquals(CorpusLoader.State.DONE, loader.state());
        assertEquals(fingerprintBefore, fingerprint());
    }

    /** Every node's id and properties and every relationship's endpoints and properties, in a stable order. */
    private String fingerprint() {
        String nodes = driver.executableQuery("""
                MATCH (n) WHERE NOT n:CorpusLoad AND NOT n:__Neo4jMigration
                WITH n ORDER BY labels(n)[0], n.id
                RETURN collect(labels(n)[0] + ':' + n.id + ':' + toString(size(keys(n))) + ':' + coalesce(n.name, n.title, '')
                       + ':' + reduce(s = '', a IN coalesce(n.aliases, []) | s + a + ';')) AS all
                """).execute().records().get(0).get("all").toString();
        String relationships = driver.executableQuery("""
                MATCH (a)-[r]->(b) WHERE a.id IS NOT NULL AND b.id IS NOT NULL
                WITH a, r, b ORDER BY a.id, type(r), b.id
                RETURN collect(a.id + '-' + type(r) + '->' + b.id + ':' + coalesce(r.rule, '') + ':' + toString(coalesce(r.confidence, 0))
                       + ':' + coalesce(r.evidence, '')) AS all
                """).execute().records().get(0).get("all").toString();
        return nodes.hashCode() + "/" + relationships.hashCode() + "/" + nodes.length() + "/" + relationships.length();
    }
}
