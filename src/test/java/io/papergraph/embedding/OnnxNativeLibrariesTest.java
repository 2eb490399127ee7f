package io.papergraph.embedding;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OnnxNativeLibrariesTest {

    @Test
    @DisplayName("the native libraries are unpacked once into the cache directory, which the runtime is pointed at; a set path is kept")
    void unpacksOnceAndPointsTheRuntimeThere() throws Exception {
        String before = System.getProperty(OnnxNativeLibraries.PATH_PROPERTY);
        // Under target/, not a @TempDir: a later test in this JVM may load the runtime from where the property points.
        Path cache = Path.of("target", "onnx-native-test").toAbsolutePath();
        try {
            System.clearProperty(OnnxNativeLibraries.PATH_PROPERTY);
            OnnxNativeLibraries.prepare(cache);
            assertEquals(cache.toString(), System.getProperty(OnnxNativeLibraries.PATH_PROPERTY));
            Path library = cache.resolve(System.mapLibraryName("onnxruntime4j_jni"));
            assertTrue(Files.size(library) > 0, library::toString);
            long written = Files.getLastModifiedTime(library).toMillis();
            Thread.sleep(20);

            System.clearProperty(OnnxNativeLibraries.PATH_PROPERTY);
            OnnxNativeLibraries.prepare(cache);
            assertEquals(written, Files.getLastModifiedTime(library).toMillis(), "an identical library is not written again");

            System.setProperty(OnnxNativeLibraries.PATH_PROPERTY, "/opt/ort");
            OnnxNativeLibraries.prepare(cache);
            assertEquals("/opt/ort", System.getProperty(OnnxNativeLibraries.PATH_PROPERTY));
        } finally {
            if (before == null) {
                System.clearProperty(OnnxNativeLibraries.PATH_PROPERTY);
            } else {
                System.setProperty(OnnxNativeLibraries.PATH_PROPERTY, before);
            }
        }
    }

    @Test
    @DisplayName("the platform is named as the runtime's jar lays its libraries out")
    void platform() {
        String os = System.getProperty("os.name").toLowerCase();
        if (os.contains("linux") && System.getProperty("os.arch").equals("amd64")) {
            assertEquals("linux-x64", OnnxNativeLibraries.platform().orElseThrow());
        }
        assertTrue(OnnxNativeLibraries.platform().isPresent());
    }
}
