package io.papergraph.graph;

import io.papergraph.corpus.PaperRecord;
import io.papergraph.extraction.Extraction;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ExtractionPipelineTest {

    private final PaperRecord paper = new PaperRecord("p1", "A Paper", "An abstract.", "test:1");

    @Test
    @DisplayName("a rule that throws on one paper leaves that paper without facts instead of failing the import")
    void failingRule() {
        Extraction extraction = ExtractionPipeline.extractSafely(p -> {
            throw new StringIndexOutOfBoundsException("begin -1");
        }, paper);

        assertEquals(new Extraction(paper, List.of(), List.of(), List.of()), extraction);
    }

    @Test
    @DisplayName("a rule that works is passed through")
    void workingRule() {
        Extraction expected = new Extraction(paper, List.of(), List.of(), List.of("https://example.org"));
        assertEquals(expected, ExtractionPipeline.extractSafely(p -> expected, paper));
    }

    @Test
    @DisplayName("a stack overflow in a rule is contained to its paper too")
    void stackOverflow() {
        assertEquals(new Extraction(paper, List.of(), List.of(), List.of()), ExtractionPipeline.extractSafely(p -> {
            throw new StackOverflowError();
        }, paper));
    }
}
