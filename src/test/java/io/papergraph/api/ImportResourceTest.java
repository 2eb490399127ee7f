package io.papergraph.api;

import io.papergraph.testing.GraphFingerprint;
import io.papergraph.testing.Writes;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;

import static io.papergraph.api.ProblemAssertions.assertProblem;
import static io.papergraph.testing.Writes.authorised;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** POST /imports: every format, idempotence, re-extraction, resolution against the graph, and every kind of bad input. */
@QuarkusTest
class ImportResourceTest extends GraphWritingTest {

    static final String ROUTER_JSON = """
            [{"title": "Compositional Skill Routing for Multitask Agents",
              "abstract": "We propose SkillRouter, a mixture-of-experts policy that routes each step of a task to a learned skill. Experiments on ALFWorld and WebShop show that SkillRouter outperforms ReAct.",
              "url": "https://example.org/skillrouter", "year": 2025, "authors": ["Ada Lovelace", "Alan Turing"]},
             {"id": "step-verifiers-test", "title": "Step Verifiers for Math Reasoning",
              "abstract": "We introduce StepCheck, a process reward model that scores each reasoning step. On GSM8K and MATH, StepCheck improves accuracy by 4.1%."}]
            """;
    static final String ROUTER_ID = "compositional-skill-routing-for-multitask-agents";


    @Test
    void importsJsonWithItsMetadataAndExtractedFacts() {
        authorised().contentType("application/json").body(ROUTER_JSON).post("/imports").then().statusCode(200)
                .body("received", equalTo(2)).body("created", equalTo(2)).body("unchanged", equalTo(0))
                .body("entitiesCreated", greaterThanOrEqualTo(2))
                .body("papers.id", equalTo(java.util.List.of(ROUTER_ID, "step-verifiers-test")))
                .body("papers.outcome", everyItem(equalTo("created")));
        given().get("/papers/" + ROUTER_ID).then().statusCode(200)
                .body("url", equalTo("https://example.org/skillrouter")).body("year", equalTo(2025))
                .body("authors", equalTo(java.util.List.of("Ada Lovelace", "Alan Turing")))
                .body("proposes.name", hasItem("SkillRouter"))
                .body("evaluatedOn.id", hasItem("alfworld"));
        given().get("/papers/step-verifiers-test").then().statusCode(200).body("evaluatedOn.id", hasItem("gsm8k"));
    }

    @Test
    void importingTheSameListAgainChangesNothingAndSaysSo() {
        authorised().contentType("application/json").body(ROUTER_JSON).post("/imports").then().statusCode(200);
        String before = GraphFingerprint.of(driver);

        authorised().contentType("application/json").body(ROUTER_JSON).post("/imports").then().statusCode(200)
                .body("created", equalTo(0)).body("updated", equalTo(0)).body("unchanged", equalTo(2))
                .body("entitiesCreated", equalTo(0)).body("papers.outcome", everyItem(equalTo("unchanged")));

        assertEquals(before, GraphFingerprint.of(driver));
    }

    @Test
    void changedTextIsReExtractedAndItsStaleFactsRemoved() {
        authorised().contentType("application/json").body("""
                [{"id": "reextraction-test", "title": "Gradual Skill Libraries",
                  "abstract": "We propose QuillNet, a library of reusable skills. QuillNet is evaluated on ALFWorld."}]
                """).post("/imports").then().statusCode(200).body("created", equalTo(1));
        given().get("/methods/quillnet").then().statusCode(200);

        authorised().contentType("application/json").body("""
                [{"id": "reextraction-test", "title": "Gradual Skill Libraries",
                  "abstract": "We propose BrambleNet, a library of reusable skills. BrambleNet is evaluated on WebShop."}]
                """).post("/imports").then().statusCode(200)
                .body("updated", equalTo(1)).body("entitiesRemoved", greaterThanOrEqualTo(1));

        given().get("/papers/reextraction-test").then().statusCode(200)
                .body("proposes.name", hasItem("BrambleNet")).body("proposes.name", not(hasItem("QuillNet")))
                .body("evaluatedOn.id", hasItem("webshop")).body("evaluatedOn.id", not(hasItem("alfworld")));
        assertProblem(given().get("/methods/quillnet").then(), 404, "quillnet");
        assertEquals(0, orphans());
    }

