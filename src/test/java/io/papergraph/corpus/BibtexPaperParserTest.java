package io.papergraph.corpus;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BibtexPaperParserTest {

    private static final Duration NO_HANG = Duration.ofSeconds(2);

    private static ParsedPaperList parse(String bibtex) {
        return PaperLists.parse(PaperFormat.BIBTEX, bibtex, "refs.bib");
    }

    @Test
    @DisplayName("an entry with every field gives a paper; the citation key is not the id")
    void happyPath() {
        ParsedPaperList result = parse("""
                Exported from a reference manager; this line is a comment.

                @Article{smith2024,
                  title = {{BERT} Goes to {Paris}: Nested {Braces {Inside}}},
                  abstract = "We study {"quoted"} braces, \\& more.",
                  author = {Smith, John and Ada Lovelace and M{\\"u}ller, J{\\"o}rg},
                  year = 2024,
                  url = {https://example.org/bert-paris},
                }
                """);

        assertEquals(List.of(), result.problems());
        assertEquals(new PaperRecord("bert-goes-to-paris-nested-braces-inside", "BERT Goes to Paris: Nested Braces Inside",
                "We study \"quoted\" braces, & more.", "refs.bib:entry 'smith2024' (line 3)", "https://example.org/bert-paris", 2024,
                List.of("John Smith", "Ada Lovelace", "Jörg Müller")), result.papers().get(0));
    }

    @Test
    @DisplayName("accent commands, special letters, escapes, ties and dashes become Unicode")
    void latexToUnicode() {
        assertEquals("Schrödinger café señor Straße ça naïve øre Łódź — a–b 50% x y",
                LatexText.toUnicode("Schr{\\\"o}dinger caf\\'e se\\~{n}or Stra\\ss e \\c{c}a na\\\"{\\i}ve {\\o}re \\L{}\\'od\\'z --- a--b 50\\% x~y"));
        assertEquals("α-Decoding with LaTeX and emphasis", LatexText.toUnicode("$\\alpha$-Decoding with \\LaTeX{} and \\emph{emphasis}"));
    }

    @Test
    @DisplayName("url falls back to the DOI link, then to the arXiv page of an arXiv eprint")
    void urlFallbacks() {
        ParsedPaperList result = parse("""
                @inproceedings{a, title={A}, abstract={A.}, doi={10.1000/xyz_1}}
                @misc{b, title={B}, abstract={B.}, eprint={2401.01234}, archivePrefix={arXiv}, primaryClass={cs.CL}}
                @online{c, title={C}, abstract={C.}, eprint={2401.05678}, eprinttype={arxiv}, date={2024-01-03}}
                @misc{d, title={D}, abstract={D.}, eprint={123}}
                """);

        assertEquals(List.of(), result.problems());
        assertEquals(List.of("https://doi.org/10.1000/xyz_1", "https://arxiv.org/abs/2401.01234", "https://arxiv.org/abs/2401.05678", "null"),
                result.papers().stream().map(p -> String.valueOf(p.url())).toList());
        assertEquals(2024, result.papers().get(2).year());
    }

    @Test
    @DisplayName("@comment, @preamble and @string are not papers; @string macros and # work in values")
    void specialEntries() {
        ParsedPaperList result = parse("""
                @comment{jabref-meta: databaseType:bibtex;}
                @preamble{ "\\newcommand{\\noop}[1]{}" }
                @String{ venue = "Conference on {AI}" }
                @COMMENT{ @article{hidden, title={Hidden}, abstract={Hidden.}} }
                @article{k1, title = "Agents at " # venue, abstract = {A.}, year = {2023}, month = jan}
                """);

        assertEquals(List.of(), result.problems());
        assertEquals(List.of("Agents at Conference on AI"), result.papers().stream().map(PaperRecord::title).toList());
    }

    @Test
    @DisplayName("an entry without abstract is a problem naming the key and line")
    void missingAbstract() {
        ParsedPaperList result = parse("""
                @article{smith2024,
                  title = {Only a Title}
                }
                @article{ok, title = {Fine}, abstract = {Fine.}}
                """);

        assertEquals(List.of(new RecordProblem("entry 'smith2024' (line 1)",
                "no abstract field; papergraph extracts from title and abstract")), result.problems());
        assertEquals(List.of("fine"), result.papers().stream().map(PaperRecord::id).toList());
    }

    @Test
    @DisplayName("unbalanced braces are a problem at the entry; reading resumes at the next entry")
    void unbalancedBraces() {
        ParsedPaperList result = assertTimeoutPreemptively(NO_HANG, () -> parse("""
                @article{broken,
                  title = {Unclosed {brace,
                  abstract = {A.}
                }

                @article{next, title = {Next}, abstract = {Next.}}
                @article{quoted, title = "Unclosed quote, abstract = {B.}}
                """));

        assertEquals(List.of("next"), result.papers().stream().map(PaperRecord::id).toList());
        assertEquals(2, result.problems().size(), result.problems()::toString);
        assertEquals(new RecordProblem("entry 'broken' (line 1)",
                "unbalanced braces: the value of 'title' that starts at line 2 is not closed before the next entry at line 6"),
                result.problems().get(0));
        assertTrue(result.problems().get(1).reason().startsWith("unbalanced"), result.problems().get(1).reason());
        assertEquals("entry 'quoted' (line 7)", result.problems().get(1).location());
    }

    @Test
    @DisplayName("other syntax errors name the entry and do not hang")
    void syntaxErrors() {
        ParsedPaperList result = assertTimeoutPreemptively(NO_HANG, () -> parse("""
                @article{a, title {No equals}, abstract = {A.}}
                @article{b, title = {B}, abstract = {B.} year = 2024}
                @article{c, title = {C}, abstract = {C.}, year = {about 2024}, note = undefinedmacro}
                @article{d, title = {D}, abstract = {D.}
                """));

        assertEquals(List.of(
                new RecordProblem("entry 'a' (line 1)", "expected '=' after field 'title' (line 1), found '{'"),
                new RecordProblem("entry 'b' (line 2)", "expected ',' or '}' after field 'abstract' (line 2)"),
                new RecordProblem("entry 'c' (line 3)", "field 'note' uses the undefined macro 'undefinedmacro'; put the value in braces"),
                new RecordProblem("entry 'c' (line 3)", "year 'about 2024' is not a number"),
                new RecordProblem("entry 'd' (line 4)", "the entry is not closed with '}'")), result.problems());
    }

    @Test
    @DisplayName("a brace closed too late says how far the value ran")
    void braceClosedTooLate() {
        ParsedPaperList result = parse("""
                @article{k, title = {A {b}
                  abstract = {x}
                  year = 2024}
                  note = {n}}
                """);

        assertEquals(List.of(new RecordProblem("entry 'k' (line 1)",
                "expected ',' or '}' after field 'title' (line 1); its value runs to line 3: are its braces balanced?")), result.problems());
    }

    @Test
    @DisplayName("10,000 nested braces are read without stack overflow")
    void deeplyNestedBraces() {
        String nested = "{".repeat(10_000) + "Deep" + "}".repeat(10_000);

        ParsedPaperList result = assertTimeoutPreemptively(NO_HANG, () -> parse(
                "@article{deep, title = " + nested + ", abstract = {A.}}\n@article{open, title = " + "{".repeat(10_000) + "\n"));

        assertEquals(List.of("Deep"), result.papers().stream().map(PaperRecord::title).toList());
        assertEquals("entry 'open' (line 2)", result.problems().get(0).location());
    }

    @Test
    @DisplayName("entry types and field names are case-insensitive; parentheses delimit entries too")
    void caseAndParentheses() {
        ParsedPaperList result = parse("""
                @INPROCEEDINGS(k, TITLE = {Upper}, Abstract = {A.}, AUTHOR = {Doe, Jr, Jane and others})
                """);

        assertEquals(List.of(), result.problems());
        assertEquals(List.of("Jane Doe Jr"), result.papers().get(0).authors());
    }

    @Test
    @DisplayName("braces protect 'and' inside corporate author names")
    void corporateAuthor() {
        assertEquals(List.of("Barnes and Noble", "Jane Doe"), BibtexPaperParser.authors("{Barnes and Noble} and Doe, Jane"));
    }

    @Test
    @DisplayName("email addresses and text outside entries are ignored")
    void textOutsideEntries() {
        ParsedPaperList result = parse("""
                Contact me at someone@example.org for corrections.
                @article{k, title={T}, abstract={A.}}
                """);

        assertEquals(List.of(), result.problems());
        assertEquals(1, result.papers().size());
    }

    @Test
    @DisplayName("nested @string macros cannot blow up: a field may expand to at most 100,000 characters")
    void macroExpansionIsCapped() {
        StringBuilder bib = new StringBuilder("@string{a0 = \"xxxxxxxxxx\"}\n");
        for (int level = 1; level <= 9; level++) {
            String previous = "a" + (level - 1);
            bib.append("@string{a").append(level).append(" = ").append(String.join(" # ", java.util.Collections.nCopies(10, previous))).append("}\n");
        }
        bib.append("@article{k, title = a9, abstract = {We propose nothing.}}\n");
        ParsedPaperList result = assertTimeoutPreemptively(Duration.ofSeconds(2), () -> parse(bib.toString()));
        assertEquals(0, result.papers().size());
        assertTrue(result.problems().stream().anyMatch(p -> p.reason().contains("100000")), result.problems().toString());
    }

    @Test
    @DisplayName("many unclosed @comment blocks are read in linear time")
    void unclosedCommentsStayLinear() {
        String bib = "@comment{ unclosed\n".repeat(50_000) + "@article{k, title = {T}, abstract = {A.}}\n";
        ParsedPaperList result = assertTimeoutPreemptively(Duration.ofSeconds(2), () -> parse(bib));
        assertEquals(1, result.papers().size());
    }
}
