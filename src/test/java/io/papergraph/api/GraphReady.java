package io.papergraph.api;

import org.eclipse.microprofile.config.ConfigProvider;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;

/**
 * The default corpus loads in the background after startup; API tests wait until readiness says it is done.
 * Readiness is asked with the JDK's own HTTP client: REST Assured's first request warms up a large library, and
 * done during the load it would take one of the machine's two cores from the extraction the load reports.
 */
public final class GraphReady {

    private static volatile boolean ready;

    private GraphReady() {
    }

    public static void await() {
        if (ready) {
            return;
        }
        HttpClient client = HttpClient.newHttpClient();
        // test.url is the running application's root ("http://localhost:PORT" plus its root path), whatever base path
        // a test class gives REST Assured.
        String root = ConfigProvider.getConfig().getValue("test.url", String.class).replaceAll("/+$", "");
        HttpRequest readiness = HttpRequest.newBuilder(URI.create(root + "/q/health/ready")).timeout(Duration.ofSeconds(10)).build();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (Instant.now().isBefore(deadline)) {
            try {
                if (client.send(readiness, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    ready = true;
                    return;
                }
                Thread.sleep(200);
            } catch (IOException e) {
                throw new IllegalStateException("readiness could not be asked", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("papergraph did not become ready within 90 s");
    }
}
