package nl.leercultuur.hub.shared.web;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import nl.leercultuur.hub.support.Caller;
import org.junit.jupiter.api.Test;

/** Bad input at the edge: control characters and oversized requests get 400/413/414/431 problem+json, never a 500. */
@QuarkusTest
class HttpEdgeTest {

    private static final String ITEMS = "/api/v1/knowledge-items";

    @Test
    void shouldRefuseNulInQueryParameters() {
        RestAssured.given().urlEncodingEnabled(false).get(ITEMS + "?q=%00&targetGroup=a%00b&sector=bouw")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("q", "targetGroup"))
                .body("errors[0].message", startsWith("must not contain control characters"));
        RestAssured.given().urlEncodingEnabled(false).header("Accept-Language", "nl").get(ITEMS + "?q=leren%01")
                .then().statusCode(400).body("errors[0].message", startsWith("mag geen stuurtekens"));
    }

    @Test
    void shouldRefuseControlCharactersInPathParameters() {
        RestAssured.given().urlEncodingEnabled(false).get("/api/v1/themes/feed%00back")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("path"));
    }

    @Test
    void shouldRefuseControlCharactersInJsonTextAndStoreNothing() {
        String word = "zqnul" + System.nanoTime();
        Map<String, Object> body = Map.of("type", "PRACTICE_EXAMPLE", "title", "Titel " + word + "\u0000",
                "summary", "Een samenvatting die lang genoeg is.", "themes", List.of("feedback"),
                "authors", List.of("Vos, M."));
        Caller.STAFF.request().contentType(ContentType.JSON).body(body).post(ITEMS)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("title"));
        Caller.STAFF.request().queryParam("q", word).get(ITEMS).then().statusCode(200).body("totalItems", equalTo(0));
        Map<String, Object> ok = Map.of("type", "PRACTICE_EXAMPLE", "title", "Titel " + word,
                "summary", "Regel een\nregel twee\tmet tab.", "themes", List.of("feedback"), "authors", List.of("Bel\u0007l, A."));
        Caller.STAFF.request().contentType(ContentType.JSON).body(ok).post(ITEMS)
                .then().statusCode(400).body("errors.field", contains("authors[0]"));
    }

    @Test
    void shouldAnswerOversizedRequestsWithProblems() {
        RestAssured.given().queryParam("q", "a".repeat(9000)).get(ITEMS)
                .then().statusCode(414).contentType("application/problem+json").body("status", equalTo(414))
                .body("title", equalTo("URL too long"));
        RestAssured.given().header("X-Padding", "b".repeat(20_000)).get(ITEMS)
                .then().statusCode(431).contentType("application/problem+json").body("status", equalTo(431));
        Caller.STAFF.request().contentType(ContentType.JSON).body("{\"title\":\"" + "c".repeat(2_200_000) + "\"}").post(ITEMS)
                .then().statusCode(413).contentType("application/problem+json").body("status", equalTo(413));
    }
}
