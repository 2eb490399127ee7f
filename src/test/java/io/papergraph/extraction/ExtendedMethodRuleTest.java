package io.papergraph.extraction;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static io.papergraph.extraction.Entries.buildingBlock;
import static io.papergraph.extraction.Entries.method;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExtendedMethodRuleTest {

    private final Gazetteer methods = new Gazetteer(List.of(method("STaR", "Self-Taught Reasoner"), method("LoRA", "Low-Rank Adaptation"),
            method("MCTS", "Monte Carlo Tree Search"), buildingBlock("Transformer")), false);

    private List<String> compared(String own, String... sentences) {
        List<Mention> proposed = List.of(new Mention(Relation.PROPOSES, EntityKind.METHOD, own, List.of(), sentences[0], "we-propose", 0.8, null));
        return ExtendedMethodRule.apply(List.of(sentences), proposed, methods).stream()
                .map(m -> m.relation() + " " + m.name() + " " + m.rule()).toList();
    }

    @Test
    @DisplayName("a proposed name that extends a known method's name builds on it, when the abstract names that method on its own")
    void extendsKnownName() {
        assertEquals(List.of("COMPARES_WITH STaR name-extends"),
                compared("V-STaR", "Approaches such as STaR fine-tune on their own solutions.", "We propose V-STaR, which also trains a verifier."));
        assertEquals(List.of("COMPARES_WITH LoRA name-extends"),
                compared("PlanLoRA", "We propose PlanLoRA.", "It adapts LoRA to planning."));
        assertEquals(List.of("COMPARES_WITH MCTS name-extends"),
                compared("MCTSr", "We introduce MCTSr, which pairs LLMs with MCTS."));
        // Named by its long form, in any case: "a novel variant of low-rank adaptation"; the spelling written is an alias.
        List<Mention> byLongForm = ExtendedMethodRule.apply(List.of("We propose Score-LoRA, a novel variant of low-rank adaptation."),
                List.of(new Mention(Relation.PROPOSES, EntityKind.METHOD, "Score-LoRA", List.of(), "", "we-propose", 0.8, null)), methods);
        assertEquals(List.of("LoRA"), byLongForm.stream().map(Mention::name).toList());
        assertEquals(List.of("LoRA", "low-rank adaptation"), byLongForm.get(0).aliases());
        // Not named on its own: nothing said of it.
        assertEquals(List.of(), compared("V-STaR", "We propose V-STaR, which also trains a verifier."));
        // A building block is built on by every such name: no rival.
        assertEquals(List.of(), compared("Hymba-Transformer", "We propose Hymba-Transformer.", "The Transformer has quadratic cost."));
        // A name that merely contains the letters.
        assertEquals(List.of(), compared("Lorax", "We propose Lorax. It is unlike LoRA."));
    }

    @Test
    @DisplayName("the pieces of a coined name: either side of a hyphen, else of a change of case, three letters at least")
    void pieces() {
        assertEquals(Set.of("STaR"), ExtendedMethodRule.pieces("V-STaR"));
        assertEquals(Set.of("DPO"), ExtendedMethodRule.pieces("dDPO"));
        assertTrue(ExtendedMethodRule.pieces("QLoRA").contains("LoRA"));
        assertTrue(ExtendedMethodRule.pieces("LongLoRA").containsAll(Set.of("Long", "LoRA")));
        assertTrue(ExtendedMethodRule.pieces("MCTSr").contains("MCTS"));
        assertEquals(Set.of(), ExtendedMethodRule.pieces("LoRA"));
    }
}
