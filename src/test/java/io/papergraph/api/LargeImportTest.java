package io.papergraph.api;

import io.papergraph.graph.PaperImporter;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.IntStream;

import static io.papergraph.testing.Writes.authorised;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Ten thousand synthetic papers through POST /imports: written in chunks with progress in the log, all
 * there afterwards, and a second import of the same list changes nothing. Embeddings are off in this
 * profile so the suite stays fast; chunking is the same with them on.
 */
@QuarkusTest
@TestProfile(SemanticOffTest.EmbeddingsOff.class)
class LargeImportTest extends GraphWritingTest {

    static final int PAPERS = 10_000;
    static final String[] BENCHMARKS = {"GSM8K", "MATH", "ALFWorld", "WebShop", "HumanEval", "MMLU", "WebArena", "BIG-Bench Hard"};
    static final String[] TOPICS = {"task decomposition", "mixture of experts", "model merging", "skill discovery", "process supervision"};

    /** Only the synthetic papers: the ones this profile imports at startup stay for the tests after this one. */
    @Override
    protected List<String> addedPapers() {
        return driver.executableQuery("MATCH (p:Paper) WHERE p.id STARTS WITH 'synthetic-' RETURN collect(p.id) AS ids")
                .execute().records().get(0).get("ids").asList(v -> v.asString());
    }

    @Test
    void tenThousandPapersAreWrittenInChunksWithProgressAndReimportChangesNothing() {
        byte[] body = String.join("\n", IntStream.range(0, PAPERS).mapToObj(LargeImportTest::paper).toList())
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        List<String> progress = new ArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                String message = record.getMessage() == null ? "" : String.valueOf(record.getMessage());
                if (record.getParameters() != null && record.getParameters().length > 0) {
                    message = String.format(message, record.getParameters());
                }
                progress.add(message);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger logger = Logger.getLogger(PaperImporter.class.getName());
        logger.addHandler(capture);
        try {
            authorised().contentType("application/x-ndjson").body(body).post("/imports").then().statusCode(200)
                    .body("received", equalTo(PAPERS)).body("created", equalTo(PAPERS));
        } finally {
            logger.removeHandler(capture);
        }
        assertFalse(progress.stream().noneMatch(m -> m.contains("papers written")), "progress was logged: " + progress);
        assertEquals(PAPERS, count());
        given().get("/papers/synthetic-4242").then().statusCode(200)
                .body("proposes.name", hasItem("Synth4242Net")).body("evaluatedOn.name", hasItem(BENCHMARKS[4242 % BENCHMARKS.length]));

        authorised().contentType("application/x-ndjson").body(body).post("/imports").then().statusCode(200)
                .body("unchanged", equalTo(PAPERS)).body("created", equalTo(0)).body("updated", equalTo(0));
        assertEquals(PAPERS, count());
    }

    private long count() {
        return count("MATCH (p:Paper) WHERE p.id STARTS WITH 'synthetic-' RETURN count(p) AS n");
    }

    private static String paper(int i) {
        String benchmark = BENCHMARKS[i % BENCHMARKS.length];
        String topic = TOPICS[i % TOPICS.length];
        return """
                {"id": "synthetic-%d", "title": "Synthetic Study %d of %s", "year": %d, "abstract": "We propose Synth%dNet, a method for %s. Synth%dNet is evaluated on %s and improves accuracy by %d.%d%% over the strongest baseline."}"""
                .formatted(i, i, topic, 2000 + i % 26, i, topic, i, benchmark, 1 + i % 9, i % 10);
    }
}
