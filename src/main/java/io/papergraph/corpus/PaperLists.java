package io.papergraph.corpus;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The one entry point for reading a paper list in any {@link PaperFormat}: the format's parser reads the
 * records, {@link PaperValidator} checks and normalises them the same way for every format, and all
 * problems come back together so that a user can fix a list in one go.
 */
public final class PaperLists {

    static final String EMPTY = "the body is empty";

    private PaperLists() {
    }

    /**
     * Reads a paper list given as bytes, which must be UTF-8 (a leading byte order mark is allowed; an XML
     * encoding declaration is not looked at).
     *
     * @param sourceName prefix of each paper's {@link PaperRecord#source()}, e.g. an upload's file name
     */
    public static ParsedPaperList parse(PaperFormat format, byte[] body, String sourceName) {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(sourceName, "sourceName");
        if (body == null || body.length == 0) {
            return new ParsedPaperList(List.of(), List.of(RecordProblem.body(EMPTY)));
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(body);
        try {
            return parse(format, decoder.decode(in).toString(), sourceName);
        } catch (CharacterCodingException e) {
            String where = in.position() < body.length
                    ? String.format(Locale.ROOT, " (byte 0x%02X at offset %,d)", body[in.position()] & 0xFF, in.position())
                    : "";
            return new ParsedPaperList(List.of(), List.of(RecordProblem.body("not UTF-8 text" + where)));
        }
    }

    /**
     * Reads a paper list given as text.
     *
     * @param sourceName prefix of each paper's {@link PaperRecord#source()}, e.g. an upload's file name;
     *                   the rest is the record's location, as in {@code my-upload.bib:entry 'smith2024' (line 40)}
     */
    public static ParsedPaperList parse(PaperFormat format, String text, String sourceName) {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(sourceName, "sourceName");
        if (text == null || text.isBlank() || (text.length() < 1_000 && TrendingTextParser.clean(text).isEmpty())) {
            return new ParsedPaperList(List.of(), List.of(RecordProblem.body(EMPTY)));
        }
        String body = text.charAt(0) == '\uFEFF' ? text.substring(1) : text;
        DraftList read = switch (format) {
            case TEXT -> new TrendingTextParser().drafts(body);
            case JSON -> JsonPaperParser.parse(body);
            case JSON_LINES -> JsonLinesPaperParser.parse(body);
            case BIBTEX -> BibtexPaperParser.parse(body);
            case ARXIV_ATOM -> ArxivAtomPaperParser.parse(body);
        };
        List<RecordProblem> problems = new ArrayList<>(read.documentProblems());
        List<PaperRecord> papers = new ArrayList<>();
        PaperValidator validator = new PaperValidator(sourceName);
        for (PaperDraft draft : read.drafts()) {
            Optional<PaperRecord> paper = validator.check(draft, problems);
            paper.ifPresent(papers::add);
        }
        return new ParsedPaperList(papers, problems);
    }

    /**
     * One paper given as a JSON object (the body of a single-paper write), through the same field reading and
     * checks as a list; its problems are located at {@code body}.
     */
    public static ParsedPaperList parseObject(com.fasterxml.jackson.databind.node.ObjectNode paper, String sourceName) {
        List<RecordProblem> problems = new ArrayList<>();
        Optional<PaperRecord> checked = new PaperValidator(sourceName).check(JsonPaperFields.read(paper, "body"), problems);
        return new ParsedPaperList(checked.stream().toList(), problems);
    }
}
