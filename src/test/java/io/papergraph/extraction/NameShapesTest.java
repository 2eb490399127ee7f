package io.papergraph.extraction;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

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
    @DisplayName("ordinary words, sentence words, hardware and file formats are not names")
    @ValueSource(strings = {"Large Language Models", "The Agent", "H100 GPU", "FP16", "However", "Model", "TTS", "HTML", "JSON"})
    void notNames(String phrase) {
        assertFalse(NameShapes.isCapitalisedPhrase(phrase));
    }

    @ParameterizedTest
    @ValueSource(strings = {"T2I", "T2V", "I2V", "TTS"})
    @DisplayName("task abbreviations ('large-scale T2I models') are no coined names")
    void taskAbbreviations(String task) {
        assertFalse(NameShapes.isCoined(task));
        assertTrue(NameShapes.isCoined(task + "-Adapter"));
    }
}
