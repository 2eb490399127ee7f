package io.papergraph.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import static io.papergraph.api.ProblemAssertions.assertProblem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Entity pages with group-by counts: most-connected lists, benchmark result tables, co-occurring concepts. */
@QuarkusTest
class EntityPagesTest {

    @BeforeEach
    void graphLoaded() {
        GraphReady.await();
    }

    @ParameterizedTest
    @ValueSource(strings = {"methods", "benchmarks", "models", "concepts"})
    void sortByPapersPagesThroughEverythingMostConnectedFirst(String kind) {
        List<Integer> counts = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        String cursor = null;
        do {
            Response page = cursor == null ? given().queryParam("sort", "papers").queryParam("limit", 30).get("/" + kind)
                    : given().queryParam("sort", "papers").queryParam("limit", 30).queryParam("cursor", cursor).get("/" + kind);
            page.then().statusCode(200);
            counts.addAll(page.jsonPath().getList("items.papers", Integer.class));
            ids.addAll(page.jsonPath().getList("items.id", String.class));
            cursor = page.jsonPath().getString("next");
        } while (cursor != null);
        for (int i = 1; i < counts.size(); i++) {
            assertTrue(counts.get(i) <= counts.get(i - 1), "papers descend");
        }
        assertEquals(new HashSet<>(ids).size(), ids.size());
        assertEquals(EntityResourceTest.allOf(kind).size(), ids.size());
    }

    @Test
    void aCursorOfOneOrderIsRejectedForTheOther() {
        String next = given().queryParam("sort", "papers").queryParam("limit", 2).get("/concepts").jsonPath().getString("next");
        assertProblem(given().queryParam("cursor", next).get("/concepts").then(), 400, "another query");
    }

    @Test
    void aBenchmarkPageHasItsMethodsAndResultsTable() {
        Response gsm8k = given().get("/benchmarks/gsm8k");
        gsm8k.then().statusCode(200)
                .body("results", not(hasSize(0)))
                .body("results.value", everyItem(notNullValue()))
                .body("results.paperId", everyItem(notNullValue()))
                .body("results.evidence", everyItem(notNullValue()));
        List<String> papers = gsm8k.jsonPath().getList("papers.id");
        for (String paper : gsm8k.jsonPath().<String>getList("results.paperId")) {
            assertTrue(papers.contains(paper), paper + " reports on GSM8K, so it is among its papers");
        }
        List<Map<String, Object>> methods = gsm8k.jsonPath().getList("methods");
        assertFalse(methods.isEmpty());
        for (Map<String, Object> method : methods) {
            List<String> proposers = given().get("/methods/" + method.get("id")).jsonPath().getList("papers.findAll { it.relation == 'PROPOSES' }.id");
            long onGsm8k = proposers.stream().filter(papers::contains).count();
            assertEquals(((Number) method.get("papers")).longValue(), onGsm8k, "count of " + method.get("id"));
        }
    }

    @Test
    void aConceptPageHasCooccurringConceptsWithCounts() {
        Response moe = given().get("/concepts/mixture-of-experts");
        moe.then().statusCode(200).body("cooccurring", not(hasSize(0))).body("cooccurring.id", not(hasItem("mixture-of-experts")));
        Map<String, Object> top = moe.jsonPath().getMap("cooccurring[0]");
        List<String> moePapers = moe.jsonPath().getList("papers.findAll { it.relation == 'ABOUT' }.id");
        List<String> otherPapers = given().get("/concepts/" + top.get("id")).jsonPath().getList("papers.findAll { it.relation == 'ABOUT' }.id");
        long shared = moePapers.stream().filter(otherPapers::contains).count();
        assertEquals(((Number) top.get("papers")).longValue(), shared);
        given().get("/concepts/mixture-of-experts/cooccurring").then().statusCode(200)
                .body("items[0].id", org.hamcrest.Matchers.equalTo(top.get("id")));
    }

    @Test
    void otherKindsCarryNoBenchmarkOrConceptExtras() {
        given().get("/methods/chain-of-thought-prompting").then().statusCode(200)
                .body("$", not(org.hamcrest.Matchers.hasKey("results")))
                .body("$", not(org.hamcrest.Matchers.hasKey("cooccurring")));
    }

    @Test
    void cooccurringRejectsBadInputAndUnknownConcepts() {
        assertProblem(given().get("/concepts/no-such-concept/cooccurring").then(), 404, "no-such-concept");
        assertProblem(given().queryParam("limit", 0).get("/concepts/mixture-of-experts/cooccurring").then(), 400, "limit");
        assertProblem(given().queryParam("cursor", "forged").get("/concepts/mixture-of-experts/cooccurring").then(), 400, "cursor");
        assertProblem(given().queryParam("sort", "popularity").get("/benchmarks").then(), 400, "sort");
    }
}
