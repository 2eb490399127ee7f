package io.papergraph.api;

import io.restassured.RestAssured;

import java.time.Duration;
import java.time.Instant;

/** The default corpus loads in the background after startup; API tests wait until readiness says it is done. */
public final class GraphReady {

    private static volatile boolean ready;

    private GraphReady() {
    }

    public static void await() {
        if (ready) {
            return;
        }
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (Instant.now().isBefore(deadline)) {
            if (RestAssured.get("/q/health/ready").statusCode() == 200) {
                ready = true;
                return;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("papergraph did not become ready within 90 s");
    }
}
