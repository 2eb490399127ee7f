package io.papergraph.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** An RFC 9457 problem detail, the body of every error response ({@code application/problem+json}). */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "Problem", description = "RFC 9457 problem detail.")
public record Problem(
        @Schema(example = "https://papergraph.dev/problems/bad-request") String type,
        @Schema(example = "Bad request") String title,
        @Schema(example = "400") int status,
        @Schema(example = "limit must be between 1 and 100, got 1000") String detail,
        @Schema(example = "/papers") String instance,
        @Schema(description = "One entry per offending parameter or field.") List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPE_BASE = "https://papergraph.dev/problems/";

    /** A problem whose type URI is derived from its title ("Not found" → …/problems/not-found). */
    public static Problem of(int status, String title, String detail, String instance, List<FieldError> errors) {
        String slug = title.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        return new Problem(TYPE_BASE + slug, title, status, detail, instance, errors);
    }

    /** One invalid parameter or field. */
    public record FieldError(@Schema(example = "limit") String field, @Schema(example = "must be between 1 and 100") String message) {
    }
}
