package io.papergraph.api;

/** Makes user text safe for the full-text index: Lucene syntax is escaped, so any input is a plain search. */
final class Lucene {

    private static final String SPECIAL = "+-&|!(){}[]^\"~*?:\\/";

    private Lucene() {
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (char c : text.toCharArray()) {
            if (SPECIAL.indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        // AND, OR, NOT and TO are operators only in capitals.
        return java.util.regex.Pattern.compile("\\b(AND|OR|NOT|TO)\\b").matcher(out)
                .replaceAll(m -> m.group(1).toLowerCase(java.util.Locale.ROOT));
    }
}
