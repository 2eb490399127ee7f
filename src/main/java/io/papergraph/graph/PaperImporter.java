package io.papergraph.graph;

import io.papergraph.config.PapergraphConfig;
import io.papergraph.corpus.PaperRecord;
import io.papergraph.extraction.EntityKind;
import io.papergraph.graph.ImportReport.PaperOutcome;
import io.papergraph.resolution.Entity;
import io.papergraph.resolution.EntityResolver;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Value;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Brings papers into the graph: new ones are created, changed ones re-extracted with their stale facts
 * removed, unchanged ones left alone. Names resolve against the entities already in the graph, so a paper
 * imported today joins the nodes yesterday's papers made. Papers go through in chunks, so memory stays
 * bounded however long the list; if writing fails half-way, the chunks already written are undone.
 */
@ApplicationScoped
public class PaperImporter {

    /** Papers per chunk: about two seconds of work with embeddings on, so progress is logged that often. */
    static final int CHUNK_SIZE = 200;
    private static final Logger LOG = Logger.getLogger(PaperImporter.class);
    private static final long PROGRESS_EVERY_NANOS = 3_000_000_000L;

    private final ExtractionPipeline pipeline;
    private final GraphWriter writer;
    private final SimilarityWriter similarity;
    private final PaperRemover remover;
    private final GraphWriteLock lock;
    private final Driver driver;
    private final PapergraphConfig config;

    public PaperImporter(ExtractionPipeline pipeline, GraphWriter writer, SimilarityWriter similarity, PaperRemover remover,
                         GraphWriteLock lock, Driver driver, PapergraphConfig config) {
        this.pipeline = pipeline;
        this.writer = writer;
        this.similarity = similarity;
        this.remover = remover;
        this.lock = lock;
        this.driver = driver;
        this.config = config;
    }

    /** A write failed half-way; what had been written was undone. */
    public static final class ImportFailed extends RuntimeException {
        ImportFailed(String label, RuntimeException cause) {
            super("importing " + label + " failed and was undone: " + cause.getMessage(), cause);
        }
    }

    /**
     * Imports validated papers (ids unique within the list); idempotent: importing the same papers again
     * reports them unchanged and writes nothing.
     *
     * @param label names the import in log lines ("default corpus", "POST /imports", a file name)
     */
    public ImportReport importPapers(List<PaperRecord> papers, String label) {
        return lock.exclusively(() -> run(papers, label));
    }

    /** The fingerprint of the extractor, for callers that record what they loaded. */
    public String extractionFingerprint() {
        return pipeline.fingerprint();
    }

    private ImportReport run(List<PaperRecord> papers, String label) {
        long started = System.nanoTime();
        Map<String, Stored> stored = stored(papers.stream().map(PaperRecord::id).toList());
        List<PaperOutcome> outcomes = new ArrayList<>();
        List<PaperRecord> toWrite = new ArrayList<>();
        Set<String> replaced = new HashSet<>();
        for (PaperRecord paper : papers) {
            Stored before = stored.get(paper.id());
            String outcome = before == null ? "created"
                    : before.record().sameContent(paper) && pipeline.fingerprint().equals(before.extraction()) ? "unchanged" : "updated";
            outcomes.add(new PaperOutcome(paper.id(), outcome));
            if (!outcome.equals("unchanged")) {
                toWrite.add(paper);
            }
            if (outcome.equals("updated")) {
                replaced.add(paper.id());
            }
        }
        Written written = new Written();
        try {
            write(toWrite, replaced, label, written, Map.of());
        } catch (RuntimeException e) {
            LOG.errorf(e, "Import of %s failed after %d of %d papers; undoing it", label, written.papers.size(), toWrite.size());
            undo(written, stored);
            throw new ImportFailed(label, e);
        }
        long removed = toWrite.isEmpty() ? 0 : writer.sweepOrphans();
        Map<String, Long> counts = outcomes.stream().collect(Collectors.groupingBy(PaperOutcome::outcome, Collectors.counting()));
        return new ImportReport(papers.size(), counts.getOrDefault("created", 0L).intValue(),
                counts.getOrDefault("updated", 0L).intValue(), counts.getOrDefault("unchanged", 0L).intValue(),
                written.entitiesCreated, removed, written.extractionSeconds, written.embeddingSeconds,
                (System.nanoTime() - started) / 1e9, outcomes);
    }

    /** What a running import has written so far, to undo it if a later chunk fails. */
    private static final class Written {
        final List<String> papers = new ArrayList<>();
        /** The embeddings replaced papers had before, to give them back. */
        final Map<String, float[]> earlierVectors = new HashMap<>();
        int entitiesCreated;
        double extractionSeconds;
        double embeddingSeconds;
    }

