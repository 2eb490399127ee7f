package io.papergraph.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a paper reports experiments: known benchmarks named in a sentence, with more confidence when the
 * sentence speaks of evaluation; and unknown names in "the X benchmark / dataset / suite / environment".
 */
final class EvaluationRule {

    static final String RULE_KNOWN = "known-benchmark";
    static final String RULE_HEAD_NOUN = "benchmark-noun";

    static final Pattern EVALUATION_CUE = Pattern.compile(
            "(?i)\\b(?:evaluat\\w*|experiment\\w*|benchmark\\w*|results?|tested|test(?:s|ing)? on|achiev\\w*|outperform\\w*|surpass\\w*|"
                    + "improv\\w*|accuracy|success rate|state-of-the-art|SOTA|performance|score\\w*|on (?:the )?\\w+ (?:benchmark|dataset|tasks?))\\b");
    private static final Pattern NAMED_RESOURCE = Pattern.compile(
            "(" + NameShapes.NAME + "(?:[ -]" + NameShapes.NAME + "){0,2})\\s+(benchmark|dataset|suite|environment|simulator|testbed)s?\\b");

    private EvaluationRule() {
    }

    static List<Mention> apply(String sentence, List<Gazetteer.Hit> benchmarkHits) {
        List<Mention> found = new ArrayList<>();
        boolean evaluation = EVALUATION_CUE.matcher(sentence).find();
        for (Gazetteer.Hit hit : benchmarkHits) {
            found.add(new Mention(Relation.EVALUATED_ON, EntityKind.BENCHMARK, hit.entry().name(), List.of(hit.surface()),
                    sentence, RULE_KNOWN, evaluation ? 0.85 : 0.6, hit.entry().resourceKind()));
        }
        Matcher named = NAMED_RESOURCE.matcher(sentence);
        while (named.find()) {
            String name = named.group(1);
            boolean covered = benchmarkHits.stream().anyMatch(h -> h.start() <= named.end(1) && h.end() >= named.start(1));
            if (!covered && isResourceName(name)) {
                String kind = switch (named.group(2).toLowerCase(java.util.Locale.ROOT)) {
                    case "dataset" -> "dataset";
                    case "environment", "simulator" -> "environment";
                    default -> "benchmark";
                };
                found.add(new Mention(Relation.EVALUATED_ON, EntityKind.BENCHMARK, name, List.of(name + " " + named.group(2)),
                        sentence, RULE_HEAD_NOUN, evaluation ? 0.7 : 0.5, kind));
            }
        }
        return found;
    }

    /** "the BabyAI benchmark" names one; "Our benchmark" or "This dataset" do not. */
    private static boolean isResourceName(String name) {
        String first = name.split("[ -]")[0];
        return NameShapes.isCoined(first) || (name.split(" ").length == 1 && NameShapes.isCapitalisedName(name)
                && !java.util.Set.of("Our", "This", "The", "New", "Existing", "Standard", "Public").contains(first));
    }
}
