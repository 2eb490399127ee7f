package io.papergraph.graph;

import io.papergraph.config.PapergraphConfig;
import io.papergraph.corpus.DefaultCorpus;
import io.papergraph.corpus.PaperIds;
import io.papergraph.corpus.PaperRecord;
import io.papergraph.corpus.TrendingTextParser;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;
import org.neo4j.driver.Driver;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Loads the bundled default corpus at startup, in the background, and records the load so that a restart
 * skips it; then imports the files named in configuration. Readiness stays DOWN until both have finished.
 */
@ApplicationScoped
public class CorpusLoader {

    /** Where the startup load stands; readiness reports it. */
    public enum State { PENDING, LOADING, DONE, SKIPPED, FAILED }

    private static final Logger LOG = Logger.getLogger(CorpusLoader.class);
    private static final String DEFAULT_CORPUS_ID = "default-corpus";

    private final PapergraphConfig config;
    private final DefaultCorpus defaultCorpus;
    private final PaperImporter importer;
    private final StartupImports startupImports;
    private final StatsQueries stats;
    private final Driver driver;
    private final AtomicReference<State> state = new AtomicReference<>(State.PENDING);

    public CorpusLoader(PapergraphConfig config, DefaultCorpus defaultCorpus, PaperImporter importer,
                        StartupImports startupImports, StatsQueries stats, Driver driver) {
        this.startupImports = startupImports;
        this.config = config;
        this.defaultCorpus = defaultCorpus;
        this.importer = importer;
        this.stats = stats;
        this.driver = driver;
    }

    public State state() {
        return state.get();
    }

    void onStart(@Observes StartupEvent event) {
        boolean files = !config.importFiles().orElse(List.of()).isEmpty();
        if (!config.corpus().loadDefault() && !files) {
            state.set(State.SKIPPED);
            return;
        }
        Thread loader = new Thread(this::loadAtStartup, "papergraph-corpus-loader");
        loader.setDaemon(true);
        loader.start();
    }

    /** The default corpus first, then the configured files: readiness waits for both. */
    private void loadAtStartup() {
        if (config.corpus().loadDefault()) {
            loadDefaultCorpusIfNeeded();
        }
        State afterDefault = state.get();
        state.set(State.LOADING);
        startupImports.run();
        state.set(afterDefault == State.FAILED ? State.FAILED : State.DONE);
    }

    void loadDefaultCorpusIfNeeded() {
        state.set(State.LOADING);
        try {
            TrendingTextParser.Result parsed = defaultCorpus.read();
            parsed.problems().forEach(p -> LOG.warnf("Default corpus line %d: %s", p.line(), p.reason()));
            String hash = PaperIds.shortHash(parsed.papers().toString() + importer.extractionFingerprint());
            if (alreadyLoaded(hash)) {
                LOG.infof("Default corpus already loaded (%d papers in the graph); nothing to do", stats.papers());
                state.set(State.DONE);
                return;
            }
            ImportReport summary = load(parsed.papers());
            recordLoad(hash, parsed.papers().size());
            LOG.infof("Default corpus loaded: %s", summary);
            state.set(State.DONE);
        } catch (RuntimeException e) {
            state.set(State.FAILED);
            LOG.error("Loading the default corpus failed; the graph keeps what it had", e);
        }
    }

    /** Extracts, resolves and writes papers; idempotent, so loading the same papers twice changes nothing. */
    public ImportReport load(List<PaperRecord> papers) {
        return importer.importPapers(papers, "the default corpus");
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
