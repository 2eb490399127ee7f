package io.papergraph.graph;

import io.papergraph.corpus.PaperIds;
import io.papergraph.extraction.EntityKind;
import io.papergraph.extraction.Relation;
import io.papergraph.resolution.Broader;
import io.papergraph.resolution.Entity;
import io.papergraph.resolution.ResolvedFact;
import io.papergraph.resolution.ResolvedPaper;
import io.papergraph.resolution.ResolvedResult;
import jakarta.enterprise.context.ApplicationScoped;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionContext;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Writes resolved papers and entities with {@code UNWIND $rows … MERGE} on unique ids, one write
 * transaction per batch, so writing the same input twice changes nothing.
 */
@ApplicationScoped
public class GraphWriter {

    private final Driver driver;

    public GraphWriter(Driver driver) {
        this.driver = driver;
    }

    public void writeEntities(Collection<Entity> entities, Collection<Broader> taxonomy, int batchSize) {
        Map<EntityKind, List<Entity>> byKind = entities.stream().collect(Collectors.groupingBy(Entity::kind));
        try (Session session = driver.session()) {
            byKind.forEach((kind, list) -> {
                for (List<Entity> batch : batches(list, batchSize * 10)) {
                    List<Map<String, Object>> rows = batch.stream().map(GraphWriter::entityRow).toList();
                    session.executeWrite(tx -> mergeEntities(tx, kind, rows));
                }
            });
            List<Map<String, Object>> links = taxonomy.stream()
                    .map(b -> Map.<String, Object>of("narrower", b.narrowerId(), "broader", b.broaderId()))
                    .toList();
            session.executeWrite(tx -> mergeBroader(tx, links));
        }
    }

    /**
     * Writes papers with their facts. Papers in {@code replaced} were in the graph with other text (or were
     * extracted by another version): their old facts and results go in the same transaction, so no stale fact
     * outlives a change and no paper is ever seen without its facts.
     *
     * @param extraction fingerprint of the extractor that produced the facts, stored so a newer one re-extracts
     */
    public void writePapers(List<ResolvedPaper> papers, java.util.Set<String> replaced, String extraction, int batchSize) {
        try (Session session = driver.session()) {
            for (List<ResolvedPaper> batch : batches(papers, batchSize)) {
                List<String> stale = batch.stream().map(p -> p.paper().id()).filter(replaced::contains).toList();
                session.executeWrite(tx -> {
                    clearFacts(tx, stale);
                    mergePapers(tx, batch, extraction);
                    mergeFacts(tx, batch);
                    mergeResults(tx, batch);
                    return null;
                });
            }
        }
    }

    private static Object mergeEntities(TransactionContext tx, EntityKind kind, List<Map<String, Object>> rows) {
        tx.run("""
                UNWIND $rows AS row
                MERGE (e:%s {id: row.id})
                SET e.name = row.name, e.aliases = row.aliases, e.aliasIds = row.aliasIds, e.aliasKey = row.aliasKey, e.kind = row.kind
                """.formatted(kind.label()), Map.of("rows", rows)).consume();
        return null;
    }

    private static Object mergeBroader(TransactionContext tx, List<Map<String, Object>> links) {
        tx.run("""
                UNWIND $links AS link
                MATCH (narrower:Concept {id: link.narrower})
                MATCH (broader:Concept {id: link.broader})
                MERGE (narrower)-[:BROADER]->(broader)
                """, Map.of("links", links)).consume();
        return null;
    }

    /**
     * Removes what earlier extractions of these papers wrote: facts and results. Entities left without any
     * paper are swept once the whole load is written ({@link #sweepOrphans()}), since a later batch may use them.
     */
    private static void clearFacts(TransactionContext tx, List<String> paperIds) {
        if (paperIds.isEmpty()) {
            return;
        }
        tx.run("""
                UNWIND $ids AS id
                MATCH (p:Paper {id: id})-[:REPORTS]->(r:Result)
                DETACH DELETE r
                """, Map.of("ids", paperIds)).consume();
        tx.run("""
                UNWIND $ids AS id
                MATCH (p:Paper {id: id})-[f:PROPOSES|INTRODUCES|EVALUATED_ON|USES_MODEL|COMPARES_WITH|ABOUT]->()
                DELETE f
                """, Map.of("ids", paperIds)).consume();
    }

    /** Deletes methods, benchmarks, models and metrics no paper or result points at any more; concepts are the taxonomy and stay. */
    public long sweepOrphans() {
        return driver.executableQuery("""
                MATCH (e) WHERE (e:Method OR e:Benchmark OR e:Model OR e:Metric) AND NOT (e)<--()
                DETACH DELETE e
                RETURN count(*) AS removed
                """).execute().records().get(0).get("removed").asLong();
    }

