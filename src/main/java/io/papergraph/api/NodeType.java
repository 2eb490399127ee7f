package io.papergraph.api;

import io.papergraph.graph.NodeLabel;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The node types a client may name in {@code type:id} references and {@code types} filters. */
enum NodeType {
    PAPER(NodeLabel.Paper),
    METHOD(NodeLabel.Method),
    BENCHMARK(NodeLabel.Benchmark),
    MODEL(NodeLabel.Model),
    CONCEPT(NodeLabel.Concept);

    private final NodeLabel label;

    NodeType(NodeLabel label) {
        this.label = label;
    }

    NodeLabel label() {
        return label;
    }

    String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    static NodeType of(NodeLabel label) {
        for (NodeType type : values()) {
            if (type.label == label) {
                return type;
            }
        }
        throw new IllegalArgumentException("no API type for label " + label);
    }

    static NodeType parse(String field, String value) {
        for (NodeType type : values()) {
            if (type.wireName().equals(value)) {
                return type;
            }
        }
        throw ProblemException.badRequest(field, "unknown type '" + value + "'; one of " + allowed());
    }

    static String allowed() {
        return Arrays.stream(values()).map(NodeType::wireName).collect(Collectors.joining(", "));
    }
}
