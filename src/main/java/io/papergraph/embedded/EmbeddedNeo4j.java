package io.papergraph.embedded;

import io.papergraph.config.PapergraphConfig;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import org.jboss.logging.Logger;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.driver.Driver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Runs a real Neo4j inside this JVM when no external server is configured. The service then talks to it
 * over Bolt on 127.0.0.1 with the same driver it would use for a remote server, so nothing downstream
 * knows the difference.
 */
@ApplicationScoped
public class EmbeddedNeo4j {

    private static final Logger LOG = Logger.getLogger(EmbeddedNeo4j.class);

    private final PapergraphConfig config;
    private final Driver driver;
    private DatabaseManagementService database;
    private Path directory;

    public EmbeddedNeo4j(PapergraphConfig config, Driver driver) {
        this.config = config;
        this.driver = driver;
    }

    /** Runs before every other startup observer: the schema and the corpus load need the database. */
    void start(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) StartupEvent event) {
        if (config.externalUri().isPresent()) {
            LOG.infof("Using the external Neo4j at %s; no embedded database started", config.externalUri().get());
            return;
        }
        warnIfNotOpened();
        long started = System.nanoTime();
        directory = config.embedded().ephemeral() ? temporaryDirectory() : storeDirectory(config.dataDir());
        int port = config.embedded().boltPort();
        database = new DatabaseManagementServiceBuilder(directory)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                .setConfig(GraphDatabaseSettings.auth_enabled, false)
                // Without this every new store preallocates 256 MiB of transaction log.
                .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
                .setConfig(GraphDatabaseSettings.pagecache_memory, config.embedded().pageCacheMib() * 1024L * 1024L)
                // Netty otherwise waits a 10 s quiet period before the JVM may exit.
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                .build();
        // ShutdownEvent does not fire when a later startup step fails (say, a migration); the hook still
        // releases the store lock then. shutdown() is idempotent, so the normal path runs it once.
        Runtime.getRuntime().addShutdownHook(new Thread(this::shutdown, "embedded-neo4j-shutdown"));
        LOG.infof("Embedded Neo4j started in %.1f s: data in %s, Bolt on bolt://127.0.0.1:%d",
                (System.nanoTime() - started) / 1e9, directory, port);
    }

    /**
     * The configured data directory as Neo4j accepts it: absolute and normalised. The default, "./data/neo4j", made
     * absolute is "/…/./data/neo4j", which Neo4j refuses ("is not a normalized path") and the service would not start.
     */
    static Path storeDirectory(Path configured) {
        return configured.toAbsolutePath().normalize();
    }

    /** The jar's manifest opens these packages; a custom launch command may forget to. */
    private static void warnIfNotOpened() {
        Module unnamed = EmbeddedNeo4j.class.getModule();
        for (String pkg : new String[] {"java.nio", "java.io", "sun.nio.ch"}) {
            if (!Object.class.getModule().isOpen(pkg, unnamed)) {
                LOG.warnf("java.base/%s is not opened to Neo4j; run with java -jar target/quarkus-app/quarkus-run.jar "
                        + "or add --add-opens=java.base/%s=ALL-UNNAMED", pkg, pkg);
            }
        }
    }

    /** Whether this JVM runs the database (false when an external server is configured). */
    public synchronized boolean running() {
        return database != null;
    }

    void stop(@Observes @Priority(Interceptor.Priority.PLATFORM_AFTER) ShutdownEvent event) {
        shutdown();
    }

    /** Closes the driver first: a driver still holding connections slows the database's shutdown down. */
    private synchronized void shutdown() {
        if (database == null) {
            return;
        }
        try {
            driver.close();
        } catch (RuntimeException e) {
            LOG.debug("Driver already closed", e);
        }
        database.shutdown();
        database = null;
        LOG.info("Embedded Neo4j stopped");
        if (config.embedded().ephemeral()) {
            deleteRecursively(directory);
        }
    }

    private static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("papergraph-neo4j-");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create a temporary directory for the embedded Neo4j", e);
        }
    }

    private static void deleteRecursively(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            LOG.warnf("Could not delete %s: %s", root, e.getMessage());
        }
    }
}
