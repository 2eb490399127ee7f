package io.papergraph.extraction;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "12.5% and 87.7% on SWE-bench and HumanEvalFix, respectively": values listed before "respectively" belong,
 * in order, to the list of benchmarks they answer — when the list nearest to them is one of benchmarks and has
 * as many items ("SnapKV and PyramidKV retain 91.4% and 92.0%, respectively" pairs values with methods, so the
 * values keep what they had).
 */
final class RespectiveResults {

    private static final Pattern RESPECTIVELY = Pattern.compile("(?i)\\brespectively\\b");
    /** A run of capitalised or digit-led names joined by commas and "and": "GSM8K, AQuA, and StrategyQA" (not "5.6, 7.1 and 6.4" or "2x and 600x"). */
    private static final String LISTED_NAME = "(?<![\\p{L}\\p{N}.-])(?=[\\p{L}\\p{N}+.@/-]*\\p{Lu})[\\p{Lu}\\p{N}][\\p{L}\\p{N}+.@/-]*(?:\\s[\\p{Lu}\\p{N}][\\p{L}\\p{N}+.@/-]*){0,3}";
    /** "AIME24 & 25": a later edition of the name before, written as its number alone (only after a name ending in one). */
    private static final String LATER_EDITION = "(?<=\\p{Lu}\\d{2}|\\s\\d{4})" + EvaluationRule.LATER_EDITION;
    private static final Pattern NAME_LIST = Pattern.compile(LISTED_NAME + "(?:" + Cues.AND_SEPARATOR + "(?:the\\s+)?" + LISTED_NAME + "|" + LATER_EDITION + ")+");

    private RespectiveResults() {
    }

    /**
     * @param benchmarkNames names (and aliases) of the benchmarks the paper evaluates on or introduces, each mapped to its
     *                       benchmark's name: results carry the name as the sentence writes it, and are counted by benchmark
     */
    static List<ResultMention> assign(List<ResultMention> results, Map<String, String> benchmarkNames) {
        Map<String, List<ResultMention>> bySentence = new LinkedHashMap<>();
        results.forEach(r -> bySentence.computeIfAbsent(r.evidence(), s -> new ArrayList<>()).add(r));
        List<ResultMention> out = new ArrayList<>();
        for (Map.Entry<String, List<ResultMention>> entry : bySentence.entrySet()) {
            String sentence = entry.getKey();
            List<ResultMention> inSentence = entry.getValue();
            Matcher respectively = RESPECTIVELY.matcher(sentence);
            if (!respectively.find()) {
                out.addAll(pairedWithListAfter(sentence, inSentence, benchmarkNames));
                continue;
            }
            Listed listed = valuesListedBefore(sentence, inSentence, respectively.start());
            List<List<ResultMention>> runs = listed.runs();
            List<ResultMention> last = runs.isEmpty() ? List.of() : runs.get(runs.size() - 1);
            List<String> benchmarks = last.size() < 2 ? null : respectiveBenchmarks(sentence, last, benchmarkNames);
            for (ResultMention r : inSentence) {
                // "outperforms baselines by 3.73% and 4.11% while using 2x and 600x fewer samples, respectively":
                // every run as long as the last answers the same list.
                int index = runs.stream().filter(run -> run.size() == last.size()).mapToInt(run -> indexOfSame(run, listed.main(r)))
                        .filter(i -> i >= 0).findFirst().orElse(-1);
                out.add(benchmarks == null || index < 0 ? r
                        : new ResultMention(r.value(), r.unit(), r.kind(), benchmarks.get(index), r.metric(), r.evidence(), r.rule(), r.confidence()));
            }
        }
        return out;
    }

    /**
     * "24.6% and 51.1% relative success rate on Mind2Web and WebArena": without "respectively", values listed one after
     * another pair in order with a list of as many benchmarks said right after them.
     */
    private static List<ResultMention> pairedWithListAfter(String asWritten, List<ResultMention> inSentence, Map<String, String> benchmarkNames) {
        String sentence = ResultRule.plainLatex(asWritten);
        List<ResultMention> out = new ArrayList<>(inSentence);
        Listed listed = valuesListedBefore(asWritten, inSentence, sentence.length());
        for (List<ResultMention> run : listed.runs()) {
            if (run.size() < 2) {
                continue;
            }
            ResultMention lastValue = run.get(run.size() - 1);
            String lastWritten = ResultRule.asWrittenIn(sentence, lastValue.value());
            int end = sentence.indexOf(lastWritten) + lastWritten.length();
            Matcher after = LIST_SAID_AFTER.matcher(sentence).region(end, sentence.length());
            List<String> benchmarks;
            if (after.lookingAt()) {
                List<String> items = listItems(after.group(1));
                benchmarks = benchmarksOf(items, benchmarkNames);
                if (items.size() != run.size() || benchmarks.contains(null)) {
                    continue;
                }
            } else {
                // "66.4% on GSM8K and 19.4% on MATH, exceeding models of the same size by 11.5% and 8.7%": gains listed after
                // "by", when the sentence named as many benchmarks before them and none after, answer those in order.
                int start = at(sentence, run.get(0));
                if (namedFrom(sentence, benchmarkNames, end)) {
                    continue;
                }
                if (GAIN_BY_BEFORE.matcher(sentence).region(Math.max(0, start - 4), start).find()) {
                    benchmarks = namedInOrder(sentence, benchmarkNames, start);
                } else {
                    // "On the GSM8K and MATH test set, X achieves 11.57% and 2.89% improvement": one list of as many benchmarks,
                    // the last said before the values, answers them in order.
                    benchmarks = lastListBefore(sentence, benchmarkNames, start);
                }
                if (benchmarks == null || benchmarks.size() != run.size()) {
                    continue;
                }
            }
            // By position and identity: a sentence may give the same value twice ("by 5% on X and by 5% on Y").
            for (int k = 0; k < inSentence.size(); k++) {
                ResultMention r = inSentence.get(k);
                int i = indexOfSame(run, listed.main(r));
                if (i >= 0) {
                    out.set(k, new ResultMention(r.value(), r.unit(), r.kind(), benchmarks.get(i), r.metric(), r.evidence(), r.rule(), r.confidence()));
                }
            }
        }
        return out;
    }

