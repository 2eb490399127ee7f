package io.papergraph.embedding;

import io.papergraph.config.PapergraphConfig;
import io.papergraph.extraction.EntityKind;
import io.papergraph.extraction.Mention;
import io.papergraph.extraction.Vocabulary;
import io.papergraph.extraction.VocabularyEntry;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The in-process model: deterministic, normalised, meaningful; and switched off when configured so. */
class PaperEmbedderTest {

    private static final PaperEmbedder ON = new PaperEmbedder(config(true));

    @Test
    @DisplayName("the same text always gives the same 384-dimensional vector")
    void deterministic() {
        float[] first = ON.embed("Hierarchical planning with language model agents.");
        float[] second = ON.embedAll(List.of("Hierarchical planning with language model agents.")).get(0);
        assertEquals(PaperEmbedder.DIMENSIONS, first.length);
        assertArrayEquals(first, second);
    }

    @Test
    @DisplayName("a paraphrase is nearer than an unrelated sentence")
    void meaning() {
        float[] query = ON.embed("merging the weights of several fine-tuned models into one");
        double paraphrase = ConceptMatcher.cosine(query, ON.embed("combining fine-tuned checkpoints by averaging their parameters"));
        double unrelated = ConceptMatcher.cosine(query, ON.embed("a robot arm grasps objects in a cluttered kitchen"));
        assertTrue(paraphrase > unrelated + 0.2, paraphrase + " vs " + unrelated);
    }

    @Test
    @DisplayName("switched off, asking for a vector is refused with a clear reason")
    void switchedOff() {
        PaperEmbedder off = new PaperEmbedder(config(false));
        assertTrue(!off.enabled());
        assertThrows(PaperEmbedder.SemanticFeaturesDisabled.class, () -> off.embed("anything"));
    }

    @Test
    @DisplayName("a concept is added by meaning only when near, never twice, and never past six")
    void conceptsByMeaning() {
        VocabularyEntry merging = new VocabularyEntry(EntityKind.CONCEPT, "model merging", List.of(), null, false, List.of(), List.of(),
                "Combining the weights of several trained models into a single model without retraining.");
        VocabularyEntry grasping = new VocabularyEntry(EntityKind.CONCEPT, "robotic grasping", List.of(), null, false, List.of(), List.of(),
                "Robots picking up objects with grippers or hands.");
        ConceptMatcher matcher = new ConceptMatcher(new Vocabulary(List.of(), List.of(), List.of(), List.of(), List.of(merging, grasping)), ON);
        float[] paper = ON.embed("We merge the parameters of task-specific fine-tuned models into one multi-task model without further training.");

        List<Mention> added = matcher.match("A Paper", paper, List.of());
        assertEquals(List.of("model merging"), added.stream().map(Mention::name).toList());
        assertEquals(ConceptMatcher.RULE, added.get(0).rule());
        assertEquals(List.of(), matcher.match("A Paper", paper, List.of("Model Merging")));
        assertEquals(List.of(), matcher.match("A Paper", paper, List.of("a", "b", "c", "d", "e", "f")));
    }

    private static PapergraphConfig config(boolean enabled) {
        PapergraphConfig.Semantic semantic = (PapergraphConfig.Semantic) Proxy.newProxyInstance(PapergraphConfig.class.getClassLoader(),
                new Class<?>[] {PapergraphConfig.Semantic.class}, (proxy, method, args) -> method.getName().equals("enabled") ? enabled : null);
        return (PapergraphConfig) Proxy.newProxyInstance(PapergraphConfig.class.getClassLoader(), new Class<?>[] {PapergraphConfig.class},
                (proxy, method, args) -> method.getName().equals("semantic") ? semantic : null);
    }
}
