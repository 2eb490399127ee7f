package io.papergraph.api;

import io.papergraph.embedding.PaperEmbedder;
import io.papergraph.graph.SemanticQueries;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

@Path("/recommendations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Recommendations", description = "Papers near the ones you like and away from the ones you do not.")
public class RecommendationResource {

    static final int MAX_SEEDS = 20;
    static final double NEGATIVE_WEIGHT = 0.5;

    private final SemanticQueries semantic;
    private final PaperEmbedder embedder;

    public RecommendationResource(SemanticQueries semantic, PaperEmbedder embedder) {
        this.semantic = semantic;
        this.embedder = embedder;
    }

    @Schema(description = "Seed papers: at least one positive; at most 20 seeds in all.")
    public record RecommendationRequest(
            @Schema(description = "Ids of papers to find more like.", example = "[\"learning-human-skill-generators-at-key-step-levels\"]") List<String> positive,
            @Schema(description = "Ids of papers to steer away from.", example = "[]") List<String> negative,
            @Schema(description = "How many papers, 1..100 (default 20).", example = "10") Integer limit) {
    }

    @Schema(description = "How close a recommendation is to one positive seed.")
    public record SeedReason(String seed, @Schema(description = "Cosine similarity of the two papers' embeddings.") double cosine) {
    }

    @Schema(description = "A recommended paper: never one of the seeds.")
    public record Recommendation(String id, String title,
                                 @Schema(description = "Cosine similarity to the query vector (positives minus half the negatives).") double score,
                                 @Schema(description = "Its similarity to each positive seed, closest first.") List<SeedReason> reasons) {
    }

    public record Recommendations(List<Recommendation> items) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Recommend papers from positive and negative seeds",
            description = "Averages the embeddings of the positive papers, subtracts half the average of the negative ones, "
                    + "and returns the nearest papers that are not seeds, each with its similarity to every positive. "
                    + "Answers 503 when embeddings are switched off.")
    @APIResponse(responseCode = "200", description = "Recommended papers, best first",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Recommendations.class),
                    examples = @ExampleObject(name = "recommendations", value = ApiExamples.RECOMMENDATIONS)))
    @APIResponse(responseCode = "400", description = "No positive seed, too many seeds, a paper both positive and negative, bad limit",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "A seed paper does not exist",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "Embeddings are switched off on this server",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Recommendations recommend(RecommendationRequest request, @Context UriInfo uri) {
        QueryParams.rejectUnknown(uri, Set.of());
        if (request == null || request.positive() == null || request.positive().isEmpty()) {
            throw ProblemException.badRequest("positive", "positive must list at least one paper id");
        }
        List<String> positives = List.copyOf(new LinkedHashSet<>(request.positive()));
        List<String> negatives = request.negative() == null ? List.of() : List.copyOf(new LinkedHashSet<>(request.negative()));
        if (positives.size() + negatives.size() > MAX_SEEDS) {
            throw ProblemException.badRequest("positive", "at most " + MAX_SEEDS + " seed papers in all");
        }
        if (positives.stream().anyMatch(negatives::contains)) {
            throw ProblemException.badRequest("negative", "a paper cannot be both positive and negative");
        }
        int limit = request.limit() == null ? QueryParams.DEFAULT_LIMIT : QueryParams.boundedInt("limit", request.limit().toString(), 1, QueryParams.MAX_LIMIT, 0);
        if (!embedder.enabled()) {
            throw new PaperEmbedder.SemanticFeaturesDisabled();
        }
        List<String> seeds = new ArrayList<>(positives);
        seeds.addAll(negatives);
        Map<String, float[]> vectors = semantic.embeddings(seeds);
        List<String> missing = seeds.stream().filter(id -> !vectors.containsKey(id)).toList();
        if (!missing.isEmpty()) {
            throw ProblemException.notFound("no paper (with an embedding) for " + missing);
        }
        float[] query = queryVector(positives.stream().map(vectors::get).toList(), negatives.stream().map(vectors::get).toList());
        return new Recommendations(semantic.nearestExcluding(query, seeds, positives, limit).stream()
                .map(c -> new Recommendation(c.id(), c.title(), c.cosine(), c.seedCosines().entrySet().stream()
                        .map(e -> new SeedReason(e.getKey(), e.getValue()))
                        .sorted((a, b) -> Double.compare(b.cosine(), a.cosine()))
                        .toList()))
                .toList());
    }

    /** Mean of the positives minus half the mean of the negatives (Rocchio), normalised. */
    static float[] queryVector(List<float[]> positives, List<float[]> negatives) {
        float[] query = new float[positives.get(0).length];
        for (float[] v : positives) {
            for (int i = 0; i < query.length; i++) {
                query[i] += v[i] / positives.size();
            }
        }
        for (float[] v : negatives) {
            for (int i = 0; i < query.length; i++) {
                query[i] -= (float) (NEGATIVE_WEIGHT * v[i] / negatives.size());
            }
        }
        double norm = 0;
        for (float value : query) {
            norm += value * value;
        }
        norm = Math.sqrt(norm);
        for (int i = 0; i < query.length && norm > 0; i++) {
            query[i] /= (float) norm;
        }
        return query;
    }
}
