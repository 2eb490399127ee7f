package io.papergraph.corpus;

import io.papergraph.corpus.TrendingTextParser.Problem;
import io.papergraph.corpus.TrendingTextParser.Result;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TrendingTextParserTest {

    private final TrendingTextParser parser = new TrendingTextParser();

    private static String lines(String... lines) {
        return String.join("\n", lines);
    }

    @Test
    @DisplayName("two header lines are skipped and the first title is unglued from 'Subscribe'")
    void headersAndGluedSubscribe() {
        Result result = parser.parse(lines(
                "Get trending papers in your inbox daily!",
                "Get trending papers in your inbox every week.",
                "SubscribeStepWise: Verifiable Planning for Language Agents",
                "We propose StepWise, a planner that checks every step.",
                "Sparse Routing for Mixture-of-Experts",
                "We study token routing in sparse expert layers."), "list.txt");

        assertEquals(List.of(
                new PaperRecord("stepwise-verifiable-planning-for-language-agents",
                        "StepWise: Verifiable Planning for Language Agents",
                        "We propose StepWise, a planner that checks every step.", "list.txt:3"),
                new PaperRecord("sparse-routing-for-mixture-of-experts", "Sparse Routing for Mixture-of-Experts",
                        "We study token routing in sparse expert layers.", "list.txt:5")), result.papers());
        assertEquals(List.of(), result.problems());
    }

    @Test
    @DisplayName("blank and whitespace-only lines between records are ignored")
    void blankLinesBetweenRecords() {
        Result result = parser.parse(lines("Title One", "Abstract one.", "", "   ", "", "Title Two", "Abstract two.", ""), "s");

        assertEquals(List.of("Title One", "Title Two"), result.papers().stream().map(PaperRecord::title).toList());
        assertEquals(List.of("s:1", "s:6"), result.papers().stream().map(PaperRecord::source).toList());
        assertEquals(List.of(), result.problems());
    }

    @Test
    @DisplayName("a trailing title without abstract is a problem with its 1-based line number")
    void trailingTitleIsProblem() {
        Result result = parser.parse(lines("Title One", "Abstract one.", "Title Two", "Abstract two.", "", "Dangling Title", "", ""), "s");

        assertEquals(2, result.papers().size());
        assertEquals(List.of(new Problem(6, "title without an abstract line after it")), result.problems());
    }

    @Test
    @DisplayName("CRLF line endings count as one line break")
    void crlfLineNumbers() {
        Result result = parser.parse("Title One\r\nAbstract one.\r\nTitle Two\r\nAbstract two.\r\nDangling", "s");

        assertEquals(List.of("s:1", "s:3"), result.papers().stream().map(PaperRecord::source).toList());
        assertEquals(List.of(new Problem(5, "title without an abstract line after it")), result.problems());
    }

    @Test
    @DisplayName("accented, Greek and CJK titles are kept as written and get ASCII or hash ids")
    void nonAsciiTitles() {
        String cjk = "大规模语言模型的推理";
        Result result = parser.parse(lines(
                "Cafe\u0301 De\u0301ja\u0300 Vu: Naïve Agents", "Accents in decomposed form.",
                "φ-Decoding: Adaptive Foresight Sampling", "A Greek letter in front.",
                cjk, "A title without Latin letters."), "s");

        List<PaperRecord> papers = result.papers();
        assertEquals("Café Déjà Vu: Naïve Agents", papers.get(0).title(), "titles are NFC-normalised");
        assertEquals("cafe-deja-vu-naive-agents", papers.get(0).id());
        assertEquals("φ-Decoding: Adaptive Foresight Sampling", papers.get(1).title());
        assertEquals("decoding-adaptive-foresight-sampling", papers.get(1).id());
        assertEquals(cjk, papers.get(2).title());
        assertEquals("h-" + PaperIds.shortHash(cjk), papers.get(2).id());
    }

    @Test
    @DisplayName("BOM, zero-width spaces, soft hyphens and no-break spaces are cleaned")
    void invisibleCharacters() {
        Result result = parser.parse(lines(
                "\uFEFFGet trending papers in your inbox daily!",
                "Lo\u200Bng Con\u00ADtext Agents",
                "An abstract\u00A0with  odd \t spacing. "), "s");

        assertEquals(List.of(new PaperRecord("long-context-agents", "Long Context Agents",
                "An abstract with odd spacing.", "s:2")), result.papers());
    }

    @Test
    @DisplayName("two identical titles get distinct ids, the first keeps the plain slug")
    void duplicateTitles() {
        Result result = parser.parse(lines("Agents Plan Act", "First.", "Agents Plan Act", "Second."), "s");

        assertEquals(List.of("agents-plan-act", "agents-plan-act-" + PaperIds.shortHash("Agents Plan Act")),
                result.papers().stream().map(PaperRecord::id).toList());
    }

    @Test
    @DisplayName("different titles with the same slug get distinct ids")
    void collidingSlugs() {
        Result result = parser.parse(lines("Agents: Plan, Act", "First.", "Agents Plan Act", "Second."), "s");

        assertEquals(List.of("agents-plan-act", "agents-plan-act-d248a76f"),
                result.papers().stream().map(PaperRecord::id).toList());
    }

    @Test
    @DisplayName("three identical titles get three distinct ids")
    void threeIdenticalTitles() {
        Result result = parser.parse(lines("Agents Plan Act", "First.", "Agents Plan Act", "Second.", "Agents Plan Act", "Third."), "s");

        Set<String> ids = result.papers().stream().map(PaperRecord::id).collect(Collectors.toSet());
        assertEquals(3, result.papers().size());
        assertEquals(3, ids.size(), "ids: " + ids);
    }

    @Test
    @DisplayName("a header-like line after the first paper is a title, not skipped")
    void headerOnlyAtStart() {
        Result result = parser.parse(lines("Title One", "Abstract one.", "Get trending papers weekly", "Abstract two."), "s");

        assertEquals(2, result.papers().size());
        assertEquals("Get trending papers weekly", result.papers().get(1).title());
    }
}
