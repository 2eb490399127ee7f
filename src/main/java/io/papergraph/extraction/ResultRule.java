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
    /** "12%", "12 %", "12\\%" in LaTeX, "32 percent" in words. */
    private static final String PERCENT = "(?:\\s?\\\\?%|\\s(?:percent|per\\s?cent)(?![\\w-]))";
    /** Latency, memory, speed, throughput and loudness: "160ms", "0.56 s/token", "8.19 GB", "410 FPS", "225 TFLOPs/s", "13.20 tokens/s", "32.6 dB". */
    private static final String MEASURE_UNITS = "ms/token|s/token|ms/tok|s/tok|ms|GB|MB|TB|FPS|fps|dB|TFLOPs/s|TFLOPS|TFLOP/s|tokens/s|tokens/sec|tokens per second|tok/s|samples/s|it/s";
    private static final String MULTIPLIER_UNITS = "x|X|×|times|fold";
    /** "after pre-training with", "pretrained on the": the pre-training verb itself, no other training verb after it. */
    private static final Pattern PRETRAINED_BEFORE = Pattern.compile(
            "(?i)\\bpre-?train\\w*\\s+(?:(?!\\S*(?:tun|train))\\S+\\s+){0,3}?(?:on|with|using|from)\\s+(?:the\\s+)?$");
    /** Average precision and recall, mean IoU, panoptic quality: the scores detection and segmentation report. */
    private static final String DETECTION_SCORES = "AP|mAP|mIoU|PQ";
    /** Scores written after their value ("improves by 8.7 J&F", "2.1 FID", "31.2 PSNR"): generation, video and retrieval metrics. */
    private static final String SCORES_NAMED_AFTER = "FID\\b|FVD\\b|PSNR\\b|SSIM\\b|LPIPS\\b|CIDEr\\b|WER\\b|CER\\b|EM\\b|J&F|NDCG|MRR\\b|AUC\\b|AUROC\\b";
    private static final Pattern VALUE = Pattern.compile(
            // Every value starts with a sign, a digit, "$", "~", "." or the t/d of "twice", "doubles" …: tested first, as the
            // pattern is tried at every position.
            "(?=[-+\\u2212\\d$~.tTdD])(?<![\\w.])(" + NUMBER + "(?:" + PERCENT + ")?\\s?(?:to|-|\\u2013|~)\\s?" + NUMBER + PERCENT
                    + "|" + NUMBER + PERCENT
                    // "2.3-3.6x", "6 to 11 points": ranges of multipliers and points are one value too.
                    // Not a resolution ("768 x 768") nor a number of accelerators ("a single 8x A100 machine").
                    // "3$\times$", "6--10$\times$": the LaTeX of arXiv abstracts.
                    + "|" + NUMBER + "(?:\\s?[xX×]?\\s?(?:to|--|-|\\u2013|~)\\s?" + NUMBER + ")?\\s?(?:-?(?:x|×|times|fold|\\$\\\\times\\$)|(?<=\\d)X)(?![\\w])"
                    + "(?!\\s?\\d|\\s*(?:A100|H100|H800|V100|GPUs?|TPUs?|NVIDIA|RTX)\\b(?!\\s+memory))"
                    // "$0.43 per issue": what a result costs.
                    // Not LaTeX math: "$13$ datasets", "($2$--$50$) clients", "($\\sim$10)".
                    + "|(?<![\\p{L}\\p{N}])\\$(?![\\d.,]*(?:\\s?[KMB])?\\$)(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?(?:\\s?(?:[KMB]|million|billion)(?![\\w]))?(?![\\w.,]\\d)"
                    // "160ms", "8.19 GB VRAM", "410 FPS": latency, memory and speed, not the hardware they ran on (hours and
                    // minutes are left out: "680,000 hours of speech" is how much data there is).
                    // Nor how much data there is: "a 3.1 TB dataset", "3 TB of permissively licensed source code".
                    + "|~?" + NUMBER + "\\s?(?:" + MEASURE_UNITS + ")(?![\\w])(?!\\s*(?:(?:consumer|commodity|single|NVIDIA|Nvidia)\\s+)?(?:GPUs?|A100|H100|V100|RTX|cards?|of\\s+(?:GPU\\s+)?memory)\\b)"
                    + "(?!\\s+(?:of\\s+(?:[\\w-]+\\s+){0,3}?|(?:[\\w-]+\\s+)?)(?:data|datasets?|corpus|corpora|source\\s+code|code|text|images|videos)\\b)"
                    // "6 to 11 points", "2.6 ASR-BLEU points"; "a 3.7-point improvement", not "a 5-point Likert scale"
                    + "|" + NUMBER + "(?:\\s?(?:to|-|\\u2013)\\s?" + NUMBER + ")?\\s{1,2}(?:absolute |percentage |absolute percentage |\\p{Lu}[\\p{Lu}\\d-]+ )?(?:points?|pp|pts)\\b"
                    + "|" + NUMBER + "-points?(?=\\s+(?:absolute\\s+)?(?:improvement|gain|increase|boost|drop|decrease|reduction|lead|margin|advantage|jump)s?\\b)"
                    + "|(?<![-\\u2010\\u2011])(?:0?\\.\\d+|\\d{1,3}\\.\\d+)(?=\\s*(?:\\)|,|\\.(?:\\s|$)|\\s(?=\\p{Lu})|\\s(?:on|in|and|to|with|vs|respectively|F1|accuracy|score|BLEU|ROUGE|pass@|" + SCORES_NAMED_AFTER + "|" + DETECTION_SCORES + ")|$))"
                    // "49.4AP", "+6.0AP": a detection or segmentation score written against its metric.
                    + "|[-+]?\\d{1,3}(?:\\.\\d+)?(?=(?:" + DETECTION_SCORES + ")(?:\\d{2})?(?![\\p{L}\\d]))"
                    // "compared with 72.9 for MOPO", "versus 0.29 for DGMR": a baseline's score, given with its name after a contrast
                    // (not "an IoU threshold of 0.5 for COCO").
                    + "|(?<=\\b(?:with|versus|vs\\.?|against|and)\\s)(?:0?\\.\\d+|\\d{1,3}\\.\\d+)(?=\\s+for\\s+(?:the\\s+)?\\p{Lu})"
                    // not "double-check"
                    + "|(?i:\\b(?:twice|doubled|doubles?|doubling|tripled|triples?|tripling|thrice)\\b(?!-)))");
    private static final java.util.Map<String, String> WORD_MULTIPLIERS = java.util.Map.of(
            "twice", "2x", "double", "2x", "doubles", "2x", "doubling", "2x", "doubled", "2x",
            "triple", "3x", "triples", "3x", "tripling", "3x", "tripled", "3x", "thrice", "3x");
    /**
     * "outperform a 14x larger model", "1.5 times the expert parameters", "models 9 times larger": a multiplier that sizes
     * a model is no result ("with 54x fewer trainable parameters" is: what the method saves, as "less than 90% activated
     * parameters" is).
     */
    private static final Pattern MODEL_SIZE_AFTER = Pattern.compile(
            "(?i)\\s+(?:(?:larger|smaller|bigger)\\s+(?:[\\w-]+\\s+)?(?:models?|networks?|LLMs?|teachers?|counterparts?|baselines?|transformers?)\\b"
                    // "a training set 4x larger than the first StarCoder dataset": how much data, not a result.
                    + "|(?:larger|smaller|bigger)\\s+than\\s+(?:the\\s+|its\\s+)?(?:[\\w-]+\\s+){0,3}?(?:datasets?|data|corpus|corpora|training\\s+sets?)\\b"
                    + "|(?:the|as\\s+many)\\s+(?:[\\w-]+\\s+){0,2}parameters\\b)");
    /** "doubled throughput": the past participle is a result only with what it doubled ("We doubled the context length" is not). */
    private static final Pattern DOUBLED = Pattern.compile("(?i)doubled|tripled");
    private static final Pattern GAIN_NOUN_AFTER = Pattern.compile(
            "(?i)\\s+(?:the\\s+|its\\s+)?(?:[\\w-]+\\s+)?(?:throughput|speed|speed-?up|accuracy|performance|efficiency|rate|score|reward|success)\\b");
    private static final Pattern MODELS_BEFORE = Pattern.compile("(?i)\\bmodels?\\s+$");
    private static final Pattern RELATIVE = Pattern.compile("(?i)\\b(relative|reduc\\w*|fewer|less|lower|faster|speed-?up|times|fold|decreas\\w*|cut\\w*|saving\\w*)\\b|[x×]$");
    private static final Pattern GAIN = Pattern.compile("(?i)\\b(improv\\w*|gain\\w*|boost\\w*|increas\\w*|outperform\\w*|surpass\\w*|higher|by|up to|over|exceed\\w*|better)\\b|^\\+");
    private static final Pattern AVERAGED = Pattern.compile(
            "(?i)\\b(?:averaged|on average|average\\s+(?:[\\w-]+\\s+)?(?:performance|accuracy|scores?|gains?|improvements?|results?))"
                    + "\\s+(?:across|over)\\s+(?:all\\s+|the\\s+)*(?:[\\w-]+\\s+){0,4}?(?:tasks|benchmarks|datasets|domains)\\b");
    /** "(MATH500: 73.6%, average: 35.9%)": a value labelled as the average is over the benchmarks, no single one. */
    private static final Pattern AVERAGE_LABEL_BEFORE = Pattern.compile("(?i)\\b(?:average|avg\\.?|mean)\\s*[:=]\\s*$");
    /**
     * A value after "When averaged across all tasks, including …" is an average over the tasks the sentence lists ("… on
     * GSM8K by 12.4% and by 5.1% on average across all benchmarks" averages only the second).
     */
    static boolean averagedAt(String sentence, int valueAt) {
        if (AVERAGE_LABEL_BEFORE.matcher(sentence.substring(Math.max(0, valueAt - 12), valueAt)).find()) {
            return true;
        }
        Matcher averaged = AVERAGED.matcher(sentence);
        return averaged.find() && averaged.start() < valueAt;
    }

    /**
     * "45.3% on algorithmic tasks", "5% → 45.3% on the held-out split": what a value is on, up to the end of its clause or
     * the next value ("… on algorithmic tasks and 73% → 93.4% on GSM8K"); not "on average".
     */
    private static final Pattern ON_AFTER = Pattern.compile(
            "^\\S*?(?:(?:\\s+to\\s+|\\s*(?:\u2192|->)\\s*)" + NUMBER + "(?:" + PERCENT + ")?)?"
                    // "0.7 better perplexity on GPT-2": a few words of what was measured may stand between.
                    + "(?:\\s+(?!(?:on|and|while|but|than|over|compared|relative|versus)\\b)[a-z][\\w-]*){0,3}?\\s+on\\s+(?!average\\b)([^,;:()]{1,60}?)"
                    + "(?=,|;|:|\\(|\\)|\\.(?:\\s|$)|$|\\s+(?:and|while|whereas|but|vs\\.?|versus)\\s+(?:on\\s+|by\\s+|from\\s+)?[-+]?\\d)");

    /** Where the sentence says what the value ending at {@code valueEnd} is on, as {start, end}; null where it does not. */
    static int[] onPhrase(String sentence, int valueEnd) {
        Matcher on = ON_AFTER.matcher(sentence).region(valueEnd, sentence.length());
        return on.lookingAt() ? new int[] {on.start(1), on.end(1)} : null;
    }

    /** As {@link #onPhrase}, but "by 9.37% on success rate" is said to be on a metric: no setting is named. */
    private static int[] settingPhrase(String sentence, int valueEnd, List<Gazetteer.Hit> metrics) {
        int[] on = onPhrase(sentence, valueEnd);
        return on != null && metrics.stream().anyMatch(h -> within(on, h.start())) ? null : on;
    }

    static boolean within(int[] span, int position) {
        return position >= span[0] && position < span[1];
    }

    /** Bold and math delimiters around a value ("$\\mathbf{2.5\\times}$", "$85.4\\%$", "$13$"), and LaTeX's times and tilde signs. */
    private static final Pattern LATEX_AROUND_VALUE = Pattern.compile("\\$?\\\\mathbf\\{|\\}\\$|\\$(?=[\\d.]+\\\\times)|(?<=\\d)\\\\times\\b\\$?|\\\\sim\\b"
            + "|\\$(?=[-+]?[\\d.,]+(?:\\\\?%)?\\$)|(?<=\\$[-+]?[\\d.,]{1,12}(?:\\\\?%)?)\\$"
            // "($\\sim$10)": the delimiters around the tilde.
            + "|\\$(?=\\\\sim\\$)|(?<=\\\\sim)\\$");

    /**
     * The sentence with LaTeX around values blanked out, character for character, so that every offset still points into
     * the sentence as written: "$\\mathbf{2.5\\times}$" reads "2.5×", "$2.35\\times \\sim 3.47\\times$" a range.
     */
    static String plainLatex(String sentence) {
        if (sentence.indexOf('\\') < 0 && sentence.indexOf('$') < 0) {
            return sentence;
        }
        return LATEX_AROUND_VALUE.matcher(sentence).replaceAll(m -> {
            String sign = m.group().startsWith("\\times") ? "×" : m.group().equals("\\sim") ? "~" : "";
            return sign + " ".repeat(m.group().length() - sign.length());
        });
    }

    /** A value as the sentence writes it: as read, or with LaTeX's percent sign ("89.1\\%" read as 89.1%). */
    static String asWrittenIn(String plainSentence, String value) {
        return plainSentence.contains(value) || !value.contains("%") ? value : value.replace("%", "\\%");
    }

    private static final Pattern CHANGE_BEFORE = Pattern.compile("(?i)\\bfrom\\s+(?:" + NUMBER + "\\s+to\\s+)?$");
    private static final Pattern FROM_BEFORE = Pattern.compile("(?i)\\bfrom\\s+$");
    private static final Pattern FROM_TO = Pattern.compile("(" + NUMBER + "(?:" + PERCENT + ")?)\\s?to\\s?(" + NUMBER + "(?:" + PERCENT + ")?)");
    private static final Pattern MEASURE_UNIT = Pattern.compile("(" + MEASURE_UNITS + ")$");
    private static final Pattern PORTION_BEFORE = Pattern.compile("(?i)\\b(?:on|with|using|only|just)\\s+$");
    private static final Pattern PORTION_AFTER = Pattern.compile(
            "\\s+of\\s+(?:the\\s+)?(?:labels|labeled data|(?:training\\s+)?data|training set|samples|examples)\\b");
    private static final Pattern NAME_BEFORE = Pattern.compile("(?<=[\\p{L}\\d]\\s|[\\p{L}\\d]-)\\p{Lu}[\\p{L}\\p{N}-]*\\s$");
    private static final Pattern SCORE_VERB_BEFORE = Pattern.compile("(?i)\\b(?:achiev|attain|reach|scor|obtain)\\w*\\s+(?:an?\\s+)?(?:average\\s+)?(?:scores?\\s+of\\s+)?$");
    private static final Pattern SCORE_CONTEXT = Pattern.compile("(?i)\\b(F1|accuracy|score|scores\\s+of|BLEU|ROUGE|pass@\\d|AUC|success|EM|exact match)\\b"
            + "|(?-i:(?<!\\p{L})(?:" + DETECTION_SCORES + ")(?!\\p{L}))|(?-i:(?<!\\p{L})(?:" + SCORES_NAMED_AFTER + "))");

    private ResultRule() {
    }

    static List<ResultMention> apply(String asWritten, List<Gazetteer.Hit> evaluatedAndTrainedOn, List<Gazetteer.Hit> metrics) {
        // "After pre-training with Objects365, RT-DETR-R50 achieves 55.3% AP": data a model was pre-trained on is no result's
        // benchmark (what it is fine-tuned on may be: "When fine-tuned on Science QA, X achieves 92.53%").
        List<Gazetteer.Hit> benchmarks = evaluatedAndTrainedOn.stream().filter(h -> !(EvaluationRule.isTrainingData(asWritten, h.start())
                && PRETRAINED_BEFORE.matcher(asWritten.substring(Math.max(0, h.start() - 60), h.start())).find())).toList();
        String sentence = plainLatex(asWritten);
        List<ResultMention> found = new ArrayList<>();
        List<int[]> taken = new ArrayList<>();
        Matcher m = VALUE.matcher(sentence);
        while (m.find()) {
            // LaTeX written plain: "45\%" is 45%, "3$\times$" is 3×.
            // "$3.2$ points" reads "3.2  points": the blanked delimiter leaves a space too many.
            String written = m.group(1).strip().replace("\\%", "%").replace("$\\times$", "×").replace("--", "-").replaceAll("\\s{2,}", " ");
            String value = WORD_MULTIPLIERS.getOrDefault(written.toLowerCase(Locale.ROOT), written);
            boolean bareScore = !value.startsWith("$") && !value.matches(".*(%|percent|per\\s?cent|" + MULTIPLIER_UNITS + "|points?|pp|pts|" + MEASURE_UNITS + ")$");
            // "scores 91.2 on DocVQA": a bare number read with a benchmark needs no score word.
            boolean onBenchmark = benchmarks.stream().anyMatch(h -> gap(sentence, h.start(), h.end(), m.start()) == 0 && h.start() > m.start());
            // "In AndroidWorld, UI-TARS achieves 46.6": a bare number a system achieves where a benchmark is named.
            boolean achieved = !benchmarks.isEmpty() && SCORE_VERB_BEFORE.matcher(sentence.substring(Math.max(0, m.start() - 40), m.start())).find();
            // "raises the Spearman correlation … from 0.94 to 0.98": a change of a named metric.
            boolean changed = CHANGE_BEFORE.matcher(sentence).region(Math.max(0, m.start() - 30), m.start()).find()
                    && metrics.stream().anyMatch(h -> h.end() <= m.start() && m.start() - h.end() <= 60);
            if (bareScore && !SCORE_CONTEXT.matcher(sentence).find() && !onBenchmark && !achieved && !changed) {
                continue;
            }
            // "7.55 MT-Bench": a bare number before a capitalised word is a score only when that word is the benchmark.
            if (bareScore && !onBenchmark && CAPITAL_AFTER.matcher(sentence).region(m.end(), sentence.length()).lookingAt()
                    && !SCORE_WORD_AFTER.matcher(sentence).region(m.end(), sentence.length()).lookingAt()) {
                continue;
            }
            // "MiniCPM-V 2.6", "Gemini Pro 1.5": a bare number right after a name is its version, unless the name is
            // the benchmark it is scored on ("GSM8K 56.8").
            if (bareScore && NAME_BEFORE.matcher(sentence).region(Math.max(0, m.start() - 40), m.start()).find()
                    && benchmarks.stream().noneMatch(h -> h.end() == m.start() - 1)) {
                continue;
            }
            if (DOUBLED.matcher(written).matches() && !GAIN_NOUN_AFTER.matcher(sentence).region(m.end(), sentence.length()).lookingAt()) {
                continue;
            }
            if (value.matches(".*(?:" + MULTIPLIER_UNITS + ")$") && (MODEL_SIZE_AFTER.matcher(sentence).region(m.end(), sentence.length()).lookingAt()
                    || MODELS_BEFORE.matcher(sentence).region(Math.max(0, m.start() - 10), m.start()).find()
                        && Cues.containsAny(sentence.substring(m.end(), Math.min(sentence.length(), m.end() + 10)), "larger", "smaller", "bigger"))) {
                continue;
            }
            if (PORTION_BEFORE.matcher(sentence).region(Math.max(0, m.start() - 12), m.start()).find()
                    && PORTION_AFTER.matcher(sentence).region(m.end(), sentence.length()).lookingAt()) {
                // "fine-tuned on only 1% of the labels": how much data the result took, not the result.
                continue;
            }
            // "from 38.6% to 2.1%" is a change between two results, not a range.
            Matcher change = FROM_TO.matcher(written);
            // "(e.g., GSM8K 74.4% to 83.2%)": a benchmark's two scores, before and after, not a range.
            boolean afterBenchmark = benchmarks.stream().anyMatch(h -> h.end() <= m.start() && sentence.substring(h.end(), m.start()).isBlank());
            boolean fromTo = (afterBenchmark || FROM_BEFORE.matcher(sentence).region(Math.max(0, m.start() - 6), m.start()).find()) && change.matches();
            List<String> values = fromTo ? List.of(change.group(1).strip(), change.group(2).strip()) : List.of(value);
            String before = sentence.substring(Math.max(0, m.start() - 50), m.start());
            String metric = nearest(metrics, m.start());
            for (int v = 0; v < values.size(); v++) {
                String each = values.get(v);
                // "from 51% to 69.4% on MATH500, and from 86.4% to 93.6% on GSM8K": each value is read where it stands — the
                // second found from the end ("from 1.5% to 5%": its "5" is not the one inside "1.5").
                String digits = each.replace("%", "").strip();
                int offset = v == 0 ? m.group(1).indexOf(digits) : m.group(1).lastIndexOf(digits);
                int at = m.start(1) + Math.max(0, offset);
                // "45.3% on algorithmic tasks and 93.4% on GSM8K": a value said to be on something is on a benchmark named there or
                // on none the sentence knows, not on one named further on.
                int[] on = settingPhrase(sentence, at + digits.length(), metrics);
                List<Gazetteer.Hit> candidates = on == null ? benchmarks : benchmarks.stream().filter(h -> within(on, h.start())).toList();
                // "When averaged across all tasks, including the Game of 24, …, X surpasses Y by 17.1%": the tasks averaged over,
                // none of them the result's own, unless the value is said to be on one.
                String benchmark = averagedAt(sentence, at) && benchmarks.stream().noneMatch(h -> gap(sentence, h.start(), h.end(), at) == 0)
                        ? null : nearestBenchmark(sentence, candidates, at);
                String unit = unit(each);
                // "from 17.7 to 67.2% success rate": where a change starts and ends, two scores; "a 49.5% absolute improvement": a gain.
                Matcher gainAfter = GAIN_AFTER.matcher(sentence).region(m.end(1), sentence.length());
                String kind = fromTo ? "absolute" : !unit.equals("x") && gainAfter.lookingAt() ? (gainAfter.group(1) != null ? "relative_gain" : "absolute_gain")
                        : kind(each, unit, before);
                found.add(new ResultMention(each, unit, kind, benchmark, metric, sentence, RULE,
                        fromTo ? 0.7 : bareScore ? 0.6 : 0.75));
            }
            taken.add(new int[] {m.start(1), m.end(1)});
        }
        found.addAll(scoresNextToMetrics(sentence, benchmarks, metrics, taken));
        found.addAll(namedScores(sentence, benchmarks, taken));
        found.addAll(countsOfWins(sentence, benchmarks, taken));
        found.addAll(durations(sentence, benchmarks, taken));
        found.addAll(timesInWords(sentence, benchmarks, taken));
        found.sort(Comparator.comparingInt(r -> r.evidence().indexOf(r.value())));
        // Evidence is the sentence as the extractor reads it, the LaTeX around values and all (only a capitalised name set
        // in a LaTeX font is read plain, and LaTeX quotation marks as typographic ones, by Extractor).
        return sentence.equals(asWritten) ? found : found.stream().map(r -> new ResultMention(r.value(), r.unit(), r.kind(), r.benchmark(), r.metric(),
                asWritten, r.rule(), r.confidence())).toList();
    }

    /**
     * "a P@20 of 43.95", "a critical success index (CSI) of 0.41", "Spearman ρ = 0.62": a score the sentence names as one,
     * whether or not the vocabulary knows its metric.
     */
    private static final Pattern NAMED_SCORE = Pattern.compile(
            "(?:\\b(?:a|an)\\s+(?:[\\w@-]+\\s+){0,4}?(?:score|index|accuracy|precision|recall|correlation|AUC|F1|(?:P|NDCG|HR|MRR|Recall|Hit)@\\d+)s?"
                    + "(?:\\s+\\([\\w@-]+\\))?\\s+of\\s+(?:only\\s+|just\\s+)?"
                    + "|\\b(?i:Spearman|Pearson|Kendall)(?:'s)?\\s+(?:[\u03c1\u03c4r]|rho|tau|correlation)?\\s*(?:=|of)\\s*)"
                    + "(" + NUMBER + ")(?![\\w%.,]\\d|\\s?%|\\s?[x\u00d7]\\b|[\\w])");

    private static List<ResultMention> namedScores(String sentence, List<Gazetteer.Hit> benchmarks, List<int[]> taken) {
        return valuesRead(NAMED_SCORE.matcher(Cues.containsAny(sentence, " of ", "=") ? sentence : ""), sentence, benchmarks, taken, true);
    }

    /** "successfully completing 12 out of 18 tasks", "beats X in 11 of 16 settings": how many of a set the method wins. */
    private static final Pattern COUNT_OF_WINS = Pattern.compile(
            "(?i)\\b(?:complet|solv|win|won|beat|outperform|surpass|exceed|achiev|succeed|lead|rank|match)\\w*\\b[^.;:]{0,60}?\\b"
                    + "(\\d+\\s+(?:out\\s+)?of\\s+(?:the\\s+|all\\s+)?\\d+)\\s+(?:[\\w-]+\\s+){0,2}?"
                    + "(?:tasks|settings|benchmarks|datasets|games|environments|problems|languages|domains|metrics|categories|cases)\\b");

    private static List<ResultMention> countsOfWins(String sentence, List<Gazetteer.Hit> benchmarks, List<int[]> taken) {
        // A count won is what it is, never a gain however the sentence words it ("beats X in 11 of 16 settings").
        return valuesRead(COUNT_OF_WINS.matcher(sentence.contains(" of ") ? sentence : ""), sentence, benchmarks, taken, false);
    }

    /** "5 seconds", "1 to 2.5 hours": a range of durations is one value. */
    private static final String DURATION_VALUE = "\\d+(?:[.,]\\d+)?(?:\\s?(?:to|-|\\u2013)\\s?\\d+(?:[.,]\\d+)?)?\\s?(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|GPU[- ]hours?)\\b";
    /**
     * "within just 5 seconds", "in under 38 hours", "from 80 minutes to 14 minutes": how long the method takes, a result —
     * not how much data there is ("680,000 hours of speech"), a setting ("trained for 3 days", "truncated to 60 seconds"), or
     * a window of time ("within 48 hours after admission").
     */
    private static final Pattern DURATION = Pattern.compile(
            // "within just 1 to 2.5 hours", "in merely 3 hours", "in ~1 day"
            "(?i)\\b(?:in|within|takes?|took|taking)\\s+(?:(?:about|only|just|merely|roughly|approximately|around|under|less\\s+than)\\s+|~\\s?){0,2}"
                    + "(" + DURATION_VALUE + ")(?!\\s+(?:of(?!\\s+(?:training|fine-tuning|tuning|real-world\\s+training)\\b)|per|after|before|long)\\b)"
                    // "from 80 minutes (for Alpaca) to 14 minutes"
                    + "|\\bfrom\\s+(" + DURATION_VALUE + ")(?:\\s*\\([^()]{0,40}\\))?\\s+to\\s+(" + DURATION_VALUE + ")");
    private static final Pattern DURATION_UNIT = Pattern.compile("(?i)\\d\\s?(?:sec|min|h(?:ou)?rs?\\b|days?\\b|GPU[- ]hours)");
    /** "demonstrations collected within 30 minutes", "videos ranging from 11 seconds to 1 hour": how long the data lasts. */
    private static final Pattern DATA_BEFORE_DURATION = Pattern.compile(
            "(?i)\\b(?:collect\\w*|record\\w*|gather\\w*|annotat\\w*|rang(?:e|es|ing)|spann?\\w*|last(?:s|ing)|videos?|clips?|recordings?"
                    + "|demonstrations?|audio|horizons?|windows?)\\b[^.;]{0,30}$");

    private static List<ResultMention> durations(String sentence, List<Gazetteer.Hit> benchmarks, List<int[]> taken) {
        List<ResultMention> found = new ArrayList<>();
        Matcher duration = DURATION.matcher(DURATION_UNIT.matcher(sentence).find() ? sentence : "");
        while (duration.find()) {
            if (DATA_BEFORE_DURATION.matcher(sentence.substring(Math.max(0, duration.start() - 40), duration.start())).find()) {
                continue;
            }
            for (int group = 1; group <= 3; group++) {
                int at = duration.start(group);
                if (at < 0 || overlapsTaken(taken, at, duration.end(group))) {
                    continue;
                }
                taken.add(new int[] {at, duration.end(group)});
                found.add(new ResultMention(duration.group(group), "", "absolute", nearestBenchmark(sentence, benchmarks, at), null, sentence, RULE, 0.6));
            }
        }
        return found;
    }

    private static final List<String> NUMBER_WORDS = List.of("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten");
    /** "while being three times faster", "ten times fewer parameters": a multiplier written in words. */
    private static final Pattern TIMES_IN_WORDS = Pattern.compile(
            "(?i)\\b(" + String.join("|", NUMBER_WORDS) + ")\\s+times\\s+(?=(?:faster|more|fewer|less|higher|lower|better|cheaper|quicker|the\\s+(?:speed|throughput))\\b)");

    private static List<ResultMention> timesInWords(String sentence, List<Gazetteer.Hit> benchmarks, List<int[]> taken) {
        List<ResultMention> found = new ArrayList<>();
        Matcher times = TIMES_IN_WORDS.matcher(sentence.contains(" times ") ? sentence : "");
        while (times.find()) {
            if (MODEL_SIZE_AFTER.matcher(sentence).region(times.end() - 1, sentence.length()).lookingAt() || overlapsTaken(taken, times.start(), times.end())) {
                continue;
            }
            taken.add(new int[] {times.start(), times.end()});
            String value = (NUMBER_WORDS.indexOf(times.group(1).toLowerCase(Locale.ROOT)) + 2) + "x";
            found.add(new ResultMention(value, "x", "relative_gain", nearestBenchmark(sentence, benchmarks, times.start()), null, sentence, RULE, 0.6));
        }
        return found;
    }

    /** Each value the matcher finds in its group 1, unless another reading of the sentence has taken it. */
    private static List<ResultMention> valuesRead(Matcher value, String sentence, List<Gazetteer.Hit> benchmarks, List<int[]> taken,
                                                  boolean mayBeGain) {
        List<ResultMention> found = new ArrayList<>();
        while (value.find()) {
            int at = value.start(1);
            if (overlapsTaken(taken, at, value.end(1))) {
                continue;
            }
            taken.add(new int[] {at, value.end(1)});
            String kind = mayBeGain ? kind(value.group(1), "", sentence.substring(Math.max(0, at - 50), at)) : "absolute";
            found.add(new ResultMention(value.group(1), "", kind, nearestBenchmark(sentence, benchmarks, at), null, sentence, RULE, 0.6));
        }
        return found;
    }

    private static boolean overlapsTaken(List<int[]> taken, int start, int end) {
        return taken.stream().anyMatch(t -> t[0] < end && start < t[1]);
    }

    /** A plain number: not part of a word, a version, a range, a resolution ("1352×1014") or a percentage. */
    private static final Pattern PLAIN_NUMBER = Pattern.compile("(?<![\\w.@/×\\-\\u2010\\u2011])\\d+(?:\\.\\d+)?(?![\\w%@]|\\.\\d|[/×\\-]\\d)");
    /** "28.4 BLEU", "58.7 box AP", "1.8/3.3 WER": the metric right after the number, one qualifier allowed. */
    private static final Pattern METRIC_FOLLOWS = Pattern.compile("^(?:/\\d+(?:\\.\\d+)?)*\\s+(?:[a-z][\\w-]*\\s+)?$");
    /** "perplexity of 3.92", "Test F1 to 93.2", "P@20: 43.95": the number right after the metric. */
    private static final Pattern METRIC_PRECEDES = Pattern.compile("^(?:@\\d+)?\\s*(?:score\\s+)?(?:of|to|=|:|is|was|reaches|reached|at)?\\s*$");
    private static final Pattern COUNTED_NOUN = Pattern.compile("\\s+(?:[\\w-]+\\s+){0,2}?(?:models|benchmarks|datasets|tasks|methods|baselines|languages|domains|settings|metrics)\\b");
    private static final Pattern SLASH_PAIR = Pattern.compile("(?<![\\w.@/])(\\d+(?:\\.\\d+)?)/(\\d+(?:\\.\\d+)?)(?![\\w%/])");

    /**
     * Scores written without a unit: a number is a result when a metric the vocabulary knows is named right
     * next to it ("28.4 BLEU", "a WikiText-2 perplexity of 3.92"); a number on its own (a count, a size) is not.
     */
    private static List<ResultMention> scoresNextToMetrics(String sentence, List<Gazetteer.Hit> benchmarks, List<Gazetteer.Hit> metrics,
                                                           List<int[]> taken) {
        List<ResultMention> found = new ArrayList<>();
        if (metrics.isEmpty()) {
            return found;
        }
        List<int[]> numbers = new ArrayList<>();
        Matcher pair = SLASH_PAIR.matcher(sentence);
        while (pair.find()) {
            numbers.add(new int[] {pair.start(1), pair.end(1), pair.end()});
            numbers.add(new int[] {pair.start(2), pair.end(2), pair.end()});
        }
        Matcher n = PLAIN_NUMBER.matcher(sentence);
        while (n.find()) {
            numbers.add(new int[] {n.start(), n.end(), n.end()});
        }
        for (int[] number : numbers) {
            if (overlapsTaken(taken, number[0], number[1])) {
                continue;
            }
            Gazetteer.Hit metric = metrics.stream()
                    .filter(h -> (h.start() >= number[2] && METRIC_FOLLOWS.matcher(sentence.substring(number[1], h.start())).matches())
                            || (h.end() <= number[0] && number[0] - h.end() <= 16
                                && METRIC_PRECEDES.matcher(sentence.substring(h.end(), number[0])).matches()))
                    .findFirst().orElse(null);
            String value = sentence.substring(number[0], number[1]);
            if (metric == null || (!value.contains(".") && COUNTED_NOUN.matcher(sentence).region(number[1], sentence.length()).lookingAt())) {
                // "the accuracy of 3 open-source models", "on 3 accuracy benchmarks": a count of things, not a score.
                continue;
            }
            taken.add(new int[] {number[0], number[1]});
            String before = sentence.substring(Math.max(0, number[0] - 50), number[0]);
            found.add(new ResultMention(value, "", kind(value, "", before), nearestBenchmark(sentence, benchmarks, number[0]), metric.entry().name(),
                    sentence, RULE, 0.6));
        }
        return found;
    }

    private static String unit(String value) {
        if (value.startsWith("$")) {
            return "$";
        }
        if (value.endsWith("%") || value.endsWith("cent")) {
            return "%";
        }
        Matcher measured = MEASURE_UNIT.matcher(value);
        if (measured.find()) {
            return measured.group(1);
        }
        if (value.matches(".*(" + MULTIPLIER_UNITS + ")$")) {
            return "x";
        }
        return value.matches(".*(points?|pp|pts)$") ? "points" : "";
    }

    private static final Pattern GAIN_AFTER = Pattern.compile(
            "(?i)\\s+(?:absolute\\s+|(relative)\\s+)?(?:(?!(?:and|or|while|with|but)\\b)[\\w-]+\\s+)?(?:improvements?|gains?|increases?|boosts?)\\b");

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

    /** The nearest benchmark, by the numbered variant the sentence names when it names one ("SQuAD v2.0"). */
    private static String nearestBenchmark(String sentence, List<Gazetteer.Hit> hits, int position) {
        return hits.stream()
                .min(Comparator.comparingInt(h -> gap(sentence, h.start(), h.end(), position)))
                // As written ("BIG-Bench Hard"): resolution finds the entity (BBH) by that name too.
                .map(h -> java.util.Objects.requireNonNullElse(EvaluationRule.variantName(sentence, h), h.surface()))
                .orElse(null);
    }

    private static String nearest(List<Gazetteer.Hit> hits, int position) {
        return hits.stream()
                .min(Comparator.comparingInt(h -> Math.abs(h.start() - position)))
                .map(h -> h.entry().name())
                .orElse(null);
    }

    /**
     * "12.6% on X", "17 % more on X", "57.0% (+8.1%) on X", "a 1.3 times increase on the X benchmark": up to two words between the value and its "on"; "from 86.4% to
     * 93.6% on X": where a change starts, the value it reaches between.
     */
    private static final Pattern NAME_FOLLOWS = Pattern.compile("^[^\\s;]*(?:\\s%)?(?:\\s*\\([^()]{1,30}\\))?(?<!,)\\s+(?:(?:to\\s+[-+]?\\d[\\d.,]*\\s?\\\\?%?\\s+)?(?:[\\w-]+\\s+){0,2}(?:on|in|for|at|across)\\s+(?:the\\s+)?)?$");
    private static final Pattern CAPITAL_AFTER = Pattern.compile("\\s\\p{Lu}");
    private static final Pattern SCORE_WORD_AFTER = Pattern.compile("\\s(?:(?:F1|BLEU|ROUGE|" + DETECTION_SCORES + ")\\b|" + SCORES_NAMED_AFTER + ")");
    private static final Pattern CLAUSE_BOUNDARY = Pattern.compile(",\\s+(?:and|while|whereas|but|as\\s+well\\s+as)\\s|;");
    /**
     * "on Polyglot from 14.2% to 30.7%", "accuracy on ogbn-arxiv to 74.9%", "TimeQA by 27%": the change is reported right after
     * the name, or after a few words that say what changed.
     */
    private static final Pattern CHANGE_AFTER_NAME = Pattern.compile(
            // "AMC23 accuracy rising from 63% to 80%": what changed, and how, may stand between in a few plain words.
            // "HumanEval+ by over 25%": a hedge may come before the value.
            "^\\s+(?:[a-z][\\w@-]*\\s+){0,2}(?:(?:from\\s+[-+]?\\d[\\d.,]*\\s?%?\\s+)?(?:from|to)|by)"
                    + "(?:\\s+(?:over|up\\s+to|nearly|about|almost|around|approximately|more\\s+than|at\\s+least))?\\s+$");
    /** "BarNet200 (+12.4", "BarNet200 test (+12.4": the value in a parenthesis after the name, the split it is on between. */
    private static final Pattern OPEN_PARENTHESIS = Pattern.compile("^" + Cues.SPLIT_AFTER_NAME + "?\\s*[(\\[][^()\\[\\]]*$");

    /**
     * How far a name stands from a value, as a reader pairs them: 0 for "12.6% on MathOdyssey", for
     * "Story Outline Improvement (up to +30% …)", for "on Polyglot from 14.2% to 30.7%" and for "TimeQA by 27%", else the
     * characters between them.
     */
    static int gap(String sentence, int nameStart, int nameEnd, int valueStart) {
        // Both readings span a few words only: further apart, the plain distance is all there is to measure.
        if (nameEnd <= valueStart) {
            boolean readWith = valueStart - nameEnd <= 80 && (OPEN_PARENTHESIS.matcher(sentence).region(nameEnd, valueStart).matches()
                    || CHANGE_AFTER_NAME.matcher(sentence).region(nameEnd, valueStart).matches());
            return readWith ? 0 : valueStart - nameEnd;
        }
        if (nameStart >= valueStart && nameStart - valueStart <= 80 && NAME_FOLLOWS.matcher(sentence).region(valueStart, nameStart).matches()) {
            return 0;
        }
        // "On HumanEval, X raises pass@1 from 57.9% to 71.3%, and on MBPP it …": a name past a clause boundary belongs to
        // the next clause, so the one before the value is nearer as a reader reads.
        boolean nextClause = nameStart > valueStart && CLAUSE_BOUNDARY.matcher(sentence).region(valueStart, nameStart).find();
        return Math.abs(nameStart - valueStart) + (nextClause ? 80 : 0);
    }
}
