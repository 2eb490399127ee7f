package io.papergraph.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.papergraph.api.ProblemAssertions.assertProblem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class ExploreResourceTest {

    private static final String KS_GEN_PAPER = "paper:learning-human-skill-generators-at-key-step-levels";

    @BeforeEach
    void graphLoaded() {
        GraphReady.await();
    }

    @Test
    void pathsRunInOrderFromStartToEndOverRealEdges() {
        Response response = given().queryParam("from", "method:chain-of-thought-prompting").queryParam("to", "benchmark:gsm8k")
                .queryParam("limit", 3).get("/paths");
        response.then().statusCode(200).body("paths", not(hasSize(0))).body("paths.size()", lessThanOrEqualTo(3));
        int length = response.jsonPath().getInt("length");
        for (Map<String, Object> path : response.jsonPath().<Map<String, Object>>getList("paths")) {
            List<Map<String, Object>> nodes = (List<Map<String, Object>>) path.get("nodes");
            List<Map<String, Object>> edges = (List<Map<String, Object>>) path.get("edges");
            assertEquals("method:chain-of-thought-prompting", nodes.get(0).get("id"));
            assertEquals("benchmark:gsm8k", nodes.get(nodes.size() - 1).get("id"));
            assertEquals(length, edges.size());
            assertEquals(nodes.size() - 1, edges.size());
            for (int i = 0; i < edges.size(); i++) {
                Set<Object> ends = Set.of(edges.get(i).get("source"), edges.get(i).get("target"));
                assertTrue(ends.contains(nodes.get(i).get("id")) && ends.contains(nodes.get(i + 1).get("id")), "edge " + i + " joins its nodes");
            }
        }
    }

    @Test
    void pathsAreDeterministic() {
        String first = given().queryParam("from", KS_GEN_PAPER).queryParam("to", "benchmark:gsm8k").get("/paths").asString();
        String second = given().queryParam("from", KS_GEN_PAPER).queryParam("to", "benchmark:gsm8k").get("/paths").asString();
        assertEquals(first, second);
    }

    @Test
    void unconnectedWithinTheLengthIsAnEmptyList() {
        given().queryParam("from", KS_GEN_PAPER).queryParam("to", "benchmark:gsm8k").queryParam("maxLength", 1)
                .get("/paths").then().statusCode(200).body("paths", hasSize(0)).body("length", equalTo(0));
    }

    @Test
    void pathsRejectBadInputAndUnknownNodes() {
        assertProblem(given().queryParam("to", "benchmark:gsm8k").get("/paths").then(), 400, "from is required");
        assertProblem(given().queryParam("from", "gsm8k").queryParam("to", "benchmark:gsm8k").get("/paths").then(), 400, "type:id");
        assertProblem(given().queryParam("from", "author:x").queryParam("to", "benchmark:gsm8k").get("/paths").then(), 400, "author");
        assertProblem(given().queryParam("from", "benchmark:gsm8k").queryParam("to", "benchmark:gsm8k").get("/paths").then(), 400, "same");
        assertProblem(given().queryParam("from", KS_GEN_PAPER).queryParam("to", "benchmark:gsm8k").queryParam("maxLength", 7).get("/paths").then(), 400, "maxLength");
        assertProblem(given().queryParam("from", KS_GEN_PAPER).queryParam("to", "benchmark:gsm8k").queryParam("limit", 21).get("/paths").then(), 400, "limit");
        assertProblem(given().queryParam("from", "paper:no-such-paper").queryParam("to", "benchmark:gsm8k").get("/paths").then(), 404, "no-such-paper");
    }

    @Test
    void neighbourhoodHoldsTheFocusItsNeighboursAndOnlyEdgesAmongThem() {
        Response response = given().queryParam("focus", "benchmark:gsm8k").get("/graph");
        response.then().statusCode(200).body("nodes[0].id", equalTo("benchmark:gsm8k")).body("truncated", equalTo(false));
        Set<String> ids = new HashSet<>(response.jsonPath().getList("nodes.id"));
        List<Map<String, Object>> edges = response.jsonPath().getList("edges");
        assertFalse(edges.isEmpty());
        for (Map<String, Object> edge : edges) {
            assertTrue(ids.contains(edge.get("source")) && ids.contains(edge.get("target")), edge.toString());
            assertTrue(edge.get("type") != null && edge.get("id") != null);
        }
        int papers = given().get("/benchmarks/gsm8k").jsonPath().getList("papers").size();
        assertEquals(papers + 1, ids.size(), "depth 1 of a benchmark is the benchmark and its papers");
    }

    @Test
    void aHubIsCappedAtTheNodeLimit() {
        given().queryParam("focus", "concept:large-language-model").queryParam("depth", 2).queryParam("maxNodes", 30)
                .get("/graph").then().statusCode(200).body("nodes", hasSize(30)).body("truncated", equalTo(true));
        given().queryParam("focus", "concept:large-language-model").get("/graph").then().statusCode(200)
                .body("nodes", hasSize(ExploreResource.DEFAULT_NODES));
    }

    @Test
    void depthTwoReachesFurtherThanDepthOne() {
        int one = given().queryParam("focus", KS_GEN_PAPER).get("/graph").jsonPath().getList("nodes").size();
        int two = given().queryParam("focus", KS_GEN_PAPER).queryParam("depth", 2).get("/graph").jsonPath().getList("nodes").size();
        assertTrue(two > one, two + " > " + one);
    }

    @Test
    void cytoscapeFormatWrapsElementsInData() {
        given().queryParam("focus", "benchmark:gsm8k").queryParam("format", "cytoscape").get("/graph").then().statusCode(200)
                .body("elements.nodes[0].data.id", equalTo("benchmark:gsm8k"))
                .body("elements.edges.data.source", everyItem(notNullValue()));
    }

    @Test
    void graphRejectsBadInputAndUnknownFocus() {
        assertProblem(given().get("/graph").then(), 400, "focus is required");
        assertProblem(given().queryParam("focus", "benchmark:gsm8k").queryParam("depth", 3).get("/graph").then(), 400, "depth");
        assertProblem(given().queryParam("focus", "benchmark:gsm8k").queryParam("maxNodes", 1000).get("/graph").then(), 400, "maxNodes");
        assertProblem(given().queryParam("focus", "benchmark:gsm8k").queryParam("format", "svg").get("/graph").then(), 400, "format");
        assertProblem(given().queryParam("focus", "concept:no-such-concept").get("/graph").then(), 404, "no-such-concept");
    }
}
