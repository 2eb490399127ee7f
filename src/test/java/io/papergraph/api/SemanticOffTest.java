package io.papergraph.api;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.papergraph.api.ProblemAssertions.assertProblem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasSize;

/**
 * With embeddings switched off, the semantic operations say so (503) and everything else works. The same
 * boot also checks that related-work weights come from configuration (concept weight 0 here).
 */
@QuarkusTest
@TestProfile(SemanticOffTest.EmbeddingsOff.class)
class SemanticOffTest {

    /** Imported at startup in this profile: two BibTeX papers, and a file whose format cannot be told (skipped). */
    static final String STARTUP_FILES = "src/test/resources/imports/startup-papers.bib,src/test/resources/imports/notes.pdf";

    public static class EmbeddingsOff implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("papergraph.semantic.enabled", "false", "papergraph.related.concept-weight", "0",
                    "papergraph.import-files", STARTUP_FILES);
        }
    }

    @BeforeEach
    void graphLoaded() {
        GraphReady.await();
    }

    @Test
    void semanticOperationsAnswer503WithAProblem() {
        assertProblem(given().queryParam("q", "skills").queryParam("mode", "semantic").get("/search").then(), 503, "switched off");
        assertProblem(given().queryParam("q", "skills").queryParam("mode", "hybrid").get("/search").then(), 503, "switched off");
        assertProblem(given().get("/papers/" + PaperResourceTest.STEPCODER + "/similar").then(), 503, "switched off");
        assertProblem(given().contentType("application/json").body(Map.of("positive", List.of(PaperResourceTest.STEPCODER)))
                .post("/recommendations").then(), 503, "switched off");
    }

    @Test
    void everythingElseWorks() {
        given().get("/stats").then().statusCode(200).body("nodes.Paper", equalTo(199 + 2)).body("relationships.SIMILAR_TO", equalTo(0));
        given().queryParam("q", "skills").get("/search").then().statusCode(200).body("items", not(hasSize(0)));
        given().get("/papers/" + PaperResourceTest.STEPCODER + "/related").then().statusCode(200)
                .body("items[0].signals.text", equalTo(0.0f));
    }

    @Test
    void relatedWorkWeightsComeFromConfiguration() {
        given().queryParam("limit", 100).get("/papers/" + PaperResourceTest.STEPCODER + "/related").then().statusCode(200)
                .body("items", not(hasSize(0)))
                .body("items.signals.concepts", org.hamcrest.Matchers.everyItem(equalTo(0.0f)));
    }
}
