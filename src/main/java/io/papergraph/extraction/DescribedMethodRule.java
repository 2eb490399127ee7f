package io.papergraph.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "We propose a novel equivariant image modeling framework": a descriptive, lower-case phrase names the
 * contribution when the title starts with it ("Equivariant Image Modeling", "Factored Agents: …"); the
 * title's spelling is the name. A phrase further inside the title only describes the work.
 */
final class DescribedMethodRule {

    static final String RULE = "described-in-title";

    private static final Pattern DESCRIBED = Pattern.compile(
            "(?i)\\bwe (?:propose|introduce|present|develop|design)\\w* (?:a|an) (?:(?:novel|new|simple|general|unified|effective|efficient)\\s+)*"
                    + "((?:[a-z][a-z-]+ ){0,3}[a-z][a-z-]+) (?:framework|method|approach|architecture|technique|paradigm|algorithm|model|strategy|mechanism)s?\\b");

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}-]*");

    private DescribedMethodRule() {
    }

    static Optional<Mention> apply(String title, String sentence) {
        Matcher m = DESCRIBED.matcher(sentence);
        if (!m.find()) {
            return Optional.empty();
        }
        String phrase = m.group(1);
        return titleSpan(title, Names.singularKey(phrase))
                .map(name -> new Mention(Relation.PROPOSES, EntityKind.METHOD, name, name.equalsIgnoreCase(phrase) ? List.of() : List.of(phrase),
                        sentence, RULE, 0.7, null));
    }

    /** The title's first words, up to a colon or the end, when their key in the singular equals {@code key}. */
    static Optional<String> titleSpan(String title, String key) {
        List<int[]> words = new ArrayList<>();
        Matcher w = WORD.matcher(title);
        while (w.find()) {
            words.add(new int[] {w.start(), w.end()});
        }
        for (int j = 0; j < Math.min(words.size(), 5); j++) {
            String span = title.substring(words.get(0)[0], words.get(j)[1]);
            String rest = title.substring(words.get(j)[1]).strip();
            boolean headOrWhole = rest.isEmpty() || rest.startsWith(":");
            if (headOrWhole && span.contains(" ") && Names.singularKey(span).equals(key)) {
                return Optional.of(span);
            }
        }
        return Optional.empty();
    }
}
