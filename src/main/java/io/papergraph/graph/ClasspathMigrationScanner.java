package io.papergraph.graph;

import ac.simons.neo4j.migrations.core.ClasspathResourceScanner;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Lists the {@code .cypher} files under a classpath folder, in a directory (tests, dev mode) or in a jar
 * (the packaged service). The library's own scanner relies on classpath scanning that does not see
 * through Quarkus' class loaders.
 */
final class ClasspathMigrationScanner implements ClasspathResourceScanner {

    @Override
    public List<URL> scan(List<String> locations) {
        List<URL> found = new ArrayList<>();
        for (String location : locations) {
            String folder = location.replaceFirst("^classpath:", "").replaceAll("^/+|/+$", "");
            try {
                for (URL root : Collections.list(getClass().getClassLoader().getResources(folder))) {
                    found.addAll(cypherFilesUnder(root, folder));
                }
            } catch (IOException | URISyntaxException e) {
                throw new IllegalStateException("Cannot list the schema migrations in " + folder, e);
            }
        }
        return found;
    }

    private static List<URL> cypherFilesUnder(URL root, String folder) throws IOException, URISyntaxException {
        if ("file".equals(root.getProtocol())) {
            try (Stream<Path> files = Files.list(Path.of(root.toURI()))) {
                return files.filter(f -> f.toString().endsWith(".cypher")).sorted().map(ClasspathMigrationScanner::toUrl).toList();
            }
        }
        if ("jar".equals(root.getProtocol()) && root.openConnection() instanceof JarURLConnection connection) {
            connection.setUseCaches(false);
            String jarUrl = root.toString().substring(0, root.toString().indexOf("!/") + 2);
            try (JarFile jar = connection.getJarFile()) {
                return jar.stream()
                        .map(entry -> entry.getName())
                        .filter(name -> name.startsWith(folder + "/") && name.endsWith(".cypher"))
                        .sorted()
                        .map(name -> toUrl(jarUrl + name))
                        .toList();
            }
        }
        throw new IllegalStateException("Unsupported location for schema migrations: " + root);
    }

    private static URL toUrl(Path path) {
        try {
            return path.toUri().toURL();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static URL toUrl(String url) {
        try {
            return URI.create(url).toURL();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
