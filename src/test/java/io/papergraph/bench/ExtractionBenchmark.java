package io.papergraph.bench;

import io.papergraph.corpus.DefaultCorpus;
import io.papergraph.corpus.PaperRecord;
import io.papergraph.extraction.Extraction;
import io.papergraph.extraction.Extractor;
import io.papergraph.extraction.Sentences;
import io.papergraph.extraction.Vocabulary;
import io.papergraph.resolution.EntityResolver;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Prints how long extraction and resolution of the whole default corpus take, cold (first pass in a fresh
 * JVM, as at startup) and warm (median of later passes), against a baseline measured in the same run:
 * splitting every abstract into sentences, the cheapest pass over the same text.
 *
 * Run it in a JVM of its own (exec:exec, not exec:java): inside Maven's JVM the regex and collection code is already
 * compiled by Maven's own work, and the cold figure comes out a quarter too low.
 *
 * <pre>./mvnw -q test-compile exec:exec -Dexec.classpathScope=test -Dexec.executable=java "-Dexec.args=-cp %classpath io.papergraph.bench.ExtractionBenchmark"</pre>
 */
public final class ExtractionBenchmark {

    private static final int WARM_RUNS = 15;

    private ExtractionBenchmark() {
    }

    public static void main(String[] args) {
        List<PaperRecord> papers = new DefaultCorpus().read().papers();
        long vocabularyStart = System.nanoTime();
        Vocabulary vocabulary = Vocabulary.fromClasspath();
        Extractor extractor = new Extractor(vocabulary);
        double setup = seconds(vocabularyStart);

        double cold = timeExtraction(papers, extractor, vocabulary);
        double baselineCold = timeBaseline(papers);
        List<Double> warm = new ArrayList<>();
        List<Double> baseline = new ArrayList<>();
        for (int i = 0; i < WARM_RUNS; i++) {
            warm.add(timeExtraction(papers, extractor, vocabulary));
            baseline.add(timeBaseline(papers));
        }
        double warmMedian = median(warm);
        double baselineMedian = median(baseline);
        System.out.printf("papers                          %d%n", papers.size());
        System.out.printf("vocabulary + extractor setup    %.3f s%n", setup);
        System.out.printf("extraction+resolution, cold     %.3f s   (baseline sentence split, cold: %.4f s)%n", cold, baselineCold);
        System.out.printf("extraction+resolution, warm     %.4f s   median of %d (baseline: %.5f s)%n", warmMedian, WARM_RUNS, baselineMedian);
        System.out.printf("ratio warm extraction/baseline  %.1fx%n", warmMedian / baselineMedian);
        System.out.printf("per paper, warm                 %.2f ms%n", warmMedian * 1000 / papers.size());
    }

    private static double timeExtraction(List<PaperRecord> papers, Extractor extractor, Vocabulary vocabulary) {
        long start = System.nanoTime();
        EntityResolver resolver = new EntityResolver(vocabulary);
        int facts = 0;
        for (PaperRecord paper : papers) {
            Extraction extraction = extractor.extract(paper);
            facts += resolver.resolve(extraction).facts().size();
        }
        if (facts == 0) {
            throw new IllegalStateException("extraction found nothing");
        }
        return seconds(start);
    }

    private static double timeBaseline(List<PaperRecord> papers) {
        long start = System.nanoTime();
        int sentences = 0;
        for (PaperRecord paper : papers) {
            sentences += Sentences.split(paper.abstractText()).size();
        }
        if (sentences == 0) {
            throw new IllegalStateException("no sentences");
        }
        return seconds(start);
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
