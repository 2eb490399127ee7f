package io.papergraph.corpus;

import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The paper list shipped inside the jar and loaded into an empty graph. */
@ApplicationScoped
public class DefaultCorpus {

    static final String RESOURCE = "corpus/trending-papers.txt";
    static final String SOURCE_NAME = "default-corpus";

    public TrendingTextParser.Result read() {
        try (InputStream in = DefaultCorpus.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The default corpus " + RESOURCE + " is missing from the classpath");
            }
            return new TrendingTextParser().parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), SOURCE_NAME);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the default corpus", e);
        }
    }
}
