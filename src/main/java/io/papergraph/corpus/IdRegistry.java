package io.papergraph.corpus;

import java.util.HashMap;
import java.util.Map;

/**
 * The ids already given out in one paper list, and where. Derived ids of different titles that slug alike
 * are kept apart by a hash of the title; the first keeps the plain slug (so ids do not change when a list
 * grows at the end).
 */
final class IdRegistry {

    private final Map<String, String> locationOfId = new HashMap<>();

    /** Where the id was taken, or null if it is free. */
    String locationOf(String id) {
        return locationOfId.get(id);
    }

    /** Takes an id the source gave; returns where it was taken before, or null if it was free (and is now taken). */
    String claim(String id, String location) {
        return locationOfId.putIfAbsent(id, location);
    }

    /** Takes the slug of the title, or, if taken, the slug plus a hash of the title. */
    String derive(String title, String location) {
        String slug = PaperIds.slug(title);
        String id = slug;
        for (int n = 1; locationOfId.putIfAbsent(id, location) != null; n++) {
            id = slug + "-" + PaperIds.shortHash(n == 1 ? title : title + "#" + n);
        }
        return id;
    }
}
