package io.papergraph.graph;

import io.papergraph.config.PapergraphConfig;
import io.papergraph.corpus.PaperFormat;
import io.papergraph.corpus.PaperLists;
import io.papergraph.corpus.ParsedPaperList;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Imports the paper lists named in {@code papergraph.import-files} at startup, after the default corpus, for
 * users who run the jar on their own corpus. Each file is all-or-nothing like an HTTP import: a file with an
 * invalid record is reported in the log and skipped, the others still load. Unchanged files cost a lookup.
 */
@ApplicationScoped
public class StartupImports {

    private static final Logger LOG = Logger.getLogger(StartupImports.class);

    private final PapergraphConfig config;
    private final PaperImporter importer;

    public StartupImports(PapergraphConfig config, PaperImporter importer) {
        this.config = config;
        this.importer = importer;
    }

    /** Imports every configured file; a file that cannot be imported is reported in the log and skipped. */
    public void run() {
        config.importFiles().orElse(List.of()).forEach(this::importFile);
    }

    private boolean importFile(Path file) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        PaperFormat format = PaperFormat.ofFileName(name).orElse(null);
        if (format == null) {
            LOG.errorf("Not importing %s: the extension does not say its format (use .txt, .json, .jsonl, .bib, .atom or .xml)", file);
            return false;
        }
        byte[] content;
        try {
            content = Files.readAllBytes(file);
        } catch (IOException e) {
            LOG.errorf("Not importing %s: it cannot be read (%s)", file, e.toString());
            return false;
        }
        ParsedPaperList parsed = PaperLists.parse(format, content, name);
        if (!parsed.problems().isEmpty()) {
            parsed.problems().stream().limit(50).forEach(p -> LOG.errorf("%s, %s: %s", file, p.location(), p.reason()));
            LOG.errorf("Not importing %s: %d problems (listed above, at most 50); fix them and restart", file, parsed.problems().size());
            return false;
        }
        LOG.infof("Importing %d papers from %s (%s)", parsed.papers().size(), file, format);
        try {
            ImportReport report = importer.importPapers(parsed.papers(), name);
            LOG.infof("Imported %s: %s", file, report);
            return true;
        } catch (RuntimeException e) {
            LOG.errorf(e, "Importing %s failed; the graph keeps what it had", file);
            return false;
        }
    }
}
