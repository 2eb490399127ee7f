package io.papergraph.api;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

/** Files named in papergraph.import-files are imported at startup, after the default corpus; readiness waits for them. */
@QuarkusTest
@TestProfile(SemanticOffTest.EmbeddingsOff.class)
class StartupImportTest {

    @BeforeEach
    void graphLoaded() {
        GraphReady.await();
    }

    @Test
    void theConfiguredBibtexFileIsInTheGraphWhenReady() {
        given().get("/papers/hierarchical-option-discovery-for-long-horizon-agents").then().statusCode(200)
                .body("authors", equalTo(List.of("Emmy Noether", "Grace Hopper"))).body("year", equalTo(2025))
                .body("proposes.name", hasItem("OptionForge")).body("evaluatedOn.id", hasItem("alfworld"));
        given().get("/papers/sparse-task-vectors-for-model-merging").then().statusCode(200)
                .body("authors", equalTo(List.of("Kurt Gödel"))).body("url", startsWith("https://example.org/"));
    }
}
