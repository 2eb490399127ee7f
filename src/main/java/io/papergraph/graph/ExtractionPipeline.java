package io.papergraph.graph;

import io.papergraph.corpus.PaperIds;
import io.papergraph.corpus.PaperRecord;
import io.papergraph.embedding.ConceptMatcher;
import io.papergraph.embedding.PaperEmbedder;
import io.papergraph.extraction.Extraction;
import io.papergraph.extraction.Extractor;
import io.papergraph.extraction.Mention;
import io.papergraph.extraction.Relation;
import io.papergraph.extraction.Vocabulary;
import io.papergraph.resolution.EntityResolver;
import io.papergraph.resolution.ResolvedPaper;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.ArrayList;
import java.util.List;

/**
 * Papers in, papers ready to write out: extraction, sentence embeddings, concepts by meaning and entity
 * resolution. Touches no database, so every load, import and single-paper write runs the very same steps.
 */
@ApplicationScoped
public class ExtractionPipeline {

    /** Papers run through the pipeline and written: the import's memory is bounded by this, not by its size. */
    public record Chunk(List<ResolvedPaper> papers, List<float[]> vectors, double extractionSeconds, double embeddingSeconds) {
    }

    private final Vocabulary vocabulary;
    private final Extractor extractor;
    private final PaperEmbedder embedder;
    private final String fingerprint;
    private ConceptMatcher conceptMatcher;

    public ExtractionPipeline(Vocabulary vocabulary, Extractor extractor, PaperEmbedder embedder,
                              @ConfigProperty(name = "quarkus.application.version", defaultValue = "dev") String version) {
        this.vocabulary = vocabulary;
        this.extractor = extractor;
        this.embedder = embedder;
        this.fingerprint = version + "-" + PaperIds.shortHash(vocabulary.toString());
    }

    /**
     * Which extractor wrote a paper's facts: the release and the vocabulary. A paper stored under another
     * fingerprint is re-extracted when it is loaded again, even if its text is the same.
     */
    public String fingerprint() {
        return fingerprint;
    }

    public boolean embeddings() {
        return embedder.enabled();
    }

    public EntityResolver newResolver() {
        return new EntityResolver(vocabulary);
    }

    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(ExtractionPipeline.class);

    /**
     * A rule that fails on one paper's text must not fail the import of the whole list: that paper is stored
     * without facts, and the log names it. A release with the fix has another fingerprint and re-extracts it.
     */
    static Extraction extractSafely(java.util.function.Function<PaperRecord, Extraction> extract, PaperRecord paper) {
        try {
            return extract.apply(paper);
        } catch (RuntimeException | StackOverflowError e) {
            // A regex over a pathological sentence (a list of hundreds of items) can exhaust the stack: that paper only.
            LOG.warnf(e, "Extraction failed on paper %s; it is stored without extracted facts", paper.id());
            return new Extraction(paper, List.of(), List.of(), List.of());
        }
    }

    public Chunk run(List<PaperRecord> papers, EntityResolver resolver) {
        return run(papers, resolver, java.util.Map.of());
    }

    /**
     * @param knownVectors embeddings to reuse instead of computing them (by paper id): restoring a paper must give
     *                     it back its very vector, and a recomputed one can differ in the last digits
     */
    public Chunk run(List<PaperRecord> papers, EntityResolver resolver, java.util.Map<String, float[]> knownVectors) {
        long started = System.nanoTime();
        // Papers are independent and the extractor keeps no state between them: use every core. The list keeps its order.
        List<Extraction> extractions = papers.parallelStream().map(p -> extractSafely(extractor::extract, p)).toList();
        double extractionSeconds = (System.nanoTime() - started) / 1e9;
        long embeddingStarted = System.nanoTime();
        List<float[]> vectors = List.of();
        if (embedder.enabled()) {
            vectors = knownVectors.keySet().containsAll(papers.stream().map(PaperRecord::id).toList())
                    ? papers.stream().map(p -> knownVectors.get(p.id())).toList()
                    : embedder.embedAll(papers.stream().map(PaperRecord::fullText).toList());
            extractions = withConceptsByMeaning(extractions, vectors);
        }
        double embeddingSeconds = (System.nanoTime() - embeddingStarted) / 1e9;
        List<ResolvedPaper> resolved = extractions.stream().map(resolver::resolve).toList();
        return new Chunk(resolved, vectors, extractionSeconds, embeddingSeconds);
    }

    /** Adds the concepts each paper is about by meaning to those its keywords gave. */
    private List<Extraction> withConceptsByMeaning(List<Extraction> extractions, List<float[]> vectors) {
        ConceptMatcher concepts = conceptMatcher();
        List<Extraction> out = new ArrayList<>();
        for (int i = 0; i < extractions.size(); i++) {
            Extraction e = extractions.get(i);
            List<String> about = e.mentions().stream().filter(m -> m.relation() == Relation.ABOUT).map(Mention::name).toList();
            List<Mention> mentions = new ArrayList<>(e.mentions());
            mentions.addAll(concepts.match(e.paper().title(), vectors.get(i), about));
            out.add(new Extraction(e.paper(), mentions, e.results(), e.codeUrls()));
        }
        return out;
    }

    private synchronized ConceptMatcher conceptMatcher() {
        if (conceptMatcher == null) {
            conceptMatcher = new ConceptMatcher(vocabulary, embedder);
        }
        return conceptMatcher;
    }
}
