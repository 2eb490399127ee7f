package io.papergraph.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.papergraph.api.ProblemAssertions.assertProblem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.isOneOf;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class SearchResourceTest {

    @BeforeEach
    void graphLoaded() {
        GraphReady.await();
    }

    @Test
    void searchFindsTypedRankedHitsWithHighlightedSnippets() {
        Response response = given().queryParam("q", "mixture of experts").queryParam("limit", 30).get("/search");
        response.then().statusCode(200)
                .body("items.type", hasItem("paper"))
                .body("items.type", hasItem("concept"))
                .body("items.snippet", hasItem(containsString("<em>")));
        List<Float> scores = response.jsonPath().getList("items.score", Float.class);
        for (int i = 1; i < scores.size(); i++) {
            assertTrue(scores.get(i) <= scores.get(i - 1), "scores descend");
        }
    }

    @Test
    void searchKeepsToTheRequestedTypes() {
        given().queryParam("q", "GSM8K").queryParam("types", "benchmark").get("/search").then().statusCode(200)
                .body("items.type", everyItem(equalTo("benchmark")))
                .body("items[0].id", equalTo("gsm8k"));
        given().queryParam("q", "reasoning").queryParam("types", "paper,concept").get("/search").then().statusCode(200)
                .body("items.type", everyItem(isOneOf("paper", "concept")));
    }

    @Test
    void searchPagesDoNotOverlap() {
        Response first = given().queryParam("q", "skill").queryParam("limit", 5).get("/search");
        Response second = given().queryParam("q", "skill").queryParam("limit", 5)
                .queryParam("cursor", first.jsonPath().getString("next")).get("/search");
        second.then().statusCode(200).body("items", hasSize(5));
        List<String> a = first.jsonPath().getList("items.id");
        assertFalse(a.stream().anyMatch(second.jsonPath().getList("items.id")::contains));
    }

    @Test
    void snippetsAreEscapedForHtml() {
        given().queryParam("q", "<script>reasoning</script>").get("/search").then().statusCode(200)
                .body("items.snippet", everyItem(not(containsString("<script>"))));
    }

    @Test
    void luceneSyntaxNeverFails() {
        for (String q : List.of("title:(foo AND", "\"unbalanced", "*", "a OR", "[1 TO", "~~", "\\", "NOT", "?", "&&||")) {
            given().queryParam("q", q).get("/search").then().statusCode(200);
            given().queryParam("prefix", q).get("/autocomplete").then().statusCode(200);
        }
    }

    @Test
    void searchRejectsBadInput() {
        assertProblem(given().get("/search").then(), 400, "q is required");
        assertProblem(given().queryParam("q", "x".repeat(501)).get("/search").then(), 400, "at most 500");
        assertProblem(given().queryParam("q", "skills").queryParam("types", "paper,author").get("/search").then(), 400, "author");
        assertProblem(given().queryParam("q", "skills").queryParam("limit", 0).get("/search").then(), 400, "limit");
        assertProblem(given().queryParam("q", "skills").queryParam("cursor", "forged").get("/search").then(), 400, "cursor");
    }

    @Test
    void autocompleteCompletesEveryType() {
        given().queryParam("prefix", "gsm").queryParam("type", "benchmark").get("/autocomplete").then().statusCode(200)
                .body("items[0].name", equalTo("GSM8K"));
        given().queryParam("prefix", "mixture of exp").queryParam("type", "concept").get("/autocomplete").then().statusCode(200)
                .body("items[0].id", equalTo("mixture-of-experts"));
        given().queryParam("prefix", "stepco").queryParam("type", "paper").get("/autocomplete").then().statusCode(200)
                .body("items[0].name", containsString("StepCoder"));
        given().queryParam("prefix", "gpt-4").queryParam("type", "model").get("/autocomplete").then().statusCode(200)
                .body("items.name", hasItem("GPT-4"));
        given().queryParam("prefix", "chain-of").queryParam("type", "method").get("/autocomplete").then().statusCode(200)
                .body("items.id", hasItem("chain-of-thought-prompting"));
        given().queryParam("prefix", "s").queryParam("limit", 3).get("/autocomplete").then().statusCode(200)
                .body("items.size()", lessThanOrEqualTo(3));
    }

    @Test
    void autocompleteRejectsBadInput() {
        assertProblem(given().get("/autocomplete").then(), 400, "prefix is required");
        assertProblem(given().queryParam("prefix", "gs").queryParam("type", "author").get("/autocomplete").then(), 400, "author");
        assertProblem(given().queryParam("prefix", "gs").queryParam("limit", 101).get("/autocomplete").then(), 400, "limit");
    }

    @Test
    void unknownWordsFindNothingRatherThanFail() {
        given().queryParam("q", "zzqxv").get("/search").then().statusCode(200).body("items", hasSize(0));
        given().queryParam("prefix", "zzqxv").get("/autocomplete").then().statusCode(200).body("items", hasSize(0));
    }
}
