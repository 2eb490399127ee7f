package io.papergraph.graph;

import io.papergraph.config.PapergraphConfig;
import io.papergraph.corpus.DefaultCorpus;
import io.papergraph.corpus.PaperIds;
import io.papergraph.corpus.PaperRecord;
import io.papergraph.corpus.TrendingTextParser;
import io.papergraph.embedding.PaperEmbedder;
import io.papergraph.extraction.Extractor;
import io.papergraph.extraction.Vocabulary;
import io.papergraph.resolution.EntityResolver;
import io.papergraph.resolution.ResolvedPaper;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;
import org.neo4j.driver.Driver;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Loads the bundled default corpus into an empty graph at startup, in the background, and records the
 * load so that a restart skips it. Readiness stays DOWN until this has finished.
 */
@ApplicationScoped
public class CorpusLoader {

    /** Where the startup load stands; readiness reports it. */
    public enum State { PENDING, LOADING, DONE, SKIPPED, FAILED }

    private static final Logger LOG = Logger.getLogger(CorpusLoader.class);
    private static final String DEFAULT_CORPUS_ID = "default-corpus";

    private final PapergraphConfig config;
    private final DefaultCorpus defaultCorpus;
    private final Vocabulary vocabulary;
    private final Extractor extractor;
    private final GraphWriter writer;
    private final StatsQueries stats;
    private final Driver driver;
    private final PaperEmbedder embedder;
    private final SimilarityWriter similarity;
    private final AtomicReference<State> state = new AtomicReference<>(State.PENDING);

    public CorpusLoader(PapergraphConfig config, DefaultCorpus defaultCorpus, Vocabulary vocabulary, Extractor extractor,
                        GraphWriter writer, StatsQueries stats, Driver driver, PaperEmbedder embedder, SimilarityWriter similarity) {
        this.config = config;
        this.defaultCorpus = defaultCorpus;
        this.vocabulary = vocabulary;
        this.extractor = extractor;
        this.writer = writer;
        this.stats = stats;
        this.driver = driver;
        this.embedder = embedder;
        this.similarity = similarity;
    }

    public State state() {
        return state.get();
    }

    void onStart(@Observes StartupEvent event) {
        if (!config.corpus().loadDefault()) {
            state.set(State.SKIPPED);
            return;
        }
        Thread loader = new Thread(this::loadDefaultCorpusIfNeeded, "papergraph-corpus-loader");
        loader.setDaemon(true);
        loader.start();
    }

    void loadDefaultCorpusIfNeeded() {
        state.set(State.LOADING);
        try {
            TrendingTextParser.Result parsed = defaultCorpus.read();
            parsed.problems().forEach(p -> LOG.warnf("Default corpus line %d: %s", p.line(), p.reason()));
            String hash = PaperIds.shortHash(parsed.papers().toString());
            if (alreadyLoaded(hash)) {
                LOG.infof("Default corpus already loaded (%d papers in the graph); nothing to do", stats.papers());
                state.set(State.DONE);
                return;
            }
            LoadSummary summary = load(parsed.papers());
            recordLoad(hash, parsed.papers().size());
            LOG.infof("Default corpus loaded: %s", summary);
            state.set(State.DONE);
        } catch (RuntimeException e) {
            state.set(State.FAILED);
            LOG.error("Loading the default corpus failed; the graph keeps what it had", e);
        }
    }

    /** Extracts, resolves and writes papers; idempotent, so loading the same papers twice changes nothing. */
    public LoadSummary load(List<PaperRecord> papers) {
        long started = System.nanoTime();
        EntityResolver resolver = new EntityResolver(vocabulary);
        List<ResolvedPaper> resolved = papers.stream().map(extractor::extract).map(resolver::resolve).toList();
        double extractionSeconds = (System.nanoTime() - started) / 1e9;
        writer.writeEntities(resolver.entities(), resolver.broader(), config.corpus().batchSize());
        writer.writePapers(resolved, config.corpus().batchSize());
        double embeddingSeconds = embedder.enabled() ? embedAndLink(papers) : 0;
        GraphStats counts = stats.stats();
        return new LoadSummary(papers.size(), counts.nodes(), counts.relationships(), extractionSeconds, embeddingSeconds,
                (System.nanoTime() - started) / 1e9);
    }

    /** Embeds the papers' text, stores the vectors and links each paper to its most similar ones. */
    private double embedAndLink(List<PaperRecord> papers) {
        long started = System.nanoTime();
        List<String> ids = papers.stream().map(PaperRecord::id).toList();
        List<float[]> vectors = embedder.embedAll(papers.stream().map(PaperRecord::fullText).toList());
        double seconds = (System.nanoTime() - started) / 1e9;
        similarity.writeEmbeddings(ids, vectors, config.corpus().batchSize());
        similarity.rebuildSimilar(ids, config.semantic().similarK(), config.semantic().similarThreshold(), config.corpus().batchSize());
        return seconds;
    }

    private boolean alreadyLoaded(String hash) {
        return driver.executableQuery("""
                MATCH (l:CorpusLoad {id: $id, sha: $sha}) RETURN count(l) > 0 AS loaded
                """).withParameters(Map.of("id", DEFAULT_CORPUS_ID, "sha", hash))
                .execute().records().get(0).get("loaded").asBoolean();
    }

    private void recordLoad(String hash, int papers) {
        driver.executableQuery("""
                MERGE (l:CorpusLoad {id: $id})
                SET l.sha = $sha, l.papers = $papers, l.loadedAt = datetime()
                """).withParameters(Map.of("id", DEFAULT_CORPUS_ID, "sha", hash, "papers", papers)).execute();
    }
}
