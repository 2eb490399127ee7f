package io.papergraph.extraction;

import io.papergraph.corpus.PaperRecord;

import java.util.List;

/** Everything extraction read from one paper. */
public record Extraction(PaperRecord paper, List<Mention> mentions, List<ResultMention> results, List<String> codeUrls) {

    public Extraction {
        mentions = List.copyOf(mentions);
        results = List.copyOf(results);
        codeUrls = List.copyOf(codeUrls);
    }
}
