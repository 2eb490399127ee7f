package io.papergraph.corpus;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a JSON array of paper objects (see {@link JsonPaperFields}). The array is streamed element by
 * element so that each record's problems name its index and the line where it starts, and one bad record
 * does not hide the others. A syntax error anywhere makes the whole document unusable: the only problem
 * is then the error, with Jackson's line and column.
 */
final class JsonPaperParser {

    private JsonPaperParser() {
    }

    static DraftList parse(String text) {
        List<PaperDraft> drafts = new ArrayList<>();
        try (JsonParser parser = JsonPaperFields.MAPPER.createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first != JsonToken.START_ARRAY) {
                JsonPaperFields.MAPPER.readTree(parser);
                return DraftList.failed(RecordProblem.body("expected a JSON array of paper objects [{\"title\": …, \"abstract\": …}], got "
                        + (first == JsonToken.START_OBJECT ? "an object" : "a single value")));
            }
            for (int index = 0; parser.nextToken() != JsonToken.END_ARRAY; index++) {
                if (parser.currentToken() == null) {
                    return DraftList.failed(new RecordProblem("body", "malformed JSON: the array is not closed"));
                }
                String location = "index " + index + " (line " + parser.currentTokenLocation().getLineNr() + ")";
                JsonNode element = JsonPaperFields.MAPPER.readTree(parser);
                drafts.add(JsonPaperFields.read(element, location));
            }
            if (parser.nextToken() != null) {
                return DraftList.failed(new RecordProblem("line " + parser.currentTokenLocation().getLineNr()
                        + ", column " + parser.currentTokenLocation().getColumnNr(), "malformed JSON: content after the closing ']'"));
            }
        } catch (JsonProcessingException e) {
            return DraftList.failed(JsonPaperFields.syntaxProblem(e, 0));
        } catch (IOException e) {
            return DraftList.failed(RecordProblem.body("malformed JSON: " + e.getMessage()));
        }
        return new DraftList(List.of(), drafts);
    }
}
