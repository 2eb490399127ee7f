package io.papergraph.graph;

import io.papergraph.extraction.EntityKind;
import io.papergraph.graph.ReadModels.ConceptLink;
import io.papergraph.graph.ReadModels.CountedEntity;
import io.papergraph.graph.ReadModels.ResultRow;
import io.papergraph.graph.ReadModels.EntityDetail;
import io.papergraph.graph.ReadModels.EntitySummary;
import io.papergraph.graph.ReadModels.PaperLink;
import jakarta.enterprise.context.ApplicationScoped;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Read queries about methods, benchmarks, models and concepts. Labels come from {@link EntityKind}. */
@ApplicationScoped
public class EntityQueries {


    private final Driver driver;

    public EntityQueries(Driver driver) {
        this.driver = driver;
    }

    /** The canonical id for an id or the slug of any alias; empty when no entity of that kind has it. */
    public Optional<String> canonicalId(EntityKind kind, String id) {
        List<Record> exact = read("MATCH (e:%s {id: $id}) RETURN e.id AS id".formatted(kind.label()), Map.of("id", id));
        if (!exact.isEmpty() || id.contains("|")) {
            return exact.stream().findFirst().map(r -> r.get("id").asString());
        }
        List<Record> byAlias = read("""
                MATCH (e:%s) WHERE e.aliasKey CONTAINS $needle
                RETURN e.id AS id ORDER BY e.id LIMIT 1
                """.formatted(kind.label()), Map.of("needle", GraphWriter.aliasKey(List.of(id))));
        return byAlias.stream().findFirst().map(r -> r.get("id").asString());
    }

    /** Entities in id order after {@code afterId}, one more than {@code limit}. */
    public List<EntitySummary> list(EntityKind kind, String afterId, int limit) {
        Map<String, Object> params = new HashMap<>();
        params.put("after", afterId == null ? "" : afterId);
        params.put("limit", limit + 1);
        return read("""
                MATCH (e:%s)
                WHERE e.id > $after
                WITH e ORDER BY e.id LIMIT $limit
                RETURN e.id AS id, e.name AS name, coalesce(e.aliases, []) AS aliases, e.kind AS kind,
                       COUNT { (e)<--(:Paper) } AS papers
                ORDER BY id
                """.formatted(kind.label()), params).stream().map(EntityQueries::summary).toList();
    }

    /** Entities with the most connected papers first (ties by id), one more than {@code limit}. */
    public List<EntitySummary> listByPapers(EntityKind kind, int offset, int limit) {
        return read("""
                MATCH (e:%s)
                WITH e, COUNT { (e)<--(:Paper) } AS papers
                ORDER BY papers DESC, e.id
                SKIP $offset LIMIT $limit
                RETURN e.id AS id, e.name AS name, coalesce(e.aliases, []) AS aliases, e.kind AS kind, papers
                """.formatted(kind.label()), Map.of("offset", offset, "limit", limit + 1)).stream().map(EntityQueries::summary).toList();
    }

    private static EntitySummary summary(Record r) {
        return new EntitySummary(r.get("id").asString(), r.get("name").asString(), strings(r.get("aliases")),
                r.get("kind").asString(null), r.get("papers").asLong());
    }

