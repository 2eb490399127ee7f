package io.papergraph.embedding;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class OnnxNativeLibrariesTest {

    @Test
    @DisplayName("the native libraries are unpacked once into a private cache directory the runtime is pointed at; a user's setting is kept")
    void unpacksOnceAndPointsTheRuntimeThere() throws Exception {
        assumeTrue(OnnxNativeLibraries.platform().isPresent(), "a platform the runtime's jar has libraries for");
        Properties saved = (Properties) System.getProperties().clone();
        Path cache = Path.of("target", "onnx-native-test", "onnxruntime").toAbsolutePath();
        try {
            System.clearProperty(OnnxNativeLibraries.PATH_PROPERTY);
            OnnxNativeLibraries.prepare(cache);
            assertEquals(cache.toString(), System.getProperty(OnnxNativeLibraries.PATH_PROPERTY));
            Path library = cache.resolve(System.mapLibraryName("onnxruntime4j_jni"));
            assertTrue(Files.size(library) > 0, library::toString);
            if (Files.getFileStore(cache).supportsFileAttributeView("posix")) {
                assertEquals("rwx------", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(cache)));
            }
            try (var files = Files.list(cache)) {
                assertFalse(files.anyMatch(f -> f.toString().endsWith(".part")), "no partial file left");
            }

            // Unpacked already: not written again (its time stays where this test put it).
            Files.setLastModifiedTime(library, FileTime.fromMillis(0));
            System.clearProperty(OnnxNativeLibraries.PATH_PROPERTY);
            OnnxNativeLibraries.prepare(cache);
            assertEquals(0, Files.getLastModifiedTime(library).toMillis());

            // A user's own setting of any onnxruntime.native.* property is the runtime's to read.
            System.clearProperty(OnnxNativeLibraries.PATH_PROPERTY);
            System.setProperty("onnxruntime.native.onnxruntime.path", "/opt/ort/libonnxruntime.so");
            OnnxNativeLibraries.prepare(cache);
            assertNull(System.getProperty(OnnxNativeLibraries.PATH_PROPERTY));
        } finally {
            System.setProperties(saved);
        }
    }

    @Test
    @DisplayName("the platform is named as the runtime's jar lays its libraries out; the cache is the user's, by version and platform")
    void platformAndCache() {
        String os = System.getProperty("os.name").toLowerCase();
        assumeTrue(os.contains("linux") && System.getProperty("os.arch").equals("amd64"), "checked on linux-x64");
        assertEquals("linux-x64", OnnxNativeLibraries.platform().orElseThrow());
        Path cache = OnnxNativeLibraries.defaultCache().orElseThrow();
        assertTrue(cache.startsWith(Path.of(System.getProperty("user.home"), ".cache", "papergraph")), cache::toString);
        assertTrue(cache.getFileName().toString().matches("onnxruntime-\\d+\\.\\d+\\.\\d+-linux-x64"), cache::toString);
    }
}
