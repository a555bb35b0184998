package nl.leercultuur.hub.identity;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import nl.leercultuur.hub.support.Caller;
import nl.leercultuur.hub.support.Tokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
class MeResourceTest {

    @Test
    void shouldRefuseAnonymousCallerWithProblem() {
        RestAssured.given().get("/api/v1/me")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer"))
                .body("status", equalTo(401))
                .body("title", equalTo("Not signed in"))
                .body("instance", equalTo("/api/v1/me"));
    }

    @Test
    void shouldDescribeStaffUserWithRoles() {
        Caller.STAFF.request().get("/api/v1/me")
                .then().statusCode(200)
                .body("subject", equalTo(Tokens.STAFF.subject()))
                .body("username", equalTo("staff"))
                .body("name", equalTo("Anna de Vries"))
                .body("email", equalTo("anna.devries@leercultuur.example"))
                .body("roles", contains("staff"))
                .body("memberId", nullValue())
                .body("partnerSystem", equalTo(false));
    }

    @Test
    void shouldRecognisePartnerSystemByClient() {
        Caller.PARTNER_SYSTEM.request().get("/api/v1/me")
                .then().statusCode(200)
                .body("roles", contains("partner"))
                .body("clientId", equalTo("hub-partner-demo"))
                .body("partnerSystem", equalTo(true))
                .body("name", equalTo("hub-partner-demo"));
    }

    @Test
    void shouldRejectTokenMeantForAnotherAudience() {
        RestAssured.given().auth().oauth2(Tokens.tokenWithAudience(Tokens.PARTNER, "some-other-api"))
                .get("/api/v1/me")
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void shouldRejectExpiredToken() {
        RestAssured.given().auth().oauth2(Tokens.expiredToken(Tokens.PARTNER))
                .get("/api/v1/me")
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void shouldRejectGarbageToken() {
        RestAssured.given().auth().oauth2("not-a-jwt")
                .get("/api/v1/me")
                .then().statusCode(401).contentType("application/problem+json");
    }
}
