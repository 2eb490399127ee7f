package io.papergraph.api;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.papergraph.api.ProblemAssertions.assertProblem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class BatchLookupTest {

    @BeforeEach
    void graphLoaded() {
        GraphReady.await();
    }

    @Test
    void answersInTheOrderAskedWithAnErrorPerUnknownId() {
        given().contentType("application/json")
                .body(Map.of("ids", List.of(PaperResourceTest.STEPCODER, "no-such-paper", "learning-human-skill-generators-at-key-step-levels")))
                .post("/papers/batch").then().statusCode(200)
                .body("items.id", equalTo(List.of(PaperResourceTest.STEPCODER, "no-such-paper", "learning-human-skill-generators-at-key-step-levels")))
                .body("items[0].paper.proposes.name[0]", equalTo("StepCoder"))
                .body("items[0].error", nullValue())
                .body("items[1].paper", nullValue())
                .body("items[1].error.status", equalTo(404))
                .body("items[2].paper.codeUrls[0]", equalTo("https://github.com/MCG-NJU/KS-Gen"));
    }

    @Test
    void rejectsEmptyOversizedAndMalformedRequests() {
        assertProblem(given().contentType("application/json").body(Map.of("ids", List.of())).post("/papers/batch").then(), 400, "ids");
        List<String> many = new ArrayList<>();
        for (int i = 0; i < 101; i++) {
            many.add("paper-" + i);
        }
        assertProblem(given().contentType("application/json").body(Map.of("ids", many)).post("/papers/batch").then(), 400, "at most 100");
        assertProblem(given().contentType("application/json").body("{\"ids\": [\"ok\", \"\"]}").post("/papers/batch").then(), 400, "not paper ids")
                .body("errors[0].field", equalTo("ids[1]"));
        given().contentType("application/json").body("{\"ids\": [").post("/papers/batch").then().statusCode(400)
                .contentType("application/problem+json");
        given().contentType("application/json").body("[\"a\", \"b\"]").post("/papers/batch").then().statusCode(400)
                .contentType("application/problem+json");
        given().contentType("text/plain").body("a,b").post("/papers/batch").then().statusCode(415)
                .contentType("application/problem+json");
    }
}
