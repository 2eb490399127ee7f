/**
 * First stage of the data flow: paper lists in, {@link io.papergraph.corpus.PaperRecord}s out. Reads the
 * default corpus's text format, JSON, JSON Lines, BibTeX and arXiv Atom ({@link io.papergraph.corpus.PaperLists}),
 * checks every record the same way whatever its format, gives stable ids, and names each problem by line,
 * index or entry. Knows nothing of extraction, the graph or HTTP.
 */
package io.papergraph.corpus;
