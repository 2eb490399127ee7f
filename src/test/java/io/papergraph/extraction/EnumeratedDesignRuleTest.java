package io.papergraph.extraction;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class EnumeratedDesignRuleTest {

    private static List<String> proposed(String... sentences) {
        return EnumeratedDesignRule.apply(List.of(sentences), List.of("ZAP"), name -> name.equals("Beam Search")).stream()
                .map(m -> m.relation() + " " + m.kind() + " " + m.name()).toList();
    }

    @Test
    @DisplayName("the counted parts of a design are proposed: 'three techniques, namely (1) Lazy routing, (2) Token Packing, and (3) Expert caching'")
    void countedTechniques() {
        assertEquals(List.of("PROPOSES METHOD Lazy routing", "PROPOSES METHOD Token Packing", "PROPOSES METHOD Expert caching"),
                proposed("We design three serving techniques, namely (1) Lazy routing, (2) Token Packing, and (3) Expert caching."));
    }

    @Test
    @DisplayName("an item's name ends where its description starts: '(i) Hard ZAP keeps …; (ii) ZAP-lite drops …'")
    void namesBeforeTheirDescription() {
        assertEquals(List.of("PROPOSES METHOD Hard ZAP", "PROPOSES METHOD ZAP-lite"),
                proposed("ZAP comes in two variants: (i) Hard ZAP keeps every expert in memory; (ii) ZAP-lite drops the idle ones."));
    }

    @Test
    @DisplayName("the list runs on into the sentences that open with its next mark, as far as its count")
    void listAcrossSentences() {
        assertEquals(List.of("PROPOSES METHOD Shard planning", "PROPOSES METHOD Warm restart"),
                proposed("Our system rests on two key techniques: (1) Shard planning: it splits the graph by load.",
                        "(2) Warm restart: it reuses cached state.",
                        "(3) Fancy Things are left for later work."));
    }

    @Test
    @DisplayName("steps named by a word each: 'works in two steps: i) Pruning: …, and ii) Regrowth: …'")
    void singleWordSteps() {
        assertEquals(List.of("PROPOSES METHOD Pruning", "PROPOSES METHOD Regrowth"),
                proposed("Our algorithm works in two steps: i) Pruning: remove weak weights, and ii) Regrowth: add new ones."));
    }

    @Test
    @DisplayName("a data item is a resource, a known name is left out")
    void dataItemAndKnownName() {
        assertEquals(List.of("INTRODUCES BENCHMARK SafeQA"),
                proposed("Our pipeline has two stages: (1) SafeQA data collection: we gather questions; (2) Beam Search: we decode."));
    }

    @Test
    @DisplayName("no proposal in lists of problems, findings, questions or use settings")
    void notDesigns() {
        assertEquals(List.of(), proposed("Existing routers face two critical limitations: (1) Memory Overhead, and (2) Load Imbalance."));
        assertEquals(List.of(), proposed("We find that (i) Dense Models win, and (ii) Sparse Models lose."));
        assertEquals(List.of(), proposed("We study two questions: (1) How do experts specialise? (2) What makes routing stable?"));
        assertEquals(List.of(), proposed("We test the verifier in two scenarios: 1) Reranking: it orders samples; 2) Training: it gives rewards."));
        // Said in a passive, or of another's method, the count is nobody's in particular.
        assertEquals(List.of(), proposed("Three key techniques are proposed: (1) Lazy routing: we route late, (2) Token Packing, and (3) Expert caching."));
        assertEquals(List.of(), proposed("GShard comes in two variants: (i) Hard GShard keeps every expert; (ii) GShard-lite drops them."));
    }

    @Test
    @DisplayName("review: the verb before the count says the design is the authors' — not what they identify, observe, use or adopt")
    void notTheAuthorsDesign() {
        assertEquals(List.of(), proposed("We identify three main challenges of current approaches: (1) Sparse Rewards, (2) Long Horizons, and (3) Partial Observability."));
        assertEquals(List.of(), proposed("We observe that existing systems rely on two main strategies: (1) Static Batching and (2) Speculative Decoding."));
        assertEquals(List.of(), proposed("Following prior work, we adopt the two standard variants of the baseline: (1) Vanilla Distillation and (2) Feature Distillation."));
        assertEquals(List.of(), proposed("We use two auxiliary losses from prior work: (1) Focal Loss and (2) Dice Loss."));
    }

    @Test
    @DisplayName("review: items joined by 'and' before the next mark, led by an article, or led by an adverb; a list without a number ends with its sentence")
    void itemBoundaries() {
        assertEquals(List.of("PROPOSES METHOD Detection", "PROPOSES METHOD Tracking"), proposed("Our tracker works in two steps: (1) Detection and (2) Tracking."));
        assertEquals(List.of("PROPOSES METHOD Spatial Encoder", "PROPOSES METHOD Temporal Aggregator"),
                proposed("We propose two new modules, including (i) a Spatial Encoder, and (ii) a Temporal Aggregator."));
        assertEquals(List.of(), proposed("Our algorithm works in two steps: (1) Initially, a coarse mask is drawn; (2) Subsequently, it is refined."));
        assertEquals(List.of("PROPOSES METHOD Prompt Mixing"), proposed("We propose several new techniques: (1) Prompt Mixing.", "(2) Experiments: on the benchmark the gains are large."));
    }

    @Test
    @DisplayName("an item that opens with no name, or a clause, gives none")
    void itemNames() {
        assertNull(EnumeratedDesignRule.itemName("we train a router", true));
        assertNull(EnumeratedDesignRule.itemName("Training on more data", false));
        assertNull(EnumeratedDesignRule.itemName("How to route", true));
        assertEquals("Training", EnumeratedDesignRule.itemName("Training", true));
        assertEquals("Soft MoA", EnumeratedDesignRule.itemName("Soft MoA merges all experts", false));
    }
}
