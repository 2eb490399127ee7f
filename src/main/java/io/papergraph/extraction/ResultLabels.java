package io.papergraph.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Results and the benchmarks they are on: a result is labelled with the name the sentence writes nearest the value, or
 * the long form of an abbreviation the abstract defines; a benchmark a result is reported on is evaluated on.
 */
final class ResultLabels {

    private ResultLabels() {
    }

    /**
     * A result whose sentence names no vocabulary benchmark gets the nearest benchmark the paper evaluates on
     * or introduces in that sentence ("On TriMaster100, X triples …"); one read right with the value ("10.7% on
     * AMC12", "Story Outline Improvement (up to +30%)") replaces a vocabulary benchmark named further off.
     */
    static List<ResultMention> withBenchmarksNamedNearby(List<ResultMention> results, List<Mention> mentions,
                                                         List<AcronymDefinitions.Definition> definitions) {
        // Every name a benchmark goes by, the longest first: a result is labelled as the sentence writes its benchmark
        // ("51.1 mask AP on COCO test-dev"), and the label resolves to the benchmark's entity.
        Map<String, String> benchmarkOfName = benchmarkNames(mentions);
        List<String> names = benchmarkOfName.keySet().stream()
                .sorted(java.util.Comparator.comparingInt(String::length).reversed()).toList();
        // Compiled only for the names a result's sentence contains: a paper's benchmarks go by many names, few near results.
        Map<String, Pattern> namePatterns = new HashMap<>();
        List<ResultMention> out = new ArrayList<>();
        for (ResultMention r : results) {
            String sentence = r.evidence();
            // Values are found where the sentence reads as plain text ("$\\mathbf{2.5\\times}$" reads "2.5×"), offsets unchanged.
            String plain = ResultRule.plainLatex(sentence);
            String written = ResultRule.asWrittenIn(plain, r.value());
            int at = plain.indexOf(written);
            boolean unique = at >= 0 && at == plain.lastIndexOf(written) && (at == 0 || !Character.isLetterOrDigit(plain.charAt(at - 1))
                    && plain.charAt(at - 1) != '.');
            if (!unique && r.benchmark() != null) {
                // A value normalised from words ("triples" is 3x), or written twice in the sentence ("by 5% on X and by
                // 5% on Y"), has no one offset to measure from: keep what the rule found where it read the value.
                out.add(r);
                continue;
            }
            at = Math.max(0, at);
            // "45.3% on algorithmic tasks and 93.4% on GSM8K": where the value is said to be on something, only a name there is its own.
            int[] on = unique ? ResultRule.onPhrase(sentence, at + written.length()) : null;
            String best = null;
            int bestGap = Integer.MAX_VALUE;
            for (String name : names) {
                if (!sentence.contains(name)) {
                    continue;
                }
                Matcher occurrence = namePatterns.computeIfAbsent(name, NameShapes::wholeWord).matcher(sentence);
                while (occurrence.find()) {
                    if (on != null && !ResultRule.within(on, occurrence.start())) {
                        continue;
                    }
                    int gap = ResultRule.gap(sentence, occurrence.start(), occurrence.end(), at);
                    if (gap < bestGap) {
                        best = name;
                        bestGap = gap;
                    }
                }
            }
            // A name the value is read with ("12.6% on MathOdyssey") wins over a vocabulary benchmark further off.
            // Averaged over the tasks a sentence lists, a result belongs to none of them unless read right with one.
            boolean replace = best != null && (r.benchmark() == null && (bestGap == 0 || !ResultRule.averagedAt(sentence, at))
                    || (bestGap == 0 && !best.equals(r.benchmark())));
            String label = replace ? best : r.benchmark();
            String longForm = label == null ? null : longFormDefining(label, definitions, benchmarkOfName);
            label = longForm != null ? longForm : label;
            out.add(java.util.Objects.equals(label, r.benchmark()) ? r
                    : new ResultMention(r.value(), r.unit(), r.kind(), label, r.metric(), sentence, r.rule(), r.confidence()));
        }
        return out;
    }

    /**
     * "using the Android-in-the-Wild (AitW) dataset, where …", then "CogAgent trained with AitW data (14.4%)": a result labelled
     * by an acronym the abstract defines is labelled by the long form it defines, the benchmark's name — unless the benchmark
     * goes by the acronym ("… humaN-Robot collaboration (PARTNR)" is PARTNR). Null when the abstract defines no long form for it.
     */
    private static String longFormDefining(String label, List<AcronymDefinitions.Definition> definitions, Map<String, String> benchmarkOfName) {
        String benchmark = benchmarkOfName.get(label);
        if (benchmark == null || Names.key(benchmark).equals(Names.key(label))) {
            return null;
        }
        return definitions.stream()
                .filter(d -> d.shortForm().equals(label) && benchmark.equals(benchmarkOfName.get(d.longForm())))
                .map(AcronymDefinitions.Definition::longForm)
                .findFirst().orElse(null);
    }

    private static final Pattern HEAD_NOUN_WRITTEN = Pattern.compile("(.+)\\s+(?i:datasets?|benchmarks?|suites?|environments?|corpus|testbeds?|leaderboards?)");

    /**
     * Every name and alias of a benchmark the paper evaluates on or introduces → that benchmark's name. Results are labelled
     * with the name as written (a key), and counted by benchmark (a value).
     */
    static Map<String, String> benchmarkNames(List<Mention> mentions) {
        Map<String, String> names = new LinkedHashMap<>();
        mentions.stream()
                .filter(m -> m.relation() == Relation.EVALUATED_ON || m.relation() == Relation.INTRODUCES)
                .forEach(m -> Stream.concat(Stream.of(m.name()), m.aliases().stream()).forEach(n -> names.putIfAbsent(n, m.name())));
        // "the MATH dataset" labels a result MATH: the head noun is no part of the name.
        names.keySet().removeIf(n -> {
            Matcher headed = HEAD_NOUN_WRITTEN.matcher(n);
            return headed.matches() && names.containsKey(headed.group(1));
        });
        return names;
    }

    static final String RULE_SCORED_ON = "scored-on";

    /**
     * "improve the accuracy of a LLaMA-2 13B model (already fine-tuned with RL) on GSM8K from 53% to 65%", "leads to a 77%
     * HotpotQA performance increase": a benchmark a result is reported on, in the sentence that reports it, is one the paper
     * evaluates on, whatever else the sentence says of it (here, that a model was fine-tuned).
     */
    static List<Mention> withEvaluationWhereScored(List<Mention> mentions, List<ResultMention> results) {
        Set<String> named = new HashSet<>();
        mentions.stream().filter(m -> m.relation() != Relation.USES_MODEL && m.relation() != Relation.ABOUT)
                .forEach(m -> MentionMerger.keys(m).forEach(named::add));
        List<Mention> out = new ArrayList<>(mentions);
        for (ResultMention result : results) {
            String benchmark = result.benchmark();
            if (benchmark == null || !result.evidence().contains(benchmark) || !named.add(Names.key(benchmark))) {
                continue;
            }
            out.add(new Mention(Relation.EVALUATED_ON, EntityKind.BENCHMARK, benchmark, List.of(), result.evidence(), RULE_SCORED_ON, 0.7,
                    "benchmark"));
        }
        return out;
    }
}
