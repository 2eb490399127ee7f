package io.papergraph.extraction;

import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static io.papergraph.extraction.Entries.benchmark;
import static io.papergraph.extraction.Entries.metric;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ResultRuleTest {

    private final Gazetteer benchmarks = new Gazetteer(List.of(
            benchmark("GSM8K", "benchmark"), benchmark("MATH", "benchmark"), benchmark("WebShop", "environment"),
            benchmark("COCO", "dataset"), benchmark("Objects365", "dataset")), false);
    private final Gazetteer metrics = new Gazetteer(List.of(metric("accuracy", "Acc"), metric("F1 score", "F1")), false);

    private List<ResultMention> apply(String sentence) {
        return ResultRule.apply(sentence, benchmarks.find(sentence), metrics.find(sentence));
    }

    private List<String> values(String sentence) {
        return apply(sentence).stream().map(ResultMention::value).toList();
    }

    @Test
    @DisplayName("a benchmark past a clause boundary belongs to the next clause: 'On GSM8K, X rises to 71.3%, and on MATH it …'")
    void benchmarkOfTheClause() {
        assertEquals(List.of("GSM8K", "MATH"), apply("On GSM8K, our agent raises accuracy to 71.3%, and on MATH it gains 6.2 points.")
                .stream().map(ResultMention::benchmark).toList());
    }

    @Test
    @DisplayName("a value belongs to the benchmark whose change it reports: 'GSM8K accuracy rising from 41% to 58%', 'MATH by over 9%', "
            + "not to one named after ', as well as'")
    void benchmarkWhoseChangeIsReported() {
        assertEquals(List.of("GSM8K", "GSM8K", "MATH"), apply("Fine-tuning helps, e.g., GSM8K accuracy rising from 41% to 58% and MATH reaching 22.5%.")
                .stream().map(ResultMention::benchmark).toList());
        assertEquals(List.of("MATH", "GSM8K"), apply("It improves the model on MATH by over 9% and GSM8K by 4%.")
                .stream().map(ResultMention::benchmark).toList());
        assertEquals(List.of("MATH", "MATH", "GSM8K"), apply("It raises accuracy on MATH from 31.0% to 38.2%, as well as the pass@8 on GSM8K to 90.4%.")
                .stream().map(ResultMention::benchmark).toList());
    }

    @Test
    @DisplayName("an average over several benchmarks, or a value labelled 'average:', belongs to no single one")
    void averageOverSeveralBenchmarks() {
        assertEquals(java.util.Arrays.asList("MATH", null), apply("It lifts accuracy on MATH to 40.2%, and the average accuracy across five held-out "
                + "reasoning benchmarks to 31.7%.").stream().map(ResultMention::benchmark).toList());
        assertEquals(java.util.Arrays.asList("MATH", null), apply("It matches the larger set (MATH: 70.1%, average: 33.3%).")
                .stream().map(ResultMention::benchmark).toList());
    }

    @Test
    @DisplayName("how much data a result took is no result ('on only 1% of the labels'); '100X fewer labels' is a multiplier")
    void portionsAndCapitalMultipliers() {
        assertEquals(List.of("85.8%", "100X"),
                values("When fine-tuned on only 1% of the labels, we achieve 85.8% accuracy, outperforming AlexNet with 100X fewer labels."));
        assertEquals(List.of("4.6%"), values("Only 4.6% of parameters are trained, unlike RT-2-X."));
    }

    @Test
    @DisplayName("latency, memory, speed and time with their units are results; the hardware they ran on is not")
    void measuredUnits() {
        assertEquals(List.of("160ms", "8.19 GB", "~65 FPS"),
                values("It reaches a latency of 160ms, needs only 8.19 GB VRAM and runs at ~65 FPS on a single 24GB GPU."));
        // Hours and minutes are most often how much data there is ("680,000 hours of speech"), so they are left out.
        assertEquals(List.of(), values("It is trained on 680,000 hours of speech on one node with 80GB of memory."));
        assertEquals(List.of("64%"), values("On 24GB consumer GPUs we reduce the compute for inference to 64% of that of the dense model."));
    }

    @Test
    @DisplayName("a range of multipliers written with both units ('2.7x-3.5x') and a score before 'vs.' are read whole")
    void rangesAndVersus() {
        assertEquals(List.of("2.7x-3.5x"), values("EAGLE achieved a latency speedup ratio of 2.7x-3.5x on GSM8K."));
        assertEquals(List.of("66.5", "65.9"), values("It surpasses ChatGPT on GSM8K (66.5 vs. 65.9 in pass@1)."));
    }

    @Test
    @DisplayName("a resolution is no score: 'at 1352×1014 resolution'")
    void resolutionIsNoScore() {
        assertEquals(List.of("32.6"), values("On WebShop, it reaches 32.6 accuracy at 1352×1014 resolution."));
    }

    @Test
    @DisplayName("a bare number a system achieves where a benchmark is named is a score: 'In WebShop, X achieves 46.6'")
    void achievedScores() {
        assertEquals(List.of("46.6"), values("In WebShop, our agent achieves 46.6, ahead of the rest."));
        assertEquals(List.of("24.6", "22.7"), values("On WebShop, our agent achieves scores of 24.6 with 50 steps and 22.7 with 15 steps."));
        assertEquals(List.of(), values("Our agent achieves 46.6 when nothing is named."));
        assertEquals(List.of(), values("We discard responses whose reward scores fall below 0.3 and retrain the policy."));
    }

    @Test
    @DisplayName("a bare number right after a name is its version ('MiniCPM-V 2.6'), unless the name is the benchmark ('GSM8K 56.8')")
    void versionsAreNotScores() {
        assertEquals(List.of("79.8"), values("It scores 79.8 on GSM8K, outperforming MiniCPM-V 2.6, while others lag."));
        assertEquals(List.of("56.8"), values("The score is GSM8K 56.8, better than before."));
    }

    @Test
    @DisplayName("'improves accuracy by 5.1% on GSM8K' is an absolute gain tied to benchmark and metric")
    void absoluteGain() {
        String sentence = "Our method improves accuracy by 5.1% on GSM8K.";
        assertEquals(List.of(new ResultMention("5.1%", "%", "absolute_gain", "GSM8K", "accuracy", sentence, "numeric-result", 0.75)),
                apply(sentence));
    }

    @Test
    @DisplayName("a percentage range is one value")
    void range() {
        String sentence = "Accuracy improves by 35.8% to 79.5% on MATH.";
        assertEquals(List.of(new ResultMention("35.8% to 79.5%", "%", "absolute_gain", "MATH", "accuracy", sentence, "numeric-result", 0.75)),
                apply(sentence));
    }

    @Test
    @DisplayName("'from X to Y' is a change between two results, each its own value")
    void fromTo() {
        String sentence = "Accuracy rises from 35.8% to 79.5% on MATH.";
        assertEquals(List.of(new ResultMention("35.8%", "%", "absolute", "MATH", "accuracy", sentence, "numeric-result", 0.7),
                        new ResultMention("79.5%", "%", "absolute", "MATH", "accuracy", sentence, "numeric-result", 0.7)),
                apply(sentence));
        assertEquals(List.of("0.42", "0.57"), values("It raises accuracy from 0.42 to 0.57 on MATH."));
        // Right after a benchmark's name, the two values are its scores before and after; alone, a range.
        assertEquals(List.of("74.4%", "83.2%"), values("It sets new records on six benchmarks (e.g., GSM8K 74.4% to 83.2%)."));
        assertEquals(List.of("35.8% to 79.5%"), values("It improves safety (35.8% to 79.5% improvement)."));
        // Each change read with the benchmark it is on, the second one with the name after it.
        assertEquals(List.of("MATH", "MATH", "GSM8K", "GSM8K"),
                apply("We raise accuracy from 51% to 69.4% on MATH, and from 86.4% to 93.6% on GSM8K.").stream().map(ResultMention::benchmark).toList());
    }

    @Test
    @DisplayName("detection scores written against their metric ('49.4AP', '+6.0AP') and LaTeX around values ('$\\mathbf{2.5\\times}$') are values")
    void gluedMetricsAndLatex() {
        assertEquals(List.of("49.4", "+6.0"), values("DINO achieves 49.4AP on COCO, an improvement of +6.0AP over DN-DETR."));
        assertEquals(List.of("3.3 absolute percentage points"), values("It outperforms the strongest prior model by 3.3 absolute percentage points."));
        String latex = "It gives a $\\mathbf{2.5\\times}$ speedup over prior work.";
        List<ResultMention> results = apply(latex);
        assertEquals(List.of("2.5×"), results.stream().map(ResultMention::value).toList());
        assertEquals(latex, results.get(0).evidence());
        assertEquals(List.of(), values("It trains on 49 APIs."));
        assertEquals(List.of("2.5×"), values("It gives a $2.5\\times$ speedup over prior work."));
        // "AR" is autoregressive in ML prose, no score.
        assertEquals(List.of(), values("Unlike AR decoding, our 1.3 and 2.7 billion parameter models are fast."));
    }

    @Test
    @DisplayName("data a model was pre-trained on is no result's benchmark")
    void trainingDataIsNoResultBenchmark() {
        assertEquals(java.util.Arrays.asList((String) null), apply("After pre-training with Objects365, our detector achieves 55.3% AP.")
                .stream().map(ResultMention::benchmark).toList());
        assertEquals(List.of("COCO"), apply("After pre-training with Objects365, it achieves 55.3% AP on COCO.")
                .stream().map(ResultMention::benchmark).toList());
        // What it is fine-tuned on, it is then scored on, however pre-trained the model.
        assertEquals(List.of("COCO"), apply("When fine-tuned on COCO, our detector achieves 55.3% AP.")
                .stream().map(ResultMention::benchmark).toList());
        assertEquals(List.of("COCO"), apply("Our pre-trained detector, when fine-tuned on COCO, achieves 55.3% AP.")
                .stream().map(ResultMention::benchmark).toList());
    }

    @Test
    @DisplayName("a value written right before a benchmark's name is its score ('7.55 GSM8K and 90.06% MATH scores'); a bare number before another capitalised word is none")
    void valueBeforeName() {
        assertEquals(List.of("7.55 GSM8K", "90.06% MATH"), apply("Trained further, it achieves 7.55 GSM8K and 90.06% MATH scores.").stream()
                .map(r -> r.value() + " " + r.benchmark()).toList());
        assertEquals(List.of("81.2%"), values("Our Llama 3.1 Instruct model scores 2.5 Points higher, reaching 81.2% accuracy."));
        // How much data there is is no result; how much memory a run takes is one.
        assertEquals(List.of("8.2 GB"), values("We release a 3.1 TB dataset with 3 TB of permissively licensed text; training takes 8.2 GB VRAM."));
        // A parenthesis right after the value does not keep it from the benchmark after: "57.0% (+8.1%) on MATH".
        assertEquals(List.of("56.7% GSM8K", "+4.0% GSM8K", "57.0% MATH", "+8.1% MATH"),
                apply("It reaches 56.7% (+4.0%) on GSM8K and 57.0% (+8.1%) on MATH.").stream().map(r -> r.value() + " " + r.benchmark()).toList());
        // A data set so many times larger is how much data there is.
        assertEquals(List.of(), values("The result is a training set 4x larger than the first PlanSet dataset."));
        // A per cent sign set apart from its number: "17 % more on MBPP" is on MBPP, not on the benchmark named before.
        assertEquals(List.of("12 % GSM8K", "17 % MATH"), apply("It solves 12 % more problems on GSM8K and 17 % more on MATH.").stream()
                .map(r -> r.value() + " " + r.benchmark()).toList());
    }

    @Test
    @DisplayName("a value said to be on something is on the benchmark named there, or on none the sentence knows")
    void onWhatTheValueIsSaidToBeOn() {
        assertEquals(java.util.Arrays.asList(null, null, "GSM8K", "GSM8K"),
                apply("Best-of-N gains grow, namely 5% → 45.3% on algorithmic tasks and 73% → 93.4% on GSM8K.").stream()
                        .map(ResultMention::benchmark).toList());
        assertEquals(java.util.Arrays.asList("MATH", "GSM8K"),
                apply("It gets 12% on average on MATH and 3.1% on the test split of GSM8K.").stream().map(ResultMention::benchmark).toList());
        assertEquals(java.util.Arrays.asList(null, "MATH"),
                apply("It reaches 81% on held-out puzzles, while scoring 64% on MATH.").stream().map(ResultMention::benchmark).toList());
        // A few words of what was measured between the value and its "on".
        assertEquals(java.util.Arrays.asList(null, "MATH"),
                apply("It yields better models (6.4 points of lift on long-document classification), and 61.4% accuracy on MATH.")
                        .stream().map(ResultMention::benchmark).toList());
        assertEquals(List.of("WebShop"), apply("On WebShop, it beats the baseline by 9.4% on accuracy.").stream().map(ResultMention::benchmark).toList());
    }

    @Test
    @DisplayName("ranges of multipliers and points are one value; a bare score read with a benchmark needs no score word")
    void moreShapes() {
        assertEquals(List.of("2.3-3.6x"), values("Medusa-2 further improves the speedup to 2.3-3.6x."));
        assertEquals(List.of("6 to 11 points"), values("It outperforms ORPO by 6 to 11 points."));
        assertEquals(List.of("91.2", "84.6"), values("The model scores 91.2 on GSM8K and 84.6 on MATH."));
    }

    @Test
    @DisplayName("where a change starts and where it ends are two scores, not gains ('from 17.7 to 67.2% success rate')")
    void changeEndpoints() {
        List<ResultMention> results = apply("Our agent improves from 17.7 to 67.2% success rate on WebShop.");
        assertEquals(List.of("17.7 absolute", "67.2% absolute"), results.stream().map(r -> r.value() + " " + r.kind()).toList());
    }

    @Test
    @DisplayName("a multiplier is a relative gain")
    void multiplier() {
        String sentence = "Inference is 3.3x faster than beam search.";
        assertEquals(List.of(new ResultMention("3.3x", "x", "relative_gain", null, null, sentence, "numeric-result", 0.75)), apply(sentence));
    }

    @ParameterizedTest(name = "{0}")
    @DisplayName("unit and kind of other value shapes")
    @CsvSource(delimiter = '|', value = {
            "It improves by 4.2 points on WebShop.      | 4.2 points | points | absolute_gain",
            "It achieves +7.2% over the baseline.       | +7.2%      | %      | absolute_gain",
            "It reduces latency by 40%.                 | 40%        | %      | relative_gain",
            "It needs 3 times fewer tokens.             | 3 times    | x      | relative_gain",
            "Success rate reaches 62.5% on WebShop.     | 62.5%      | %      | absolute",
            "Gains of 2.5 pp hold on MATH.              | 2.5 pp     | points | absolute_gain",
            "It gains 32 percent in WebShop.            | 32 percent | %      | absolute_gain",
            "It reaches 45 per cent accuracy.           | 45 per cent | %     | absolute",
            "It achieves a 49.5% absolute improvement.  | 49.5%      | %      | absolute_gain",
            "It brings a 12% relative gain in accuracy. | 12%        | %      | relative_gain",
            "It gives a 2x speed increase on GPUs.      | 2x         | x      | relative_gain",
            "It reaches 72.3% and improves latency.     | 72.3%      | %      | absolute",
    })
    void shapes(String sentence, String value, String unit, String kind) {
        List<ResultMention> results = apply(sentence);
        assertEquals(1, results.size(), results::toString);
        assertEquals(value, results.get(0).value());
        assertEquals(unit, results.get(0).unit());
        assertEquals(kind, results.get(0).kind());
    }

    @Test
    @DisplayName("a bare decimal counts only next to a score word, with lower confidence")
    void bareScore() {
        String sentence = "It scores 0.73 F1 on the test set.";
        assertEquals(List.of(new ResultMention("0.73", "", "absolute", null, "F1 score", sentence, "numeric-result", 0.6)), apply(sentence));
    }

    @Test
    @DisplayName("bare scores listed before 'respectively' are scores, the last too ('scores of 74.0 and 60.2 respectively')")
    void bareScoresRespectively() {
        assertEquals(List.of("74.0", "60.2"), values("With AIME24 and AIME25 scores of 74.0 and 60.2 respectively, it leads."));
    }

    @Test
    @DisplayName("how long the method takes is a result ('within just 5 seconds', 'from 80 minutes to 14 minutes'); data and settings are not")
    void durations() {
        assertEquals(List.of("5 seconds"), values("It predicts the 3D model of an object within just 5 seconds."));
        assertEquals(List.of("80 minutes", "14 minutes"), values("Training time drops from 80 minutes (for Alpaca) to 14 minutes."));
        assertEquals(List.of("38 hours"), values("We train a ViT-Huge/16 in under 38 hours."));
        assertEquals(List.of("1 to 2.5 hours"), values("Policies reach near-perfect success within just 1 to 2.5 hours of training."));
        assertEquals(List.of("3 hours"), values("Pruned models are recovered through LoRA in merely 3 hours."));
        assertEquals(List.of("1 day"), values("It finishes full training in ~1 day on a single node."));
        assertEquals(List.of(), values("It is done in 3 hours of compute per task."));
        assertEquals(List.of(), values("The dataset holds 680,000 hours of speech, and we trained for 3 days."));
        assertEquals(List.of(), values("It is trained in 2 hours of video per language."));
        assertEquals(List.of(), values("It learns from demonstrations collected within 30 minutes, on videos ranging from 11 seconds to 1 hour."));
        for (String notTaken : List.of("Episodes are truncated to 60 seconds.", "We forecast horizons from 1 hour to 7 days.",
                "The model predicts mortality within 48 hours after ICU admission.", "It generates coherent music up to 5 minutes long.",
                "Tasks take human professionals up to 8 hours.")) {
            assertEquals(List.of(), values(notTaken), notTaken);
        }
        // Read where each stands: the duration of the data is left, the method's is kept, in either order.
        assertEquals(List.of("2 minutes"), values("It reconstructs a scene in 2 minutes from clips recorded within 2 minutes."));
    }

    @Test
    @DisplayName("throughput in tokens per second is a measured result; a model size in LaTeX math ('$3B$') is no cost")
    void throughputAndLatexSizes() {
        assertEquals(List.of("13.20 tokens/s", "29.08 tokens/s"),
                values("It attains an average generation rate of 13.20 tokens/s, with a peak of 29.08 tokens/s, on one GPU."));
        assertEquals(List.of("0.42 s/token", "38ms/token"), values("Offloaded, it decodes at 0.42 s/token, and at 38ms/token on one GPU."));
        assertEquals(List.of(), values("This is shown by our fine-tuning of $3B$ and $7B$ checkpoints."));
        assertEquals(List.of("$0.43"), values("Each solved issue costs $0.43 on average."));
    }

    @Test
    @DisplayName("several values in one sentence, in order")
    void several() {
        assertEquals(List.of("2x", "3.3×"), values("A 2x speedup comes with 3.3× fewer tokens."));
    }

    @ParameterizedTest
    @DisplayName("counts, years, versions and sizes are not results")
    @ValueSource(strings = {
            "The benchmark has 8 levels and 160 tasks.",
            "Released in 2024, it has 12,000 problems.",
            "We use version 2.0 of the simulator.",
            "Trained on 1.5 million examples.",
            "We report accuracy for 3 seeds.",
            "The model has 7B parameters and 12 layers.",
    })
    void notResults(String sentence) {
        assertEquals(List.of(), apply(sentence));
    }

    @Test
    @DisplayName("a model version is not a result")
    void modelVersionIsNotAScore() {
        assertEquals(List.of("57.1%"), values("GPT-3.5 on GSM8K reaches 57.1% accuracy."));
    }

    @Test
    @DisplayName("'4-fold' is a multiplier")
    void hyphenatedFold() {
        List<ResultMention> results = apply("It cuts memory use by 4-fold.");
        assertEquals(1, results.size());
        assertEquals("x", results.get(0).unit());
        assertEquals("relative_gain", results.get(0).kind());
    }

    @Test
    @DisplayName("a LaTeX-escaped percent sign is read as a percent")
    void latexPercent() {
        String sentence = "Our agent reaches 33.3\\% accuracy on GSM8K.";
        assertEquals(List.of(new ResultMention("33.3%", "%", "absolute", "GSM8K", "accuracy", sentence, "numeric-result", 0.75)),
                apply(sentence));
    }

    @Test
    @DisplayName("a hyphenated percentage range is one value")
    void hyphenRange() {
        String sentence = "It brings gains of 10.7-15.3% on MATH.";
        assertEquals(List.of(new ResultMention("10.7-15.3%", "%", "absolute_gain", "MATH", null, sentence, "numeric-result", 0.75)),
                apply(sentence));
    }

    @ParameterizedTest(name = "{0}")
    @DisplayName("word multipliers become Nx relative gains")
    @CsvSource(delimiter = '|', value = {
            "The verifier triples the success rate on WebShop.  | 3x",
            "Our agent is twice as fast on WebShop.             | 2x",
            "Caching doubles throughput.                        | 2x",
            "It matches the baseline while being three times faster. | 3x",
            "It needs five times fewer parameters.              | 5x",
    })
    void wordMultipliers(String sentence, String value) {
        List<ResultMention> results = apply(sentence);
        assertEquals(1, results.size(), results::toString);
        assertEquals(value, results.get(0).value());
        assertEquals("x", results.get(0).unit());
        assertEquals("relative_gain", results.get(0).kind());
    }

    private final Gazetteer scoreMetrics = new Gazetteer(List.of(metric("BLEU"), metric("perplexity", "PPL"),
            metric("word error rate", "WER"), metric("average precision", "AP"), metric("mean reciprocal rank", "MRR")), false);

    private List<String> scores(String sentence) {
        return ResultRule.apply(sentence, benchmarks.find(sentence), scoreMetrics.find(sentence)).stream()
                .map(r -> r.value() + " " + r.metric()).toList();
    }

    @ParameterizedTest(name = "{0}")
    @DisplayName("a number without a unit is a score when a known metric stands right next to it")
    @CsvSource(delimiter = '|', value = {
            "Our model achieves 28.4 BLEU on the English-to-German task.     | 28.4 BLEU",
            "It reaches a WikiText-2 perplexity of 3.92 with 4-bit weights.   | 3.92 perplexity",
            "It obtains 58.7 box AP on the test split.                       | 58.7 average precision",
            "It achieves 1.8/3.3 WER on the clean/other test sets.           | 1.8 word error rate;3.3 word error rate",
            "On Tmall it reaches an MRR@20 of 20.31.                         | 20.31 mean reciprocal rank",
            "On the MOSE dataset, it improves by 8.7 J&F over XMem.          | 8.7 null",
            "It reaches 2.31 FID at 256x256.                                 | 2.31 null",
    })
    void scoresNextToMetrics(String sentence, String expected) {
        assertEquals(List.of(expected.split(";")), scores(sentence));
    }

    @ParameterizedTest
    @DisplayName("numbers that are not next to a metric are not results: counts, sizes, versions, years")
    @ValueSource(strings = {
            "We train 12 layers and report BLEU on the test set.",
            "BLEU is computed on 3003 sentences of the 2014 test set.",
            "We use GPT-2 and report perplexity.",
            "The ImageNet-1K perplexity is not defined.",
    })
    void notScores(String sentence) {
        assertEquals(List.of(), scores(sentence));
    }

    @Test
    @DisplayName("review: a point scale and a setting's value given for a dataset are no results")
    void scalesAndSettings() {
        assertEquals(List.of(), values("Outputs were rated on a 5-point Likert scale by three annotators."));
        assertEquals(List.of(), values("We use an IoU threshold of 0.5 for COCO in all runs."));
    }

    @ParameterizedTest(name = "{0}")
    @DisplayName("a value is read with the name after 'on', with the name its parenthesis follows, or with the name its change follows")
    @CsvSource(delimiter = '|', value = {
            "It gains 10.7% on AMC12, 8% on AIME and more.               | 8%   | AIME  | 0",
            "It gains 10.7% on AMC12, 8% on AIME and more.               | 8%   | AMC12 | 2",
            "It helps Story Outline Improvement (up to +30% interest).    | +30% | Story Outline Improvement | 0",
            "It rises on SWEset from 20% to 50%, and on Polyglot from 14.2% to 30.7%. | 14.2% | Polyglot | 0",
            "It rises on SWEset from 20% to 50%, and on Polyglot from 14.2% to 30.7%. | 30.7% | Polyglot | 0",
            "It rises on SWEset from 20% to 50%, and on Polyglot from 14.2% to 30.7%. | 14.2% | SWEset   | 39",
            "It improves accuracy on ogbn-arxiv to 74.9% and on ogbn-products to 83.6%. | 74.9% | ogbn-arxiv | 0",
    })
    void gap(String sentence, String value, String name, int gap) {
        int nameAt = sentence.indexOf(name);
        assertEquals(gap, ResultRule.gap(sentence, nameAt, nameAt + name.length(), sentence.indexOf(value)));
    }

    @Test
    @DisplayName("a count next to a metric word is not a score: 'the accuracy of 3 open-source models'")
    void countsAreNotScores() {
        assertEquals(List.of(), scores("We compare the perplexity of 3 open-source models."));
    }

    @Test
    @DisplayName("throughput, cost and metric points: '225 TFLOPs/s', '$0.43', '2.6 ASR-BLEU points'; not '8x A100' nor '768 x 768'")
    void unitsAndNonResults() {
        assertEquals(List.of("225 TFLOPs/s"), values("It reaches a training speed of up to 225 TFLOPs/s per A100 GPU."));
        assertEquals(List.of("19%", "$0.43"), values("It resolves 19% of the issues on GSM8K at a low cost (on average, $0.43 USD)."));
        // LaTeX math is no cost.
        assertEquals(List.of(), values("It is evaluated on $13$ datasets with few ($2$--$50$) clients and ($\\sim$10) demonstrations."));
        assertEquals(List.of("$12", "$3"), values("It cuts the cost per task from $12 to $3."));
        // A number in math delimiters is that number.
        assertEquals(List.of("85.4%", "3.2 points"), values("It reaches $85.4\\%$ accuracy on GSM8K, a gain of $3.2$ points."));
        assertEquals(List.of("2.6 ASR-BLEU points"), values("It improves over the baseline by 2.6 ASR-BLEU points in speech-to-speech."));
        assertEquals(List.of("3.7-point"), values("It achieves a 3.7-point improvement through CoT reasoning."));
        assertEquals(List.of("82.4", "72.9", "76.1"), values("It reaches a score of 82.4, compared with 72.9 for MOPO and 76.1 for the COMBO baseline."));
        assertEquals(List.of(), values("We set a score threshold of 0.5 for the dropout rate."));
        assertEquals(List.of(), values("It extends the context to 100k on a single 8x A100 machine."));
        assertEquals(List.of("3x"), values("A 768 x 768 model runs 3x faster."));
    }

    @Test
    @DisplayName("a named metric changed 'from 0.94 to 0.98' gives both scores; bare numbers without a metric do not")
    void changeOfANamedMetric() {
        Gazetteer correlation = new Gazetteer(List.of(metric("Spearman correlation")), false);
        String sentence = "It increases the Spearman correlation with human rankings from 0.94 to 0.98.";
        assertEquals(List.of("0.94", "0.98"), ResultRule.apply(sentence, List.of(), correlation.find(sentence)).stream().map(ResultMention::value).toList());
        assertEquals(List.of(), values("It grows the vocabulary from 0.94 to 0.98 of the corpus."));
    }

    @Test
    @DisplayName("two words may stand between a value and its benchmark: 'a 1.3 times increase on the WebShop benchmark'")
    void twoWordsBeforeTheBenchmark() {
        assertEquals(List.of("GSM8K", "WebShop"), apply("It gives a 1.6 times increase in success rate on GSM8K and a 1.3 times increase on the WebShop benchmark.")
                .stream().map(ResultMention::benchmark).toList());
    }

    @Test
    @DisplayName("averaged across the tasks a sentence lists, a result belongs to none of them unless read right with one")
    void averagedAcrossTasks() {
        assertEquals(java.util.Arrays.asList(null, null), apply("When averaged across all tasks, including GSM8K and WebShop, our agent surpasses "
                + "standard prompting by 17.1% and expert prompting by 17.3%.").stream().map(ResultMention::benchmark).toList());
        assertEquals(List.of("WebShop"), apply("When averaged across all tasks it gains, and it reaches 71.3% on WebShop.")
                .stream().map(ResultMention::benchmark).toList());
    }

    @Test
    @DisplayName("review: '$5.6M' and '$1,000,000' whole; a hyperparameter changed is no score; '3x GPU memory reduction' is one; averages only after their phrase")
    void reviewedResults() {
        assertEquals(List.of("$5.6M", "$1,000,000"), values("Training costs only $5.6M, with a $1,000,000 prize."));
        Gazetteer correlation = new Gazetteer(List.of(metric("Spearman correlation")), false);
        String hyperparameter = "Raising the temperature from 0.2 to 0.8 helps, as the Spearman correlation with human rankings shows.";
        assertEquals(List.of(), ResultRule.apply(hyperparameter, List.of(), correlation.find(hyperparameter)));
        assertEquals(List.of("3x"), values("It achieves a 3x GPU memory reduction."));
        assertEquals(List.of("GSM8K"), apply("Our method improves accuracy on GSM8K by 12.4%, and on average across all eight benchmarks it gains.")
                .stream().map(ResultMention::benchmark).toList());
    }

    @Test
    @DisplayName("a score named as one: 'a P@20 of 43.95', 'a critical success index (CSI) of 0.41', 'Spearman rho = 0.62'; not a learning rate, a size or an average of steps")
    void namedScores() {
        assertEquals(List.of("43.95"), values("On Tmall, HyperRec reaches a P@20 of 43.95."));
        assertEquals(List.of("0.41"), values("It attains a critical success index (CSI) of 0.41 at the 8 mm/h threshold."));
        assertEquals(List.of("0.62", "0.81"), values("Our metric correlates with humans (Spearman \u03c1 = 0.62, Pearson r = 0.81)."));
        assertEquals(List.of(), values("We set a learning rate of 0.001, a batch size of 256 and a dropout rate of 0.1."));
        assertEquals(List.of(), values("The dataset has a total of 500 questions and an average of 3.2 steps."));
    }

    @Test
    @DisplayName("how many of a set the method wins: 'completing 12 out of 18 tasks', 'beats X in 11 of 16 settings'; not 'uses 3 of 5 datasets'")
    void countsOfWins() {
        assertEquals(List.of("12 out of 18"), values("The agent succeeds, successfully completing 12 out of 18 tasks in ScienceWorld."));
        assertEquals(List.of("11 of 16"), values("It matches or beats fully supervised baselines in 11 of 16 settings."));
        assertEquals(List.of(), values("We use 3 of the 5 datasets for training."));
    }
    @Test
    @DisplayName("LaTeX multipliers of arXiv abstracts are results ('3$\\times$', '6--10$\\times$'); 'double-check' is no multiplier")
    void latexMultipliers() {
        assertEquals(List.of("3×", "2.4×"), values("It trains 3$\\times$ faster on long inputs and gives a 2.4$\\times$ speedup on long documents."));
        assertEquals(List.of("6-10×"), values("It reduces the space footprint by 6--10$\\times$."));
        assertEquals(List.of("2X-3X"), values("It shows a 2X-3X acceleration over the standard implementation."));
        assertEquals(List.of(), values("This leads the model to double-check its answer."));
        assertEquals(List.of("2x"), values("It doubles the throughput."));
    }

    @Test
    @DisplayName("a multiplier that sizes a model is no result; a speed-up or a saving beside it is")
    void modelSizeRatios() {
        assertEquals(List.of("2.2x"), values(
                "Our small model outperforms a 14x larger model and runs 2.2x faster."));
        // What the method saves is a result.
        assertEquals(List.of("16.5%", "7x"), values(
                "It improves success by 16.5% with 7x fewer parameters."));
        assertEquals(List.of(), values(
                "It matches models 9 times larger, using only 1.5 times the expert parameters."));
        assertEquals(java.util.Set.of("3.5x", "2x"), java.util.Set.copyOf(values(
                "It reaches a speedup of 3.5x in latency and doubled throughput.")));
        // What was doubled is no gain unless it is one; a smaller footprint is a saving.
        assertEquals(List.of(), values("We doubled the context length during continued pre-training to 8K tokens."));
        assertEquals(List.of("10x"), values("Zeta yields a 10x smaller memory footprint than full attention."));
    }

    @Test
    @DisplayName("a name right before 'by' and the value is read with it ('TimeQA by 27%')")
    void nameThenBy() {
        String sentence = "It improves accuracy on MMLU Physics by 7%, TimeQA by 27%, and MuSiQue by 7%.";
        int value = sentence.indexOf("27%");
        assertEquals(0, ResultRule.gap(sentence, sentence.indexOf("TimeQA"), sentence.indexOf("TimeQA") + 6, value));
        assertTrue(ResultRule.gap(sentence, sentence.indexOf("MMLU"), sentence.indexOf("MMLU") + 4, value) > 0);
    }
}
