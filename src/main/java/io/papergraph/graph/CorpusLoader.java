package io.papergraph.graph;

import io.papergraph.config.PapergraphConfig;
import io.papergraph.corpus.DefaultCorpus;
import io.papergraph.corpus.PaperIds;
import io.papergraph.corpus.PaperRecord;
import io.papergraph.corpus.TrendingTextParser;
import io.papergraph.embedding.ConceptMatcher;
import io.papergraph.embedding.PaperEmbedder;
import io.papergraph.extraction.Extraction;
import io.papergraph.extraction.Mention;
import io.papergraph.extraction.Relation;
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
    private ConceptMatcher conceptMatcher;
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
        List<Extraction> extractions = papers.stream().map(extractor::extract).toList();
        double extractionSeconds = (System.nanoTime() - started) / 1e9;
        long embeddingStarted = System.nanoTime();
        List<float[]> vectors = embedder.enabled() ? embedder.embedAll(papers.stream().map(PaperRecord::fullText).toList()) : List.of();
        if (embedder.enabled()) {
            extractions = withConceptsByMeaning(extractions, vectors);
        }
        double embeddingSeconds = (System.nanoTime() - embeddingStarted) / 1e9;
        EntityResolver resolver = new EntityResolver(vocabulary);
        List<ResolvedPaper> resolved = extractions.stream().map(resolver::resolve).toList();
        writer.writeEntities(resolver.entities(), resolver.broader(), config.corpus().batchSize());
        writer.writePapers(resolved, config.corpus().batchSize());
        if (embedder.enabled()) {
            link(papers, vectors);
        }
        GraphStats counts = stats.stats();
        return new LoadSummary(papers.size(), counts.nodes(), counts.relationships(), extractionSeconds, embeddingSeconds,
                (System.nanoTime() - started) / 1e9);
    }

    /** Adds the concepts each paper is about by meaning to those its keywords gave. */
    private List<Extraction> withConceptsByMeaning(List<Extraction> extractions, List<float[]> vectors) {
        ConceptMatcher concepts = conceptMatcher();
        List<Extraction> out = new java.util.ArrayList<>();
        for (int i = 0; i < extractions.size(); i++) {
            Extraction e = extractions.get(i);
            List<String> about = e.mentions().stream().filter(m -> m.relation() == Relation.ABOUT).map(Mention::name).toList();
            List<Mention> mentions = new java.util.ArrayList<>(e.mentions());
            mentions.addAll(concepts.match(e.paper().title(), vectors.get(i), about));
            out.add(new Extraction(e.paper(), mentions, e.results(), e.codeUrls()));
        }
        return out;
    }

    private ConceptMatcher conceptMatcher() {
        if (conceptMatcher == null) {
            conceptMatcher = new ConceptMatcher(vocabulary, embedder);
        }
        return conceptMatcher;
    }

    /**
     * Stores the vectors and links each paper to its most similar ones; papers already in the graph whose
     * nearest neighbours now include a loaded paper are relinked too, so similarity stays right as lists grow.
     */
    private void link(List<PaperRecord> papers, List<float[]> vectors) {
        List<String> ids = papers.stream().map(PaperRecord::id).toList();
        similarity.writeEmbeddings(ids, vectors, config.corpus().batchSize());
        int k = config.semantic().similarK();
        double threshold = config.semantic().similarThreshold();
        similarity.rebuildSimilar(ids, k, threshold, config.corpus().batchSize());
        List<String> neighbours = similarity.neighboursOf(ids, k).stream().filter(id -> !ids.contains(id)).toList();
        similarity.rebuildSimilar(neighbours, k, threshold, config.corpus().batchSize());
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
