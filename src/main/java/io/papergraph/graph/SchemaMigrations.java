package io.papergraph.graph;

import ac.simons.neo4j.migrations.core.Migrations;
import ac.simons.neo4j.migrations.core.MigrationsConfig;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import org.jboss.logging.Logger;
import org.neo4j.driver.Driver;

/**
 * Applies the versioned Cypher in {@code graph-schema/migrations} (packaged as {@code neo4j/migrations})
 * at startup, right after the embedded database (if any) is up; identical for external servers.
 */
@ApplicationScoped
public class SchemaMigrations {

    static final String LOCATION = "neo4j/migrations";
    private static final Logger LOG = Logger.getLogger(SchemaMigrations.class);

    private final Driver driver;

    public SchemaMigrations(Driver driver) {
        this.driver = driver;
    }

    void apply(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE + 1) StartupEvent event) {
        MigrationsConfig config = MigrationsConfig.builder()
                .withLocationsToScan("classpath:" + LOCATION)
                .withPackagesToScan()
                .withResourceScanner(new ClasspathMigrationScanner())
                .withInstalledBy("papergraph")
                .build();
        var applied = new Migrations(config, driver).apply();
        LOG.infof("Graph schema at version %s", applied.map(Object::toString).orElse("(none)"));
    }
}