    private static final Pattern GAIN_BY_BEFORE = Pattern.compile("\\bby\\s+$");

    /** The benchmarks of the last list of names before {@code before}, or null when its items are not all benchmarks. */
    private static List<String> lastListBefore(String sentence, Map<String, String> benchmarkNames, int before) {
        Matcher list = NAME_LIST.matcher(sentence).region(0, before);
        List<String> last = null;
        while (list.find()) {
            last = benchmarksOf(listItems(list.group()), benchmarkNames);
        }
        return last == null || last.contains(null) ? null : last;
    }

    /** Whether the sentence names a benchmark at or after {@code from}. */
    private static boolean namedFrom(String sentence, Map<String, String> benchmarkNames, int from) {
        return benchmarkNames.keySet().stream().anyMatch(name -> NameShapes.wholeWord(name).matcher(sentence).find(from));
    }

    /**
     * The benchmarks the sentence names before {@code before}, in order, each once however many of its names the sentence
     * writes ("COCO … COCO test-dev"), labelled as written.
     */
    private static List<String> namedInOrder(String sentence, Map<String, String> benchmarkNames, int before) {
        Map<String, String> writtenByBenchmark = new LinkedHashMap<>();
        benchmarkNames.entrySet().stream()
                .map(e -> Map.entry(indexOfName(sentence, e.getKey()), e))
                .filter(e -> e.getKey() >= 0 && e.getKey() < before)
                .sorted(Map.Entry.comparingByKey())
                .forEach(e -> writtenByBenchmark.putIfAbsent(e.getValue().getValue(), e.getValue().getKey()));
        return List.copyOf(writtenByBenchmark.values());
    }

    /** ", and ", " & ", the slash of "7/11": what stands between the names of a list, or between their scores. */
    private static final Pattern ITEM_SPLIT = Pattern.compile(Cues.AND_SEPARATOR + "|\\s*&\\s*|(?<=\\d)/(?=\\d)");

    /** The items of a list of names, without a leading "the". */
    private static List<String> listItems(String list) {
        return Arrays.stream(ITEM_SPLIT.split(list)).map(item -> item.replaceFirst("^the\\s+", "").strip()).toList();
    }

    /** A few words of metric, then "on"/"in"/"across" a list of names: "relative success rate on Mind2Web and WebArena". */
    private static final Pattern LIST_SAID_AFTER = Pattern.compile(
            "\\s*(?:[\\p{L}-]+\\s+){0,4}?(?i:on|in|across)\\s+(?:the\\s+)?(" + NAME_LIST.pattern() + ")");

    /**
     * Runs of values written one after another, and the value each bracketed companion goes with: "to 81.8% (+5.9%),
     * 34.7% (+5.8%), and 76.4% (+15.8%)" is one run of three, each gain answering what its value answers.
     */
    private record Listed(List<List<ResultMention>> runs, Map<ResultMention, ResultMention> companionOf) {
        /** The value in a run that stands for r: r itself, or the value r is bracketed beside. */
        ResultMention main(ResultMention r) {
            return companionOf.getOrDefault(r, r);
        }
    }

    /** Where this very value stands in the run, -1 if elsewhere (records equal by value are told apart). */
    private static int indexOfSame(List<ResultMention> run, ResultMention value) {
        for (int i = 0; i < run.size(); i++) {
            if (run.get(i) == value) {
                return i;
            }
        }
        return -1;
    }

    private static final Pattern COMPANION_OPENS = Pattern.compile("\\s*\\(\\s*[+-]?");

