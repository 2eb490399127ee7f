package io.papergraph.embedded;

import io.papergraph.api.GraphReady;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.graphdb.Transaction;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** With an external server configured, no embedded database starts and the graph lives on that server. */
@QuarkusTest
@TestProfile(ExternalServerTest.PointedAtServer.class)
class ExternalServerTest {

    public static class PointedAtServer implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(ExternalNeo4jServer.class));
        }

        /** No write keys, as a fresh install has: writes must be refused (WritesDisabledTest). */
        @Override
        public java.util.Map<String, String> getConfigOverrides() {
            return java.util.Map.of("papergraph.api-keys", "");
        }
    }

    @Inject
    EmbeddedNeo4j embedded;

    @BeforeEach
    void graphLoaded() {
        GraphReady.await();
    }

    @Test
    void theServiceUsesTheExternalServerAndStartsNoDatabaseOfItsOwn() {
        assertFalse(embedded.running());
        given().get("/stats").then().statusCode(200).body("nodes.Paper", equalTo(199));
        try (Transaction tx = ExternalNeo4jServer.database.beginTx()) {
            long papers = (long) tx.execute("MATCH (p:Paper) RETURN count(p) AS n").next().get("n");
            @SuppressWarnings("unchecked")
            List<String> constraints = (List<String>) tx.execute("SHOW CONSTRAINTS YIELD name RETURN collect(name) AS names").next().get("names");
            assertEquals(199L, papers);
            assertTrue(constraints.containsAll(List.of("paper_id", "method_id", "benchmark_id", "model_id", "concept_id",
                    "metric_id", "result_id", "corpus_load_id")), constraints.toString());
        }
    }
}
