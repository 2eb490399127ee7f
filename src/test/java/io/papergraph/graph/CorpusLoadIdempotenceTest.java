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

    private String fingerprint() {
        return io.papergraph.testing.GraphFingerprint.of(driver);
    }
}
