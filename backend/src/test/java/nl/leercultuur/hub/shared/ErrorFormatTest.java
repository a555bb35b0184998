package nl.leercultuur.hub.shared;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import nl.leercultuur.hub.support.Caller;
import org.junit.jupiter.api.Test;

/** The one error contract: every 4xx is application/problem+json a person can act on. */
@QuarkusTest
class ErrorFormatTest {

    @Test
    void shouldAnswerUnknownPathWith404Problem() {
        RestAssured.given().get("/api/v1/does-not-exist")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", startsWith("https://"))
                .body("title", equalTo("Not found"))
                .body("status", equalTo(404))
                .body("detail", containsString("/api/v1/does-not-exist"))
                .body("instance", equalTo("/api/v1/does-not-exist"));
    }

    @Test
    void shouldAnswerMalformedJsonWith400Problem() {
        Caller.STAFF.request().contentType(ContentType.JSON).body("{\"code\": \"x\", ")
                .post("/api/v1/themes")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("title", equalTo("Malformed request"))
                .body("detail", containsString("not valid JSON"))
                .body("detail", not(containsString("Exception")));
    }

    @Test
    void shouldAnswerWrongMediaTypeWith415Problem() {
        Caller.STAFF.request().contentType(ContentType.TEXT).body("hello")
                .post("/api/v1/themes")
                .then().statusCode(415)
                .contentType("application/problem+json")
                .body("detail", containsString("application/json"));
    }

    @Test
    void shouldAnswerWrongMethodWith405Problem() {
        Caller.STAFF.request().delete("/api/v1/themes")
                .then().statusCode(405)
                .contentType("application/problem+json");
    }

    @Test
    void shouldAnswerForbiddenWith403Problem() {
        Caller.PARTNER.request().contentType(ContentType.JSON).body("{}")
                .put("/api/v1/themes/feedback")
                .then().statusCode(403)
                .contentType("application/problem+json")
                .body("status", equalTo(403))
                .body("detail", containsString("role"));
    }
}
