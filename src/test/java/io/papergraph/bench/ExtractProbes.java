package io.papergraph.bench;

import io.papergraph.corpus.PaperRecord;
import io.papergraph.extraction.Extraction;
import io.papergraph.extraction.Extractor;
import io.papergraph.extraction.Mention;
import io.papergraph.extraction.Relation;
import io.papergraph.extraction.Vocabulary;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Prints the facts the extractor reads from probe abstracts, one paper per line of a file ({@code title<TAB>abstract}, or an
 * abstract alone; blank lines and lines starting with {@code #} skipped) — for a probe review, where a reader writes
 * abstracts meant to break a rule and compares what two builds read from them. No service, no database: one JVM, a few
 * seconds for hundreds of lines.
 *
 * <pre>./mvnw -q test-compile exec:exec -Dexec.classpathScope=test -Dexec.executable=java "-Dexec.args=-cp %classpath io.papergraph.bench.ExtractProbes probes.txt"</pre>
 */
public final class ExtractProbes {

    private ExtractProbes() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: ExtractProbes FILE   (one paper per line: title<TAB>abstract, or an abstract alone)");
            System.exit(2);
        }
        Extractor extractor = new Extractor(Vocabulary.fromClasspath());
        int n = 0;
        for (String line : Files.readAllLines(Path.of(args[0]))) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] titleAndAbstract = line.split("\t", 2);
            String title = titleAndAbstract.length > 1 ? titleAndAbstract[0] : "A Title";
            String abstractText = titleAndAbstract.length > 1 ? titleAndAbstract[1] : titleAndAbstract[0];
            n++;
            System.out.println("=== " + n + " " + title);
            Extraction extraction = extractor.extract(new PaperRecord("probe-" + n, title, abstractText, "probe:" + n));
            for (Mention m : extraction.mentions()) {
                // Concepts are the taxonomy's, not the rules' under review.
                if (m.relation() != Relation.ABOUT) {
                    System.out.println("  " + m.relation() + " " + m.kind() + " '" + m.name() + "' " + m.aliases() + " [" + m.rule() + "]");
                }
            }
        }
    }
}
