package io.papergraph.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.papergraph.api.ProblemAssertions.assertProblem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class StatsAndPlatformTest {

    @BeforeEach
    void graphLoaded() {
        GraphReady.await();
    }

    @Test
    void statsCountTheWholeDefaultCorpus() {
        given().get("/stats").then().statusCode(200)
                .body("nodes.Paper", equalTo(199))
                .body("nodes.Concept", greaterThan(0))
                .body("relationships.PROPOSES", greaterThan(0))
                .body("relationships.ABOUT", greaterThan(199))
                .body("relationships.SIMILAR_TO", greaterThan(199));
    }

    @Test
    void statsRejectUnknownParameters() {
        assertProblem(given().queryParam("label", "Paper").get("/stats").then(), 400, "label");
    }

    @Test
    void readinessReportsTheFinishedLoad() {
        given().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.find { it.name == 'papergraph-corpus' }.data.load", equalTo("DONE"))
                .body("checks.find { it.name == 'papergraph-corpus' }.data.papers", equalTo(199));
    }

    @Test
    void everyOperationIsDocumentedWithSummaryAndExample() {
        Response openapi = given().queryParam("format", "json").get("/q/openapi");
        openapi.then().statusCode(200).body("info.title", equalTo("papergraph"));
        Map<String, Map<String, Map<String, Object>>> paths = openapi.jsonPath().getMap("paths");
        for (String path : List.of("/papers", "/papers/{id}", "/papers/{id}/related", "/methods", "/methods/{id}",
                "/benchmarks", "/benchmarks/{id}", "/models", "/models/{id}", "/concepts", "/concepts/{id}", "/stats",
                "/concepts/{id}/cooccurring", "/search", "/autocomplete", "/paths", "/graph", "/papers/batch",
                "/papers/{id}/similar", "/recommendations")) {
            assertNotNull(paths.get(path), path + " is documented");
        }
        paths.forEach((path, operations) -> operations.forEach((method, operation) -> {
            assertNotNull(operation.get("summary"), method + " " + path + " has a summary");
            Map<String, Object> responses = openapi.jsonPath().getMap("paths.'" + path + "'." + method + ".responses");
            String success = responses.keySet().stream().filter(code -> code.startsWith("2")).sorted().findFirst().orElse(null);
            assertNotNull(success, method + " " + path + " documents its success response");
            String json = String.valueOf(responses.get(success));
            assertTrue(success.equals("204") || json.contains("example"), method + " " + path + " has an example of its " + success);
        }));
    }

    @Test
    void swaggerUiIsServed() {
        given().get("/q/swagger-ui/").then().statusCode(200).body(containsString("swagger"));
    }

    @Test
    void responsesNeverExposeInternalIds() {
        String body = given().get("/papers/" + PaperResourceTest.STEPCODER).asString();
        assertFalse(body.contains("elementId") || body.contains("\"identity\""), body);
        given().get("/benchmarks").then().body("items.id", hasItem(notNullValue()));
    }
}
