package nl.leercultuur.hub.themes;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.util.Map;
import java.util.UUID;
import nl.leercultuur.hub.support.Caller;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ThemeResourceTest {

    @Test
    void shouldListSeededDutchThemesPublicly() {
        RestAssured.given().queryParam("size", 100).get("/api/v1/themes")
                .then().statusCode(200)
                .body("items.code", hasItems("leiderschap", "feedback", "informeel-leren", "psychologische-veiligheid",
                        "leerbudget", "loopbaan"))
                .body("items.find { it.code == 'informeel-leren' }.labelNl", equalTo("Informeel leren"))
                .body("items.find { it.code == 'informeel-leren' }.labelEn", equalTo("Informal learning"))
                .body("page", equalTo(0))
                .body("size", equalTo(100))
                .body("totalItems", greaterThanOrEqualTo(18));
    }

    @Test
    void shouldPageThemes() {
        RestAssured.given().queryParam("size", 5).queryParam("page", 1).get("/api/v1/themes")
                .then().statusCode(200)
                .body("items.size()", equalTo(5))
                .body("page", equalTo(1))
                .body("items[0].code", equalTo("loopbaan"));
    }

    @Test
    void shouldRejectOversizedPageWithFieldError() {
        RestAssured.given().queryParam("size", 1000).get("/api/v1/themes")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("errors[0].field", equalTo("size"))
                .body("errors[0].message", equalTo("must be between 1 and 100"));
    }

    @Test
    void shouldAnswer404ProblemForUnknownTheme() {
        RestAssured.given().get("/api/v1/themes/bestaat-niet")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("detail", containsString("bestaat-niet"));
    }

    @Test
    void shouldLetStaffAddAndRenameTheme() {
        String code = "test-" + UUID.randomUUID().toString().substring(0, 8);
        Caller.STAFF.request().contentType(ContentType.JSON)
                .body(Map.of("code", code, "labelNl", "Testthema", "labelEn", "Test theme"))
                .post("/api/v1/themes")
                .then().statusCode(201)
                .header("Location", containsString("/api/v1/themes/" + code))
                .body("code", equalTo(code));
        Caller.STAFF.request().contentType(ContentType.JSON)
                .body(Map.of("labelNl", "Hernoemd thema", "labelEn", "Renamed theme"))
                .put("/api/v1/themes/" + code)
                .then().statusCode(200).body("labelNl", equalTo("Hernoemd thema")).body("code", equalTo(code));
        Caller.STAFF.request().contentType(ContentType.JSON)
                .body(Map.of("code", code, "labelNl", "Dubbel", "labelEn", "Duplicate"))
                .post("/api/v1/themes")
                .then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void shouldRefusePartnerManagingThemes() {
        Caller.PARTNER.request().contentType(ContentType.JSON)
                .body(Map.of("code", "partner-thema", "labelNl", "X", "labelEn", "X"))
                .post("/api/v1/themes")
                .then().statusCode(403).contentType("application/problem+json");
        RestAssured.given().contentType(ContentType.JSON)
                .body(Map.of("code", "anon-thema", "labelNl", "X", "labelEn", "X"))
                .post("/api/v1/themes")
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void shouldRejectInvalidThemeWithFieldErrors() {
        Caller.STAFF.request().contentType(ContentType.JSON)
                .body(Map.of("code", "Geen Geldige Code", "labelNl", "", "labelEn", "X"))
                .post("/api/v1/themes")
                .then().statusCode(400)
                .body("errors.field", hasItems("code", "labelNl"));
    }
}
