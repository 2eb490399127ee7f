package io.papergraph.testing;

import io.restassured.specification.RequestSpecification;
import org.neo4j.driver.Driver;

import java.util.List;

import static io.restassured.RestAssured.given;

/** Requests with the test profile's write key, and the clean-up that keeps the default corpus as other tests expect it. */
public final class Writes {

    /** The key {@code %test.papergraph.api-keys} configures. */
    public static final String KEY = "test-writer-key-0123456789";

    private Writes() {
    }

    public static RequestSpecification authorised() {
        return given().header("Authorization", "Bearer " + KEY);
    }

    /** Ids of every paper that did not come from the default corpus. */
    public static List<String> addedPapers(Driver driver) {
        return driver.executableQuery("""
                MATCH (p:Paper) WHERE NOT p.source STARTS WITH 'default-corpus' RETURN collect(p.id) AS ids
                """).execute().records().get(0).get("ids").asList(v -> v.asString());
    }
}
