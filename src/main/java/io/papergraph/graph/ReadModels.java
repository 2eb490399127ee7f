package io.papergraph.graph;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** The read models the queries return and the API serialises: plain records, no driver types. */
public final class ReadModels {

    private ReadModels() {
    }

    @Schema(description = "A paper in a list.")
    public record PaperSummary(
            @Schema(description = "Stable public id (a slug of the title).", example = "combining-modular-skills-in-multitask-learning") String id,
            @Schema(example = "Combining Modular Skills in Multitask Learning") String title,
            @Schema(description = "Full-text relevance when the list was searched with q; null otherwise.", nullable = true) Double score) {
    }

    @Schema(description = "An entity connected to a paper, with the sentence the connection was read from.")
    public record EntityFact(
            @Schema(example = "gsm8k") String id,
            @Schema(example = "GSM8K") String name,
            @Schema(example = "[\"GSM-8K\"]") List<String> aliases,
            @Schema(description = "The sentence of the abstract (or the title) the fact was extracted from.") String evidence,
            @Schema(description = "Which extraction rule fired.", example = "known-benchmark") String rule,
            @Schema(description = "0..1; facts are listed most confident first.", example = "0.85") double confidence) {
    }

    @Schema(description = "A numeric result stated in the abstract.")
    public record ResultFact(
            @Schema(description = "Benchmark the result is on, as the sentence names it (its entity may be listed under another "
                    + "name: BIG-Bench Hard is BBH), when it names one.", nullable = true, example = "BIG-Bench Hard") String benchmark,
            @Schema(description = "Id of that benchmark's entity, for GET /benchmarks/{id}.", nullable = true, example = "bbh") String benchmarkId,
            @Schema(description = "Metric, when the sentence names one.", nullable = true, example = "accuracy") String metric,
            @Schema(description = "The value as written.", example = "5.1%") String value,
            @Schema(description = "%, x, points or empty.", example = "%") String unit,
            @Schema(description = "absolute, absolute_gain, relative_gain or other.", example = "absolute_gain") String kind,
            @Schema(description = "The sentence it was read from.") String evidence) {
    }

    @Schema(description = "A paper with every fact extracted from it.")
    public record PaperDetail(
            String id, String title,
            @com.fasterxml.jackson.annotation.JsonProperty("abstract") @Schema(name = "abstract") String abstractText,
            @Schema(description = "The paper's page, when its source gave one.", nullable = true, example = "https://arxiv.org/abs/2202.13914") String url,
            @Schema(description = "Year of publication, when its source gave one.", nullable = true, example = "2022") Integer year,
            @Schema(description = "Authors as the source wrote them; empty when it gave none.") List<String> authors,
            @Schema(description = "Methods, models, tasks the paper proposes and names.") List<EntityFact> proposes,
            @Schema(description = "Benchmarks, datasets, environments or metrics the paper introduces.") List<EntityFact> introduces,
            @Schema(description = "Benchmarks the paper reports experiments on.") List<EntityFact> evaluatedOn,
            @Schema(description = "Pretrained models the paper uses or evaluates.") List<EntityFact> usesModels,
            @Schema(description = "Methods and models the paper compares with or builds on; for a benchmark paper, benchmarks it is set against.") List<EntityFact> comparesWith,
            @Schema(description = "Research concepts the paper is about; confidence is the concept's score.") List<EntityFact> concepts,
            @Schema(description = "Code and project URLs in the abstract.") List<String> codeUrls,
            List<ResultFact> results) {
    }

    @Schema(description = "A node two papers share, and how much it says about their relatedness.")
    public record SharedNode(
            @Schema(description = "method, benchmark, model, concept, or text for text similarity.", example = "benchmark") String type,
            @Schema(example = "webarena") String id,
            @Schema(example = "WebArena") String name,
            @Schema(description = "Inverse paper frequency: rare shared nodes weigh more.", example = "2.31") double weight) {
    }

    @Schema(description = "A related paper, with the score and the shared nodes that explain it.")
    public record RelatedPaper(
            String id, String title,
            @Schema(description = "Sum of the weights of the shared nodes.", example = "4.62") double score,
            @Schema(description = "Score per signal: methods, benchmarks, models, concepts, text (similarity).") java.util.Map<String, Double> signals,
            @Schema(description = "The shared nodes, heaviest first.") List<SharedNode> reasons) {
    }

    @Schema(description = "An entity in a list.")
    public record EntitySummary(
            @Schema(example = "chain-of-thought-prompting") String id,
            @Schema(example = "chain-of-thought prompting") String name,
            List<String> aliases,
            @Schema(description = "Benchmarks: benchmark, dataset, environment or metric; null for other kinds.", nullable = true) String kind,
            @Schema(description = "Number of papers connected to it.", example = "7") long papers) {
    }

    @Schema(description = "A paper connected to an entity, and how.")
    public record PaperLink(
            String id, String title,
            @Schema(description = "The relationship from the paper to the entity.", example = "EVALUATED_ON") String relation,
            String evidence, double confidence) {
    }

    @Schema(description = "A concept one step up or down the taxonomy.")
    public record ConceptLink(String id, String name) {
    }

    @Schema(description = "An entity with every paper connected to it.")
    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
    public record EntityDetail(
            String id, String name, List<String> aliases,
            @Schema(nullable = true) String kind,
            @Schema(description = "Connected papers, most confident first.") List<PaperLink> papers,
            @Schema(description = "Concepts only: parent concepts.") List<ConceptLink> broader,
            @Schema(description = "Concepts only: child concepts.") List<ConceptLink> narrower,
            @Schema(description = "Benchmarks only: methods proposed by the papers evaluated on it, with how many of those papers.",
                    nullable = true) List<CountedEntity> methods,
            @Schema(description = "Benchmarks only: the results papers report on it.", nullable = true) List<ResultRow> results,
            @Schema(description = "Concepts only: the ten concepts most often on the same papers.", nullable = true) List<CountedEntity> cooccurring) {

        EntityDetail withExtras(List<CountedEntity> methods, List<ResultRow> results, List<CountedEntity> cooccurring) {
            return new EntityDetail(id, name, aliases, kind, papers, broader, narrower, methods, results, cooccurring);
        }
    }

    @Schema(description = "An entity with a count of papers.")
    public record CountedEntity(@Schema(example = "mixture-of-experts") String id, @Schema(example = "mixture of experts") String name,
                                @Schema(description = "Number of papers.", example = "5") long papers) {
    }

    @Schema(description = "One row of a benchmark's results table.")
    public record ResultRow(
            @Schema(example = "decomposition-enhances-reasoning-via-self-evaluation-guided-decoding") String paperId,
            String paperTitle,
            @Schema(description = "Methods the paper proposes.") List<String> methods,
            @Schema(nullable = true, example = "accuracy") String metric,
            @Schema(example = "6.34%") String value,
            @Schema(example = "%") String unit,
            @Schema(example = "absolute_gain") String kind,
            String evidence) {
    }

    /** A raw full-text match: the API turns {@code text} into a highlighted snippet. */
    public record SearchMatch(String type, String id, String name, String text, double score) {
    }
}