    @Test
    void namesResolveToEntitiesAlreadyInTheGraph() {
        long methodsBefore = count("MATCH (m:Method) RETURN count(m) AS n");
        authorised().contentType("application/json").body("""
                [{"id": "resolution-test", "title": "Generating Skill Videos Step by Step",
                  "abstract": "We generate videos of human skills one key step at a time. Our generator outperforms KSGen on long skill videos."}]
                """).post("/imports").then().statusCode(200).body("created", equalTo(1));

        assertEquals(1, count("""
                MATCH (:Paper {id: 'resolution-test'})-[]->(m:Method {id: 'ks-gen'}) RETURN count(m) AS n
                """), "KSGen resolves to the KS-Gen node the default corpus made");
        assertEquals(methodsBefore, count("MATCH (m:Method) RETURN count(m) AS n"), "no variant node beside it");
    }

    @ParameterizedTest
    @ValueSource(strings = {"text/plain", "application/x-ndjson", "application/x-bibtex", "application/atom+xml"})
    void everyFormatImports(String mediaType) {
        String body = switch (mediaType) {
            case "text/plain" -> ApiExamples.IMPORT_TEXT;
            case "application/x-ndjson" -> ApiExamples.IMPORT_JSONL;
            case "application/x-bibtex" -> ApiExamples.IMPORT_BIBTEX;
            default -> ApiExamples.IMPORT_ATOM;
        };
        Response answer = authorised().contentType(mediaType + "; charset=utf-8").body(utf8(body)).post("/imports");
        answer.then().statusCode(200).body("papers.id", hasItem(ROUTER_ID)).body("created", greaterThanOrEqualTo(1));
        given().get("/papers/" + ROUTER_ID).then().statusCode(200).body("proposes.name", hasItem("SkillRouter"));
    }

    @Test
    void bibtexAndAtomKeepAuthorsYearAndUrl() {
        authorised().contentType("application/x-bibtex").body(utf8(ApiExamples.IMPORT_BIBTEX)).post("/imports").then().statusCode(200);
        given().get("/papers/" + ROUTER_ID).then().statusCode(200)
                .body("authors", equalTo(java.util.List.of("Ada Lovelace", "Alan Turing"))).body("year", equalTo(2025));

        authorised().contentType("application/atom+xml").body(utf8(ApiExamples.IMPORT_ATOM)).post("/imports").then().statusCode(200)
                .body("updated", equalTo(1));
        given().get("/papers/" + ROUTER_ID).then().statusCode(200)
                .body("url", containsString("arxiv.org/abs/2501.00001")).body("authors", equalTo(java.util.List.of("Ada Lovelace")));
    }

    @Test
    void oneInvalidRecordImportsNothingAndEveryOffenderIsNamed() {
        String before = GraphFingerprint.of(driver);
        Response answer = authorised().contentType("application/json").body("""
                [{"title": "A Valid Paper About Skills", "abstract": "We propose SkillThing for agents."},
                 {"title": "No Abstract Here"},
                 {"id": "same-id", "title": "First", "abstract": "One."},
                 {"id": "same-id", "title": "Second", "abstract": "Two."}]
                """).post("/imports");
        assertProblem(answer.then(), 400, "nothing was imported")
                .body("errors.field", hasItem(startsWith("index 1 "))).body("errors.field", hasItem(startsWith("index 3 ")))
                .body("errors.message", hasItem(containsString("abstract")))
                .body("errors.message", hasItem(containsString("duplicate id 'same-id'")));
        given().get("/papers/a-valid-paper-about-skills").then().statusCode(404);
        assertEquals(before, GraphFingerprint.of(driver));
    }

    @ParameterizedTest
    @ValueSource(strings = {"text/plain", "application/json", "application/x-ndjson", "application/x-bibtex", "application/atom+xml"})
    void anEmptyBodyIsABadRequest(String mediaType) {
        assertProblem(authorised().contentType(mediaType).body(new byte[0]).post("/imports").then(), 400, "empty");
    }

    @Test
    void aFormatPapergraphDoesNotReadIs415() {
        assertProblem(authorised().contentType("application/pdf").body(new byte[]{1, 2, 3}).post("/imports").then(), 415, "application/x-bibtex");
        assertProblem(authorised().contentType("image/png").body(utf8("x")).post("/imports").then(), 415, "does not read image/png");
    }

