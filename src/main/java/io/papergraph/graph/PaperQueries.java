package io.papergraph.graph;

import io.papergraph.graph.ReadModels.EntityFact;
import io.papergraph.graph.ReadModels.PaperDetail;
import io.papergraph.graph.ReadModels.PaperSummary;
import io.papergraph.graph.ReadModels.RelatedPaper;
import io.papergraph.graph.ReadModels.ResultFact;
import io.papergraph.graph.ReadModels.SharedNode;
import jakarta.enterprise.context.ApplicationScoped;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Read queries about papers; all run in read transactions so a cluster routes them to followers. */
@ApplicationScoped
public class PaperQueries {

    /** Filters of the paper list; null means "any". Ids are canonical entity ids. */
    public record PaperFilter(String concept, String benchmark, String method) {
    }

    private static final String FILTERS = """
            ($concept IS NULL OR EXISTS { (p)-[:ABOUT]->(:Concept {id: $concept}) })
              AND ($benchmark IS NULL OR EXISTS { (p)-[:EVALUATED_ON|INTRODUCES]->(:Benchmark {id: $benchmark}) })
              AND ($method IS NULL OR EXISTS { (p)-[:PROPOSES|COMPARES_WITH]->(:Method {id: $method}) })
            """;

    private final Driver driver;

    public PaperQueries(Driver driver) {
        this.driver = driver;
    }

    /** Papers in id order after {@code afterId}; one more than {@code limit} so the caller knows if a next page exists. */
    public List<PaperSummary> list(PaperFilter filter, String afterId, int limit) {
        Map<String, Object> params = filterParams(filter);
        params.put("after", afterId == null ? "" : afterId);
        params.put("limit", limit + 1);
        return read("""
                %s
                WITH DISTINCT p
                WHERE p.id > $after AND %s
                RETURN p.id AS id, p.title AS title, null AS score
                ORDER BY p.id
                LIMIT $limit
                """.formatted(anchor(filter), FILTERS), params).stream().map(PaperQueries::summary).toList();
    }

    /**
     * Where a filtered list starts: at the filtering entity, so the query touches that entity's papers only;
     * unfiltered, at the id index, which also gives the order.
     */
    private static String anchor(PaperFilter filter) {
        if (filter.concept() != null) {
            return "MATCH (:Concept {id: $concept})<-[:ABOUT]-(p:Paper)";
        }
        if (filter.benchmark() != null) {
            return "MATCH (:Benchmark {id: $benchmark})<-[:EVALUATED_ON|INTRODUCES]-(p:Paper)";
        }
        if (filter.method() != null) {
            return "MATCH (:Method {id: $method})<-[:PROPOSES|COMPARES_WITH]-(p:Paper)";
        }
        return "MATCH (p:Paper) WHERE p.id > $after";
    }

    /**
     * Full-text search over title and abstract, best first; {@code luceneQuery} must already be escaped.
     *
     * @throws IllegalArgumentException when the index cannot parse the query
     */
    public List<PaperSummary> search(String luceneQuery, PaperFilter filter, int offset, int limit) {
        Map<String, Object> params = filterParams(filter);
        params.put("q", luceneQuery);
        params.put("offset", offset);
        params.put("limit", limit + 1);
        try {
            return searchIndex(params);
        } catch (org.neo4j.driver.exceptions.ClientException e) {
            throw new IllegalArgumentException("the search text could not be used as a full-text query", e);
        }
    }

    private List<PaperSummary> searchIndex(Map<String, Object> params) {
        return read("""
                CALL db.index.fulltext.queryNodes('paper_text', $q) YIELD node AS p, score
                WHERE %s
                RETURN p.id AS id, p.title AS title, score
                ORDER BY score DESC, p.id
                SKIP $offset LIMIT $limit
                """.formatted(FILTERS), params).stream().map(PaperQueries::summary).toList();
    }

    public boolean exists(String id) {
        return !read("MATCH (p:Paper {id: $id}) RETURN p.id AS id", Map.of("id", id)).isEmpty();
    }

