package io.papergraph.api;

import io.papergraph.graph.NodeLabel;
import io.papergraph.graph.ReadModels.SearchMatch;
import io.papergraph.embedding.PaperEmbedder;
import io.papergraph.graph.SearchQueries;
import io.papergraph.graph.SemanticQueries;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Search", description = "Full-text search and autocomplete over papers and entities.")
public class SearchResource {

    private static final int MAX_QUERY_LENGTH = 500;
    private static final int MAX_PREFIX_LENGTH = 100;

    /** Reciprocal-rank fusion constant: the usual 60 keeps one list's top hit from drowning the other list. */
    static final int RRF_K = 60;

    private final SearchQueries search;
    private final SemanticQueries semantic;
    private final PaperEmbedder embedder;

    public SearchResource(SearchQueries search, SemanticQueries semantic, PaperEmbedder embedder) {
        this.search = search;
        this.semantic = semantic;
        this.embedder = embedder;
    }

    /** A ranked search hit of any type. */
    @Schema(description = "A search hit: a paper (name is its title) or an entity.")
    public record SearchHit(
            @Schema(description = "paper, method, benchmark, model or concept.", example = "benchmark") String type,
            @Schema(example = "gsm8k") String id,
            @Schema(example = "GSM8K") String name,
            @Schema(description = "Relevance within the hit's index, scaled to 0..1 by the best hit of that index.", example = "0.83") double score,
            @Schema(description = "The matching text with query words in <em>…</em>; HTML-escaped.",
                    example = "…problems in <em>GSM8K</em> and MATH…") String snippet,
            @Schema(description = "Which searches found the hit: text, semantic or both.", example = "[\"text\", \"semantic\"]") List<String> modes) {

        SearchHit withScore(double newScore, List<String> foundBy) {
            return new SearchHit(type, id, name, newScore, snippet, foundBy);
        }
    }

    @Schema(name = "SearchPage")
    public record SearchPage(List<SearchHit> items, @Schema(nullable = true) String next) {
    }

