package io.papergraph.api;

/** A typed reference a client writes as {@code type:id}, e.g. {@code method:chain-of-thought-prompting}. */
record NodeRef(NodeType type, String id) {

    static NodeRef parse(String field, String raw) {
        if (raw == null || raw.isBlank()) {
            throw ProblemException.badRequest(field, field + " is required, as type:id (type one of " + NodeType.allowed() + ")");
        }
        int colon = raw.indexOf(':');
        if (colon <= 0 || colon == raw.length() - 1 || raw.length() > 300) {
            throw ProblemException.badRequest(field, field + " must be type:id, e.g. benchmark:gsm8k; got '" + abbreviate(raw) + "'");
        }
        return new NodeRef(NodeType.parse(field, raw.substring(0, colon).strip()), raw.substring(colon + 1).strip());
    }

    /** The id front ends use for the node: unique across types. */
    static String key(NodeType type, String id) {
        return type.wireName() + ":" + id;
    }

    private static String abbreviate(String raw) {
        return raw.length() > 60 ? raw.substring(0, 60) + "…" : raw;
    }
}
