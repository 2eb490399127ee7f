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

    static final String RULE_EVALUATED_ON_NAME = "evaluated-on-name";
    private static final Pattern NUMBERED_VARIANT = Pattern.compile("^-\\d+(?![\\p{L}\\d.])");
    private static final Pattern HEAD_NOUN_AFTER = Pattern.compile("^ (Suite|suite|benchmark|Benchmark|dataset|Dataset|environment|platform)\\b");
    /** "results on AgentHarm", "experiments on X, Y and Z", "in the live desktop environment WinAgentArena". */
    private static final Pattern COINED_AFTER_EVALUATION = Pattern.compile(
            "(?i:\\b(?:results?|experiments?|evaluat\\w*|tested|performance|accuracy|scores?|achiev\\w*|outperform\\w*|improv\\w*|gains?)\\b)"
                    + "[^.;:]{0,50}?(?i:\\b(?:on|in|across)\\s+)(?:(?i:the|both|three|two|four|several|challenging)\\s+)*"
                    + "(" + NameShapes.NAME + "(?:\\s*,\\s*(?:(?i:and)\\s+)?" + NameShapes.NAME + ")*(?:,?\\s+(?i:and)\\s+" + NameShapes.NAME + ")?)");
    private static final Pattern HEAD_NOUN_BEFORE = Pattern.compile(
            "(?i:\\b(?:environment|benchmark|dataset|suite|simulator|platform|testbed))\\s+(" + NameShapes.NAME + ")");
    private static final Pattern LIST_SPLIT = Pattern.compile("\\s*,\\s*(?:(?i:and)\\s+)?|,?\\s+(?i:and)\\s+");

    private EvaluationRule() {
    }

    /**
     * Coined names that no vocabulary knows, named where experiments are reported. Names the paper proposes,
     * and known models or methods, are excluded: "outperforms GPT-4 on X" evaluates on X, not on GPT-4.
     */
    static List<Mention> coinedResources(List<String> sentences, List<Mention> mentions, java.util.function.Predicate<String> known) {
        java.util.Set<String> taken = new java.util.HashSet<>();
        for (Mention m : mentions) {
            if (m.relation() != Relation.EVALUATED_ON && m.relation() != Relation.INTRODUCES) {
                taken.add(Names.key(m.name()));
                m.aliases().forEach(a -> taken.add(Names.key(a)));
            }
        }
        List<Mention> found = new ArrayList<>();
        for (String sentence : sentences) {
            List<String> names = new ArrayList<>();
            Matcher list = COINED_AFTER_EVALUATION.matcher(sentence);
            while (list.find()) {
                names.addAll(List.of(LIST_SPLIT.split(list.group(1))));
            }
            Matcher head = HEAD_NOUN_BEFORE.matcher(sentence);
            while (head.find()) {
                names.add(head.group(1));
            }
            for (String name : names) {
                String key = Names.key(name);
                if (NameShapes.isCoined(name) && !known.test(name) && !taken.contains(key) && !name.matches("[A-Z]{1,2}\\d*")) {
                    taken.add(key);
                    found.add(new Mention(Relation.EVALUATED_ON, EntityKind.BENCHMARK, name, List.of(), sentence,
                            RULE_EVALUATED_ON_NAME, 0.6, "benchmark"));
                }
            }
        }
        return found;
    }

    static List<Mention> apply(String sentence, List<Gazetteer.Hit> benchmarkHits) {
        List<Mention> found = new ArrayList<>();
        boolean evaluation = EVALUATION_CUE.matcher(sentence).find();
        for (Gazetteer.Hit hit : benchmarkHits) {
            String after = sentence.substring(hit.end());
            Matcher variant = NUMBERED_VARIANT.matcher(after);
            if (variant.find()) {
                // "DM-Lab-30" is a suite of its own, not DeepMind Lab: keep it apart under its own name.
                String name = hit.surface() + variant.group();
                found.add(new Mention(Relation.EVALUATED_ON, EntityKind.BENCHMARK, name, List.of(), sentence, RULE_HEAD_NOUN,
                        evaluation ? 0.75 : 0.55, hit.entry().resourceKind()));
                continue;
            }
            List<String> aliases = new ArrayList<>(List.of(hit.surface()));
            Matcher head = HEAD_NOUN_AFTER.matcher(after);
            if (head.find()) {
                aliases.add(hit.surface() + " " + head.group(1));
            }
            found.add(new Mention(Relation.EVALUATED_ON, EntityKind.BENCHMARK, hit.entry().name(), aliases,
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