    @GET
    @Path("search")
    @Operation(summary = "Search papers and entities",
            description = "mode=text (default): full-text search over paper titles and abstracts and over entity names and "
                    + "aliases; hits of all requested types are merged by their score scaled to the best hit of their index. "
                    + "mode=semantic: papers whose meaning is nearest to `q` (cosine similarity of sentence embeddings). "
                    + "mode=hybrid: reciprocal-rank fusion (k = 60) of the text and semantic lists; `modes` says which found "
                    + "each hit. Lucene syntax in `q` is escaped: any text is a plain search. With embeddings switched off, "
                    + "semantic and hybrid answer 503.")
    @APIResponse(responseCode = "200", description = "Ranked hits",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SearchPage.class),
                    examples = @ExampleObject(name = "search", value = ApiExamples.SEARCH_PAGE)))
    @APIResponse(responseCode = "400", description = "Missing or too long q, unknown type or mode, bad limit or cursor",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "mode=semantic or hybrid while embeddings are switched off",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<SearchHit> search(
            @Parameter(description = "Words to search for.", required = true, example = "process reward model") @QueryParam("q") String q,
            @Parameter(description = "Comma-separated types to search: paper, method, benchmark, model, concept (default all).",
                    example = "paper,benchmark") @QueryParam("types") String types,
            @Parameter(description = "text (default), semantic or hybrid.", example = "hybrid") @QueryParam("mode") String mode,
            @Parameter(description = "Page size, 1..100.", example = "10") @QueryParam("limit") String limit,
            @Parameter(description = "The `next` value of the previous page.") @QueryParam("cursor") String cursor,
            @Context UriInfo uri) {
        QueryParams.rejectUnknown(uri, Set.of("q", "types", "mode", "limit", "cursor"));
        String text = required("q", q, MAX_QUERY_LENGTH);
        Set<NodeType> wanted = types(types);
        SearchMode searchMode = SearchMode.parse(mode);
        int size = QueryParams.limit(limit);
        String scope = "/search|" + text + "|" + wanted + "|" + searchMode;
        Cursor position = Cursor.decode(cursor, scope);
        int needed = position.offset() + size + 1;
        List<String> words = Snippets.words(text);
        List<SearchHit> textHits = searchMode == SearchMode.SEMANTIC ? List.of() : textHits(text, wanted, needed, words);
        List<SearchHit> semanticHits = searchMode == SearchMode.TEXT || !wanted.contains(NodeType.PAPER) ? List.of()
                : withModes(scaledCosine(semantic.nearestPapers(embedder.embed(text), needed), words), List.of("semantic"));
        List<SearchHit> merged = switch (searchMode) {
            case TEXT -> textHits;
            case SEMANTIC -> semanticHits;
            case HYBRID -> fused(textHits, semanticHits);
        };
        List<SearchHit> ranked = merged.stream()
                .sorted(Comparator.comparingDouble(SearchHit::score).reversed().thenComparing(SearchHit::type).thenComparing(SearchHit::id))
                .skip(position.offset())
                .toList();
        return QueryParams.page(ranked, size, last -> new Cursor(null, position.offset() + size), scope);
    }

    @GET
    @Path("autocomplete")
    @Operation(summary = "Complete a name as it is typed",
            description = "Papers whose title, or entities whose name or an alias, has words starting with the typed text "
                    + "(the last word may be incomplete); names that start with it come first.")
    @APIResponse(responseCode = "200", description = "Suggestions, best first",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SearchPage.class),
                    examples = @ExampleObject(name = "autocomplete", value = ApiExamples.AUTOCOMPLETE_PAGE)))
    @APIResponse(responseCode = "400", description = "Missing or too long prefix, unknown type, bad limit",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<SearchHit> autocomplete(
            @Parameter(description = "What the user has typed so far.", required = true, example = "gsm") @QueryParam("prefix") String prefix,
            @Parameter(description = "Only this type: paper, method, benchmark, model or concept (default all).", example = "benchmark")
            @QueryParam("type") String type,
            @Parameter(description = "How many suggestions, 1..100.", example = "10") @QueryParam("limit") String limit,
            @Context UriInfo uri) {
        QueryParams.rejectUnknown(uri, Set.of("prefix", "type", "limit"));
        String typed = required("prefix", prefix, MAX_PREFIX_LENGTH);
        Set<NodeType> wanted = type == null || type.isBlank() ? EnumSet.allOf(NodeType.class) : EnumSet.of(NodeType.parse("type", type.strip()));
        int size = QueryParams.limit(limit);
        List<String> words = Snippets.words(typed);
        if (words.isEmpty()) {
            return new Page<>(List.of(), null);
        }
        String terms = prefixQuery(words);
        List<SearchHit> hits = new ArrayList<>();
        if (wanted.contains(NodeType.PAPER)) {
            hits.addAll(scaled(search.papers("title:(" + terms + ")", size * 3), words));
        }
        List<NodeLabel> entityLabels = wanted.stream().filter(t -> t != NodeType.PAPER).map(NodeType::label).toList();
        if (!entityLabels.isEmpty()) {
            hits.addAll(scaled(search.entities("name:(" + terms + ") OR aliases:(" + terms + ")", entityLabels, size * 3), words));
        }
        String start = typed.strip().toLowerCase(java.util.Locale.ROOT);
        List<SearchHit> ranked = hits.stream()
                .sorted(Comparator.comparing((SearchHit h) -> !h.name().toLowerCase(java.util.Locale.ROOT).startsWith(start))
                        .thenComparing(Comparator.comparingDouble(SearchHit::score).reversed())
                        .thenComparing(SearchHit::name))
                .limit(size)
                .toList();
        return new Page<>(ranked, null);
    }

    /** How /search finds hits. */
    enum SearchMode {
        TEXT, SEMANTIC, HYBRID;

        static SearchMode parse(String raw) {
            if (raw == null || raw.isBlank()) {
                return TEXT;
            }
            for (SearchMode mode : values()) {
                if (mode.name().equalsIgnoreCase(raw.strip())) {
                    return mode;
                }
            }
            throw ProblemException.badRequest("mode", "mode must be text, semantic or hybrid, got '" + raw + "'");
        }
    }

    private List<SearchHit> textHits(String text, Set<NodeType> wanted, int needed, List<String> words) {
        String lucene = Lucene.escape(text);
        List<SearchHit> hits = new ArrayList<>();
        try {
            if (wanted.contains(NodeType.PAPER)) {
                hits.addAll(scaled(search.papers(lucene, needed), words));
            }
            List<NodeLabel> entityLabels = wanted.stream().filter(t -> t != NodeType.PAPER).map(NodeType::label).toList();
            if (!entityLabels.isEmpty()) {
                hits.addAll(scaled(search.entities(lucene, entityLabels, needed), words));
            }
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("q", "q could not be searched; try plain words");
        }
        return withModes(hits, List.of("text"));
    }

    /**
     * Reciprocal-rank fusion: each list contributes 1 / (k + rank) for every hit it has; a hit found by both
     * searches adds both. Scores are scaled so the best fused hit is 1.
     */
    static List<SearchHit> fused(List<SearchHit> textHits, List<SearchHit> semanticHits) {
        java.util.Map<String, SearchHit> byKey = new java.util.LinkedHashMap<>();
        java.util.Map<String, Double> score = new java.util.HashMap<>();
        java.util.Map<String, List<String>> modes = new java.util.HashMap<>();
        for (List<SearchHit> list : List.of(textHits, semanticHits)) {
            List<SearchHit> ranked = list.stream().sorted(Comparator.comparingDouble(SearchHit::score).reversed().thenComparing(SearchHit::id)).toList();
            for (int rank = 0; rank < ranked.size(); rank++) {
                SearchHit hit = ranked.get(rank);
                String key = hit.type() + ":" + hit.id();
                byKey.putIfAbsent(key, hit);
                score.merge(key, 1.0 / (RRF_K + rank + 1), Double::sum);
                modes.computeIfAbsent(key, k -> new ArrayList<>()).addAll(hit.modes());
            }
        }
        double best = score.values().stream().mapToDouble(Double::doubleValue).max().orElse(1.0);
        return byKey.entrySet().stream()
                .map(e -> e.getValue().withScore(Math.round(score.get(e.getKey()) / best * 1000) / 1000.0, List.copyOf(modes.get(e.getKey()))))
                .toList();
    }

    private static List<SearchHit> withModes(List<SearchHit> hits, List<String> modes) {
        return hits.stream().map(h -> h.withScore(h.score(), modes)).toList();
    }

    /** Semantic hits keep their cosine similarity as the score. */
    private static List<SearchHit> scaledCosine(List<SearchMatch> matches, List<String> words) {
        return matches.stream().map(m -> new SearchHit(m.type(), m.id(), m.name(), Math.round(m.score() * 1000) / 1000.0,
                Snippets.highlight(m.name() + " — " + m.text(), words), List.of())).toList();
    }

    /** Every word must match; the last one may be a prefix. Words are escaped, so nothing is Lucene syntax. */
    static String prefixQuery(List<String> words) {
        List<String> terms = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            String word = Lucene.escape(words.get(i));
            terms.add(i == words.size() - 1 ? word + "*" : word);
        }
        return String.join(" AND ", terms);
    }

    private static List<SearchHit> scaled(List<SearchMatch> matches, List<String> words) {
        double best = matches.stream().mapToDouble(SearchMatch::score).max().orElse(1.0);
        return matches.stream().map(m -> new SearchHit(m.type(), m.id(), m.name(), Math.round(m.score() / best * 1000) / 1000.0,
                Snippets.highlight(m.type().equals("paper") && !m.text().isEmpty() ? m.name() + " — " + m.text() : m.name() + (m.text().isEmpty() ? "" : " (" + m.text() + ")"), words),
                List.of("text")))
                .toList();
    }

    private static Set<NodeType> types(String raw) {
        if (raw == null || raw.isBlank()) {
            return EnumSet.allOf(NodeType.class);
        }
        Set<NodeType> wanted = EnumSet.noneOf(NodeType.class);
        Arrays.stream(raw.split(",")).map(String::strip).filter(s -> !s.isEmpty()).forEach(t -> wanted.add(NodeType.parse("types", t)));
        if (wanted.isEmpty()) {
            throw ProblemException.badRequest("types", "types lists no type; use some of " + NodeType.allowed());
        }
        return wanted;
    }

    private static String required(String field, String value, int maxLength) {
        String text = QueryParams.optionalText(field, value, maxLength);
        if (text == null) {
            throw ProblemException.badRequest(field, field + " is required");
        }
        return text;
    }
}
