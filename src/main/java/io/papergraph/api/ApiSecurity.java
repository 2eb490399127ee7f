package io.papergraph.api;

import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** Declares, for the OpenAPI document, the bearer key that {@link WriteAccess} operations need. */
@SecurityScheme(securitySchemeName = "apiKey", type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "One of the keys in PAPERGRAPH_API_KEYS, sent as Authorization: Bearer <key>. Reads need none.")
final class ApiSecurity {

    private ApiSecurity() {
    }
}
