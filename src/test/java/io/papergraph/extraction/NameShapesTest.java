package io.papergraph.extraction;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NameShapesTest {

    @ParameterizedTest
    @DisplayName("capitalised phrases with a name in them are names")
    @ValueSource(strings = {"Phantom Score", "AnyTile", "Model Breadcrumbs", "Skill Transformer", "GPT-4"})
    void names(String phrase) {
        assertTrue(NameShapes.isCapitalisedPhrase(phrase));
    }

    @ParameterizedTest
    @DisplayName("a digit opening a coined name: two capitals after it, or a dimension hyphened to a capitalised part; a unit of data is none")
    @CsvSource(delimiter = '|', value = {"4DGS | true", "3D-PLAN | true", "4D-Humans | true", "3D | false", "3D-aware | false", "8B | false", "4GB | false", "TB | false"})
    void digitCoined(String token, boolean coined) {
        assertEquals(coined, NameShapes.isCoined(token), token);
    }

    @ParameterizedTest
    @DisplayName("a star after a name marks a coined variant ('Q*', 'A*', 'MCTS*'); a capital alone is none")
    @CsvSource(delimiter = '|', value = {"Q* | true", "A* | true", "MCTS* | true", "Q | false", "Search | false"})
    void starCoined(String token, boolean coined) {
        assertEquals(coined, NameShapes.isCoined(token), token);
    }

    @ParameterizedTest
    @DisplayName("a date is no coined name, though its year is a number: 'As of May 2023, …'")
    @ValueSource(strings = {"May 2023", "Sept. 2024", "March 5, 2024"})
    void datesAreNotCoined(String date) {
        assertFalse(NameShapes.isCoined(date), date);
    }

    @ParameterizedTest
    @DisplayName("ordinary words, sentence words, hardware and file formats are not names")
    @ValueSource(strings = {"Large Language Models", "The Agent", "H100 GPU", "FP16", "However", "Model", "TTS", "HTML", "JSON"})
    void notNames(String phrase) {
        assertFalse(NameShapes.isCapitalisedPhrase(phrase));
    }

    @ParameterizedTest
    @DisplayName("a coined name may start in lower case: a capital inside, or a letter hyphened to an acronym; not a plain hyphened word")
    @CsvSource(delimiter = '|', value = {"mPLUG | true", "nnU-Net | true", "g-KTO | true", "β-VAE | true", "x-axis | false", "e-Commerce | false"})
    void lowerCoined(String token, boolean coined) {
        assertEquals(coined, java.util.regex.Pattern.compile(NameShapes.LOWER_COINED).matcher(token).matches(), token);
    }

    @ParameterizedTest
    @DisplayName("a decimal release after a digit, or a trailing '++', belongs to the name; a sentence's full stop does not")
    @CsvSource(delimiter = '|', value = {
            "results on VQSet1.0 dataset     | VQSet1.0",
            "we train Zeta-1.5 on it         | Zeta-1.5",
            "Zeta-2.1.3, a release            | Zeta-2.1.3",
            "It was trained by Zeta2.         | Zeta2",
            "on the FooWob++ benchmark        | FooWob++",
            "we compare with Zeta-1.3B here   | Zeta",
    })
    void decimalReleases(String sentence, String name) {
        java.util.regex.Matcher m = NameShapes.NAME_PATTERN.matcher(sentence.substring(sentence.indexOf(name)));
        assertTrue(m.lookingAt());
        assertEquals(name, m.group());
    }

    @ParameterizedTest
    @ValueSource(strings = {"T2I", "T2V", "I2V", "TTS"})
    @DisplayName("task abbreviations ('large-scale T2I models') are no coined names")
    void taskAbbreviations(String task) {
        assertFalse(NameShapes.isCoined(task));
        assertTrue(NameShapes.isCoined(task + "-Adapter"));
    }
}
