package io.papergraph.extraction;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** Loads the vocabulary once and shares one extractor; both are immutable. */
public class ExtractionBeans {

    @Produces
    @Singleton
    Vocabulary vocabulary() {
        return Vocabulary.fromClasspath();
    }

    @Produces
    @Singleton
    Extractor extractor(Vocabulary vocabulary) {
        return new Extractor(vocabulary);
    }
}
