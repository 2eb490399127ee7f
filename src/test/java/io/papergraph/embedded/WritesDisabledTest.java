package io.papergraph.embedded;

import io.papergraph.api.GraphReady;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** With no API key configured (the default outside tests), every write is refused with how to enable writes; reads work. */
@QuarkusTest
@TestProfile(ExternalServerTest.PointedAtServer.class)
class WritesDisabledTest {

    @BeforeEach
    void graphLoaded() {
        GraphReady.await();
    }

    @Test
    void writesAreRefusedWithHowToEnableThem() {
        given().header("Authorization", "Bearer anything").contentType("application/json").body("[]").post("/imports").then()
                .statusCode(403).contentType(containsString("application/problem+json"))
                .body("detail", containsString("PAPERGRAPH_API_KEYS"));
        given().contentType("application/json").body("{}").post("/papers").then().statusCode(403)
                .body("detail", containsString("no API key is configured"));
        given().delete("/papers/anything").then().statusCode(403);
        given().get("/papers").then().statusCode(200).body("items.size()", equalTo(20));
    }
}
