package io.papergraph.corpus;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads JSON Lines: one paper object (see {@link JsonPaperFields}) per non-blank line. Each line stands on
 * its own, so a malformed line is a problem at that line and the other lines are still read.
 */
final class JsonLinesPaperParser {

    private JsonLinesPaperParser() {
    }

    static DraftList parse(String text) {
        List<PaperDraft> drafts = new ArrayList<>();
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            String location = "line " + (i + 1);
            try {
                JsonNode node = JsonPaperFields.SINGLE_VALUE.readTree(lines[i]);
                drafts.add(JsonPaperFields.read(node, location));
            } catch (JsonProcessingException e) {
                RecordProblem syntax = JsonPaperFields.syntaxProblem(e, i);
                drafts.add(PaperDraft.broken(location, syntax.reason()
                        + (e.getLocation() == null ? "" : " (column " + e.getLocation().getColumnNr() + ")")));
            }
        }
        return new DraftList(List.of(), drafts);
    }
}
