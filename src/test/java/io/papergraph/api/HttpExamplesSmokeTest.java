package io.papergraph.api;

import io.papergraph.testing.Writes;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Every request in http-examples/ runs against the test server and answers with the status its "# expect"
 * line gives; {{key}} in a header stands for the test profile's write key.
 */
@QuarkusTest
class HttpExamplesSmokeTest extends GraphWritingTest {

    private static final Pattern EXPECT = Pattern.compile("^# expect (\\d{3})$");
    private static final Pattern REQUEST = Pattern.compile("^(GET|POST|PUT|DELETE) \\{\\{base}}(\\S+)$");

    private record Example(String file, String method, String path, Map<String, String> headers, String body, int status) {
    }

    @TestFactory
    Stream<DynamicTest> everyExampleAnswersAsDocumented() throws IOException {
        List<Example> examples = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("http-examples"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".http")).sorted().toList()) {
                examples.addAll(parse(file));
            }
        }
        assertFalse(examples.isEmpty(), "http-examples holds requests");
        return examples.stream().map(e -> DynamicTest.dynamicTest(e.file() + ": " + e.method() + " " + e.path(),
                () -> {
                    var request = given().headers(e.headers());
                    if (!e.body().isEmpty()) {
                        request = request.body(e.body().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    }
                    request.when().request(e.method(), e.path()).then().statusCode(e.status());
                }));
    }

    /** Requests of one file: "# expect N", the request line, headers up to a blank line, then the body up to "###". */
    private static List<Example> parse(Path file) throws IOException {
        List<Example> examples = new ArrayList<>();
        List<String> lines = Files.readAllLines(file);
        Integer expected = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            Matcher expect = EXPECT.matcher(line);
            Matcher request = REQUEST.matcher(line);
            if (expect.matches()) {
                expected = Integer.parseInt(expect.group(1));
            } else if (request.matches()) {
                if (expected == null) {
                    throw new AssertionError(file + ": request without an '# expect' line: " + line);
                }
                Map<String, String> headers = new LinkedHashMap<>();
                int j = i + 1;
                for (; j < lines.size() && !lines.get(j).isBlank() && !lines.get(j).startsWith("###"); j++) {
                    String[] header = lines.get(j).split(":", 2);
                    headers.put(header[0].strip(), header[1].strip().replace("{{key}}", Writes.KEY));
                }
                StringBuilder body = new StringBuilder();
                for (j = j + 1; j < lines.size() && !lines.get(j).startsWith("###"); j++) {
                    body.append(lines.get(j)).append('\n');
                }
                examples.add(new Example(file.getFileName().toString(), request.group(1), request.group(2), headers,
                        body.toString().strip(), expected));
                expected = null;
                i = j - 1;
            }
        }
        return examples;
    }
}
