package io.papergraph.extraction;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Checks the real vocabulary files on the classpath, and the parser on small texts. */
class VocabularyTest {

    private static final Vocabulary VOCABULARY = Vocabulary.fromClasspath();

    private static Map<String, List<VocabularyEntry>> files() {
        return new TreeMap<>(Map.of("benchmarks.txt", VOCABULARY.benchmarks(), "models.txt", VOCABULARY.models(),
                "methods.txt", VOCABULARY.methods(), "metrics.txt", VOCABULARY.metrics(), "concepts.txt", VOCABULARY.concepts()));
    }

    @Test
    @DisplayName("every vocabulary file loads and has entries of its kind")
    void everyFileLoads() {
        files().forEach((file, entries) -> assertFalse(entries.isEmpty(), file + " is empty or missing"));
        VOCABULARY.byKind().forEach((kind, entries) -> entries.forEach(e -> assertEquals(kind, e.kind(), e.name())));
    }

    @Test
    @DisplayName("no entry without a name, no blank alias")
    void noBlankNames() {
        files().forEach((file, entries) -> entries.forEach(e -> {
            assertFalse(e.name().isBlank(), file + ": entry without a name");
            assertTrue(e.names().stream().noneMatch(String::isBlank), file + ": blank alias in " + e.name());
        }));
    }

    @Test
    @DisplayName("every concept's broader names an existing concept")
    void broaderExists() {
        Set<String> concepts = VOCABULARY.concepts().stream().map(VocabularyEntry::name).collect(Collectors.toSet());
        List<String> missing = VOCABULARY.concepts().stream()
                .flatMap(c -> c.broader().stream().filter(b -> !concepts.contains(b)).map(b -> c.name() + " -> " + b))
                .toList();
        assertEquals(List.of(), missing);
    }

    /**
     * Within one file a normalised name belongs to one entry. Case variants listed on the same entry
     * ({@code miniF2F; MiniF2F}) are allowed: case-sensitive names need each spelling listed.
     */
    @Test
    @DisplayName("no normalised name belongs to two entries of one file")
    void noDuplicateKeys() {
        List<String> duplicates = new java.util.ArrayList<>();
        files().forEach((file, entries) -> {
            Map<String, VocabularyEntry> owner = new HashMap<>();
            for (VocabularyEntry e : entries) {
                for (String name : e.names()) {
                    VocabularyEntry previous = owner.putIfAbsent(Names.key(name), e);
                    if (previous != null && previous != e) {
                        duplicates.add(file + ": '" + name + "' of " + e.name() + " clashes with " + previous.name());
                    }
                }
            }
        });
        assertEquals(List.of(), duplicates);
    }

    @Test
    @DisplayName("benchmark kinds are benchmark, dataset or environment")
    void benchmarkKinds() {
        VOCABULARY.benchmarks().forEach(b ->
                assertTrue(Set.of("benchmark", "dataset", "environment").contains(b.category()), b.name() + ": " + b.category()));
    }

    @Test
    @DisplayName("method roles are empty, building-block or paradigm")
    void methodRoles() {
        VOCABULARY.methods().forEach(m ->
                assertTrue(m.category() == null || Set.of("building-block", "paradigm").contains(m.category()), m.name() + ": " + m.category()));
    }

    @Test
    @DisplayName("parse skips comments and blank lines, splits fields and lists")
    void parseFields() {
        String text = String.join("\n",
                "# papergraph vocabulary v1 — test",
                "",
                "# a comment",
                "GPT | Generative Pre-trained Transformer ; GPT family | yes",
                "  Mistral  ");
        List<VocabularyEntry> entries = Vocabulary.parse("models.txt", text,
                (f, line) -> new VocabularyEntry(EntityKind.MODEL, f[0], f.length > 1 ? List.of(f[1].split("\\s*;\\s*")) : List.of(),
                        null, f.length > 2 && f[2].equals("yes"), List.of(), List.of(), null));

        assertEquals(2, entries.size());
        assertEquals(List.of("GPT", "Generative Pre-trained Transformer", "GPT family"), entries.get(0).names());
        assertTrue(entries.get(0).needsVersion());
        assertEquals(List.of("Mistral"), entries.get(1).names());
    }

    @Test
    @DisplayName("a missing format header or an empty name fails loudly")
    void parseErrors() {
        IllegalStateException header = assertThrows(IllegalStateException.class,
                () -> Vocabulary.parse("x.txt", "GPT | | yes", (f, l) -> null));
        assertTrue(header.getMessage().contains("x.txt"), header.getMessage());

        IllegalStateException empty = assertThrows(IllegalStateException.class,
                () -> Vocabulary.parse("x.txt", "# papergraph vocabulary v1\nGPT\n | alias", (f, l) -> Entries.method(f[0])));
        assertTrue(empty.getMessage().contains("line 3"), empty.getMessage());
    }

    @Test
    @DisplayName("a well-known entry loads with its fields (GPT needs a version, CoT is an alias)")
    void knownEntries() {
        VocabularyEntry gpt = VOCABULARY.models().stream().filter(m -> m.name().equals("GPT")).findFirst().orElseThrow();
        assertTrue(gpt.needsVersion());
        assertTrue(VOCABULARY.methods().stream().anyMatch(m -> m.aliases().contains("CoT")));
    }
}
