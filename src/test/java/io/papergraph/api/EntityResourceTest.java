package io.papergraph.api;

import io.papergraph.corpus.PaperIds;
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
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

@QuarkusTest
class EntityResourceTest {

    @BeforeEach
    void graphLoaded() {
        GraphReady.await();
    }

    @ParameterizedTest
    @ValueSource(strings = {"methods", "benchmarks", "models", "concepts"})
    void listsEntitiesWithPaperCounts(String kind) {
        given().queryParam("limit", 5).get("/" + kind).then().statusCode(200)
                .body("items", hasSize(5))
                .body("items.id", everyItem(notNullValue()))
                .body("items.name", everyItem(notNullValue()))
                .body("next", notNullValue());
    }

    @ParameterizedTest
    @ValueSource(strings = {"methods", "benchmarks", "models", "concepts"})
    void pagingVisitsEveryEntityOnce(String kind) {
        List<String> ids = new ArrayList<>();
        String cursor = null;
        do {
            Response page = cursor == null ? given().queryParam("limit", 7).get("/" + kind)
                    : given().queryParam("limit", 7).queryParam("cursor", cursor).get("/" + kind);
            ids.addAll(page.jsonPath().getList("items.id", String.class));
            cursor = page.jsonPath().getString("next");
        } while (cursor != null);
        assertEquals(new HashSet<>(ids).size(), ids.size());
        assertEquals(ids.stream().sorted().toList(), ids);
    }

    @ParameterizedTest
    @ValueSource(strings = {"methods", "benchmarks", "models", "concepts"})
    void detailListsTheConnectedPapersAndHow(String kind) {
        Map<String, Object> entity = mostConnected(kind);
        String id = (String) entity.get("id");
        given().get("/" + kind + "/" + id).then().statusCode(200)
                .body("id", equalTo(id))
                .body("name", equalTo(entity.get("name")))
                .body("papers", hasSize(((Number) entity.get("papers")).intValue()))
                .body("papers.relation", everyItem(notNullValue()))
                .body("papers.evidence", everyItem(notNullValue()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"methods", "benchmarks", "models", "concepts"})
    void unknownEntityIsNotFound(String kind) {
        assertProblem(given().get("/" + kind + "/no-such-entity").then(), 404, "no-such-entity");
    }

    @ParameterizedTest
    @ValueSource(strings = {"methods", "benchmarks", "models", "concepts"})
    void badPagingIsABadRequest(String kind) {
        assertProblem(given().queryParam("limit", 0).get("/" + kind).then(), 400, "limit");
        assertProblem(given().queryParam("limit", 1000).get("/" + kind).then(), 400, "limit");
        assertProblem(given().queryParam("cursor", "forged").get("/" + kind).then(), 400, "cursor");
        assertProblem(given().queryParam("sort", "name").get("/" + kind).then(), 400, "sort");
    }

    @Test
    void anAliasIdAnswersWithTheCanonicalEntity() {
        Map<String, Object> withAlias = allOf("concepts").stream()
                .filter(c -> !((List<?>) c.get("aliases")).isEmpty())
                .filter(c -> !PaperIds.slug((String) ((List<?>) c.get("aliases")).get(0)).equals(c.get("id")))
                .findFirst().orElseThrow();
        String aliasId = PaperIds.slug((String) ((List<?>) withAlias.get("aliases")).get(0));
        given().get("/concepts/" + aliasId).then().statusCode(200).body("id", equalTo(withAlias.get("id")));
    }

    @Test
    void conceptsShowTheirPlaceInTheTaxonomy() {
        boolean anyBroader = allOf("concepts").stream().anyMatch(c -> !given().get("/concepts/" + c.get("id")).jsonPath()
                .getList("broader").isEmpty());
        assertFalse(!anyBroader, "some concept has a broader concept");
    }

    @Test
    void benchmarksSayWhatKindOfResourceTheyAre() {
        given().queryParam("limit", 100).get("/benchmarks").then().statusCode(200)
                .body("items.kind", hasItem(notNullValue()));
        given().get("/benchmarks/gsm8k").then().statusCode(200)
                .body("kind", equalTo("benchmark"))
                .body("papers.size()", greaterThan(0))
                .body("papers.relation", not(hasItem("ABOUT")));
    }

    static Map<String, Object> mostConnected(String kind) {
        return allOf(kind).stream().max(java.util.Comparator.comparingInt(e -> ((Number) e.get("papers")).intValue())).orElseThrow();
    }

    static List<Map<String, Object>> allOf(String kind) {
        List<Map<String, Object>> all = new ArrayList<>();
        String cursor = null;
        do {
            Response page = cursor == null ? given().queryParam("limit", 100).get("/" + kind)
                    : given().queryParam("limit", 100).queryParam("cursor", cursor).get("/" + kind);
            all.addAll(page.jsonPath().getList("items"));
            cursor = page.jsonPath().getString("next");
        } while (cursor != null);
        return all;
    }
}
