package io.papergraph.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import static io.papergraph.api.ProblemAssertions.assertProblem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class PaperResourceTest {

    static final String STEPCODER = "stepcoder-improve-code-generation-with-reinforcement-learning-from";

    @BeforeEach
    void graphLoaded() {
        GraphReady.await();
    }

    @Test
    void firstPageHasTheDefaultSizeAndACursor() {
        given().get("/papers").then().statusCode(200)
                .body("items", hasSize(20))
                .body("items[0].id", notNullValue())
                .body("items[0].title", notNullValue())
                .body("next", notNullValue());
    }

    @Test
    void pagingVisitsEveryPaperOnceInIdOrder() {
        List<String> ids = new ArrayList<>();
        String cursor = null;
        do {
            Response page = given().queryParam("limit", 100).queryParam("cursor", cursor == null ? "" : cursor).get("/papers");
            page.then().statusCode(200);
            ids.addAll(page.jsonPath().getList("items.id", String.class));
            cursor = page.jsonPath().getString("next");
        } while (cursor != null);
        assertEquals(199, ids.size());
        assertEquals(199, new HashSet<>(ids).size());
        assertEquals(ids.stream().sorted().toList(), ids);
    }

    @Test
    void limitOutsideOneToHundredIsABadRequest() {
        assertProblem(given().queryParam("limit", 0).get("/papers").then(), 400, "limit");
        assertProblem(given().queryParam("limit", 1000).get("/papers").then(), 400, "limit");
        assertProblem(given().queryParam("limit", "ten").get("/papers").then(), 400, "limit");
    }

    @Test
    void forgedOrForeignCursorIsABadRequest() {
        assertProblem(given().queryParam("cursor", "not-a-cursor").get("/papers").then(), 400, "cursor");
        String tampered = java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString("c1\nabc\nzzz\n0\ndeadbeef".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertProblem(given().queryParam("cursor", tampered).get("/papers").then(), 400, "cursor");
        String searchCursor = given().queryParam("q", "skills").queryParam("limit", 2).get("/papers").jsonPath().getString("next");
        assertProblem(given().queryParam("cursor", searchCursor).get("/papers").then(), 400, "another query");
    }

    @Test
    void unknownParameterIsABadRequest() {
        assertProblem(given().queryParam("benchmarks", "gsm8k").get("/papers").then(), 400, "benchmarks")
                .body("errors[0].field", equalTo("benchmarks"));
    }

    @Test
    void fullTextSearchRanksMatchingPapersWithScores() {
        Response response = given().queryParam("q", "mixture of experts routing").get("/papers");
        response.then().statusCode(200).body("items[0].score", notNullValue());
        List<Float> scores = response.jsonPath().getList("items.score", Float.class);
        for (int i = 1; i < scores.size(); i++) {
            assertTrue(scores.get(i) <= scores.get(i - 1), "scores descend");
        }
        String topTitle = response.jsonPath().getString("items[0].title").toLowerCase();
        assertTrue(topTitle.contains("expert"), topTitle);
    }

    @Test
    void searchPagesDoNotOverlap() {
        Response first = given().queryParam("q", "reasoning").queryParam("limit", 5).get("/papers");
        Response second = given().queryParam("q", "reasoning").queryParam("limit", 5)
                .queryParam("cursor", first.jsonPath().getString("next")).get("/papers");
        second.then().statusCode(200).body("items", hasSize(5));
        List<String> a = first.jsonPath().getList("items.id");
        List<String> b = second.jsonPath().getList("items.id");
        assertFalse(a.stream().anyMatch(b::contains));
    }

    @Test
    void luceneSyntaxInTheQueryNeverFails() {
        for (String q : List.of("title:(foo AND", "\"unbalanced", "*", "a OR", "[1 TO", "~~", "\\", "NOT", "-", "?")) {
            given().queryParam("q", q).get("/papers").then().statusCode(200);
        }
    }

    @Test
    void filterByConceptKeepsOnlyPapersAboutIt() {
        String concept = given().queryParam("limit", 100).get("/concepts").jsonPath()
                .<Map<String, Object>>getList("items").stream()
                .filter(c -> ((Number) c.get("papers")).intValue() >= 3)
                .map(c -> (String) c.get("id")).findFirst().orElseThrow();
        List<String> ids = given().queryParam("concept", concept).queryParam("limit", 100).get("/papers").jsonPath().getList("items.id");
        assertFalse(ids.isEmpty());
        for (String id : ids) {
            given().get("/papers/" + id).then().body("concepts.id", hasItem(concept));
        }
    }

    @Test
    void filterByUnknownEntityIsNotFound() {
        assertProblem(given().queryParam("concept", "no-such-concept").get("/papers").then(), 404, "no-such-concept");
        assertProblem(given().queryParam("benchmark", "no-such-benchmark").get("/papers").then(), 404, "no-such-benchmark");
    }

    @Test
    void paperDetailCarriesFactsWithEvidence() {
        given().get("/papers/" + STEPCODER).then().statusCode(200)
                .body("title", equalTo("StepCoder: Improve Code Generation with Reinforcement Learning from Compiler Feedback"))
                .body("abstract", containsString("compiler"))
                .body("proposes.name", hasItem("StepCoder"))
                .body("proposes.find { it.name == 'StepCoder' }.rule", equalTo("title-head"))
                .body("proposes.find { it.name == 'StepCoder' }.evidence", containsString("StepCoder"))
                .body("concepts", not(hasSize(0)));
    }

    @Test
    void paperDetailCarriesCodeUrlsAsWritten() {
        given().get("/papers/learning-human-skill-generators-at-key-step-levels").then().statusCode(200)
                .body("codeUrls", equalTo(List.of("https://github.com/MCG-NJU/KS-Gen")))
                .body("proposes.name", hasItem("KS-Gen"))
                .body("proposes.find { it.name == 'KS-Gen' }.aliases", hasItem("Key-step Skill Generation"));
    }

    @Test
    void factsAreListedMostConfidentFirst() {
        Response response = given().get("/papers/" + STEPCODER);
        for (String field : List.of("proposes", "introduces", "evaluatedOn", "usesModels", "comparesWith", "concepts")) {
            List<Float> confidences = response.jsonPath().getList(field + ".confidence", Float.class);
            for (int i = 1; i < confidences.size(); i++) {
                assertTrue(confidences.get(i) <= confidences.get(i - 1), field + " ordered by confidence");
            }
        }
    }

    @Test
    void unknownPaperIsNotFound() {
        assertProblem(given().get("/papers/no-such-paper").then(), 404, "no-such-paper")
                .body("instance", equalTo("/papers/no-such-paper"));
    }

    @Test
    void relatedPapersExplainThemselvesAndExcludeThePaper() {
        Response response = given().queryParam("limit", 10).get("/papers/" + STEPCODER + "/related");
        response.then().statusCode(200)
                .body("items", not(hasSize(0)))
                .body("items.id", not(hasItem(STEPCODER)))
                .body("items.reasons", everyItem(not(hasSize(0))))
                .body("items[0].signals.concepts", notNullValue());
        List<Float> scores = response.jsonPath().getList("items.score", Float.class);
        for (int i = 1; i < scores.size(); i++) {
            assertTrue(scores.get(i) <= scores.get(i - 1), "scores descend");
        }
    }

    @Test
    void relatedPapersCanBeFilteredByConcept() {
        String concept = given().get("/papers/" + STEPCODER).jsonPath().getString("concepts[0].id");
        List<String> ids = given().queryParam("concept", concept).queryParam("limit", 100)
                .get("/papers/" + STEPCODER + "/related").jsonPath().getList("items.id");
        assertFalse(ids.isEmpty());
        for (String id : ids) {
            given().get("/papers/" + id).then().body("concepts.id", hasItem(concept));
        }
        assertProblem(given().queryParam("concept", "no-such-concept").get("/papers/" + STEPCODER + "/related").then(), 404, "no-such-concept");
    }

    @Test
    void relatedOfUnknownPaperIsNotFoundAndBadLimitIsRejected() {
        assertProblem(given().get("/papers/no-such-paper/related").then(), 404, "no-such-paper");
        assertProblem(given().queryParam("limit", 0).get("/papers/" + STEPCODER + "/related").then(), 400, "limit");
    }

    @Test
    void unknownPathAndWrongMethodAreProblems() {
        assertProblem(given().get("/nothing-here").then(), 404, "/nothing-here");
        given().delete("/stats").then().statusCode(405)
                .contentType(containsString("application/problem+json"))
                .body("detail", not(nullValue()));
    }

    @Test
    void resultsNameTheirBenchmarkAsWrittenAndLinkItsEntity() {
        Response benchmark = given().get("/benchmarks/gsm8k");
        benchmark.then().statusCode(200);
        List<String> names = new ArrayList<>(benchmark.jsonPath().getList("aliases", String.class));
        names.add(benchmark.jsonPath().getString("name"));
        List<String> papers = benchmark.jsonPath().getList("results.paperId", String.class);
        assertFalse(papers.isEmpty());
        int linked = 0;
        for (String paper : new HashSet<>(papers)) {
            List<Map<String, Object>> results = given().get("/papers/" + paper).then().statusCode(200)
                    .extract().jsonPath().getList("results");
            for (Map<String, Object> result : results) {
                if ("gsm8k".equals(result.get("benchmarkId"))) {
                    linked++;
                    String written = (String) result.get("benchmark");
                    assertTrue(names.stream().anyMatch(n -> n.equalsIgnoreCase(written)) || written.startsWith("GSM8K"),
                            written + " is not a name of GSM8K");
                    assertTrue(((String) result.get("evidence")).contains(written), written + " is not written in its sentence");
                }
            }
        }
        assertTrue(linked > 0);
    }
}
