package io.papergraph.api;

import io.papergraph.config.PapergraphConfig;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;

/**
 * Who may write: a request to a {@link WriteAccess} operation must carry {@code Authorization: Bearer <key>}
 * with one of the configured keys, and, from a browser, come from an origin configured by name. Runs before
 * the body is read, so a refused request costs nothing and changes nothing.
 */
@Provider
@WriteAccess
@Priority(Priorities.AUTHENTICATION)
public class WriteAccessFilter implements ContainerRequestFilter {

    static final String HOW_TO_ENABLE = "start papergraph with PAPERGRAPH_API_KEYS=<key>[,<key>…] (or papergraph.api-keys) "
            + "and send Authorization: Bearer <key>";

    /** Read on the first write: filters are made before runtime configuration exists. */
    private final jakarta.inject.Provider<PapergraphConfig> config;
    private volatile List<byte[]> keys;
    private volatile List<String> origins;

    public WriteAccessFilter(jakarta.inject.Provider<PapergraphConfig> config) {
        this.config = config;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (keys == null) {
            origins = config.get().corsOrigins().orElse(List.of()).stream().map(String::strip).filter(o -> !o.equals("*")).toList();
            keys = config.get().apiKeys().orElse(List.of()).stream().map(String::strip).filter(k -> !k.isEmpty())
                    .map(k -> k.getBytes(StandardCharsets.UTF_8)).toList();
        }
        if (keys.isEmpty()) {
            refuse(request, 403, "Writes disabled", "this server accepts no writes because no API key is configured; to enable them, "
                    + HOW_TO_ENABLE);
            return;
        }
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (header == null || header.isBlank()) {
            refuse(request, 401, "Unauthorized", "writes need an API key: send Authorization: Bearer <key>");
            return;
        }
        if (!header.regionMatches(true, 0, "Bearer ", 0, 7) || header.substring(7).isBlank()) {
            refuse(request, 401, "Unauthorized", "the Authorization header must be 'Bearer <key>'");
            return;
        }
        if (!known(header.substring(7).strip())) {
            refuse(request, 403, "Forbidden", "the API key is not one this server accepts");
            return;
        }
        String origin = request.getHeaderString("Origin");
        if (origin != null && !origin.equals(ownOrigin(request)) && !origins.contains(origin)) {
            refuse(request, 403, "Forbidden", "writes from a browser are accepted only from origins listed by name in "
                    + "PAPERGRAPH_CORS_ORIGINS; '" + origin + "' is not one of them");
        }
    }

    /** Compares with every key in constant time, so the answer's timing says nothing about how close a guess was. */
    private boolean known(String key) {
        byte[] given = key.getBytes(StandardCharsets.UTF_8);
        boolean found = false;
        for (byte[] k : keys) {
            found |= MessageDigest.isEqual(k, given);
        }
        return found;
    }

    private static String ownOrigin(ContainerRequestContext request) {
        var uri = request.getUriInfo().getBaseUri();
        return uri.getScheme() + "://" + uri.getAuthority();
    }

    private static void refuse(ContainerRequestContext request, int status, String title, String detail) {
        Response problem = ProblemMappers.respond(status, title, detail, request.getUriInfo(), List.of());
        Response.ResponseBuilder answer = Response.fromResponse(problem);
        if (status == 401) {
            answer.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"papergraph\"");
        }
        request.abortWith(answer.build());
    }
}
