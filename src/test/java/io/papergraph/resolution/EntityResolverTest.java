package io.papergraph.resolution;

import io.papergraph.corpus.PaperRecord;
import io.papergraph.extraction.EntityKind;
import io.papergraph.extraction.Extraction;
import io.papergraph.extraction.Mention;
import io.papergraph.extraction.Relation;
import io.papergraph.extraction.ResultMention;
import io.papergraph.extraction.Vocabulary;
import io.papergraph.extraction.VocabularyEntry;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class EntityResolverTest {

    private static VocabularyEntry entry(EntityKind kind, String name, String... aliases) {
        return new VocabularyEntry(kind, name, List.of(aliases), kind == EntityKind.BENCHMARK ? "benchmark" : null, false,
                List.of(), List.of(), null);
    }

    private static VocabularyEntry concept(String name, List<String> aliases, List<String> broader) {
        return new VocabularyEntry(EntityKind.CONCEPT, name, aliases, null, false, broader, List.of(), "A test concept.");
    }

    private static final Vocabulary VOCABULARY = new Vocabulary(
            List.of(entry(EntityKind.BENCHMARK, "GSM8K", "Grade School Math 8K")),
            List.of(),
            List.of(entry(EntityKind.METHOD, "chain-of-thought", "CoT")),
            List.of(entry(EntityKind.METRIC, "accuracy")),
            List.of(concept("reinforcement learning", List.of("RL"), List.of("machine learning")),
                    concept("machine learning", List.of(), List.of())));

    private static Mention mention(Relation relation, EntityKind kind, String name, String... aliases) {
        return new Mention(relation, kind, name, List.of(aliases), "Evidence sentence.", "test-rule", 0.8, null);
    }

    private static Extraction paper(String id, Mention... mentions) {
        return new Extraction(new PaperRecord(id, "Title " + id, "Abstract.", "test:1"), List.of(mentions), List.of(), List.of());
    }

    private static List<String> ids(ResolvedPaper paper) {
        return paper.facts().stream().map(ResolvedFact::entityId).toList();
    }

    @Test
    @DisplayName("chain-of-thought, Chain of Thought and the vocabulary alias CoT are one entity")
    void vocabularyAliases() {
        EntityResolver resolver = new EntityResolver(VOCABULARY);

        ResolvedPaper resolved = resolver.resolve(paper("p1",
                mention(Relation.COMPARES_WITH, EntityKind.METHOD, "chain-of-thought"),
                mention(Relation.COMPARES_WITH, EntityKind.METHOD, "Chain of Thought"),
                mention(Relation.COMPARES_WITH, EntityKind.METHOD, "CoT")));

        assertEquals(List.of("chain-of-thought"), ids(resolved), "three spellings, one entity, one fact");
        assertEquals(List.of(new Entity(EntityKind.METHOD, "chain-of-thought", "chain-of-thought", List.of("CoT", "Chain of Thought"), null)),
                resolver.entities());
    }

    @Test
    @DisplayName("without a vocabulary entry, spellings collapse but an unrelated acronym does not")
    void spellingsWithoutVocabulary() {
        EntityResolver resolver = new EntityResolver(Vocabulary.empty());

        ResolvedPaper resolved = resolver.resolve(paper("p1",
                mention(Relation.COMPARES_WITH, EntityKind.METHOD, "chain-of-thought"),
                mention(Relation.COMPARES_WITH, EntityKind.METHOD, "Chain of Thought"),
                mention(Relation.COMPARES_WITH, EntityKind.METHOD, "CoT")));

        assertEquals(List.of("chain-of-thought", "cot"), ids(resolved));
        assertEquals(2, resolver.entities().size());
    }

    @Test
    @DisplayName("an acronym a paper defines joins the entity of its expansion")
    void paperDefinedAlias() {
        EntityResolver resolver = new EntityResolver(Vocabulary.empty());

        ResolvedPaper resolved = resolver.resolve(paper("p1",
                mention(Relation.COMPARES_WITH, EntityKind.METHOD, "Retrieval-Augmented Planning"),
                mention(Relation.COMPARES_WITH, EntityKind.METHOD, "RAP", "Retrieval-Augmented Planning")));

        assertEquals(List.of("retrieval-augmented-planning"), ids(resolved), "one entity, one fact");
        assertEquals(List.of("RAP"), resolver.entities().get(0).aliases());
    }

    @Test
    @DisplayName("plural and singular collapse")
    void plurals() {
        EntityResolver resolver = new EntityResolver(Vocabulary.empty());

        ResolvedPaper first = resolver.resolve(paper("p1", mention(Relation.PROPOSES, EntityKind.METHOD, "reward machines")));
        ResolvedPaper second = resolver.resolve(paper("p2",
                mention(Relation.COMPARES_WITH, EntityKind.METHOD, "Reward Machine"),
                mention(Relation.COMPARES_WITH, EntityKind.METHOD, "Reward-Machines")));

        assertEquals(List.of("reward-machines"), ids(first));
        assertEquals(List.of("reward-machines"), ids(second), "two spellings, one entity, one fact");
        assertEquals(1, resolver.entities().size());
        assertEquals(List.of("Reward Machine", "Reward-Machines"), resolver.entities().get(0).aliases());
    }

    @Test
    @DisplayName("the long form named on its own, with other aliases, joins the acronym it expands")
    void longFormWithOtherAliasesJoinsItsAcronym() {
        EntityResolver resolver = new EntityResolver(Vocabulary.empty());

        ResolvedPaper paper = resolver.resolve(paper("p1",
                mention(Relation.PROPOSES, EntityKind.METHOD, "UVD", "Universal Visual Decomposer"),
                mention(Relation.PROPOSES, EntityKind.METHOD, "Universal Visual Decomposer", "Long-Horizon Manipulation Made Easy", "UVD")));

        assertEquals(List.of("uvd"), ids(paper), "one fact for the two names");
        assertEquals(1, resolver.entities().size());
    }

    @Test
    @DisplayName("the same short name with two expansions from two papers stays two entities")
    void differentExpansions() {
        EntityResolver resolver = new EntityResolver(Vocabulary.empty());

        String first = ids(resolver.resolve(paper("p1",
                mention(Relation.PROPOSES, EntityKind.METHOD, "ART", "Automatic Reasoning and Tool-use")))).get(0);
        String second = ids(resolver.resolve(paper("p2",
                mention(Relation.PROPOSES, EntityKind.METHOD, "ART", "Adaptive Retrieval Tuning")))).get(0);
        String third = ids(resolver.resolve(paper("p3",
                mention(Relation.COMPARES_WITH, EntityKind.METHOD, "ART", "Adaptive Retrieval Tuning")))).get(0);

        assertEquals("art", first);
        assertNotEquals(first, second);
        assertEquals(second, third, "a later paper with the second expansion joins the second entity");
        assertEquals(2, resolver.entities().size());
    }

    @Test
    @DisplayName("ids are the same for two resolvers fed the same papers")
    void stableIds() {
        List<Extraction> papers = List.of(
                paper("p1", mention(Relation.PROPOSES, EntityKind.METHOD, "ART", "Automatic Reasoning and Tool-use"),
                        mention(Relation.USES_MODEL, EntityKind.MODEL, "GPT-4")),
                paper("p2", mention(Relation.PROPOSES, EntityKind.METHOD, "ART", "Adaptive Retrieval Tuning"),
                        mention(Relation.COMPARES_WITH, EntityKind.METHOD, "CoT")));

        EntityResolver one = new EntityResolver(VOCABULARY);
        EntityResolver two = new EntityResolver(VOCABULARY);
        List<ResolvedPaper> fromOne = papers.stream().map(one::resolve).toList();
        List<ResolvedPaper> fromTwo = papers.stream().map(two::resolve).toList();

        assertEquals(fromOne, fromTwo);
        assertEquals(one.entities(), two.entities());
        assertEquals(List.of("art", "gpt-4"), ids(fromOne.get(0)));
    }

    @Test
    @DisplayName("a concept and its ancestors are linked by BROADER")
    void broader() {
        EntityResolver resolver = new EntityResolver(VOCABULARY);

        ResolvedPaper resolved = resolver.resolve(paper("p1", mention(Relation.ABOUT, EntityKind.CONCEPT, "RL")));

        assertEquals(List.of("reinforcement-learning"), ids(resolved));
        assertEquals(List.of(new Broader("reinforcement-learning", "machine-learning")), List.copyOf(resolver.broader()));
    }

    @Test
    @DisplayName("results get paper-based ids, resolved benchmark and metric ids, and keep the benchmark as written")
    void results() {
        EntityResolver resolver = new EntityResolver(VOCABULARY);
        Extraction extraction = new Extraction(new PaperRecord("p4", "Title", "Abstract.", "test:1"), List.of(),
                List.of(new ResultMention("5.1%", "%", "absolute_gain", "Grade School Math 8K", "accuracy", "ev", "numeric-result", 0.75),
                        new ResultMention("3.3x", "x", "relative_gain", null, null, "ev", "numeric-result", 0.75)),
                List.of("https://github.com/acme/repo"));

        ResolvedPaper resolved = resolver.resolve(extraction);

        assertEquals(List.of(
                new ResolvedResult("p4--result-1", "5.1%", "%", "absolute_gain", "gsm8k", "Grade School Math 8K", "accuracy", "ev", "numeric-result", 0.75),
                new ResolvedResult("p4--result-2", "3.3x", "x", "relative_gain", null, null, null, "ev", "numeric-result", 0.75)),
                resolved.results());
        assertEquals(List.of("https://github.com/acme/repo"), resolved.codeUrls());
        assertEquals("benchmark", resolver.entities().stream()
                .filter(e -> e.kind() == EntityKind.BENCHMARK).findFirst().orElseThrow().resourceKind());
    }

    @Test
    @DisplayName("the same name of two kinds is two entities")
    void kindsApart() {
        EntityResolver resolver = new EntityResolver(Vocabulary.empty());

        resolver.resolve(paper("p1",
                mention(Relation.INTRODUCES, EntityKind.BENCHMARK, "TaskForge"),
                mention(Relation.PROPOSES, EntityKind.METHOD, "TaskForge")));

        assertEquals(List.of(EntityKind.METHOD, EntityKind.BENCHMARK), resolver.entities().stream().map(Entity::kind).toList());
        assertNull(resolver.entities().get(0).resourceKind());
    }
}
