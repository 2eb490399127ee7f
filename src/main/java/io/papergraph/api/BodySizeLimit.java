package io.papergraph.api;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Answers a body whose declared length is over {@code quarkus.http.limits.max-body-size} with a 413 problem
 * before a byte of it is read, like every other error of the API; Vert.x's own 413 has no body at all.
 */
@ApplicationScoped
public class BodySizeLimit {

    private final long limit;

    public BodySizeLimit(@ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize limit) {
        this.limit = limit.asLongValue();
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(context -> {
            String declared = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            if (declared != null && tooLong(declared)) {
                String problem = """
                        {"type":"https://papergraph.dev/problems/payload-too-large","title":"Payload Too Large","status":413,\
                        "detail":"the body is %d bytes; at most %d are accepted (quarkus.http.limits.max-body-size)","instance":"%s"}"""
                        .formatted(Long.parseLong(declared.strip()), limit,
                                new String(com.fasterxml.jackson.core.io.JsonStringEncoder.getInstance().quoteAsString(context.request().path())));
                context.response().setStatusCode(413).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                        .putHeader(HttpHeaders.CONNECTION, "close").end(problem)
                        .onComplete(sent -> context.request().connection().close());
                return;
            }
            context.next();
        });
    }

    private boolean tooLong(String declared) {
        try {
            return Long.parseLong(declared.strip()) > limit;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