    private static void mergePapers(TransactionContext tx, List<ResolvedPaper> batch, String extraction) {
        List<Map<String, Object>> rows = batch.stream().map(p -> {
            Map<String, Object> row = new HashMap<>();
            row.put("id", p.paper().id());
            row.put("title", p.paper().title());
            row.put("abstract", p.paper().abstractText());
            row.put("source", Objects.requireNonNullElse(p.paper().source(), ""));
            row.put("url", p.paper().url());
            row.put("year", p.paper().year());
            row.put("authors", p.paper().authors());
            row.put("codeUrls", p.codeUrls());
            return row;
        }).toList();
        tx.run("""
                UNWIND $rows AS row
                MERGE (p:Paper {id: row.id})
                ON CREATE SET p.addedAt = datetime()
                SET p.title = row.title, p.abstract = row.abstract, p.source = row.source, p.codeUrls = row.codeUrls,
                    p.url = row.url, p.year = row.year, p.authors = row.authors, p.extraction = $extraction
                """, Map.of("rows", rows, "extraction", extraction)).consume();
    }

    /** One statement per relationship type and target label: both come from enums, never from input. */
    private static void mergeFacts(TransactionContext tx, List<ResolvedPaper> batch) {
        Map<String, List<Map<String, Object>>> groups = new LinkedHashMap<>();
        Map<String, Relation> relationOf = new HashMap<>();
        Map<String, EntityKind> kindOf = new HashMap<>();
        for (ResolvedPaper paper : batch) {
            for (ResolvedFact fact : paper.facts()) {
                String group = fact.relation() + "|" + fact.kind();
                relationOf.put(group, fact.relation());
                kindOf.put(group, fact.kind());
                groups.computeIfAbsent(group, g -> new ArrayList<>()).add(Map.of(
                        "paper", paper.paper().id(), "entity", fact.entityId(), "evidence", fact.evidence(),
                        "rule", fact.rule(), "confidence", fact.confidence()));
            }
        }
        groups.forEach((group, rows) -> tx.run("""
                UNWIND $rows AS row
                MATCH (p:Paper {id: row.paper})
                MATCH (e:%s {id: row.entity})
                MERGE (p)-[r:%s]->(e)
                SET r.evidence = row.evidence, r.rule = row.rule, r.confidence = row.confidence
                """.formatted(kindOf.get(group).label(), relationOf.get(group).type()), Map.of("rows", rows)).consume());
    }

    private static void mergeResults(TransactionContext tx, List<ResolvedPaper> batch) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (ResolvedPaper paper : batch) {
            for (ResolvedResult r : paper.results()) {
                Map<String, Object> row = new HashMap<>();
                row.put("paper", paper.paper().id());
                row.put("id", r.id());
                row.put("value", r.value());
                row.put("unit", r.unit());
                row.put("kind", r.kind());
                row.put("benchmark", r.benchmarkId());
                row.put("benchmarkText", r.benchmarkText());
                row.put("metric", r.metricId());
                row.put("evidence", r.evidence());
                row.put("rule", r.rule());
                row.put("confidence", r.confidence());
                rows.add(row);
            }
        }
        tx.run("""
                UNWIND $rows AS row
                MATCH (p:Paper {id: row.paper})
                MERGE (r:Result {id: row.id})
                SET r.value = row.value, r.unit = row.unit, r.kind = row.kind, r.text = row.evidence, r.benchmarkText = row.benchmarkText
                MERGE (p)-[rep:REPORTS]->(r)
                SET rep.evidence = row.evidence, rep.rule = row.rule, rep.confidence = row.confidence
                WITH r, row
                CALL (r, row) {
                  MATCH (b:Benchmark {id: row.benchmark})
                  MERGE (r)-[:ON]->(b)
                }
                CALL (r, row) {
                  MATCH (m:Metric {id: row.metric})
                  MERGE (r)-[:MEASURES]->(m)
                }
                """, Map.of("rows", rows)).consume();
    }

    private static Map<String, Object> entityRow(Entity e) {
        Map<String, Object> row = new HashMap<>();
        row.put("id", e.id());
        row.put("name", e.name());
        row.put("aliases", e.aliases());
        List<String> aliasIds = e.aliases().stream().map(PaperIds::slug).filter(s -> !s.equals(e.id())).distinct().toList();
        row.put("aliasIds", aliasIds);
        row.put("aliasKey", aliasKey(aliasIds));
        row.put("kind", e.resourceKind());
        return row;
    }

    /** Alias ids as one string with delimiters on both sides, so "|cot|" finds exactly the alias id cot. */
    public static String aliasKey(List<String> aliasIds) {
        return "|" + String.join("|", aliasIds) + "|";
    }

    static <T> List<List<T>> batches(List<T> items, int size) {
        List<List<T>> batches = new ArrayList<>();
        for (int i = 0; i < items.size(); i += size) {
            batches.add(items.subList(i, Math.min(items.size(), i + size)));
        }
        return batches;
    }
}