    /** Runs of values written one after another, joined by commas and "and", before "respectively" (or the end). */
    private static Listed valuesListedBefore(String asWritten, List<ResultMention> inSentence, int respectivelyAt) {
        // Values are found where the sentence reads as plain text ("$\\mathbf{2.5\\times}$" reads "2.5×"), offsets unchanged.
        String sentence = ResultRule.plainLatex(asWritten);
        List<ResultMention> ordered = inSentence.stream()
                .filter(r -> at(sentence, r) >= 0 && at(sentence, r) < respectivelyAt)
                .sorted(Comparator.comparingInt(r -> at(sentence, r)))
                .toList();
        List<List<ResultMention>> runs = new ArrayList<>();
        Map<ResultMention, ResultMention> companionOf = new java.util.IdentityHashMap<>();
        List<ResultMention> run = new ArrayList<>();
        ResultMention previous = null;
        for (ResultMention r : ordered) {
            if (previous != null) {
                int previousEnd = at(sentence, previous) + ResultRule.asWrittenIn(sentence, previous.value()).length();
                String between = sentence.substring(previousEnd, Math.max(previousEnd, at(sentence, r)));
                boolean afterCompanion = companionOf.containsKey(previous);
                if (!afterCompanion && COMPANION_OPENS.matcher(between).matches()) {
                    companionOf.put(r, previous);
                    previous = r;
                    continue;
                }
                if (!between.matches((afterCompanion ? "\\s*\\)" : "") + "(?:" + Cues.AND_SEPARATOR + "|\\s*(?:points?|pp|%)?" + Cues.AND_SEPARATOR + ")")) {
                    runs.add(run);
                    run = new ArrayList<>();
                }
            }
            run.add(r);
            previous = r;
        }
        if (!run.isEmpty()) {
            runs.add(run);
        }
        return new Listed(runs, companionOf);
    }

    /** Where the value stands in the sentence's plain reading, LaTeX percent signs and all; -1 if nowhere. */
    private static int at(String plainSentence, ResultMention r) {
        return plainSentence.indexOf(ResultRule.asWrittenIn(plainSentence, r.value()));
    }

    /**
     * The benchmarks, in order, that the values answer: the list of names nearest the values when it has as
     * many items and all are benchmarks; with no list at all, the benchmarks the sentence names, when there are
     * as many ("68.2 F1 on HotpotQA, 57.9 F1 on 2WikiMultiHopQA …, improving by 5.6, 7.1 and 6.4 points
     * respectively"). Null when the values answer something else.
     */
    private static List<String> respectiveBenchmarks(String sentence, List<ResultMention> listed, Map<String, String> benchmarkNames) {
        int valuesAt = at(sentence, listed.get(0));
        int k = listed.size();
        List<String> nearest = null;
        int nearestDistance = Integer.MAX_VALUE;
        boolean anyList = false;
        Matcher list = NAME_LIST.matcher(sentence);
        while (list.find()) {
            anyList = true;
            List<String> items = listItems(list.group());
            if (items.size() != k) {
                continue;
            }
            int distance = Math.abs(list.start() - valuesAt);
            if (distance < nearestDistance) {
                nearestDistance = distance;
                nearest = items;
            }
        }
        if (nearest != null) {
            List<String> benchmarks = benchmarksOf(nearest, benchmarkNames);
            return benchmarks.contains(null) ? null : benchmarks;
        }
        if (anyList) {
            // Lists of another length: what the values answer is not clear.
            return null;
        }
        List<String> named = namedInOrder(sentence, benchmarkNames, sentence.length());
        return named.size() == k ? named : null;
    }

    /**
     * The benchmark of each listed item, null where an item is none; an item that only completes the name before it
     * is that name completed: a word for its last word ("SWE-Bench Verified and Lite": SWE-Bench Lite), a number for
     * its edition's ("AIME24 & 25": AIME25).
     */
    private static List<String> benchmarksOf(List<String> items, Map<String, String> benchmarkNames) {
        List<String> benchmarks = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            String item = items.get(i);
            String benchmark = benchmarkOf(item, benchmarkNames);
            String before = i > 0 ? items.get(i - 1) : "";
            String laterEdition = benchmark == null && i > 0 ? EvaluationRule.laterEdition(before, item) : null;
            if (laterEdition != null) {
                benchmark = benchmarkOf(laterEdition, benchmarkNames);
            } else if (benchmark == null && before.lastIndexOf(' ') > 0 && !item.contains(" ")) {
                benchmark = benchmarkOf(before.substring(0, before.lastIndexOf(' ')) + " " + item, benchmarkNames);
            }
            benchmarks.add(benchmark);
        }
        return benchmarks;
    }


    /** "the test sets of MATH" is MATH; a listed item is a benchmark when it is, or ends in, one of its names. */
    private static String benchmarkOf(String item, Map<String, String> benchmarkNames) {
        String key = Names.key(item);
        return benchmarkNames.entrySet().stream()
                .filter(e -> key.equals(Names.key(e.getKey())) || (key.endsWith(Names.key(e.getKey())) && key.length() - Names.key(e.getKey()).length() <= 12))
                .map(Map.Entry::getKey)
                .findFirst().orElse(null);
    }

    private static int indexOfName(String sentence, String name) {
        Matcher m = NameShapes.wholeWord(name).matcher(sentence);
        return m.find() ? m.start() : -1;
    }
}
