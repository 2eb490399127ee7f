package io.papergraph.extraction;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DescribedMethodRuleTest {

    @Test
    @DisplayName("a described phrase that is the whole title proposes the title's spelling")
    void wholeTitle() {
        String sentence = "We introduce a simple rotation-aware token mixing approach that keeps features stable under rotation.";

        assertEquals(Optional.of(new Mention(Relation.PROPOSES, EntityKind.METHOD, "Rotation-Aware Token Mixing", List.of(),
                        sentence, "described-in-title", 0.7, null)),
                DescribedMethodRule.apply("Rotation-Aware Token Mixing", sentence));
    }

    @Test
    @DisplayName("a phrase spelled differently from the title (not only in case) is kept as alias")
    void spellingAlias() {
        String sentence = "We introduce a novel rotation aware token mixing method for vision backbones.";

        Mention mention = DescribedMethodRule.apply("Rotation-Aware Token Mixing", sentence).orElseThrow();

        assertEquals("Rotation-Aware Token Mixing", mention.name());
        assertEquals(List.of("rotation aware token mixing"), mention.aliases());
    }

    @Test
    @DisplayName("a plural title head matches a singular phrase: the title's plural is the name, the phrase an alias")
    void pluralHead() {
        String title = "Layered Critics: Separating Planning from Verification in Code Agents";
        String sentence = "We present a layered critic architecture in which every critic checks a single step.";

        assertEquals(Optional.of(new Mention(Relation.PROPOSES, EntityKind.METHOD, "Layered Critics", List.of("layered critic"),
                        sentence, "described-in-title", 0.7, null)),
                DescribedMethodRule.apply(title, sentence));
    }

    @ParameterizedTest(name = "{0}")
    @DisplayName("no proposal when the phrase is not the title's head, or not in the title at all")
    @CsvSource(delimiter = '|', value = {
            "Scaling Layered Critics to Large Repositories         | We present a layered critic architecture for code review.",
            "Layered Critics for Code Agents                       | We present a layered critic architecture for code review.",
            "Verifying Code Agents Step by Step                    | We present a layered critic architecture for code review.",
            "Routing: Cheaper Inference for Sparse Models          | We propose a new routing method for sparse models.",
            "Layered Critics: Separating Planning from Verification | Prior work proposed a layered critic architecture.",
    })
    void noProposal(String title, String sentence) {
        assertEquals(Optional.empty(), DescribedMethodRule.apply(title, sentence));
    }

    @Test
    @DisplayName("titleSpan finds the head up to a colon, comparing singular keys")
    void titleSpan() {
        assertEquals(Optional.of("Layered Critics"),
                DescribedMethodRule.titleSpan("Layered Critics: Separating Planning from Verification", Names.singularKey("layered critic")));
        assertEquals(Optional.empty(),
                DescribedMethodRule.titleSpan("Layered Critics Separate Planning from Verification", Names.singularKey("layered critic")));
    }
}
