package io.papergraph.extraction;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.papergraph.extraction.Entries.benchmark;
import static io.papergraph.extraction.Entries.concept;
import static io.papergraph.extraction.Entries.method;
import static io.papergraph.extraction.Entries.metric;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GazetteerTest {

    private static List<String> names(List<Gazetteer.Hit> hits) {
        return hits.stream().map(h -> h.entry().name() + "=" + h.surface()).toList();
    }

    @Test
    @DisplayName("a spelling variant of a listed name matches, with its offsets")
    void spellingVariant() {
        Gazetteer gazetteer = new Gazetteer(List.of(method("chain-of-thought prompting", "CoT")), false);
        String sentence = "We use Chain of Thought prompting throughout.";

        List<Gazetteer.Hit> hits = gazetteer.find(sentence);

        assertEquals(1, hits.size());
        Gazetteer.Hit hit = hits.get(0);
        assertEquals("chain-of-thought prompting", hit.entry().name());
        assertEquals("Chain of Thought prompting", hit.surface());
        assertEquals("Chain of Thought prompting", sentence.substring(hit.start(), hit.end()));
        assertFalse(hit.keyword());
    }

    @Test
    @DisplayName("a name in capitals matches its title case only set alone in parentheses ('fact verification (Fever)')")
    void titleCaseInParentheses() {
        Gazetteer gazetteer = new Gazetteer(List.of(benchmark("FEVER", "dataset")), false);
        assertEquals(List.of("Fever"), gazetteer.find("On fact verification (Fever), it leads.").stream().map(Gazetteer.Hit::surface).toList());
        assertEquals(List.of(), gazetteer.find("It treats Fever and fever (the symptom, Fever rises)."));
    }

    @Test
    @DisplayName("a short mixed-case benchmark name with its capitals set at other letters is the name ('NeXT-QA' for NExT-QA); not with fewer ('math QA', 'APPs')")
    void capitalsShifted() {
        Gazetteer gazetteer = new Gazetteer(List.of(benchmark("NExT-QA", "benchmark"), benchmark("MathQA", "benchmark"), benchmark("APPS", "benchmark")), false);
        assertEquals(List.of("NExT-QA=NeXT-QA"), names(gazetteer.find("It gains 3.1% on NeXT-QA.")));
        assertEquals(List.of(), names(gazetteer.find("We test on table QA, math QA and common tasks in popular APPs.")));
        Gazetteer kits = new Gazetteer(List.of(benchmark("KiTS", "benchmark")), false);
        assertEquals(List.of(), names(kits.find("The robot assembles furniture KITs at home.")));
    }

    @Test
    @DisplayName("an alias finds its entry")
    void alias() {
        Gazetteer gazetteer = new Gazetteer(List.of(benchmark("GSM8K", "benchmark", "Grade School Math 8K")), false);
        assertEquals(List.of("GSM8K=Grade School Math 8K"), names(gazetteer.find("We test on Grade School Math 8K problems.")));
    }

    @Test
    @DisplayName("a short name with a digit joined to a letter matches in any case: it is no word")
    void digitNamesInAnyCase() {
        Gazetteer gazetteer = new Gazetteer(List.of(benchmark("GSM8K", "benchmark"), benchmark("MATH", "benchmark")), false);
        assertEquals(List.of("GSM8K=gsm8k"), names(gazetteer.find("Accuracy on the gsm8k dataset fell; we do the math.")));
        // A name of several words keeps its case: "common objects in 3D scenes" is prose.
        Gazetteer co3d = new Gazetteer(List.of(benchmark("Common Objects in 3D", "dataset")), false);
        assertEquals(List.of(), names(co3d.find("It segments common objects in 3D scenes.")));
    }

    @Test
    @DisplayName("a short mixed-case name set all in capitals is the name ('QUUXQA' for QuuxQA); in another mixed case it is not")
    void mixedCaseNameInCapitals() {
        Gazetteer gazetteer = new Gazetteer(List.of(benchmark("QuuxQA", "benchmark")), false);
        assertEquals(List.of("QuuxQA=QUUXQA"), names(gazetteer.find("We report results on QUUXQA.")));
        assertEquals(List.of(), names(gazetteer.find("We report results on QuuXqa and on Quuxqa.")));
    }

    @Test
    @DisplayName("the longest listed name wins over a shorter one inside it")
    void longestMatchFirst() {
        Gazetteer gazetteer = new Gazetteer(List.of(
                concept("reinforcement learning", List.of(), List.of(), List.of()),
                concept("reinforcement learning from human feedback", List.of("RLHF"), List.of(), List.of())), true);

        assertEquals(List.of("reinforcement learning from human feedback=reinforcement learning from human feedback"),
                names(gazetteer.find("Models are tuned with reinforcement learning from human feedback.")));
    }

    @Test
    @DisplayName("short capitalised names match only as written")
    void caseSensitiveNames() {
        Gazetteer gazetteer = new Gazetteer(List.of(benchmark("MATH", "benchmark"), benchmark("ARC", "benchmark")), false);

        assertEquals(List.of("MATH=MATH", "ARC=ARC"), names(gazetteer.find("We evaluate on MATH and ARC.")));
        assertEquals(List.of(), gazetteer.find("Students do math homework along an arc of topics."));
    }

    @Test
    @DisplayName("title case is not a coined capital: 'Inception score', 'Language Table' match; 'multiple' never matches 'MultiPL-E'")
    void titleCase() {
        Gazetteer gazetteer = new Gazetteer(List.of(metric("Inception Score"), benchmark("Language-Table", "benchmark"),
                benchmark("MultiPL-E", "benchmark")), false);

        assertEquals(List.of("Inception Score=Inception score", "Language-Table=Language Table"),
                names(gazetteer.find("It reaches an Inception score of 9.46 and solves Language Table tasks.")));
        assertEquals(List.of(), gazetteer.find("Multiple-e choices and a language table."));
    }

    @Test
    @DisplayName("a long coined name written in title case still matches; a short one does not")
    void longCoinedNamesInTitleCase() {
        Gazetteer gazetteer = new Gazetteer(List.of(benchmark("LibriSpeech", "dataset"), benchmark("MultiPL-E", "benchmark")), false);

        assertEquals(List.of("LibriSpeech=Librispeech"), names(gazetteer.find("It reaches 1.8 WER on Librispeech.")));
        assertEquals(List.of("LibriSpeech=Libri Speech"), names(gazetteer.find("It reaches 1.8 WER on Libri Speech.")));
        assertEquals(List.of(), gazetteer.find("Multiple languages, and librispeech in lower case."));
    }

    @Test
    @DisplayName("two capitalised words glued into a name of seven letters or more match in title case ('Webshop'); other short names do not ('Quality')")
    void gluedWordsInTitleCase() {
        Gazetteer gazetteer = new Gazetteer(List.of(benchmark("WebShop", "environment"), benchmark("QuALITY", "benchmark")), false);
        assertEquals(List.of("WebShop=Webshop"), names(gazetteer.find("It gains 7% on Webshop.")));
        assertEquals(List.of(), gazetteer.find("Quality matters more than quantity."));
    }

    @Test
    @DisplayName("a plural in the text matches a singular name")
    void plural() {
        Gazetteer gazetteer = new Gazetteer(List.of(metric("success rate")), false);
        assertEquals(List.of("success rate=success rates"), names(gazetteer.find("Success rates improve on every task.".toLowerCase())));
    }

    @Test
    @DisplayName("concept keywords match only when asked for, and are flagged")
    void keywords() {
        VocabularyEntry planning = concept("planning", List.of(), List.of(), List.of("long-horizon task"));
        String sentence = "Agents fail on long-horizon tasks.";

        List<Gazetteer.Hit> hits = new Gazetteer(List.of(planning), true).find(sentence);
        assertEquals(List.of("planning=long-horizon tasks"), names(hits));
        assertTrue(hits.get(0).keyword());
        assertEquals(List.of(), new Gazetteer(List.of(planning), false).find(sentence));
    }

    @Test
    @DisplayName("a name does not match across a comma")
    void notAcrossPunctuation() {
        Gazetteer gazetteer = new Gazetteer(List.of(method("tree search")), false);
        assertEquals(List.of(), gazetteer.find("We prune the tree, search is then cheap."));
        assertEquals(List.of("tree search=tree search"), names(gazetteer.find("We prune the tree search early.")));
    }

    @Test
    @DisplayName("a listed name inside a hyphenated compound is part of another name; with a modifier it still counts")
    void compounds() {
        Gazetteer gazetteer = new Gazetteer(List.of(method("KTO"), method("chain-of-thought prompting", "CoT")), false);
        assertEquals(List.of(), names(gazetteer.find("We train Step-KTO on math problems.")));
        assertEquals(List.of(), names(gazetteer.find("Auto-CoT builds demonstrations automatically.")));
        assertEquals(List.of(), names(gazetteer.find("KTO-S improves stability.")));
        assertEquals(List.of("chain-of-thought prompting=CoT"), names(gazetteer.find("A CoT-based planner solves it.")));
        assertEquals(List.of("KTO=KTO"), names(gazetteer.find("We compare with KTO.")));
    }

    @Test
    @DisplayName("a name with a word in capitals ('BIG-Bench') matches its title-case writing ('Big-Bench'); a camel-case one its capitals ('WEBARENA')")
    void capitalsAndTitleCase() {
        Gazetteer gazetteer = new Gazetteer(List.of(benchmark("BIG-Bench", "benchmark"), benchmark("WebArena", "environment")), false);
        assertEquals(List.of("BIG-Bench=Big-Bench", "WebArena=WEBARENA"), names(gazetteer.find("We test on Big-Bench tasks and on WEBARENA.")));
        assertEquals(List.of(), names(gazetteer.find("We test on web arena tasks and a big bench.")));
    }

    @Test
    @DisplayName("a listed name with a LaTeX superscript after it ('ReAct$^\\text{X}$') is another name")
    void superscriptMakesAnotherName() {
        Gazetteer gazetteer = new Gazetteer(List.of(method("ReAct")), false);
        assertEquals(List.of(), names(gazetteer.find("It outperforms ReAct$^\\text{X}$ and ReAct^{2} on all tasks.")));
        assertEquals(List.of("ReAct=ReAct"), names(gazetteer.find("It outperforms ReAct on all tasks.")));
    }
}
