package io.papergraph.embedded;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The data directory as the default gives it, relative and starting with "./": the embedded database starts there (Neo4j
 * refuses a path that is not normalised, and with the default the service once did not start at all).
 */
@QuarkusTest
@TestProfile(RelativeDataDirectoryTest.RelativeDirectory.class)
class RelativeDataDirectoryTest {

    static final String DIRECTORY = "./target/relative-data-directory-test/neo4j";

    public static class RelativeDirectory implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("papergraph.embedded.ephemeral", "false", "papergraph.data-dir", DIRECTORY,
                    "papergraph.corpus.load-default", "false", "papergraph.semantic.enabled", "false");
        }
    }

    @Inject
    EmbeddedNeo4j embedded;

    @Test
    void theDatabaseStartsInTheRelativeDirectory() {
        assertTrue(embedded.running());
        assertTrue(Files.isDirectory(Path.of(DIRECTORY).toAbsolutePath().normalize().resolve("data")), "store files under " + DIRECTORY);
        given().get("/stats").then().statusCode(200);
    }
}
