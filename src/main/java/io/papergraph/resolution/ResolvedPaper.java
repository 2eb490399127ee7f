package io.papergraph.resolution;

import io.papergraph.corpus.PaperRecord;

import java.util.List;

/** A paper ready to be written: its record and its facts about canonical entities. */
public record ResolvedPaper(PaperRecord paper, List<ResolvedFact> facts, List<ResolvedResult> results, List<String> codeUrls) {

    public ResolvedPaper {
        facts = List.copyOf(facts);
        results = List.copyOf(results);
        codeUrls = List.copyOf(codeUrls);
    }
}
