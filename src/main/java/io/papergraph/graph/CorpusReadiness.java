package io.papergraph.graph;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only once the startup corpus load has finished: before that, queries would see a partial graph. */
@Readiness
@ApplicationScoped
public class CorpusReadiness implements HealthCheck {

    private final CorpusLoader loader;
    private final StatsQueries stats;

    public CorpusReadiness(CorpusLoader loader, StatsQueries stats) {
        this.loader = loader;
        this.stats = stats;
    }

    @Override
    public HealthCheckResponse call() {
        CorpusLoader.State state = loader.state();
        var response = HealthCheckResponse.named("papergraph-corpus").withData("load", state.name());
        if (state != CorpusLoader.State.DONE && state != CorpusLoader.State.SKIPPED) {
            return response.down().build();
        }
        try {
            return response.withData("papers", stats.papers()).up().build();
        } catch (RuntimeException e) {
            return response.withData("error", e.getClass().getSimpleName()).down().build();
        }
    }
}
