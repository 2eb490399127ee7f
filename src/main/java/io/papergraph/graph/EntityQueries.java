package io.papergraph.graph;

import io.papergraph.extraction.EntityKind;
import io.papergraph.graph.ReadModels.ConceptLink;
import io.papergraph.graph.ReadModels.EntityDetail;
import io.papergraph.graph.ReadModels.EntitySummary;
import io.papergraph.graph.ReadModels.PaperLink;
import jakarta.enterprise.context.ApplicationScoped;
import org.neo4j.driver.Driver;
import org.neo4j.driver.QueryConfig;
import org.neo4j.driver.Record;
import org.neo4j.driver.RoutingControl;
import org.neo4j.driver.Value;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Read queries about methods, benchmarks, models and concepts. Labels come from {@link EntityKind}. */
@ApplicationScoped
public class EntityQueries {

    private static final QueryConfig READ = QueryConfig.builder().withRouting(RoutingControl.READ).build();

    private final Driver driver;

    public EntityQueries(Driver driver) {
        this.driver = driver;
    }

    /** The canonical id for an id or the slug of any alias; empty when no entity of that kind has it. */
    public Optional<String> canonicalId(EntityKind kind, String id) {
        List<Record> records = read("""
                MATCH (e:%s) WHERE e.id = $id OR $id IN e.aliasIds
                RETURN e.id AS id ORDER BY CASE WHEN e.id = $id THEN 0 ELSE 1 END, e.id LIMIT 1
                """.formatted(kind.label()), Map.of("id", id));
        return records.stream().findFirst().map(r -> r.get("id").asString());
    }

    /** Entities in id order after {@code afterId}, one more than {@code limit}. */
    public List<EntitySummary> list(EntityKind kind, String afterId, int limit) {
        Map<String, Object> params = new HashMap<>();
        params.put("after", afterId);
        params.put("limit", limit + 1);
        return read("""
                MATCH (e:%s)
                WHERE $after IS NULL OR e.id > $after
                WITH e ORDER BY e.id LIMIT $limit
                RETURN e.id AS id, e.name AS name, coalesce(e.aliases, []) AS aliases, e.kind AS kind,
                       COUNT { (e)<--(:Paper) } AS papers
                ORDER BY id
                """.formatted(kind.label()), params).stream()
                .map(r -> new EntitySummary(r.get("id").asString(), r.get("name").asString(), strings(r.get("aliases")),
                        r.get("kind").asString(null), r.get("papers").asLong()))
                .toList();
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
                r.get("narrower").asList(EntityQueries::concept)));
    }

    private static ConceptLink concept(Value v) {
        return new ConceptLink(v.get("id").asString(), v.get("name").asString());
    }

    private static List<String> strings(Value value) {
        return value.asList(Value::asString);
    }

    private List<Record> read(String cypher, Map<String, Object> params) {
        return driver.executableQuery(cypher).withParameters(params).withConfig(READ).execute().records();
    }
}
