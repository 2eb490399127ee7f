package io.papergraph.graph;

import io.papergraph.graph.ReadModels.SearchMatch;
import jakarta.enterprise.context.ApplicationScoped;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.exceptions.ClientException;

import java.util.List;
import java.util.Map;

/**
 * Full-text lookups over the two indexes of the schema: {@code paper_text} (title, abstract) and
 * {@code entity_names} (names and aliases of methods, benchmarks, models, concepts). Queries must already
 * be escaped Lucene syntax.
 */
@ApplicationScoped
public class SearchQueries {


    private final Driver driver;

    public SearchQueries(Driver driver) {
        this.driver = driver;
    }

    /** Papers matching the query, best first; {@code text} is the abstract, for snippets. */
    public List<SearchMatch> papers(String luceneQuery, int limit) {
        return read("""
                CALL db.index.fulltext.queryNodes('paper_text', $q, {limit: $limit}) YIELD node, score
                RETURN 'paper' AS type, node.id AS id, node.title AS name, node.abstract AS text, score
                ORDER BY score DESC, id
                """, Map.of("q", luceneQuery, "limit", limit));
    }

    /** Entities of the given labels matching the query, best first; {@code text} lists the aliases. */
    public List<SearchMatch> entities(String luceneQuery, List<NodeLabel> labels, int limit) {
        List<String> names = labels.stream().map(NodeLabel::name).toList();
        return read("""
                CALL db.index.fulltext.queryNodes('entity_names', $q) YIELD node, score
                WITH node, score, [l IN labels(node) WHERE l IN $labels][0] AS label
                WHERE label IS NOT NULL
                RETURN toLower(label) AS type, node.id AS id, node.name AS name,
                       reduce(s = '', a IN coalesce(node.aliases, []) | s + CASE s WHEN '' THEN '' ELSE '; ' END + a) AS text, score
                ORDER BY score DESC, id
                LIMIT $limit
                """, Map.of("q", luceneQuery, "labels", names, "limit", limit));
    }

    private List<SearchMatch> read(String cypher, Map<String, Object> params) {
        try {
            return ReadTransactions.read(driver, cypher, params).stream()
                    .map(SearchQueries::match).toList();
        } catch (ClientException e) {
            throw new IllegalArgumentException("the search text could not be used as a full-text query", e);
        }
    }

    private static SearchMatch match(Record r) {
        return new SearchMatch(r.get("type").asString(), r.get("id").asString(), r.get("name").asString(),
                r.get("text").asString(""), r.get("score").asDouble());
    }
}
