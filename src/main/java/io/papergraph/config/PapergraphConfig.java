package io.papergraph.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Everything papergraph itself can be told; the Neo4j driver keeps its own {@code quarkus.neo4j.*} keys. */
@ConfigMapping(prefix = "papergraph")
public interface PapergraphConfig {

    /** Where the embedded database keeps its files (env {@code PAPERGRAPH_DATA_DIR}). */
    @WithName("data-dir")
    @WithDefault("./data/neo4j")
    Path dataDir();

    /** An external Neo4j server or cluster (env {@code NEO4J_URI}); when set, no embedded database starts. */
    @WithName("external-uri")
    Optional<String> externalUri();

    /**
     * Keys that may write (env {@code PAPERGRAPH_API_KEYS}, comma-separated), sent as {@code Authorization: Bearer <key>}.
     * None by default: then every write is refused and reads stay open.
     */
    @WithName("api-keys")
    Optional<List<String>> apiKeys();

    /**
     * Front-end origins that may call the API from a browser (env {@code PAPERGRAPH_CORS_ORIGINS}, comma-separated,
     * e.g. {@code https://app.example.org}). Writes are accepted only from origins listed here by name, never from {@code *}.
     */
    @WithName("cors-origins")
    Optional<List<String>> corsOrigins();

    /**
     * Paper lists imported at startup after the default corpus (env {@code PAPERGRAPH_IMPORT_FILES}, comma-separated
     * paths); the format follows the extension: .txt, .json, .jsonl, .bib, .atom or .xml.
     */
    @WithName("import-files")
    Optional<List<Path>> importFiles();

    Embedded embedded();

    Corpus corpus();

    Semantic semantic();

    Related related();

    interface Embedded {
        /** Bolt port of the embedded database on 127.0.0.1; a free port is chosen when unset. */
        @WithName("bolt-port")
        int boltPort();

        /** Page cache of the embedded database, in MiB. */
        @WithName("page-cache-mib")
        @WithDefault("64")
        int pageCacheMib();

        /** Use a fresh temporary directory that is deleted on shutdown (tests); ignores {@code data-dir}. */
        @WithDefault("false")
        boolean ephemeral();
    }

    interface Corpus {
        /** Load the bundled default corpus when the graph holds no papers yet. */
        @WithName("load-default")
        @WithDefault("true")
        boolean loadDefault();

        /** Papers written per write transaction. */
        @WithName("batch-size")
        @WithDefault("50")
        int batchSize();
    }

    interface Semantic {
        /** Compute sentence embeddings in-process; off, the semantic features answer 503 and everything else works. */
        @WithDefault("true")
        boolean enabled();

        /** How many most similar papers each paper links to with SIMILAR_TO. */
        @WithName("similar-k")
        @WithDefault("10")
        int similarK();

        /** Cosine similarity below which no SIMILAR_TO edge is made (all-MiniLM-L6-v2: 0.5 is clearly on topic). */
        @WithName("similar-threshold")
        @WithDefault("0.5")
        double similarThreshold();

        /** Weight of text similarity in related-paper scores: a SIMILAR_TO score s adds s × this weight. */
        @WithName("related-text-weight")
        @WithDefault("3.0")
        double relatedTextWeight();
    }

    /** Multipliers of each kind of shared node in related-paper scores (on top of its rarity weight). */
    interface Related {
        /** A shared method (proposed, compared with). */
        @WithName("method-weight")
        @WithDefault("1.0")
        double methodWeight();

        /** A shared benchmark (evaluated on, introduced). */
        @WithName("benchmark-weight")
        @WithDefault("1.0")
        double benchmarkWeight();

        /** A shared pretrained model. */
        @WithName("model-weight")
        @WithDefault("1.0")
        double modelWeight();

        /** A shared concept. */
        @WithName("concept-weight")
        @WithDefault("1.0")
        double conceptWeight();
    }
}
