package io.papergraph.extraction;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CountedTechniquesRuleTest {

    private static List<String> names(String sentence) {
        return CountedTechniquesRule.apply(sentence, name -> name.equals("few-shot prompting")).stream().map(Mention::name).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "We present two novel yet very simple techniques: token folding and staged cache warming.|token folding;staged cache warming",
            "We introduce two complementary algorithms: rare-answer exploration, which rewards unseen answers, and batch exploration, which penalizes repeats.|rare-answer exploration;batch exploration",
            "We propose two different chaining methods, forward chaining and backward chaining, which differ in direction.|forward chaining;backward chaining",
            "To draw them out, we introduce two alignment methods, language alignment for captioning, and spatial alignment for dense prediction.|language alignment;spatial alignment",
            "We propose two fundamental patterns: the successive pattern, refining within a batch, and the cumulative pattern, acquiring across batches.|successive pattern;cumulative pattern",
            "Built on these insights, we propose several memory optimizations including session decomposition for granularity, key expansion for indexing, and query expansion for retrieval.|session decomposition;key expansion;query expansion",
            "We propose two complementary schemes for making rejected answers: weak LLM prompting, and digit corruption.|weak LLM prompting;digit corruption",
            "We propose several decoding strategies, including contrastive layer decoding and entropy-gated sampling.|contrastive layer decoding;entropy-gated sampling",
            "Our method also introduces three new losses: (i) margin rank loss, (ii) step consistency loss, and (iii) answer anchoring loss.|margin rank loss;step consistency loss;answer anchoring loss",
    })
    @DisplayName("as many lower-case techniques as the authors count, after their making verb, are proposals")
    void countedTechniques(String sentence, String expected) {
        assertEquals(Arrays.asList(expected.split(";")), names(sentence));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            // What the authors explore or use is not what they make.
            "We explore three methods: zero-shot prompting, few-shot prompting, and fine-tuning.",
            // A count the list does not match: no list of names.
            "We propose three new losses: margin loss and rank loss.",
            // Clauses after the colon, not names.
            "For a fair evaluation, we devise three strategies: (1) We instruct the examiner to ask; (2) we raise follow-up questions; (3) we combine scores.",
            // A phrase ending in a kind of technique is a kind.
            "Specifically, we introduce two paradigms: (i) zero-shot and (ii) feed-forward approaches that use language.",
            // Capitalised names are other rules' to read.
            "We propose two novel methods: Advantage Reweighting and Low-Probability Token Isolation (Lopti).",
            // A phrase opening with an abbreviation is no lower-case name: the list no longer matches its count.
            "We also develop two effective strategies: ORM initialization and negative data up-sampling.",
            // ", including" is no part of the first name; the last item a clause ("and compare them"), not a name.
            "We propose several augmentation strategies, including random token masking, span shuffling, and compare them.",
            // Categories of the field's, baselines, sizes.
            "We design three types of attack strategies: prompt injection, role playing, and payload splitting.",
            "We present three simple baseline methods: random retrieval, lexical retrieval, and dense retrieval.",
            "We develop three variants: a small model, a base model, and a large model.",
            // Failures found, and paradigms a survey sets side by side.
            "We highlight three failure mechanisms: attention dilution, positional bias, and premature stopping.",
            "We present four paradigms: naive retrieval augmentation, advanced retrieval augmentation, modular retrieval augmentation, and agentic retrieval augmentation.",
            // Single words are too general to be names.
            "We introduce two techniques: pruning and quantization.",
    })
    @DisplayName("no proposal from what the authors explore, a list that does not match its count, clauses, kinds, or capitalised names")
    void notCountedTechniques(String sentence) {
        assertEquals(List.of(), names(sentence));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"We propose two complementary schemes: weak model prompting and few-shot prompting."})
    @DisplayName("a list that holds a technique the vocabulary knows lists the field's techniques: none is the authors' own")
    void knownLeftOut(String sentence) {
        assertEquals(List.of(), names(sentence));
    }
}
