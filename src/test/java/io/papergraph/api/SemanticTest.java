package io.papergraph.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.papergraph.api.ProblemAssertions.assertProblem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The semantic layer with embeddings on: similar papers, semantic and hybrid search, recommendations. */
@QuarkusTest
class SemanticTest {

    private static final String KS_GEN = "learning-human-skill-generators-at-key-step-levels";

    @BeforeEach
    void graphLoaded() {
        GraphReady.await();
    }

    @Test
    void paraphrasedQueriesFindTheirPaperInTheTopFive() {
        Map<String, String> paraphrases = new LinkedHashMap<>();
        paraphrases.put("shrinking sparse expert layers by fusing experts according to how tokens are routed",
                "merge-then-compress-demystify-efficient-smoe-with-hints-from-its-routing");
        paraphrases.put("testing whether language models know which step of a cooking recipe has to happen before another",
                "cat-bench-benchmarking-language-model-understanding-of-causal-and");
        paraphrases.put("training code-writing language models with compiler rewards while splitting long programs into smaller completion exercises",
                PaperResourceTest.STEPCODER);
        paraphrases.put("producing videos of people carrying out multi-step skills by generating only the important steps", KS_GEN);
        paraphrases.put("nesting finite-state reward specifications so that one can call another as a subtask in reinforcement learning",
                "hierarchies-of-reward-machines");
        paraphrases.put("letting the model build its own step-by-step reasoning demonstrations instead of writing them by hand",
                "automatic-chain-of-thought-prompting-in-large-language-models");
        List<String> misses = new ArrayList<>();
        paraphrases.forEach((query, target) -> {
            List<String> top = given().queryParam("q", query).queryParam("mode", "semantic").queryParam("limit", 5)
                    .get("/search").jsonPath().getList("items.id");
            if (!top.stream().anyMatch(id -> id.startsWith(target))) {
                misses.add(query + " -> " + top);
            }
        });
        // The bar: at least five of the six paraphrases (written without looking at the ranking) hit.
        assertTrue(misses.size() <= 1, "missed: " + misses);
    }

    @Test
    void semanticSearchRanksPapersByCosine() {
        Response response = given().queryParam("q", "robots learning reusable skills from demonstrations").queryParam("mode", "semantic").get("/search");
        response.then().statusCode(200).body("items.type", everyItem(equalTo("paper"))).body("items.modes", everyItem(equalTo(List.of("semantic"))));
        List<Float> scores = response.jsonPath().getList("items.score", Float.class);
        for (int i = 1; i < scores.size(); i++) {
            assertTrue(scores.get(i) <= scores.get(i - 1));
        }
    }

    @Test
    void hybridSearchFusesBothListsAndSaysWhichFoundEachHit() {
        Response response = given().queryParam("q", "model merging").queryParam("mode", "hybrid").queryParam("limit", 30).get("/search");
        response.then().statusCode(200).body("items[0].score", equalTo(1.0f));
        List<List<String>> modes = response.jsonPath().getList("items.modes");
        assertTrue(modes.contains(List.of("text", "semantic")), "some hit is found by both: " + modes);
        assertProblem(given().queryParam("q", "x").queryParam("mode", "fuzzy").get("/search").then(), 400, "mode");
    }

    @Test
    void similarPapersComeFromSimilarToEdges() {
        given().queryParam("limit", 5).get("/papers/" + KS_GEN + "/similar").then().statusCode(200)
                .body("items", not(hasSize(0))).body("items.size()", lessThanOrEqualTo(5))
                .body("items.id", not(hasItem(KS_GEN)))
                .body("items.score", everyItem(greaterThan(0.5f)));
        assertProblem(given().get("/papers/no-such-paper/similar").then(), 404, "no-such-paper");
        assertProblem(given().queryParam("limit", 0).get("/papers/" + KS_GEN + "/similar").then(), 400, "limit");
    }

    @Test
    void relatedPapersCountTextSimilarityAsASignal() {
        Response response = given().queryParam("limit", 50).get("/papers/" + KS_GEN + "/related");
        List<Float> text = response.jsonPath().getList("items.signals.text", Float.class);
        assertTrue(text.stream().anyMatch(t -> t > 0), "some related paper is similar in text");
        given().queryParam("limit", 50).get("/papers/" + KS_GEN + "/related").then()
                .body("items.reasons.flatten().type", hasItem("text"));
    }

    @Test
    void recommendationsAreNearThePositivesAndNeverASeed() {
        String negative = "hierarchies-of-reward-machines";
        Response response = given().contentType("application/json")
                .body(Map.of("positive", List.of(KS_GEN, PaperResourceTest.STEPCODER), "negative", List.of(negative), "limit", 8))
                .post("/recommendations");
        response.then().statusCode(200).body("items", hasSize(8))
                .body("items.id", not(hasItem(KS_GEN))).body("items.id", not(hasItem(PaperResourceTest.STEPCODER)))
                .body("items.id", not(hasItem(negative)));
        for (Map<String, Object> item : response.jsonPath().<Map<String, Object>>getList("items")) {
            assertEquals(2, ((List<?>) item.get("reasons")).size(), "a reason per positive seed");
        }
    }

    @Test
    void recommendationsRejectBadSeeds() {
        assertProblem(given().contentType("application/json").body(Map.of("positive", List.of())).post("/recommendations").then(), 400, "positive");
        assertProblem(given().contentType("application/json").body(Map.of("positive", List.of(KS_GEN), "negative", List.of(KS_GEN)))
                .post("/recommendations").then(), 400, "both");
        assertProblem(given().contentType("application/json").body(Map.of("positive", List.of(KS_GEN), "limit", 0))
                .post("/recommendations").then(), 400, "limit");
        List<String> many = new ArrayList<>();
        for (int i = 0; i < 21; i++) {
            many.add("p" + i);
        }
        assertProblem(given().contentType("application/json").body(Map.of("positive", many)).post("/recommendations").then(), 400, "at most 20");
        assertProblem(given().contentType("application/json").body(Map.of("positive", List.of("no-such-paper")))
                .post("/recommendations").then(), 404, "no-such-paper");
    }
}
