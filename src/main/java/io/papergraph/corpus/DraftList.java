package io.papergraph.corpus;

import java.util.List;

/**
 * What a format parser hands to {@link PaperLists}: problems with the document as a whole (syntax errors,
 * wrong root) and the records in document order.
 */
record DraftList(List<RecordProblem> documentProblems, List<PaperDraft> drafts) {

    DraftList {
        documentProblems = List.copyOf(documentProblems);
        drafts = List.copyOf(drafts);
    }

    static DraftList failed(RecordProblem problem) {
        return new DraftList(List.of(problem), List.of());
    }
}