    @Test
    void binaryGarbageIsRefusedAndChangesNothing() {
        String before = GraphFingerprint.of(driver);
        byte[] garbage = new byte[4096];
        new java.util.Random(7).nextBytes(garbage);
        assertProblem(authorised().contentType("text/plain").body(garbage).post("/imports").then(), 400, "");
        assertProblem(authorised().contentType("application/json").body(garbage).post("/imports").then(), 400, "");
        assertProblem(authorised().contentType("application/x-bibtex").body(garbage).post("/imports").then(), 400, "");
        assertProblem(authorised().contentType("application/atom+xml").body(garbage).post("/imports").then(), 400, "");
        assertEquals(before, GraphFingerprint.of(driver));
    }

    @Test
    void aTenMegabyteTitleIsRefusedWithItsLength() {
        char[] title = new char[10 * 1024 * 1024];
        Arrays.fill(title, 'a');
        String body = "[{\"title\": \"" + new String(title) + "\", \"abstract\": \"We propose nothing.\"}]";
        assertProblem(authorised().contentType("application/json").body(body).post("/imports").then(), 400, "nothing was imported")
                .body("errors[0].field", startsWith("index 0"))
                .body("errors[0].message", containsString("at most 1,000"));
    }

    /** Refused on its declared length, before a byte of it is read: the test sends none. */
    @Test
    void aBodyOverTheLimitIs413() throws java.io.IOException {
        URI base = URI.create(io.restassured.RestAssured.baseURI);
        try (Socket socket = new Socket(base.getHost(), io.restassured.RestAssured.port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(utf8("POST /imports HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + Writes.KEY
                    + "\r\nContent-Type: text/plain\r\nContent-Length: " + 33L * 1024 * 1024 + "\r\n\r\n"));
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(answer.startsWith("HTTP/1.1 413 "), answer);
            assertTrue(answer.contains("content-type: application/problem+json"), answer);
            assertTrue(answer.contains("\"status\":413") && answer.contains("at most 33554432"), answer);
        }
    }

    @Test
    void unbalancedBibtexNamesTheEntry() {
        String before = GraphFingerprint.of(driver);
        assertProblem(authorised().contentType("application/x-bibtex").body(utf8("""
                @article{broken2024,
                  title = {Unclosed {Braces in a Title},
                  abstract = {We propose nothing.}
                """)).post("/imports").then(), 400, "nothing was imported")
                .body("errors[0].field", containsString("broken2024"));
        assertEquals(before, GraphFingerprint.of(driver));
    }

    @Test
    void xmlExternalEntitiesAreNeverResolved() {
        String before = GraphFingerprint.of(driver);
        Response answer = authorised().contentType("application/atom+xml").body(utf8("""
                <?xml version="1.0"?>
                <!DOCTYPE feed [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
                <feed xmlns="http://www.w3.org/2005/Atom"><entry><title>&xxe;</title><summary>&xxe;</summary></entry></feed>
                """)).post("/imports");
        assertProblem(answer.then(), 400, "").body("errors[0].message", containsString("DOCTYPE"));
        assertEquals(-1, answer.asString().indexOf("root:"), "no file content in the answer");
        assertEquals(before, GraphFingerprint.of(driver));
    }

    @Test
    void cypherLookingStringsAreStoredAsPlainText() {
        long papersBefore = count("MATCH (p:Paper) RETURN count(p) AS n");
        String injection = "x'}) MATCH (n) DETACH DELETE n //";
        authorised().contentType("application/json").body(Map.of("not", "an array")).post("/imports").then().statusCode(400);
        String body = "[{\"title\": \"" + injection + " \\\" RETURN 1 //\", \"abstract\": \"" + injection
                + " ; CALL db.clearQueryCaches()\", \"url\": \"https://example.org/?q=" + "'%7D)%20MATCH%20(n)%20DETACH%20DELETE%20n"
                + "\", \"authors\": [\"" + injection + "\"]}]";
        Response answer = authorised().contentType("application/json").body(body).post("/imports");
        answer.then().statusCode(200).body("created", equalTo(1));
        String id = answer.jsonPath().getString("papers[0].id");
        given().get("/papers/" + id).then().statusCode(200)
                .body("title", equalTo(injection + " \" RETURN 1 //")).body("authors[0]", equalTo(injection));
        assertEquals(papersBefore + 1, count("MATCH (p:Paper) RETURN count(p) AS n"), "nothing else was touched");
        assertProblem(authorised().contentType("application/json")
                .body("[{\"id\": \"" + injection + "\", \"title\": \"T\", \"abstract\": \"A.\"}]").post("/imports").then(), 400, "");
    }

    @Test
    void writesNeedTheKeyAndReadsDoNot() {
        String before = GraphFingerprint.of(driver);
        assertProblem(given().contentType("application/json").body(ROUTER_JSON).post("/imports").then(), 401, "Bearer")
                .header("WWW-Authenticate", containsString("Bearer"));
        assertProblem(given().header("Authorization", "Basic dXNlcjpwYXNz").contentType("application/json").body(ROUTER_JSON)
                .post("/imports").then(), 401, "Bearer <key>");
        assertProblem(given().header("Authorization", "Bearer wrong-key").contentType("application/json").body(ROUTER_JSON)
                .post("/imports").then(), 403, "not one this server accepts");
        assertEquals(before, GraphFingerprint.of(driver));
        given().get("/papers").then().statusCode(200);
    }

    @Test
    void browsersMayWriteOnlyFromOriginsConfiguredByName() {
        given().header("Origin", "https://app.example.org").header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,content-type")
                .options("/imports").then().statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo("https://app.example.org"));
        given().header("Origin", "https://app.example.org").get("/papers").then().statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo("https://app.example.org"));

