package io.papergraph.corpus;

import java.util.List;

/**
 * One record as a format parser read it, before {@link PaperValidator} normalises and checks it. A record
 * the parser could not read (wrong field types, no abstract, unclosed entry) carries its problems and is
 * not validated further.
 *
 * @param location where the record is, in {@link RecordProblem} terms
 * @param id       the id the source gave, or null to derive one from the title
 * @param title    raw title, or null
 * @param abstractText raw abstract, or null
 * @param url      raw url, or null
 * @param year     year, or null
 * @param authors  raw author names, possibly empty
 * @param problems what the parser found wrong with the record; non-empty means "not a paper"
 */
record PaperDraft(String location, String id, String title, String abstractText, String url, Integer year,
                  List<String> authors, List<RecordProblem> problems) {

    PaperDraft {
        authors = authors == null ? List.of() : List.copyOf(authors);
        problems = List.copyOf(problems);
    }

    static PaperDraft broken(String location, String reason) {
        return new PaperDraft(location, null, null, null, null, null, List.of(), List.of(new RecordProblem(location, reason)));
    }

    boolean readable() {
        return problems.isEmpty();
    }
}
