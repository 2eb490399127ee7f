package io.papergraph.corpus;

import java.util.List;

/**
 * What a paper list gave: the papers that passed every check, and a problem for everything else. A list
 * with problems is best rejected as a whole, so that the user fixes it and sends it again, rather than
 * loaded in part.
 *
 * @param papers   valid papers in list order, with unique ids
 * @param problems the problems in list order; whole-document problems first
 */
public record ParsedPaperList(List<PaperRecord> papers, List<RecordProblem> problems) {

    public ParsedPaperList {
        papers = List.copyOf(papers);
        problems = List.copyOf(problems);
    }

    /** Whether the list had no problems at all (an empty list without problems is valid). */
    public boolean valid() {
        return problems.isEmpty();
    }
}