        Response fromElsewhere = authorised().header("Origin", "https://evil.example").contentType("application/json")
                .body(ROUTER_JSON).post("/imports");
        assertEquals(403, fromElsewhere.statusCode());
        given().get("/papers/" + ROUTER_ID).then().statusCode(404);
    }

    /**
     * A real failure half-way: a unique constraint on titles (made for this test) makes the database refuse a
     * write in the middle of a chunk. The first chunk — new papers, a changed default-corpus paper, and a new spelling (an alias)
     * of an entity that was there — must be undone.
     */
    @Test
    void anImportThatFailsHalfWayIsUndone() {
        // In the third write transaction of the first chunk: the two before it have committed and must be undone.
        int failing = 120;
        String existing = PaperResourceTest.STEPCODER;
        String existingTitle = given().get("/papers/" + existing).jsonPath().getString("title");
        StringBuilder body = new StringBuilder("[{\"id\": \"" + existing + "\", \"title\": \"" + existingTitle
                + "\", \"abstract\": \"We propose RewrittenNet for code generation.\"}");
        for (int i = 1; i < 250; i++) {
            String title = i == failing ? existingTitle : "Failing Import Paper " + i;
            body.append(",{\"id\": \"failing-").append(i).append("\", \"title\": \"").append(title)
                    .append("\", \"abstract\": \"We propose Fail").append(i).append("Net, a method for planning.")
                    .append(i == 1 ? " Our generator outperforms KSGen on skill videos." : "").append("\"}");
        }
        body.append(']');
        String before = GraphFingerprint.of(driver);
        driver.executableQuery("CREATE CONSTRAINT test_unique_paper_title IF NOT EXISTS FOR (p:Paper) REQUIRE p.title IS UNIQUE").execute();
        try {
            assertProblem(authorised().contentType("application/json").body(body.toString()).post("/imports").then(), 500, "undone");
        } finally {
            driver.executableQuery("DROP CONSTRAINT test_unique_paper_title IF EXISTS").execute();
        }
        given().get("/papers/failing-1").then().statusCode(404);
        given().get("/papers/" + existing).then().statusCode(200).body("title", equalTo(existingTitle))
                .body("abstract", not(containsString("RewrittenNet")));
        assertEquals(before, GraphFingerprint.of(driver));
    }

    @Test
    void theOpenApiDocumentSaysWhichOperationsNeedAKey() {
        Response openapi = given().queryParam("format", "json").get("/q/openapi");
        openapi.then().statusCode(200)
                .body("components.securitySchemes.apiKey.scheme", equalTo("bearer"))
                .body("paths.'/imports'.post.security[0]", org.hamcrest.Matchers.hasKey("apiKey"))
                .body("paths.'/papers'.post.security[0]", org.hamcrest.Matchers.hasKey("apiKey"))
                .body("paths.'/papers/{id}'.put.security[0]", org.hamcrest.Matchers.hasKey("apiKey"))
                .body("paths.'/papers/{id}'.delete.security[0]", org.hamcrest.Matchers.hasKey("apiKey"))
                .body("paths.'/papers/{id}'.get.security", org.hamcrest.Matchers.nullValue());
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

}
