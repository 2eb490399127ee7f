package io.papergraph.graph;

import org.neo4j.driver.Driver;
import org.neo4j.driver.QueryConfig;
import org.neo4j.driver.Record;
import org.neo4j.driver.RoutingControl;

import java.util.List;
import java.util.Map;

/** Every API read runs here: a managed read transaction, which a cluster routes to a follower. */
final class ReadTransactions {

    private static final QueryConfig READ = QueryConfig.builder().withRouting(RoutingControl.READ).build();

    private ReadTransactions() {
    }

    static List<Record> read(Driver driver, String cypher, Map<String, Object> params) {
        return driver.executableQuery(cypher).withParameters(params).withConfig(READ).execute().records();
    }
}
