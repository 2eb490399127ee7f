package io.papergraph.corpus;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PaperValidatorTest {

    private final PaperValidator validator = new PaperValidator("src");
    private final List<RecordProblem> problems = new ArrayList<>();

    private static PaperDraft draft(String location, String id, String title, String abstractText) {
        return new PaperDraft(location, id, title, abstractText, null, null, List.of(), List.of());
    }

    private static PaperDraft withUrl(String url) {
        return new PaperDraft("line 1", null, "T", "A.", url, null, List.of(), List.of());
    }

    private static PaperDraft withYear(int year) {
        return new PaperDraft("line 1", null, "T", "A.", null, year, List.of(), List.of());
    }

    private static PaperDraft withAuthors(List<String> authors) {
        return new PaperDraft("line 1", null, "T", "A.", null, null, authors, List.of());
    }

    private List<String> reasons(PaperDraft draft) {
        Optional<PaperRecord> paper = validator.check(draft, problems);
        assertTrue(paper.isEmpty(), () -> "expected problems, got " + paper);
        return problems.stream().map(RecordProblem::reason).toList();
    }

    @Test
    @DisplayName("a complete draft becomes a paper with cleaned text, its fields and source:location")
    void happyPath() {
        PaperDraft draft = new PaperDraft("line 4", null, " Lo\u200Bng  Context\nAgents ", "Cafe\u0301\u00A0agents.",
                "https://arxiv.org/abs/2401.01234", 2024, List.of(" Ada  Lovelace ", "Alan Turing"), List.of());

        PaperRecord paper = validator.check(draft, problems).orElseThrow();

        assertEquals(new PaperRecord("long-context-agents", "Long Context Agents", "Café agents.", "src:line 4",
                "https://arxiv.org/abs/2401.01234", 2024, List.of("Ada Lovelace", "Alan Turing")), paper);
        assertEquals(List.of(), problems);
    }

    @Test
    @DisplayName("title and abstract are required and must not be blank after cleaning")
    void requiredText() {
        assertEquals(List.of("title is missing", "abstract is missing"), reasons(draft("line 1", null, null, null)));
        problems.clear();
        assertEquals(List.of("title is blank", "abstract is blank"), reasons(draft("line 1", null, " \u200B\t", "\u00A0")));
    }

    @Test
    @DisplayName("the limits are 1,000 characters for titles and 20,000 for abstracts; the message says both lengths")
    void lengthLimits() {
        assertTrue(validator.check(draft("line 1", null, "t".repeat(PaperValidator.MAX_TITLE_LENGTH), "a".repeat(PaperValidator.MAX_ABSTRACT_LENGTH)), problems).isPresent());
        assertEquals(List.of("title is 1,001 characters long; at most 1,000 are allowed",
                        "abstract is 20,001 characters long; at most 20,000 are allowed"),
                reasons(draft("line 2", null, "u".repeat(1_001), "b".repeat(20_001))));
    }

    @Test
    @DisplayName("control characters, U+FFFD and lone surrogates are binary data; tabs and newlines are whitespace")
    void binaryData() {
        assertEquals(List.of("title contains binary data (control character U+0001)",
                        "abstract contains binary data (replacement character U+FFFD, the mark of text decoded with the wrong encoding)"),
                reasons(draft("line 1", null, "A\u0001B", "Caf\uFFFD")));
        problems.clear();
        assertEquals(List.of("title contains binary data (unpaired surrogate U+D800)", "abstract contains binary data (control character U+007F)"),
                reasons(draft("line 1", null, "A\uD800", "x\u007F")));
        problems.clear();
        assertTrue(validator.check(draft("line 2", null, "Emoji \uD83D\uDE00 Agents", "Tab\tand\nnewline."), problems).isPresent());
    }

    @ParameterizedTest(name = "{0}")
    @DisplayName("explicit ids must be lower-case slugs of at most 80 characters")
    @ValueSource(strings = {"Upper", "-leading-hyphen", "has space", "under_score", "é", ""})
    void invalidIds(String id) {
        assertEquals(List.of("id '" + id + "' must match [a-z0-9][a-z0-9.-]{0,79} (lower-case letters, digits, '.' and '-', "
                + "at most 80 characters); omit it to derive one from the title"), reasons(draft("line 1", id, "T", "A.")));
    }

    @Test
    @DisplayName("a valid explicit id is kept, even if it is not the title's slug")
    void explicitId() {
        assertEquals("arxiv-2401.01234", validator.check(draft("line 1", "arxiv-2401.01234", "T", "A."), problems).orElseThrow().id());
        assertTrue(validator.check(draft("line 2", "a".repeat(80), "T2", "A."), problems).isPresent());
        assertEquals(List.of(), problems);
    }

    @Test
    @DisplayName("a repeated id is a problem on the later record naming the earlier one")
    void duplicateIds() {
        validator.check(draft("line 3", "x", "First", "A."), problems);
        validator.check(draft("line 5", null, "X", "A."), problems);

        assertEquals(List.of("duplicate id 'x', also at line 3"), reasons(draft("line 7", "x", "Second", "A.")));
        assertEquals("line 7", problems.get(0).location());
    }

    @Test
    @DisplayName("an explicit id that an earlier title's slug took is a duplicate")
    void explicitIdAfterDerivedId() {
        validator.check(draft("line 1", null, "Agents Plan Act", "A."), problems);

        assertEquals(List.of("duplicate id 'agents-plan-act', also at line 1"), reasons(draft("line 3", "agents-plan-act", "Other", "A.")));
    }

    @Test
    @DisplayName("different titles with the same slug keep TrendingTextParser's ids: the later one gets a hash suffix")
    void collidingSlugs() {
        String first = validator.check(draft("line 1", null, "Agents: Plan, Act", "A."), problems).orElseThrow().id();
        String second = validator.check(draft("line 3", null, "Agents Plan Act", "A."), problems).orElseThrow().id();

        assertEquals(List.of("agents-plan-act", "agents-plan-act-d248a76f"), List.of(first, second));
        assertEquals(List.of(), problems);
    }

    @Test
    @DisplayName("the same title without ids is one paper listed twice; with ids it may be two papers")
    void duplicateTitles() {
        validator.check(draft("index 0 (line 2)", null, "Agents  Plan Act", "A."), problems);
        assertEquals(List.of("duplicate title 'AGENTS PLAN ACT', also at index 0 (line 2); if they are different papers, give each an id"),
                reasons(draft("index 1 (line 3)", null, "AGENTS PLAN ACT", "B.")));

        PaperValidator fresh = new PaperValidator("s");
        assertTrue(fresh.check(draft("line 1", "paper-a", "Same Title", "A."), problems).isPresent());
        assertTrue(fresh.check(draft("line 3", "paper-b", "Same Title", "B."), problems).isPresent());
    }

    @ParameterizedTest(name = "{0}")
    @DisplayName("urls must be http(s) with a host")
    @ValueSource(strings = {"javascript:alert(1)", "ftp://example.org/x", "file:///etc/passwd", "not a url", "https://"})
    void invalidUrls(String url) {
        assertEquals(List.of("url '" + url + "' is not an http(s) URL"), reasons(withUrl(url)));
    }

    @Test
    @DisplayName("urls are kept when http(s), absent when blank, and at most 2,000 characters")
    void urls() {
        assertEquals("http://example.org/p?q=1", validator.check(withUrl(" http://example.org/p?q=1 "), problems).orElseThrow().url());
        assertEquals(null, new PaperValidator("s").check(withUrl("  "), problems).orElseThrow().url());
        problems.clear();
        assertEquals(List.of("url is 2,001 characters long; at most 2,000 are allowed"),
                reasons(withUrl("https://example.org/" + "a".repeat(1_981))));
    }

    @Test
    @DisplayName("years must be between 1000 and 2100")
    void years() {
        assertEquals(List.of("year 999 is not between 1000 and 2100"), reasons(withYear(999)));
        problems.clear();
        assertEquals(List.of("year 2101 is not between 1000 and 2100"), reasons(withYear(2101)));
        problems.clear();
        assertEquals(Integer.valueOf(1000), new PaperValidator("s").check(withYear(1000), problems).orElseThrow().year());
    }

    @Test
    @DisplayName("at most 200 authors of at most 300 characters each, none blank or binary")
    void authors() {
        assertEquals(List.of("201 authors; at most 200 are allowed"), reasons(withAuthors(Collections.nCopies(201, "A"))));
        problems.clear();
        PaperValidator fresh = new PaperValidator("s");
        assertTrue(fresh.check(new PaperDraft("l", null, "T", "A.", null, null, Collections.nCopies(200, "A"), List.of()), problems).isPresent());
        assertTrue(new PaperValidator("s").check(withAuthors(List.of("x".repeat(301), " ", "B\u0000")), problems).isEmpty());
        assertEquals(List.of("author 1 is 301 characters long; at most 300 are allowed", "author 2 is blank",
                "author 3 contains binary data (control character U+0000)"), problems.stream().map(RecordProblem::reason).toList());
    }

    @Test
    @DisplayName("a draft the parser could not read passes on its problems and is not checked further")
    void brokenDraft() {
        assertEquals(List.of("no abstract field"), reasons(PaperDraft.broken("entry 'k' (line 1)", "no abstract field")));
        assertEquals("entry 'k' (line 1)", problems.get(0).location());
    }

    @Test
    @DisplayName("long values are cut in messages")
    void echoCuts() {
        assertEquals("a".repeat(80) + "…", PaperValidator.echo("a".repeat(10_000)));
        assertEquals("a?b", PaperValidator.echo("a\u0007b"));
    }
}
