package io.papergraph.embedding;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import io.papergraph.config.PapergraphConfig;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/**
 * Sentence embeddings computed inside this JVM with all-MiniLM-L6-v2 (quantised ONNX, 384 dimensions): no
 * network, no API key, and the same text always gives the same vector. The model loads on first use.
 */
@ApplicationScoped
public class PaperEmbedder {

    public static final int DIMENSIONS = 384;

    private final boolean enabled;
    private volatile EmbeddingModel model;

    public PaperEmbedder(PapergraphConfig config) {
        this.enabled = config.semantic().enabled();
    }

    public boolean enabled() {
        return enabled;
    }

    /** One normalised vector per text, in order. */
    public List<float[]> embedAll(List<String> texts) {
        requireEnabled();
        return model().embedAll(texts.stream().map(TextSegment::from).toList()).content().stream()
                .map(e -> e.vector())
                .toList();
    }

    public float[] embed(String text) {
        requireEnabled();
        return model().embed(text).content().vector();
    }

    private EmbeddingModel model() {
        if (model == null) {
            synchronized (this) {
                if (model == null) {
                    // Unpacked once and reused by every later start (see OnnxNativeLibraries).
                    OnnxNativeLibraries.defaultCache().ifPresent(OnnxNativeLibraries::prepare);
                    model = new AllMiniLmL6V2QuantizedEmbeddingModel();
                }
            }
        }
        return model;
    }

    private void requireEnabled() {
        if (!enabled) {
            throw new SemanticFeaturesDisabled();
        }
    }

    /** Asked for a vector while embeddings are switched off. */
    public static final class SemanticFeaturesDisabled extends RuntimeException {
        public SemanticFeaturesDisabled() {
            super("semantic features are switched off on this server (papergraph.semantic.enabled=false)");
        }
    }
}
