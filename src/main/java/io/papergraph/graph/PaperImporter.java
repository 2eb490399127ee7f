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

    /** A write failed half-way; what had been written was undone, unless {@link #undone()} says otherwise. */
    public static final class ImportFailed extends RuntimeException {
        private final boolean undone;

        ImportFailed(String label, RuntimeException cause, boolean undone) {
            super("importing " + label + " failed" + (undone ? " and was undone: " : " and could not be undone: ") + cause.getMessage(), cause);
            this.undone = undone;
        }

        public boolean undone() {
            return undone;
        }
    }

    /** A paper with this id is in the graph already, and the caller asked to create, not replace. */
    public static final class PaperExists extends RuntimeException {
        private final String id;

        PaperExists(String id) {
            super("a paper with id '" + id + "' exists");
            this.id = id;
        }

        public String id() {
            return id;
        }
    }

    /**
     * Imports validated papers (ids unique within the list); idempotent: importing the same papers again
     * reports them unchanged and writes nothing.
     *
     * @param label names the import in log lines ("default corpus", "POST /imports", a file name)
     */
    public ImportReport importPapers(List<PaperRecord> papers, String label) {
        return lock.exclusively(() -> run(papers, label, false));
    }

    /** Adds one paper, or throws {@link PaperExists}: the check and the write hold the lock together, so two creates cannot both win. */
    public ImportReport create(PaperRecord paper, String label) {
        return lock.exclusively(() -> run(List.of(paper), label, true));
    }

    /** The fingerprint of the extractor, for callers that record what they loaded. */
    public String extractionFingerprint() {
        return pipeline.fingerprint();
    }

    private ImportReport run(List<PaperRecord> papers, String label, boolean createOnly) {
        long started = System.nanoTime();
        Map<String, Stored> stored = stored(papers.stream().map(PaperRecord::id).toList());
        if (createOnly && !stored.isEmpty()) {
            throw new PaperExists(stored.keySet().iterator().next());
        }
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
        long removed;
        try {
            write(toWrite, replaced, label, written, Map.of());
            removed = toWrite.isEmpty() ? 0 : writer.sweepOrphans();
        } catch (RuntimeException e) {
            LOG.errorf(e, "Import of %s failed with up to %d of %d papers written; undoing it", label, written.papers.size(), toWrite.size());
            throw new ImportFailed(label, e, undo(written, stored));
        }
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
        /** Entities that were in the graph before and that new papers named, as they were: new spellings add aliases. */
        final Map<String, Entity> earlierEntities = new LinkedHashMap<>();
        int entitiesCreated;
        double extractionSeconds;
        double embeddingSeconds;
    }

    private void write(List<PaperRecord> papers, Set<String> replaced, String label, Written written, Map<String, float[]> knownVectors) {
        if (papers.isEmpty()) {
            return;
        }
        EntityResolver resolver = pipeline.newResolver();
        Map<String, Entity> seeded = new HashMap<>();
        storedEntities().forEach(e -> {
            resolver.seed(e);
            seeded.put(e.kind() + "|" + e.id(), e);
        });
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
            entities.stream().map(e -> seeded.get(e.kind() + "|" + e.id())).filter(java.util.Objects::nonNull)
                    .forEach(e -> written.earlierEntities.putIfAbsent(e.kind() + "|" + e.id(), e));
            written.entitiesCreated += entities.size() - existing(entities);
            // Recorded before writing: the chunk commits in several transactions, and a failure in a later one must
            // undo the earlier ones too. Undoing a paper that was never written costs nothing.
            chunk.forEach(p -> written.papers.add(p.id()));
            List<String> pointingAtReplaced = pipeline.embeddings() ? similarity.pointingAt(
                    chunk.stream().map(PaperRecord::id).filter(replaced::contains).toList()) : List.of();
            writer.writeEntities(entities, resolver.broader(), batchSize);
            writer.writePapers(ready.papers(), replaced, pipeline.fingerprint(), batchSize);
            if (pipeline.embeddings()) {
                link(chunk.stream().map(PaperRecord::id).toList(), ready.vectors(), pointingAtReplaced);
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
    private void link(List<String> ids, List<float[]> vectors, List<String> pointingAtReplaced) {
        int batchSize = config.corpus().batchSize();
        similarity.writeEmbeddings(ids, vectors, batchSize);
        int k = config.semantic().similarK();
        double threshold = config.semantic().similarThreshold();
        similarity.rebuildSimilar(ids, k, threshold, batchSize);
        Set<String> own = new HashSet<>(ids);
        Set<String> neighbours = new java.util.TreeSet<>(similarity.neighboursOf(ids, k));
        // Papers that were similar to a changed paper's old text may no longer be.
        neighbours.addAll(pointingAtReplaced);
        neighbours.removeAll(own);
        similarity.rebuildSimilar(List.copyOf(neighbours), k, threshold, batchSize);
    }

    /**
     * Takes the graph back to before the import: new papers go, changed ones get their earlier text, facts and
     * vectors back, and entities that new papers named under new spellings lose those aliases again.
     */
    private boolean undo(Written written, Map<String, Stored> stored) {
        try {
            List<String> created = written.papers.stream().filter(id -> !stored.containsKey(id)).toList();
            remover.remove(created);
            List<PaperRecord> earlier = written.papers.stream().filter(stored::containsKey).map(id -> stored.get(id).record()).toList();
            write(earlier, earlier.stream().map(PaperRecord::id).collect(Collectors.toSet()), "undo", new Written(), written.earlierVectors);
            writer.writeEntities(written.earlierEntities.values(), List.of(), config.corpus().batchSize());
            writer.sweepOrphans();
            return true;
        } catch (RuntimeException e) {
            LOG.error("Undoing the failed import failed too; the graph may hold part of it", e);
            return false;
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
