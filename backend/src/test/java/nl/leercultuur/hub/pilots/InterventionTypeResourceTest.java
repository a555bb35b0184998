package nl.leercultuur.hub.pilots;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.leercultuur.hub.support.Caller;
import org.junit.jupiter.api.Test;

/** The intervention-type vocabulary: seeded, public to read, staff manage it with If-Match; bad input is a 400. */
@QuarkusTest
class InterventionTypeResourceTest {

    private static final String TYPES = "/api/v1/intervention-types";

    private static Map<String, Object> texts(Map<String, Object> overrides) {
        Map<String, Object> body = new HashMap<>(Map.of("labelNl", "Praktijkleren", "labelEn", "Practice-based learning",
                "descriptionNl", "Leren door een echte opdracht uit het bedrijf uit te voeren, met begeleiding.",
                "descriptionEn", "Learning by carrying out a real assignment from the company, with guidance.",
                "ingredientsNl", List.of("Een echte opdracht", "Begeleiding door een collega"),
                "ingredientsEn", List.of("A real assignment", "Guidance by a colleague")));
        body.putAll(overrides);
        return body;
    }

    @Test
    void shouldListTheSeededTypesWithTheirActiveIngredientsForEveryone() {
        RestAssured.given().queryParam("size", 100).get(TYPES).then().statusCode(200)
                .body("items.code", hasItem("intervisie")).body("items.code", hasItem("microcredentials"))
                .body("items.find { it.code == 'intervisie' }.ingredientsNl", hasSize(3))
                .body("items.find { it.code == 'intervisie' }.labelEn", equalTo("Peer learning and intervision"));
        String etag = RestAssured.given().get(TYPES + "/leerbudget").then().statusCode(200)
                .body("ingredientsNl[1]", equalTo("Tijd naast geld")).extract().header("ETag");
        RestAssured.given().header("If-None-Match", etag).get(TYPES + "/leerbudget").then().statusCode(304);
        RestAssured.given().header("Accept-Language", "nl").get(TYPES + "/bestaat-niet").then().statusCode(404)
                .contentType("application/problem+json").body("detail", equalTo("Interventietype bestaat-niet bestaat niet."));
    }

    @Test
    void shouldLetStaffAddAndChangeATypeUnderIfMatch() {
        String code = "praktijkleren-" + UUID.randomUUID().toString().substring(0, 6);
        Map<String, Object> create = texts(Map.of("code", code));
        Caller.PARTNER.request().contentType(ContentType.JSON).body(create).post(TYPES).then().statusCode(403);
        RestAssured.given().contentType(ContentType.JSON).body(create).post(TYPES).then().statusCode(401);
        String etag = Caller.STAFF.request().contentType(ContentType.JSON).body(create).post(TYPES).then().statusCode(201)
                .header("Location", startsWith("http")).body("ingredientsEn", contains("A real assignment", "Guidance by a colleague"))
                .extract().header("ETag");
        Caller.STAFF.request().contentType(ContentType.JSON).body(create).post(TYPES).then().statusCode(409);

        Map<String, Object> changed = texts(Map.of("ingredientsNl", List.of("Een echte opdracht"), "ingredientsEn", List.of("A real assignment")));
        Caller.STAFF.request().contentType(ContentType.JSON).body(changed).put(TYPES + "/" + code).then().statusCode(428);
        Caller.STAFF.request().contentType(ContentType.JSON).header("If-Match", "\"99\"").body(changed).put(TYPES + "/" + code)
                .then().statusCode(412);
        Caller.OTHER_PARTNER.request().contentType(ContentType.JSON).header("If-Match", etag).body(changed).put(TYPES + "/" + code)
                .then().statusCode(403);
        Caller.STAFF.request().contentType(ContentType.JSON).header("If-Match", etag).body(changed).put(TYPES + "/" + code)
                .then().statusCode(200).body("ingredientsNl", hasSize(1)).body("version", equalTo(1));
    }

    @Test
    void shouldRefuseBadInputWithFieldErrors() {
        Caller.STAFF.request().contentType(ContentType.JSON).body(texts(Map.of("code", "Geen Code"))).post(TYPES).then().statusCode(400)
                .body("errors.field", hasItem("code"));
        Caller.STAFF.request().contentType(ContentType.JSON)
                .body(texts(Map.of("code", "ongelijk", "ingredientsEn", List.of("Only one")))).post(TYPES).then().statusCode(400)
                .body("errors[0].field", equalTo("ingredientsEn"));
        Caller.STAFF.request().contentType(ContentType.JSON)
                .body(texts(Map.of("code", "te-veel", "ingredientsNl", List.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11"))))
                .post(TYPES).then().statusCode(400).body("errors.field", hasItem("ingredientsNl"));
        Caller.STAFF.request().contentType(ContentType.JSON).body(texts(Map.of("code", "kort", "descriptionNl", "kort"))).post(TYPES)
                .then().statusCode(400).body("errors.field", hasItem("descriptionNl"));
        RestAssured.given().get(TYPES + "/ongelijk").then().statusCode(404);
    }
}
