package io.papergraph.api;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** Every request in http-examples/ runs against the test server and answers with the status its "# expect" line gives. */
@QuarkusTest
class HttpExamplesSmokeTest {

    private static final Pattern EXPECT = Pattern.compile("^# expect (\\d{3})$");
    private static final Pattern REQUEST = Pattern.compile("^(GET|POST|PUT|DELETE) \\{\\{base}}(\\S+)$");

    private record Example(String file, String method, String path, int status) {
    }

    @BeforeEach
    void graphLoaded() {
        GraphReady.await();
    }

    @TestFactory
    Stream<DynamicTest> everyExampleAnswersAsDocumented() throws IOException {
        List<Example> examples = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("http-examples"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".http")).sorted().toList()) {
                Integer expected = null;
                for (String line : Files.readAllLines(file)) {
                    Matcher expect = EXPECT.matcher(line.strip());
                    Matcher request = REQUEST.matcher(line.strip());
                    if (expect.matches()) {
                        expected = Integer.parseInt(expect.group(1));
                    } else if (request.matches()) {
                        if (expected == null) {
                            throw new AssertionError(file + ": request without an '# expect' line: " + line);
                        }
                        examples.add(new Example(file.getFileName().toString(), request.group(1), request.group(2), expected));
                        expected = null;
                    }
                }
            }
        }
        assertFalse(examples.isEmpty(), "http-examples holds requests");
        return examples.stream().map(e -> DynamicTest.dynamicTest(e.file() + ": " + e.method() + " " + e.path(),
                () -> given().when().request(e.method(), e.path()).then().statusCode(e.status())));
    }
}
