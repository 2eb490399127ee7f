package io.papergraph.embedded;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StoreDirectoryTest {

    @Test
    @DisplayName("the default data directory './data/neo4j' is handed to Neo4j absolute and normalised (it refuses '/…/./data/neo4j')")
    void defaultDirectoryIsNormalised() {
        Path store = EmbeddedNeo4j.storeDirectory(Path.of("./data/neo4j"));
        assertTrue(store.isAbsolute(), store::toString);
        assertEquals(store.normalize(), store);
        assertEquals(Path.of("").toAbsolutePath().resolve("data/neo4j"), store);
        Path absolute = Path.of("").toAbsolutePath();
        assertEquals(absolute.resolve("papergraph"), EmbeddedNeo4j.storeDirectory(absolute.resolve("x").resolve("..").resolve("papergraph")));
    }
}
