package io.papergraph.embedded;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;

/**
 * Stands in for a Neo4j server the service is pointed at with NEO4J_URI: a separate database with its own
 * Bolt port, which the service must use instead of starting its own.
 */
public class ExternalNeo4jServer implements QuarkusTestResourceLifecycleManager {

    static volatile GraphDatabaseService database;
    private DatabaseManagementService management;
    private Path directory;

    @Override
    public Map<String, String> start() {
        try {
            directory = Files.createTempDirectory("papergraph-external-");
            int port;
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            }
            management = new DatabaseManagementServiceBuilder(directory)
                    .setConfig(BoltConnector.enabled, true)
                    .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                    .setConfig(GraphDatabaseSettings.auth_enabled, false)
                    .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
                    .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                    .build();
            database = management.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
            String uri = "bolt://127.0.0.1:" + port;
            return Map.of("papergraph.external-uri", uri, "quarkus.neo4j.uri", uri);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void stop() {
        if (management != null) {
            management.shutdown();
        }
        try (var paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a leftover temporary directory is harmless
        }
    }
}
