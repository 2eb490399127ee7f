package io.papergraph.embedding;

import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLConnection;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Unpacks ONNX Runtime's native libraries once, into a cache directory of the user's own, and points the runtime at it.
 *
 * <p>Why: left to itself, ONNX Runtime 1.20 copies its libraries into a new {@code onnxruntime-java*} temporary
 * directory at every start and asks the JVM to delete them on exit — the files after the directory, so the directory,
 * still full when its own deletion is tried, stays behind: one empty directory in {@code /tmp} per start of the service.
 * Given {@code onnxruntime.native.path}, the runtime loads from there; the temporary directory it still makes stays empty
 * and goes at exit.
 *
 * <p>The cache is the user's ({@code ~/.cache/papergraph}, not {@code /tmp}, where another user could plant a library
 * first) and is named by the runtime's version and platform, so two versions never share files.
 */
final class OnnxNativeLibraries {

    private static final Logger LOG = Logger.getLogger(OnnxNativeLibraries.class);

    static final String PATH_PROPERTY = "onnxruntime.native.path";
    private static final String PROPERTY_PREFIX = "onnxruntime.native.";
    private static final List<String> LIBRARIES = List.of("onnxruntime", "onnxruntime4j_jni");

    private OnnxNativeLibraries() {
    }

    /** {@code ~/.cache/papergraph/onnxruntime-<version>-<platform>}, or empty where the platform is not one the jar has. */
    static Optional<Path> defaultCache() {
        String version = Optional.ofNullable(ai.onnxruntime.OrtEnvironment.class.getPackage())
                .map(Package::getImplementationVersion).orElse("unknown");
        return platform().map(p -> Path.of(System.getProperty("user.home"), ".cache", "papergraph", "onnxruntime-" + version + "-" + p));
    }

    /**
     * Unpacks the libraries for this platform into {@code cache} (unless there already, the same size) and sets
     * {@value #PATH_PROPERTY}. Leaves everything as it was where the user has set any {@code onnxruntime.native.*}
     * property, the jar has no libraries for this platform, or the cache cannot be written: the runtime then finds its
     * libraries its own way.
     */
    static void prepare(Path cache) {
        if (System.getProperties().stringPropertyNames().stream().anyMatch(n -> n.startsWith(PROPERTY_PREFIX))) {
            return;
        }
        Optional<String> platform = platform();
        if (platform.isEmpty() || LIBRARIES.stream().anyMatch(l -> resource(platform.get(), l) == null)) {
            return;
        }
        try {
            createPrivateDirectories(cache);
            for (String library : LIBRARIES) {
                unpack(resource(platform.get(), library), cache.resolve(fileName(library)));
            }
        } catch (IOException | RuntimeException e) {
            LOG.warnf("Could not unpack the ONNX Runtime libraries into %s (%s); the runtime unpacks its own copy", cache, e);
            return;
        }
        System.setProperty(PATH_PROPERTY, cache.toAbsolutePath().toString());
    }

    /** Readable and writable by the user only, where the file system knows POSIX permissions. */
    private static void createPrivateDirectories(Path directory) throws IOException {
        if (Files.isDirectory(directory)) {
            return;
        }
        Files.createDirectories(directory.getParent());
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.createDirectory(directory, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } else {
            Files.createDirectory(directory);
        }
    }

    private static void unpack(String resource, Path target) throws IOException {
        URLConnection packed = OnnxNativeLibraries.class.getResource(resource).openConnection();
        // Unpacked by an earlier start: the size in the jar says so without reading the 16 MB again.
        if (Files.isRegularFile(target) && Files.size(target) == packed.getContentLengthLong()) {
            return;
        }
        // Written beside the target and moved into place: a second process starting at the same moment never loads a
        // half-written library.
        Path partial = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".part");
        try (InputStream in = packed.getInputStream()) {
            Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    private static String resource(String platform, String library) {
        String path = "/ai/onnxruntime/native/" + platform + "/" + fileName(library);
        return OnnxNativeLibraries.class.getResource(path) == null ? null : path;
    }

    private static String fileName(String library) {
        return System.mapLibraryName(library).replace("jnilib", "dylib");
    }

    /** The runtime's own name for this platform ("linux-x64", "osx-aarch64"), as its jar lays the libraries out. */
    static Optional<String> platform() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
        String system = os.contains("mac") || os.contains("darwin") ? "osx" : os.contains("win") ? "win" : os.contains("nux") ? "linux" : null;
        String cpu = arch.startsWith("amd64") || arch.startsWith("x86_64") ? "x64" : arch.startsWith("aarch64") || arch.startsWith("arm64") ? "aarch64" : null;
        return system == null || cpu == null ? Optional.empty() : Optional.of(system + "-" + cpu);
    }
}
