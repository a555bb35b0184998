package nl.leercultuur.hub.shared.ratelimit;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.leercultuur.hub.support.Tokens;
import org.junit.jupiter.api.Test;

/** Rate limits per caller, with small limits of their own (the other tests run with limits they never reach). */
@QuarkusTest
@TestProfile(RateLimitTest.SmallLimits.class)
class RateLimitTest {

    public static class SmallLimits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "app.rate-limits.default.capacity", "8", "app.rate-limits.default.period", "1H",
                    "app.rate-limits.search.capacity", "3", "app.rate-limits.search.period", "1H",
                    "app.rate-limits.export.capacity", "1", "app.rate-limits.export.period", "1H",
                    "app.rate-limits.join-request.capacity", "2", "app.rate-limits.join-request.period", "1H",
                    "app.rate-limits.survey.capacity", "3", "app.rate-limits.survey.period", "1H");
        }
    }

    /** A partner system of its own, so that each test starts with full buckets. */
    private static RequestSpecification freshSystem() {
        String id = UUID.randomUUID().toString();
        return RestAssured.given().auth().oauth2(Tokens.token(new Tokens.Identity(id, "service-account-" + id, null, null,
                Set.of("partner"), "system-" + id)));
    }

    private static RequestSpecification freshPerson() {
        String id = UUID.randomUUID().toString();
        return RestAssured.given().auth().oauth2(Tokens.token(new Tokens.Identity(id, "p" + id, "P", null,
                Set.of("partner"), "hub-web")));
    }

    @Test
    void shouldCountDownTheSearchBucketAndRefuseWithRetryAfter() {
        RequestSpecification system = freshSystem();
        for (int remaining = 2; remaining >= 0; remaining--) {
            system.get("/api/v1/knowledge-items").then().statusCode(200)
                    .header("RateLimit-Limit", "3").header("RateLimit-Remaining", String.valueOf(remaining))
                    .header("RateLimit-Reset", Integer::parseInt, greaterThan(0));
        }
        system.header("Accept-Language", "nl").get("/api/v1/knowledge-items").then().statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", Integer::parseInt, greaterThan(0))
                .body("type", equalTo("https://leercultuur-hub.nl/problems/too-many-requests"))
                .body("title", equalTo("Te veel verzoeken"))
                .body("detail", startsWith("Je stuurde te veel verzoeken"));
    }

    @Test
    void shouldKeepPartnerSystemsAndPeopleInBucketsOfTheirOwn() {
        RequestSpecification first = freshSystem();
        first.get("/api/v1/knowledge-items/export").then().statusCode(200);
        first.get("/api/v1/knowledge-items/export").then().statusCode(429);
        freshSystem().get("/api/v1/knowledge-items/export").then().statusCode(200);
        freshPerson().get("/api/v1/knowledge-items/export").then().statusCode(200);
    }

    @Test
    void shouldApplyTheDefaultBucketToOperationsWithoutANamedOne() {
        RequestSpecification person = freshPerson();
        person.get("/api/v1/me").then().statusCode(200).header("RateLimit-Limit", "8").header("RateLimit-Remaining", "7");
        person.get("/api/v1/knowledge-items").then().statusCode(200).header("RateLimit-Limit", "3")
                .header("RateLimit-Remaining", "2");
        for (int i = 0; i < 6; i++) {
            person.get("/api/v1/me").then().statusCode(200);
        }
        person.get("/api/v1/me").then().statusCode(429);
        person.get("/api/v1/themes").then().statusCode(429);
    }

    @Test
    void shouldCountAnonymousCallersByAddressAndLeaveManagementEndpointsAlone() {
        for (int i = 0; i < 3; i++) {
            RestAssured.given().get("/api/v1/knowledge-items").then().statusCode(200);
        }
        RestAssured.given().get("/api/v1/knowledge-items").then().statusCode(429);
        freshPerson().get("/api/v1/knowledge-items").then().statusCode(200);
        RestAssured.given().get("/q/openapi").then().statusCode(200);
    }

    @Test
    void shouldStopAFloodOfJoinRequestsFromOneAddressAndStoreNothingOfTheRefusedOne() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        for (int i = 1; i <= 3; i++) {
            int expected = i <= 2 ? 202 : 429;
            RestAssured.given().contentType(io.restassured.http.ContentType.JSON)
                    .body(java.util.Map.of("name", "Vloed " + i, "email", "vloed-" + run + "-" + i + "@voorbeeld.example",
                            "organizationId", "7e570000-0000-4000-8000-000000000001", "motivation", "Ik wil graag meedoen."))
                    .post("/api/v1/join-requests").then().statusCode(expected);
        }
        java.util.List<String> stored = nl.leercultuur.hub.support.Caller.STAFF.request().queryParam("size", 100)
                .get("/api/v1/join-requests").then().statusCode(200).extract().path("items.email");
        org.junit.jupiter.api.Assertions.assertTrue(stored.contains("vloed-" + run + "-2@voorbeeld.example"), stored.toString());
        org.junit.jupiter.api.Assertions.assertFalse(stored.contains("vloed-" + run + "-3@voorbeeld.example"), stored.toString());
    }

    @Test
    void shouldStopAFloodOfSurveyAnswersFromOneClient() throws Exception {
        String[] wave = nl.leercultuur.hub.evaluations.EvaluationFixtures.open(nl.leercultuur.hub.pilots.PilotResourceTestAccess.create(), "BASELINE");
        RequestSpecification client = freshPerson();
        String survey = "/api/v1/surveys/" + wave[1];
        client.get(survey).then().statusCode(200);
        for (int i = 0; i < 2; i++) {
            client.contentType(io.restassured.http.ContentType.JSON).body(nl.leercultuur.hub.evaluations.EvaluationFixtures.answers(3))
                    .post(survey + "/responses").then().statusCode(201);
        }
        client.contentType(io.restassured.http.ContentType.JSON).body(nl.leercultuur.hub.evaluations.EvaluationFixtures.answers(3))
                .post(survey + "/responses").then().statusCode(429).header("Retry-After", org.hamcrest.Matchers.notNullValue())
                .contentType("application/problem+json");
        nl.leercultuur.hub.support.Caller.STAFF.request().get("/api/v1/pilots/" + pilotOf(wave[0]) + "/measurements").then()
                .body("items[0].responseCount", org.hamcrest.Matchers.equalTo(2));
    }

    @jakarta.inject.Inject
    io.agroal.api.AgroalDataSource dataSource;

    private String pilotOf(String measurementId) throws Exception {
        try (var c = dataSource.getConnection(); var rs = c.createStatement()
                .executeQuery("select pilot_id from measurement where id = '" + measurementId + "'")) {
            rs.next();
            return rs.getString(1);
        }
    }
}
