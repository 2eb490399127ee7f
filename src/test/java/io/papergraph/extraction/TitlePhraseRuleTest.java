package io.papergraph.extraction;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TitlePhraseRuleTest {

    private static Optional<String> proposed(String title, String... sentences) {
        return TitlePhraseRule.apply(title, List.of(sentences), name -> name.equals("Retrieval-Augmented Generation")).map(Mention::name);
    }

    @Test
    @DisplayName("the longest title phrase the authors' proposal sentence opens its object with, as the title writes it")
    void phraseOfTitleProposed() {
        assertEquals(Optional.of("Reviewer Guided Reranking"), proposed("Reviewer Guided Reranking for Code Generation",
                "Large models write code.", "In this paper, we propose reviewer-guided reranking, which scores programs both ways."));
        assertEquals(Optional.of("Budget-Aware Step Pruning"), proposed("Saving Tokens: Budget-Aware Step Pruning for LLM Reasoning",
                "This work presents a simple, effective Budget-Aware Step Pruning method for long chains."));
        // The whole object of the verb, the sentence ending right after it.
        assertEquals(Optional.of("Critic Vote Reranking"), proposed("Critic Vote Reranking for Program Synthesis",
                "Inspired by code review, we propose Critic-Vote reranking."));
        // The method noun first, the phrase its appositive.
        assertEquals(Optional.of("Staged Draft Decoding"), proposed("Faster LLM Inference with Staged Draft Decoding",
                "We propose a novel algorithm, staged draft decoding, to accelerate inference on small devices."));
        // A dash set off by spaces ends the head as a colon does, and is no word of a phrase.
        assertEquals(Optional.of("Reward Mixing"), proposed("ReMix - Reward Mixing for Multi-Objective Alignment",
                "To balance objectives, we propose reward mixing."));
        // Its purpose may follow the object: "we propose contrastive step voting to enhance …" (not "to be").
        assertEquals(Optional.of("Contrastive Step-Voting"), proposed("Contrastive Step-Voting Prompting",
                "Inspired by how people learn from mistakes, we propose contrastive step voting to enhance reasoning."));
        assertEquals(Optional.empty(), proposed("Contrastive Step-Voting Prompting",
                "We propose contrastive step voting to be studied further."));
    }

    @Test
    @DisplayName("no phrase without the authors' proposal verb, for a name the vocabulary knows, closing on a participle or a "
            + "function word, or not said to name a method")
    void noPhrase() {
        assertEquals(Optional.empty(), proposed("Reviewer Guided Reranking for Code Generation",
                "Reviewer guided reranking is popular.", "We study reviewer-guided reranking on three benchmarks."));
        assertEquals(Optional.empty(), proposed("Transforming Queries for Retrieval-Augmented Generation",
                "We propose Retrieval-Augmented Generation with rewritten queries."));
        assertEquals(Optional.empty(), proposed("Hierarchical Planning with Vector Quantized Models",
                "We propose vector quantized latent plans for long tasks."));
        // Not said to name a method: a survey, results on a task.
        assertEquals(Optional.empty(), proposed("A Survey of Large Language Models", "We present a survey of large language models, covering pretraining."));
        assertEquals(Optional.empty(), proposed("Layout-Aware Transformers for Document Visual Question Answering",
                "We present document visual question answering results on three datasets."));
        // Review: the whole object names a method only after "propose" or "introduce", and never what a paper offers or a resource.
        assertEquals(Optional.empty(), proposed("Language Models for Software Engineering: Challenges and Future Directions",
                "Finally, we present future directions."));
        assertEquals(Optional.empty(), proposed("Do Language Models Plan Ahead? Controlled Experiments with Synthetic Graphs",
                "To answer this question, we design controlled experiments."));
        assertEquals(Optional.empty(), proposed("Open Crawl Code Corpus for Pretraining Code Models",
                "We propose Open Crawl Code Corpus; it contains 800B tokens."));
        // What runs on past the phrase is no appositive: "…, document visual question answering over scans" is a task.
        assertEquals(Optional.empty(), proposed("Layout-Aware Transformers for Document Visual Question Answering",
                "We present a new task, document visual question answering over scans."));
    }
    @Test
    @DisplayName("one hyphenated capitalised word of the title is a phrase too ('Self-Rewinding'); not a modifier ('Output-Centric', 'Bottom-Up')")
    void hyphenatedTitleWord() {
        assertEquals(Optional.of("Self-Rewinding"), proposed("Step Back to Leap Forward: Self-Rewinding for Boosting Reasoning",
                "To this end, we propose a self-rewinding mechanism that equips LLMs with the ability to rewind."));
        assertEquals(Optional.empty(), proposed("Enhancing Interpretability with Output-Centric Feature Descriptions",
                "We propose output-centric methods that describe features."));
        assertEquals(Optional.empty(), proposed("Bottom-Up Skill Discovery from Demonstrations",
                "We present a bottom-up approach to discover skills."));
    }

}