    private void write(List<PaperRecord> papers, Set<String> replaced, String label, Written written, Map<String, float[]> knownVectors) {
        if (papers.isEmpty()) {
            return;
        }
        EntityResolver resolver = pipeline.newResolver();
        storedEntities().forEach(resolver::seed);
        int batchSize = config.corpus().batchSize();
        long lastProgress = System.nanoTime();
        for (List<PaperRecord> chunk : GraphWriter.batches(papers, CHUNK_SIZE)) {
            ExtractionPipeline.Chunk ready = pipeline.run(chunk, resolver, knownVectors);
            if (pipeline.embeddings()) {
                written.earlierVectors.putAll(similarity.embeddings(chunk.stream().map(PaperRecord::id).filter(replaced::contains).toList()));
            }
            written.extractionSeconds += ready.extractionSeconds();
            written.embeddingSeconds += ready.embeddingSeconds();
            List<Entity> entities = resolver.drainUsed();
            written.entitiesCreated += entities.size() - existing(entities);
            writer.writeEntities(entities, resolver.broader(), batchSize);
            writer.writePapers(ready.papers(), replaced, pipeline.fingerprint(), batchSize);
            chunk.forEach(p -> written.papers.add(p.id()));
            if (pipeline.embeddings()) {
                link(chunk.stream().map(PaperRecord::id).toList(), ready.vectors());
            }
            if (papers.size() > CHUNK_SIZE && System.nanoTime() - lastProgress > PROGRESS_EVERY_NANOS) {
                LOG.infof("Import of %s: %d of %d papers written (%d%%)", label, written.papers.size(), papers.size(),
                        100 * written.papers.size() / papers.size());
                lastProgress = System.nanoTime();
            }
        }
    }

    /**
     * Stores the vectors and links each paper to its most similar ones; papers already in the graph whose
     * nearest neighbours now include a new paper are relinked too, so similarity stays right as lists grow.
     */
    private void link(List<String> ids, List<float[]> vectors) {
        int batchSize = config.corpus().batchSize();
        similarity.writeEmbeddings(ids, vectors, batchSize);
        int k = config.semantic().similarK();
        double threshold = config.semantic().similarThreshold();
        similarity.rebuildSimilar(ids, k, threshold, batchSize);
        Set<String> own = new HashSet<>(ids);
        List<String> neighbours = similarity.neighboursOf(ids, k).stream().filter(id -> !own.contains(id)).toList();
        similarity.rebuildSimilar(neighbours, k, threshold, batchSize);
    }

    /** Takes the graph back to before the import: new papers go, changed ones get their earlier text and facts back. */
    private void undo(Written written, Map<String, Stored> stored) {
        try {
            List<String> created = written.papers.stream().filter(id -> !stored.containsKey(id)).toList();
            remover.remove(created);
            List<PaperRecord> earlier = written.papers.stream().filter(stored::containsKey).map(id -> stored.get(id).record()).toList();
            write(earlier, earlier.stream().map(PaperRecord::id).collect(Collectors.toSet()), "undo", new Written(), written.earlierVectors);
            writer.sweepOrphans();
        } catch (RuntimeException e) {
            LOG.error("Undoing the failed import failed too; the graph may hold part of it", e);
        }
    }

    /** A paper as the graph holds it, with the fingerprint of the extractor that wrote its facts. */
    private record Stored(PaperRecord record, String extraction) {
    }

    private Map<String, Stored> stored(List<String> ids) {
        Map<String, Stored> out = new HashMap<>();
        for (List<String> batch : GraphWriter.batches(ids, 1000)) {
            driver.executableQuery("""
                    UNWIND $ids AS id
                    MATCH (p:Paper {id: id})
                    RETURN p.id AS id, p.title AS title, p.abstract AS abstract, p.source AS source, p.url AS url,
                           p.year AS year, coalesce(p.authors, []) AS authors, p.extraction AS extraction
                    """).withParameters(Map.of("ids", batch)).execute().records().forEach(r -> {
                PaperRecord record = new PaperRecord(r.get("id").asString(), r.get("title").asString(), r.get("abstract").asString(),
                        r.get("source").asString(null), r.get("url").asString(null),
                        r.get("year").isNull() ? null : r.get("year").asInt(), r.get("authors").asList(Value::asString));
                out.put(record.id(), new Stored(record, r.get("extraction").asString(null)));
            });
        }
        return out;
    }

    /** Every method, benchmark, model and metric in the graph, so new papers resolve to them. */
    private List<Entity> storedEntities() {
        List<Entity> entities = new ArrayList<>();
        for (EntityKind kind : EntityKind.values()) {
            if (kind == EntityKind.CONCEPT) {
                continue; // concepts come from the vocabulary, which the resolver knows already
            }
            driver.executableQuery("""
                    MATCH (e:%s)
                    RETURN e.id AS id, e.name AS name, coalesce(e.aliases, []) AS aliases, e.kind AS kind
                    """.formatted(kind.label())).execute().records().forEach(r -> entities.add(new Entity(kind,
                    r.get("id").asString(), r.get("name").asString(), r.get("aliases").asList(Value::asString), r.get("kind").asString(null))));
        }
        return entities;
    }

    /** How many of these entities the graph holds already. */
    private int existing(List<Entity> entities) {
        Map<EntityKind, List<String>> ids = new LinkedHashMap<>();
        entities.forEach(e -> ids.computeIfAbsent(e.kind(), k -> new ArrayList<>()).add(e.id()));
        int found = 0;
        for (Map.Entry<EntityKind, List<String>> kind : ids.entrySet()) {
            found += driver.executableQuery("""
                    UNWIND $ids AS id
                    MATCH (e:%s {id: id})
                    RETURN count(e) AS found
                    """.formatted(kind.getKey().label())).withParameters(Map.of("ids", kind.getValue()))
                    .execute().records().get(0).get("found").asInt();
        }
        return found;
    }
}