    public Optional<PaperDetail> detail(String id) {
        List<Record> records = read("""
                MATCH (p:Paper {id: $id})
                CALL (p) {
                  OPTIONAL MATCH (p)-[r:PROPOSES|INTRODUCES|EVALUATED_ON|USES_MODEL|COMPARES_WITH|ABOUT]->(e)
                  RETURN collect(CASE WHEN e IS NULL THEN null ELSE {relation: type(r), id: e.id, name: e.name,
                         aliases: coalesce(e.aliases, []), evidence: r.evidence, rule: r.rule, confidence: r.confidence} END) AS facts
                }
                CALL (p) {
                  OPTIONAL MATCH (p)-[:REPORTS]->(res:Result)
                  OPTIONAL MATCH (res)-[:ON]->(b:Benchmark)
                  OPTIONAL MATCH (res)-[:MEASURES]->(m:Metric)
                  WITH res, b, m ORDER BY res.id
                  RETURN collect(CASE WHEN res IS NULL THEN null ELSE {benchmark: CASE WHEN b IS NULL THEN null ELSE coalesce(res.benchmarkText, b.name) END,
                         benchmarkId: b.id, metric: m.name, value: res.value,
                         unit: res.unit, kind: res.kind, evidence: res.text} END) AS results
                }
                RETURN p.id AS id, p.title AS title, p.abstract AS abstract, p.url AS url, p.year AS year,
                       coalesce(p.authors, []) AS authors, coalesce(p.codeUrls, []) AS codeUrls, facts, results
                """, Map.of("id", id));
        if (records.isEmpty()) {
            return Optional.empty();
        }
        Record r = records.get(0);
        Map<String, List<EntityFact>> facts = new HashMap<>();
        for (Value fact : r.get("facts").values()) {
            facts.computeIfAbsent(fact.get("relation").asString(), k -> new ArrayList<>()).add(new EntityFact(
                    fact.get("id").asString(), fact.get("name").asString(), fact.get("aliases").asList(Value::asString),
                    fact.get("evidence").asString(null), fact.get("rule").asString(null), fact.get("confidence").asDouble(0)));
        }
        List<ResultFact> results = r.get("results").asList(v -> new ResultFact(v.get("benchmark").asString(null),
                v.get("benchmarkId").asString(null), v.get("metric").asString(null), v.get("value").asString(), v.get("unit").asString(""),
                v.get("kind").asString(""), v.get("evidence").asString(null)));
        return Optional.of(new PaperDetail(r.get("id").asString(), r.get("title").asString(), r.get("abstract").asString(),
                r.get("url").asString(null), r.get("year").isNull() ? null : r.get("year").asInt(), r.get("authors").asList(Value::asString),
                ranked(facts, "PROPOSES"), ranked(facts, "INTRODUCES"), ranked(facts, "EVALUATED_ON"),
                ranked(facts, "USES_MODEL"), ranked(facts, "COMPARES_WITH"), ranked(facts, "ABOUT"),
                r.get("codeUrls").asList(Value::asString), results));
    }

