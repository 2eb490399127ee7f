package io.papergraph.api;

import io.papergraph.testing.GraphFingerprint;
import io.papergraph.testing.Writes;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.papergraph.api.ProblemAssertions.assertProblem;
import static io.papergraph.testing.Writes.authorised;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** POST, PUT and DELETE /papers: one paper at a time, through the same extraction and checks as an import. */
@QuarkusTest
class PaperWritesTest extends GraphWritingTest {

    static final String PAPER = """
            {"title": "Lattice Planners for Household Robots",
             "abstract": "We propose LatticePlan, a planner that decomposes household tasks into subgoals. LatticePlan is evaluated on ALFWorld."}
            """;
    static final String ID = "lattice-planners-for-household-robots";


    @Test
    void postCreatesThePaperWith201AndLocation() {
        authorised().contentType("application/json").body(PAPER).post("/papers").then().statusCode(201)
                .header("Location", endsWith("/papers/" + ID))
                .body("id", equalTo(ID)).body("proposes.name", hasItem("LatticePlan"));
        given().get("/papers/" + ID).then().statusCode(200).body("evaluatedOn.id", hasItem("alfworld"));
    }

    @Test
    void postingAnIdThatExistsIsAConflict() {
        authorised().contentType("application/json").body(PAPER).post("/papers").then().statusCode(201);
        String before = GraphFingerprint.of(driver);
        assertProblem(authorised().contentType("application/json").body(PAPER).post("/papers").then(), 409, "PUT /papers/" + ID);
        assertEquals(before, GraphFingerprint.of(driver));
    }

    @Test
    void putCreatesThenReplacesAndRemovesStaleFacts() {
        authorised().contentType("application/json").body(PAPER).put("/papers/put-test").then().statusCode(201)
                .header("Location", endsWith("/papers/put-test")).body("id", equalTo("put-test"));
        String same = GraphFingerprint.of(driver);
        authorised().contentType("application/json").body(PAPER).put("/papers/put-test").then().statusCode(200);
        assertEquals(same, GraphFingerprint.of(driver), "the same text again changes nothing");

        authorised().contentType("application/json").body("""
                {"id": "put-test", "title": "Lattice Planners for Household Robots",
                 "abstract": "We propose GridPlan, a planner for household tasks. GridPlan is evaluated on WebShop."}
                """).put("/papers/put-test").then().statusCode(200)
                .body("proposes.name", hasItem("GridPlan")).body("proposes.name", not(hasItem("LatticePlan")))
                .body("evaluatedOn.id", not(hasItem("alfworld")));
        assertProblem(given().get("/methods/latticeplan").then(), 404, "latticeplan");
    }

    @Test
    void putWithADifferentIdInTheBodyIsABadRequest() {
        assertProblem(authorised().contentType("application/json").body("""
                {"id": "another-id", "title": "T", "abstract": "A."}
                """).put("/papers/put-test").then(), 400, "differs from the path");
        given().get("/papers/put-test").then().statusCode(404);
    }

    @Test
    void deleteRemovesThePaperAndEntitiesNoOtherPaperUses() {
        authorised().contentType("application/json").body(PAPER).post("/papers").then().statusCode(201);
        given().get("/methods/latticeplan").then().statusCode(200);

        authorised().delete("/papers/" + ID).then().statusCode(204);

        assertProblem(given().get("/papers/" + ID).then(), 404, ID);
        assertProblem(given().get("/methods/latticeplan").then(), 404, "latticeplan");
        given().get("/benchmarks/alfworld").then().statusCode(200);
        assertEquals(0, orphans(), "no method, benchmark, model or metric is left without a paper or result");
    }

    @Test
    void aChangedPaperIsOnlyLinkedAsSimilarWhereItsNewTextIsNear() {
        authorised().contentType("application/json").body("""
                {"id": "similarity-test", "title": "Decomposing Long-Horizon Tasks into Skills for Language Model Agents",
                 "abstract": "We break complex tasks into reusable skills and subgoals so that language model agents can plan long-horizon tasks step by step."}
                """).post("/papers").then().statusCode(201);
        assertTrue(count("MATCH (:Paper)-[s:SIMILAR_TO]->(:Paper {id: 'similarity-test'}) RETURN count(s) AS n") > 0);

        authorised().contentType("application/json").body("""
                {"title": "Lattice Proteins", "abstract": "We fold lattice proteins with simulated annealing and measure their free energy in water."}
                """).put("/papers/similarity-test").then().statusCode(200);

        assertEquals(0, count("""
                MATCH (y:Paper)-[s:SIMILAR_TO]->(x:Paper {id: 'similarity-test'})
                WHERE abs(s.score - (2 * vector.similarity.cosine(y.embedding, x.embedding) - 1)) > 0.001
                RETURN count(s) AS n
                """), "every edge into the changed paper has the score of its new text");
        assertEquals(0, count("""
                MATCH (y:Paper)-[s:SIMILAR_TO]->(:Paper {id: 'similarity-test'}) WHERE s.score < 0.5 RETURN count(s) AS n
                """), "no edge below the similarity threshold is left over from the old text");
    }

    @Test
    void unusualButValidJsonIsAccepted() {
        authorised().contentType("application/json")
                .body("{\"title\": \"Line\u2028Separators in Abstracts\", \"abstract\": \"We propose LSNet.\u2029It reads text.\"}")
                .post("/papers").then().statusCode(201);
    }


    @Test
    void deletingAnUnknownPaperIs404() {
        assertProblem(authorised().delete("/papers/no-such-paper").then(), 404, "no paper with id 'no-such-paper'");
    }

    @Test
    void badPapersAreRefusedAndChangeNothing() {
        String before = GraphFingerprint.of(driver);
        assertProblem(authorised().contentType("application/json").body("{\"title\": \"Only a title\"}").post("/papers").then(), 400, "")
                .body("errors.message", hasItem(org.hamcrest.Matchers.containsString("abstract")));
        assertProblem(authorised().contentType("application/json").body("[" + PAPER + "]").post("/papers").then(), 400, "one JSON object");
        assertProblem(authorised().contentType("application/json").body("{\"title\": ").post("/papers").then(), 400, "not JSON");
        assertProblem(authorised().contentType("application/json").body("{\"title\": \"A\", \"title\": \"B\", \"abstract\": \"C.\"}")
                .post("/papers").then(), 400, "Duplicate field");
        assertProblem(authorised().contentType("application/json").body("").post("/papers").then(), 400, "empty");
        assertProblem(authorised().contentType("text/plain").body(PAPER).post("/papers").then(), 415, "application/json");
        assertProblem(authorised().contentType("application/json").body(PAPER).put("/papers/Not An Id!").then(), 400, "");
        assertProblem(authorised().contentType("application/json").body("{\"title\": \"T\", \"abstract\": \"A.\", \"year\": \"soon\"}")
                .post("/papers").then(), 400, "").body("errors.message", hasItem(org.hamcrest.Matchers.containsString("year")));
        assertEquals(before, GraphFingerprint.of(driver));
    }

    @Test
    void everyWriteNeedsTheKey() {
        assertProblem(given().contentType("application/json").body(PAPER).post("/papers").then(), 401, "Bearer");
        assertProblem(given().contentType("application/json").body(PAPER).put("/papers/" + ID).then(), 401, "Bearer");
        assertProblem(given().header("Authorization", "Bearer nope").delete("/papers/" + ID).then(), 403, "");
        given().get("/papers/" + ID).then().statusCode(404);
    }
}
