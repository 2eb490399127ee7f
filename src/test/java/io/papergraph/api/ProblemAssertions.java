package io.papergraph.api;

import io.restassured.response.ValidatableResponse;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

/** Every error is an RFC 9457 problem document with the status repeated in the body. */
final class ProblemAssertions {

    private ProblemAssertions() {
    }

    static ValidatableResponse assertProblem(ValidatableResponse response, int status, String detailContains) {
        return response.statusCode(status)
                .contentType(containsString("application/problem+json"))
                .body("status", equalTo(status))
                .body("title", notNullValue())
                .body("type", notNullValue())
                .body("detail", containsString(detailContains));
    }
}
