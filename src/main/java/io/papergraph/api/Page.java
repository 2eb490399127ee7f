package io.papergraph.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * One page of a list.
 *
 * @param next opaque cursor for the next page, or null on the last page
 */
@Schema(description = "One page of a list; pass `next` back as `cursor` for the following page.")
public record Page<T>(List<T> items, @Schema(nullable = true, description = "Opaque cursor of the next page; null on the last page.") String next) {
}