    public Optional<EntityDetail> detail(EntityKind kind, String canonicalId) {
        List<Record> records = read("""
                MATCH (e:%s {id: $id})
                CALL (e) {
                  OPTIONAL MATCH (p:Paper)-[r]->(e)
                  WITH p, r ORDER BY r.confidence DESC, p.id
                  RETURN collect(CASE WHEN p IS NULL THEN null ELSE {id: p.id, title: p.title, relation: type(r),
                         evidence: r.evidence, confidence: r.confidence} END) AS papers
                }
                CALL (e) {
                  OPTIONAL MATCH (e)-[:BROADER]->(b:Concept)
                  WITH b ORDER BY b.id
                  RETURN collect(CASE WHEN b IS NULL THEN null ELSE {id: b.id, name: b.name} END) AS broader
                }
                CALL (e) {
                  OPTIONAL MATCH (e)<-[:BROADER]-(n:Concept)
                  WITH n ORDER BY n.id
                  RETURN collect(CASE WHEN n IS NULL THEN null ELSE {id: n.id, name: n.name} END) AS narrower
                }
                RETURN e.id AS id, e.name AS name, coalesce(e.aliases, []) AS aliases, e.kind AS kind, papers, broader, narrower
                """.formatted(kind.label()), Map.of("id", canonicalId));
        return records.stream().findFirst().map(r -> new EntityDetail(
                r.get("id").asString(), r.get("name").asString(), strings(r.get("aliases")), r.get("kind").asString(null),
                r.get("papers").asList(v -> new PaperLink(v.get("id").asString(), v.get("title").asString(),
                        v.get("relation").asString(), v.get("evidence").asString(null), v.get("confidence").asDouble(0))),
                r.get("broader").asList(EntityQueries::concept),
                r.get("narrower").asList(EntityQueries::concept), null, null, null))
                .map(detail -> switch (kind) {
                    case BENCHMARK -> detail.withExtras(methodsEvaluatedOn(canonicalId), resultsOn(canonicalId), null);
                    case CONCEPT -> detail.withExtras(null, null, cooccurring(canonicalId, 0, 10));
                    default -> detail;
                });
    }

    /** Methods proposed by the papers evaluated on (or introducing) a benchmark, most papers first. */
    public List<CountedEntity> methodsEvaluatedOn(String benchmarkId) {
        return read("""
                MATCH (:Benchmark {id: $id})<-[:EVALUATED_ON|INTRODUCES]-(p:Paper)-[:PROPOSES]->(m:Method)
                RETURN m.id AS id, m.name AS name, count(DISTINCT p) AS papers
                ORDER BY papers DESC, id
                """, Map.of("id", benchmarkId)).stream().map(EntityQueries::counted).toList();
    }

    /** The results papers report on a benchmark, with the methods those papers propose. */
    public List<ResultRow> resultsOn(String benchmarkId) {
        return read("""
                MATCH (:Benchmark {id: $id})<-[:ON]-(res:Result)<-[:REPORTS]-(p:Paper)
                OPTIONAL MATCH (res)-[:MEASURES]->(metric:Metric)
                CALL (p) {
                  OPTIONAL MATCH (p)-[:PROPOSES]->(m:Method)
                  WITH m ORDER BY m.name
                  RETURN collect(m.name) AS methods
                }
                RETURN p.id AS paperId, p.title AS paperTitle, methods, metric.name AS metric, res.value AS value,
                       res.unit AS unit, res.kind AS kind, res.text AS evidence
                ORDER BY paperId, res.id
                """, Map.of("id", benchmarkId)).stream()
                .map(r -> new ResultRow(r.get("paperId").asString(), r.get("paperTitle").asString(), strings(r.get("methods")),
                        r.get("metric").asString(null), r.get("value").asString(), r.get("unit").asString(""), r.get("kind").asString(""),
                        r.get("evidence").asString(null)))
                .toList();
    }

    /** Concepts on the same papers as this one, with how many papers they share, most first. */
    public List<CountedEntity> cooccurring(String conceptId, int offset, int limit) {
        return read("""
                MATCH (c:Concept {id: $id})<-[:ABOUT]-(p:Paper)-[:ABOUT]->(other:Concept)
                WHERE other <> c
                RETURN other.id AS id, other.name AS name, count(DISTINCT p) AS papers
                ORDER BY papers DESC, id
                SKIP $offset LIMIT $limit
                """, Map.of("id", conceptId, "offset", offset, "limit", limit)).stream().map(EntityQueries::counted).toList();
    }

    private static CountedEntity counted(Record r) {
        return new CountedEntity(r.get("id").asString(), r.get("name").asString(), r.get("papers").asLong());
    }

    private static ConceptLink concept(Value v) {
        return new ConceptLink(v.get("id").asString(), v.get("name").asString());
    }

    private static List<String> strings(Value value) {
        return value.asList(Value::asString);
    }

    private List<Record> read(String cypher, Map<String, Object> params) {
        return ReadTransactions.read(driver, cypher, params);
    }
}