    /**
     * Papers related by what they share and, when embeddings exist, by text similarity (SIMILAR_TO): a paper
     * with nothing in common can still appear through similarity alone. Each shared method, benchmark, model or
     * concept weighs its inverse paper frequency, ln(1 + N / papers using it), so a niche benchmark counts more than
     * a hub concept; {@code kindWeights} multiplies that rarity weight by the node's kind.
     */
    public List<RelatedPaper> related(String id, PaperFilter filter, Map<String, Double> kindWeights, double textWeight, int offset, int limit) {
        Map<String, Object> params = filterParams(filter);
        params.put("kindWeights", kindWeights);
        params.put("id", id);
        params.put("offset", offset);
        params.put("limit", limit + 1);
        params.put("textWeight", textWeight);
        List<Record> records = read("""
                MATCH (any:Paper) WITH count(any) AS total
                MATCH (source:Paper {id: $id})
                CALL (source, total) {
                  MATCH (source)-[:PROPOSES|INTRODUCES|EVALUATED_ON|USES_MODEL|COMPARES_WITH|ABOUT]->(n)
                        <-[:PROPOSES|INTRODUCES|EVALUATED_ON|USES_MODEL|COMPARES_WITH|ABOUT]-(p:Paper)
                  WHERE p <> source AND %1$s
                  WITH total, p, n, COUNT { (n)<-[:PROPOSES|INTRODUCES|EVALUATED_ON|USES_MODEL|COMPARES_WITH|ABOUT]-(:Paper) } AS papersUsing
                  WITH p, n, log(1.0 + toFloat(total) / papersUsing) * coalesce($kindWeights[toLower(labels(n)[0])], 1.0) AS weight
                  RETURN p, collect(DISTINCT {type: toLower(labels(n)[0]), id: n.id, name: n.name, weight: weight}) AS shared, 0.0 AS similarity
                  UNION
                  MATCH (source)-[s:SIMILAR_TO]-(p:Paper)
                  WHERE p <> source AND %1$s
                  RETURN p, [] AS shared, max(s.score) AS similarity
                }
                WITH p, collect(shared) AS sharedLists, max(similarity) AS similarity
                WITH p, reduce(all = [], l IN sharedLists | all + l) AS shared, similarity
                WITH p, shared, similarity, reduce(s = 0.0, x IN shared | s + x.weight) + similarity * $textWeight AS score
                RETURN p.id AS id, p.title AS title, score, shared, similarity
                ORDER BY score DESC, id
                SKIP $offset LIMIT $limit
                """.formatted(FILTERS), params);
        return records.stream().map(r -> related(r, textWeight)).toList();
    }

    /** The paper's most similar papers by text (its SIMILAR_TO edges), best first; the score is the cosine. */
    public List<PaperSummary> similar(String id, int offset, int limit) {
        return read("""
                MATCH (:Paper {id: $id})-[s:SIMILAR_TO]->(p:Paper)
                RETURN p.id AS id, p.title AS title, s.score AS score
                ORDER BY score DESC, id
                SKIP $offset LIMIT $limit
                """, Map.of("id", id, "offset", offset, "limit", limit + 1)).stream().map(PaperQueries::summary).toList();
    }

    private static RelatedPaper related(Record r, double textWeight) {
        List<SharedNode> reasons = r.get("shared").asList(v -> new SharedNode(v.get("type").asString(), v.get("id").asString(),
                v.get("name").asString(), round(v.get("weight").asDouble())));
        reasons = reasons.stream().sorted(Comparator.comparingDouble(SharedNode::weight).reversed().thenComparing(SharedNode::id)).toList();
        Map<String, Double> signals = new LinkedHashMap<>();
        for (String type : List.of("method", "benchmark", "model", "concept")) {
            signals.put(type + "s", round(reasons.stream().filter(s -> s.type().equals(type)).mapToDouble(SharedNode::weight).sum()));
        }
        double similarity = r.get("similarity").asDouble(0);
        signals.put("text", round(similarity * textWeight));
        if (similarity > 0) {
            List<SharedNode> withText = new java.util.ArrayList<>(reasons);
            withText.add(new SharedNode("text", "similar-text", "similar title and abstract (cosine " + round(similarity) + ")",
                    round(similarity * textWeight)));
            reasons = withText.stream().sorted(Comparator.comparingDouble(SharedNode::weight).reversed().thenComparing(SharedNode::id)).toList();
        }
        return new RelatedPaper(r.get("id").asString(), r.get("title").asString(), round(r.get("score").asDouble()), signals, reasons);
    }

    private static List<EntityFact> ranked(Map<String, List<EntityFact>> facts, String relation) {
        return facts.getOrDefault(relation, List.of()).stream()
                .sorted(Comparator.comparingDouble(EntityFact::confidence).reversed().thenComparing(f -> f.name().toLowerCase(Locale.ROOT)))
                .toList();
    }

    private static PaperSummary summary(Record r) {
        return new PaperSummary(r.get("id").asString(), r.get("title").asString(), r.get("score").isNull() ? null : round(r.get("score").asDouble()));
    }

    private static Map<String, Object> filterParams(PaperFilter filter) {
        Map<String, Object> params = new HashMap<>();
        params.put("concept", filter.concept());
        params.put("benchmark", filter.benchmark());
        params.put("method", filter.method());
        return params;
    }

    static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }

    private List<Record> read(String cypher, Map<String, Object> params) {
        return ReadTransactions.read(driver, cypher, params);
    }
}
