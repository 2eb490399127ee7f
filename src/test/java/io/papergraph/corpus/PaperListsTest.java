package io.papergraph.corpus;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PaperListsTest {

    @ParameterizedTest(name = "{0}")
    @DisplayName("a blank body is one problem at 'body' in every format")
    @EnumSource(PaperFormat.class)
    void emptyBody(PaperFormat format) {
        for (String body : new String[] {"", "  \n\t ", "\uFEFF"}) {
            ParsedPaperList result = PaperLists.parse(format, body, "s");
            assertEquals(List.of(new RecordProblem("body", "the body is empty")), result.problems(), format + ": '" + body + "'");
            assertFalse(result.valid());
        }
        assertEquals(List.of(new RecordProblem("body", "the body is empty")), PaperLists.parse(format, new byte[0], "s").problems());
    }

    @ParameterizedTest(name = "{0}")
    @DisplayName("bytes that are not UTF-8 are one problem at 'body' naming the offset")
    @EnumSource(PaperFormat.class)
    void invalidUtf8(PaperFormat format) {
        byte[] body = {'T', 'i', 't', 'l', 'e', '\n', (byte) 0xC3, (byte) 0x28, '\n'};

        ParsedPaperList result = PaperLists.parse(format, body, "s");

        assertEquals(List.of(new RecordProblem("body", "not UTF-8 text (byte 0xC3 at offset 6)")), result.problems());
        assertEquals(List.of(), result.papers());
    }

    @Test
    @DisplayName("UTF-8 bytes with a byte order mark are read like the text")
    void utf8BytesWithBom() {
        byte[] body = "\uFEFF[{\"title\": \"Café Agents\", \"abstract\": \"Naïve.\"}]".getBytes(StandardCharsets.UTF_8);

        ParsedPaperList result = PaperLists.parse(PaperFormat.JSON, body, "s");

        assertTrue(result.valid(), result.problems()::toString);
        assertEquals("Café Agents", result.papers().get(0).title());
    }

    @Test
    @DisplayName("the default corpus parses as TEXT with no problems and the same ids as TrendingTextParser")
    void defaultCorpusUnchanged() throws IOException {
        String text;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(DefaultCorpus.RESOURCE)) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        TrendingTextParser.Result legacy = new TrendingTextParser().parse(text, DefaultCorpus.SOURCE_NAME);

        ParsedPaperList result = PaperLists.parse(PaperFormat.TEXT, text, DefaultCorpus.SOURCE_NAME);

        assertEquals(List.of(), result.problems());
        assertEquals(199, result.papers().size());
        List<String> ids = result.papers().stream().map(PaperRecord::id).toList();
        assertEquals(legacy.papers().stream().map(PaperRecord::id).toList(), ids);
        assertEquals(199, new HashSet<>(ids).size());
        assertEquals("learning-human-skill-generators-at-key-step-levels", ids.get(0));
        assertEquals("default-corpus:line 3", result.papers().get(0).source());
        for (int i = 0; i < ids.size(); i++) {
            assertTrue(result.papers().get(i).sameContent(legacy.papers().get(i)), ids.get(i));
        }
    }

    @Test
    @DisplayName("text records get the same checks: a title line with a control character is a problem at its line")
    void textIsValidated() {
        ParsedPaperList result = PaperLists.parse(PaperFormat.TEXT, "Good Title\nGood abstract.\nBad\u0001 Title\nAbstract.\nDangling", "s");

        assertEquals(List.of("good-title"), result.papers().stream().map(PaperRecord::id).toList());
        assertEquals(List.of(
                new RecordProblem("line 3", "title contains binary data (control character U+0001)"),
                new RecordProblem("line 5", "title without an abstract line after it")), result.problems());
    }

    @Test
    @DisplayName("in TEXT, unlike TrendingTextParser, a repeated title is a problem naming the first")
    void textDuplicateTitle() {
        ParsedPaperList result = PaperLists.parse(PaperFormat.TEXT, "Agents Plan Act\nFirst.\nagents plan  act\nSecond.", "s");

        assertEquals(1, result.papers().size());
        assertEquals(List.of(new RecordProblem("line 3",
                "duplicate title 'agents plan act', also at line 1; if they are different papers, give each an id")), result.problems());
    }

    @Test
    @DisplayName("a 10 MB title is a problem that says its length and the limit")
    void hugeTitle() {
        String title = "a".repeat(10 * 1024 * 1024);

        ParsedPaperList text = PaperLists.parse(PaperFormat.TEXT, title + "\nAbstract.", "s");
        ParsedPaperList json = PaperLists.parse(PaperFormat.JSON, "[{\"title\": \"" + title + "\", \"abstract\": \"A.\"}]", "s");

        assertEquals(List.of(new RecordProblem("line 1", "title is 10,485,760 characters long; at most 1,000 are allowed")), text.problems());
        assertEquals(List.of(new RecordProblem("index 0 (line 1)", "title is 10,485,760 characters long; at most 1,000 are allowed")), json.problems());
    }

    @Test
    @DisplayName("Cypher-looking text is kept verbatim: here it is just text")
    void cypherLookingText() {
        String title = "'}) MATCH (n) DETACH DELETE n //";
        String abstractText = "\"}) CALL db.clearQueryCaches() RETURN 1 // $param {x: 1}";
        ParsedPaperList json = PaperLists.parse(PaperFormat.JSON,
                "[{\"title\": \"'}) MATCH (n) DETACH DELETE n //\", \"abstract\": \"\\\"}) CALL db.clearQueryCaches() RETURN 1 // $param {x: 1}\"}]", "s");

        assertEquals(List.of(), json.problems());
        PaperRecord paper = json.papers().get(0);
        assertEquals(title, paper.title());
        assertEquals(abstractText, paper.abstractText());
        assertEquals("match-n-detach-delete-n", paper.id());
    }

    @Test
    @DisplayName("all formats give the same id for the same paper")
    void sameIdAcrossFormats() {
        Set<String> ids = new HashSet<>();
        ids.add(PaperLists.parse(PaperFormat.TEXT, "BERT: Deep Transformers\nAbstract.", "s").papers().get(0).id());
        ids.add(PaperLists.parse(PaperFormat.JSON, "[{\"title\": \"BERT: Deep Transformers\", \"abstract\": \"A.\"}]", "s").papers().get(0).id());
        ids.add(PaperLists.parse(PaperFormat.BIBTEX, "@article{devlin, title={{BERT}: Deep Transformers}, abstract={A.}}", "s").papers().get(0).id());

        assertEquals(Set.of("bert-deep-transformers"), ids);
    }
}
