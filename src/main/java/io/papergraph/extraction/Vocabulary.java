package io.papergraph.extraction;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * The curated domain vocabulary of {@code graph-schema/vocabulary} (format v1, see its README): well-known
 * benchmarks, model families, methods, metrics and concepts of the field.
 */
public record Vocabulary(List<VocabularyEntry> benchmarks, List<VocabularyEntry> models,
                         List<VocabularyEntry> methods, List<VocabularyEntry> metrics,
                         List<VocabularyEntry> concepts) {

    static final String FORMAT_HEADER = "# papergraph vocabulary v1";
    private static final String FOLDER = "vocabulary/";

    public Vocabulary {
        benchmarks = List.copyOf(benchmarks);
        models = List.copyOf(models);
        methods = List.copyOf(methods);
        metrics = List.copyOf(metrics);
        concepts = List.copyOf(concepts);
    }

    public static Vocabulary empty() {
        return new Vocabulary(List.of(), List.of(), List.of(), List.of(), List.of());
    }

    /** Reads the five files from the classpath, where the build puts {@code graph-schema/vocabulary}. */
    public static Vocabulary fromClasspath() {
        return new Vocabulary(
                read("benchmarks.txt", (f, line) -> new VocabularyEntry(EntityKind.BENCHMARK, f[0], list(f, 2),
                        field(f, 1, "benchmark"), false, List.of(), List.of(), null)),
                read("models.txt", (f, line) -> new VocabularyEntry(EntityKind.MODEL, f[0], list(f, 1), null,
                        "yes".equalsIgnoreCase(field(f, 2, "no")), List.of(), List.of(), null)),
                read("methods.txt", (f, line) -> new VocabularyEntry(EntityKind.METHOD, f[0], list(f, 1), field(f, 2, null),
                        false, List.of(), List.of(), null)),
                read("metrics.txt", (f, line) -> new VocabularyEntry(EntityKind.METRIC, f[0], list(f, 1), null,
                        false, List.of(), List.of(), null)),
                read("concepts.txt", (f, line) -> new VocabularyEntry(EntityKind.CONCEPT, f[0], list(f, 1), null,
                        false, list(f, 2), list(f, 3), field(f, 4, null))));
    }

    /** Parses one file of the format; a wrong header or an empty name fails loudly with the line number. */
    static List<VocabularyEntry> parse(String file, String text, BiFunction<String[], Integer, VocabularyEntry> entry) {
        String[] lines = text.split("\\R");
        if (lines.length == 0 || !lines[0].startsWith(FORMAT_HEADER)) {
            throw new IllegalStateException("Vocabulary file " + file + " must start with '" + FORMAT_HEADER + "'");
        }
        List<VocabularyEntry> entries = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] fields = Arrays.stream(line.split("\\|", -1)).map(String::strip).toArray(String[]::new);
            if (fields[0].isEmpty()) {
                throw new IllegalStateException("Vocabulary file " + file + " line " + (i + 1) + ": empty name");
            }
            entries.add(entry.apply(fields, i + 1));
        }
        return entries;
    }

    private static List<VocabularyEntry> read(String file, BiFunction<String[], Integer, VocabularyEntry> entry) {
        try (InputStream in = Vocabulary.class.getClassLoader().getResourceAsStream(FOLDER + file)) {
            if (in == null) {
                return List.of();
            }
            return parse(file, new String(in.readAllBytes(), StandardCharsets.UTF_8), entry);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read vocabulary file " + file, e);
        }
    }

    private static String field(String[] fields, int index, String fallback) {
        return index < fields.length && !fields[index].isEmpty() ? fields[index] : fallback;
    }

    private static List<String> list(String[] fields, int index) {
        String value = field(fields, index, "");
        return Arrays.stream(value.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** Every entry by kind, for building matchers. */
    public Map<EntityKind, List<VocabularyEntry>> byKind() {
        return Map.of(EntityKind.BENCHMARK, benchmarks, EntityKind.MODEL, models, EntityKind.METHOD, methods,
                EntityKind.METRIC, metrics, EntityKind.CONCEPT, concepts);
    }
}
