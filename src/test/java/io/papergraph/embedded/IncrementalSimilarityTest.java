package io.papergraph.embedded;

import io.papergraph.api.GraphReady;
import io.papergraph.corpus.PaperRecord;
import io.papergraph.graph.CorpusLoader;
import io.papergraph.graph.PaperRemover;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.graphdb.Transaction;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Similarity edges follow the papers: added papers are linked and become neighbours of near papers, removed
 * ones leave no edge behind and their neighbours are relinked. Runs against the external-server profile, whose
 * database no other test class shares, and leaves the graph as it found it.
 */
@QuarkusTest
@TestProfile(ExternalServerTest.PointedAtServer.class)
class IncrementalSimilarityTest {

    private static final String NEAR = "learning-human-skill-generators-at-key-step-levels";

    @Inject
    CorpusLoader loader;
    @Inject
    PaperRemover remover;

    @BeforeEach
    void graphLoaded() {
        GraphReady.await();
    }

    @Test
    void addedPapersAreLinkedAndRemovedPapersLeaveNoEdges() {
        List<PaperRecord> added = List.of(
                new PaperRecord("synthetic-skill-video-generator", "Generating Videos of Multi-Step Human Skills from Key Steps",
                        "We generate videos of people performing multi-step human skills. A multimodal language model describes the "
                                + "key steps, an image generator renders each key step, and a video model fills in the clips between "
                                + "them, which keeps long skill videos consistent.", "test:1"),
                new PaperRecord("synthetic-key-step-video-planning", "Key-Step Planning for Long Human Skill Videos",
                        "Long videos of human skills are hard to synthesise in one pass. We plan the key steps of a skill from its "
                                + "description and generate a short clip for each key step, so that procedural skill videos stay coherent.",
                        "test:2"));
        loader.load(added);
        for (PaperRecord paper : added) {
            long edges = count("MATCH (:Paper {id: $id})-[s:SIMILAR_TO]->() RETURN count(s) AS n", paper.id());
            assertTrue(edges > 0, paper.id() + " is linked to similar papers");
        }
        long nearToAdded = count("""
                MATCH (:Paper {id: $id})-[:SIMILAR_TO]->(p:Paper) WHERE p.id STARTS WITH 'synthetic-' RETURN count(p) AS n
                """, NEAR);
        assertTrue(nearToAdded > 0, "an existing near paper was relinked to the added ones");

        assertEquals(2, remover.remove(added.stream().map(PaperRecord::id).toList()));

        assertEquals(0, count("MATCH (p:Paper) WHERE p.id STARTS WITH $id RETURN count(p) AS n", "synthetic-"));
        assertEquals(199, count("MATCH (p:Paper) WHERE p.id <> $id RETURN count(p) AS n", ""));
        long nearEdges = count("MATCH (:Paper {id: $id})-[s:SIMILAR_TO]->() RETURN count(s) AS n", NEAR);
        assertEquals(10, nearEdges, "the near paper is relinked to its ten nearest remaining papers");
    }

    private static long count(String cypher, String id) {
        try (Transaction tx = ExternalNeo4jServer.database.beginTx()) {
            return (long) tx.execute(cypher, Map.of("id", id)).next().get("n");
        }
    }
}
