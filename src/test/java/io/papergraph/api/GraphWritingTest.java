package io.papergraph.api;

import io.papergraph.graph.PaperRemover;
import io.papergraph.testing.Writes;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.neo4j.driver.Driver;

/**
 * Base of the tests that write: they start on the loaded default corpus and remove every paper they added,
 * so the tests after them (in any order) see the default corpus alone.
 */
abstract class GraphWritingTest {

    @Inject
    Driver driver;
    @Inject
    PaperRemover remover;

    @BeforeEach
    void graphLoaded() {
        GraphReady.await();
    }

    @AfterEach
    void removeAdded() {
        remover.remove(addedPapers());
    }

    /** The number a Cypher query returns as {@code n}. */
    long count(String cypher) {
        return driver.executableQuery(cypher).execute().records().get(0).get("n").asLong();
    }

    /** Methods, benchmarks, models and metrics that no paper or result points at. */
    long orphans() {
        return count("MATCH (e) WHERE (e:Method OR e:Benchmark OR e:Model OR e:Metric) AND NOT (e)<--() RETURN count(e) AS n");
    }

    /** What the test added: every paper not from the default corpus, unless the test knows better. */
    protected java.util.List<String> addedPapers() {
        return Writes.addedPapers(driver);
    }
}
