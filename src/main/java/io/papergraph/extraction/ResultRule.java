package io.papergraph.extraction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numeric results: percentages (and ranges of them), multipliers ({@code 3.3x}), points, and bare scores
 * next to a metric; each tied to the benchmark and metric named nearest in the same sentence.
 */
final class ResultRule {

    static final String RULE = "numeric-result";

    private static final String NUMBER = "[+\\-\\u2212]?\\d+(?:[.,]\\d+)?";
    private static final String PERCENT = "\\s?\\\\?%";
    private static final Pattern VALUE = Pattern.compile(
            "(?<![\\w.])(" + NUMBER + "(?:" + PERCENT + ")?\\s?(?:to|-|\\u2013|~)\\s?" + NUMBER + PERCENT
                    + "|" + NUMBER + PERCENT
                    + "|" + NUMBER + "\\s?-?(?:x|×|times|fold)(?![\\w])"
                    + "|" + NUMBER + "\\s(?:absolute |percentage )?(?:points?|pp|pts)\\b"
                    + "|(?<![-\\u2010\\u2011])(?:0?\\.\\d+|\\d{1,3}\\.\\d+)(?=\\s*(?:\\)|,|\\.(?:\\s|$)|\\s(?:on|in|F1|accuracy|score|BLEU|ROUGE|pass@)|$))"
                    + "|(?i:\\b(?:twice|doubles?|doubling|triples?|tripling|thrice)\\b))");
    private static final java.util.Map<String, String> WORD_MULTIPLIERS = java.util.Map.of(
            "twice", "2x", "double", "2x", "doubles", "2x", "doubling", "2x",
            "triple", "3x", "triples", "3x", "tripling", "3x", "thrice", "3x");
    private static final Pattern RELATIVE = Pattern.compile("(?i)\\b(relative|reduc\\w*|fewer|less|lower|faster|speed-?up|times|fold|decreas\\w*|cut\\w*|saving\\w*)\\b|[x×]$");
    private static final Pattern GAIN = Pattern.compile("(?i)\\b(improv\\w*|gain\\w*|boost\\w*|increas\\w*|outperform\\w*|surpass\\w*|higher|by|up to|over|exceed\\w*|better)\\b|^\\+");
    private static final Pattern SCORE_CONTEXT = Pattern.compile("(?i)\\b(F1|accuracy|score|BLEU|ROUGE|pass@\\d|AUC|success|EM|exact match)\\b");

    private ResultRule() {
    }

    static List<ResultMention> apply(String sentence, List<Gazetteer.Hit> benchmarks, List<Gazetteer.Hit> metrics) {
        List<ResultMention> found = new ArrayList<>();
        Matcher m = VALUE.matcher(sentence);
        while (m.find()) {
            String written = m.group(1).strip().replace("\\%", "%");
            String value = WORD_MULTIPLIERS.getOrDefault(written.toLowerCase(Locale.ROOT), written);
            boolean bareScore = !value.matches(".*(%|x|×|times|fold|points?|pp|pts)$");
            if (bareScore && !SCORE_CONTEXT.matcher(sentence).find()) {
                continue;
            }
            String before = sentence.substring(Math.max(0, m.start() - 50), m.start());
            String unit = unit(value);
            String kind = kind(value, unit, before);
            String benchmark = nearest(benchmarks, m.start());
            String metric = nearest(metrics, m.start());
            found.add(new ResultMention(value, unit, kind, benchmark, metric, sentence, RULE, bareScore ? 0.6 : 0.75));
        }
        return found;
    }

    private static String unit(String value) {
        if (value.endsWith("%")) {
            return "%";
        }
        if (value.matches(".*(x|×|times|fold)$")) {
            return "x";
        }
        return value.matches(".*(points?|pp|pts)$") ? "points" : "";
    }

    private static String kind(String value, String unit, String before) {
        String tail = before.toLowerCase(Locale.ROOT);
        if (unit.equals("x") || RELATIVE.matcher(tail).find()) {
            return "relative_gain";
        }
        if (value.startsWith("+") || unit.equals("points") || GAIN.matcher(tail).find()) {
            return "absolute_gain";
        }
        return "absolute";
    }

    private static String nearest(List<Gazetteer.Hit> hits, int position) {
        return hits.stream()
                .min(Comparator.comparingInt(h -> Math.abs(h.start() - position)))
                .map(h -> h.entry().name())
                .orElse(null);
    }
}
