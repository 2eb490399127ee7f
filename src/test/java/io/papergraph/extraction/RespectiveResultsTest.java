package io.papergraph.extraction;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RespectiveResultsTest {

    /** Each benchmark under its own name. */
    private static final Map<String, String> BENCHMARKS = java.util.stream.Stream.of("GSM8K", "MATH", "AQuA", "HotpotQA", "MuSiQue",
                    "ALFWorld", "MiniWoB++", "SWE-Bench Verified", "SWE-Bench Lite", "AIME24", "AIME25")
            .collect(java.util.stream.Collectors.toMap(name -> name, name -> name));

    /** Every value of the sentence, first tied to the benchmark named last, as a nearest-name reading would. */
    private static List<String> assign(String sentence, String... values) {
        List<ResultMention> results = java.util.Arrays.stream(values)
                .map(v -> new ResultMention(v, "", "absolute", "MuSiQue", null, sentence, "numeric-result", 0.75)).toList();
        return RespectiveResults.assign(results, BENCHMARKS).stream().map(r -> r.value() + " " + r.benchmark()).toList();
    }

    @Test
    @DisplayName("values before 'respectively' go, in order, to the list of benchmarks nearest them")
    void inOrder() {
        assertEquals(List.of("70.8% MATH", "94.0% GSM8K"),
                assign("Our model scores 70.8% and 94.0% on the test sets of MATH and GSM8K, respectively.", "70.8%", "94.0%"));
        assertEquals(List.of("3.7% ALFWorld", "4.1% MiniWoB++", "2x ALFWorld", "600x MiniWoB++"),
                assign("On ALFWorld and MiniWoB++ it gains 3.7% and 4.1% while using 2x and 600x fewer samples, respectively.",
                        "3.7%", "4.1%", "2x", "600x"));
        // A gain in brackets beside each value answers what its value answers.
        assertEquals(List.of("81.8% GSM8K", "+5.9% GSM8K", "34.7% MATH", "+5.8% MATH", "76.4% AQuA", "+15.8% AQuA"),
                assign("It outperforms the baseline on GSM8K, MATH, and AQuA, with accuracy up to 81.8% (+5.9%), 34.7% (+5.8%), and 76.4% (+15.8%), respectively.",
                        "81.8%", "+5.9%", "34.7%", "+5.8%", "76.4%", "+15.8%"));
    }

    @Test
    @DisplayName("with no list of names, the benchmarks the sentence names answer the values when there are as many")
    void namedApart() {
        assertEquals(List.of("68.2 MuSiQue", "41.3 MuSiQue", "5.6 HotpotQA", "6.4 points MuSiQue"),
                assign("It reaches 68.2 F1 on HotpotQA and 41.3 F1 on MuSiQue, improving by 5.6 and 6.4 points respectively.",
                        "68.2", "41.3", "5.6", "6.4 points"));
    }

    @Test
    @DisplayName("values that answer a list of methods, or no 'respectively', keep their benchmark")
    void otherLists() {
        assertEquals(List.of("91.4% MuSiQue", "92.0% MuSiQue"),
                assign("On GSM8K and MATH our cache keeps 98.1% of accuracy, whereas SnapKV and PyramidKV retain 91.4% and 92.0%, respectively.",
                        "91.4%", "92.0%"));
        assertEquals(List.of("91.4% MuSiQue", "92.0% MuSiQue"),
                assign("On GSM8K and MATH, SnapKV and PyramidKV retain 91.4% and 92.0%, respectively.", "91.4%", "92.0%"));
        // A list of another length after the values: what they answer is not clear.
        assertEquals(List.of("70.8% MuSiQue", "94.0% MuSiQue"),
                assign("Our model scores 70.8% and 94.0% on MATH, GSM8K and AQuA.", "70.8%", "94.0%"));
    }

    @Test
    @DisplayName("without 'respectively', values listed right before a list of as many benchmarks pair with it in order")
    void listRightAfter() {
        assertEquals(List.of("70.8% MATH", "94.0% GSM8K"),
                assign("Our model scores 70.8% and 94.0% on MATH and GSM8K.", "70.8%", "94.0%"));
        assertEquals(List.of("24.6% ALFWorld", "51.1% MiniWoB++"),
                assign("It improves by 24.6% and 51.1% relative success rate on ALFWorld and MiniWoB++ while taking fewer steps.", "24.6%", "51.1%"));
        // Gains listed after "by" answer, in order, the benchmarks named before them.
        assertEquals(List.of("66.4% MuSiQue", "19.4% MuSiQue", "11.5% GSM8K", "8.7% MATH"),
                assign("We reach 66.4% on GSM8K and 19.4% on MATH, exceeding models of the same size by 11.5% and 8.7%.",
                        "66.4%", "19.4%", "11.5%", "8.7%"));
        // One list of as many benchmarks said before the values, the last list before them, answers them in order.
        assertEquals(List.of("11.57% GSM8K", "2.89% MATH"),
                assign("On the GSM8K and MATH test set, it achieves 11.57% and 2.89% improvement on average.", "11.57%", "2.89%"));
        // Not when the last list before the values names methods.
        assertEquals(List.of("91.4% MuSiQue", "92.0% MuSiQue"),
                assign("On GSM8K and MATH, SnapKV and PyramidKV retain 91.4% and 92.0%.", "91.4%", "92.0%"));
        // A benchmark named after them: what they answer is not clear.
        assertEquals(List.of("11.5% MuSiQue", "8.7% MuSiQue"),
                assign("We beat models on GSM8K and MATH by 11.5% and 8.7%, and match them on AQuA.", "11.5%", "8.7%"));
        // Values apart from each other are read where they stand.
        assertEquals(List.of("70.8% MuSiQue", "94.0% MuSiQue"),
                assign("It scores 70.8% in our tests, and 94.0% on MATH and GSM8K.", "70.8%", "94.0%"));
    }

    @Test
    @DisplayName("an elliptic list item completes the benchmark named before it ('SWE-Bench Verified and Lite')")
    void ellipticItem() {
        assertEquals(List.of("32.0% SWE-Bench Verified", "26.0% SWE-Bench Lite"),
                assign("We achieve 32.0% and 26.0% on SWE-Bench Verified and Lite, respectively.", "32.0%", "26.0%"));
    }

    @Test
    @DisplayName("a later edition written as its number alone completes the edition before it ('AIME24 & 25')")
    void laterEdition() {
        assertEquals(List.of("74.0 AIME24", "60.2 AIME25"),
                assign("With AIME24 & 25 scores of 74.0 and 60.2 respectively, it surpasses many 32B models.", "74.0", "60.2"));
        assertEquals(List.of("74.0 AIME24", "60.2 AIME25"),
                assign("It scores 74.0 and 60.2 on AIME24/25, respectively.", "74.0", "60.2"));
    }

    @Test
    @DisplayName("values written with LaTeX percent signs pair as plain ones do")
    void latexPercent() {
        assertEquals(List.of("89.1% GSM8K", "43.5% MATH"),
                assign("It is enhanced to 89.1\\% and 43.5\\% on GSM8K and MATH with verification, respectively.", "89.1%", "43.5%"));
    }
}
