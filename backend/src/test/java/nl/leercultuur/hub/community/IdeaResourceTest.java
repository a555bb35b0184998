package nl.leercultuur.hub.community;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import nl.leercultuur.hub.support.Caller;
import org.junit.jupiter.api.Test;

/** Ideas: anyone submits, robots and bad input are refused with nothing stored, staff answer, submitters see the answer. */
@QuarkusTest
class IdeaResourceTest {

    private static final String IDEAS = "/api/v1/ideas";

    @Inject
    AgroalDataSource dataSource;

    private static Map<String, Object> idea(String title, Map<String, Object> overrides) {
        Map<String, Object> body = new HashMap<>(Map.of("title", title,
                "description", "Een idee om leren op de werkvloer gewoon te maken in kleine bedrijven."));
        body.putAll(overrides);
        return body;
    }

    private long stored(String title) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement("select count(*) from idea where title = ?")) {
            q.setString(1, title);
            try (ResultSet rows = q.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    @Test
    void shouldLetAPartnerSubmitAndReadTheAnswerWhileOthersDoNotSeeIt() {
        String title = "Idee " + UUID.randomUUID().toString().substring(0, 8);
        String id = Caller.PARTNER.request().contentType(ContentType.JSON).body(idea(title, Map.of())).post(IDEAS)
                .then().statusCode(201).body("status", equalTo("NEW")).body("submittedBy", equalTo("Bram Jansen")).extract().path("id");
        Caller.OTHER_PARTNER.request().queryParam("size", 100).get(IDEAS).then().statusCode(200).body("items.id", not(hasItem(id)));
        Caller.STAFF.request().contentType(ContentType.JSON).body(Map.of("status", "ADOPTED", "answer", "We nemen het mee in een pilot."))
                .post(IDEAS + "/" + id + "/response").then().statusCode(200).body("status", equalTo("ADOPTED"));
        Caller.PARTNER.request().queryParam("size", 100).get(IDEAS).then().statusCode(200)
                .body("items.find { it.id == '" + id + "' }.answer", equalTo("We nemen het mee in een pilot."))
                .body("items.find { it.id == '" + id + "' }.answeredBy", equalTo("Anna de Vries"));
    }

    @Test
    void shouldTakeAVisitorsIdeaAndShowTheContactAddressOnlyToStaff() {
        String title = "Bezoekersidee " + UUID.randomUUID().toString().substring(0, 8);
        String id = RestAssured.given().contentType(ContentType.JSON).body(idea(title, Map.of("contactEmail", "bezoeker@example.org")))
                .post(IDEAS).then().statusCode(201).body("contactEmail", nullValue()).body("submittedBy", nullValue()).extract().path("id");
        Caller.STAFF.request().queryParam("size", 100).get(IDEAS).then().statusCode(200)
                .body("items.find { it.id == '" + id + "' }.contactEmail", equalTo("bezoeker@example.org"));
        RestAssured.given().get(IDEAS).then().statusCode(401);
    }

    @Test
    void shouldRefuseRobotsAndBadInputAndStoreNothing() throws Exception {
        String title = "Robotidee " + UUID.randomUUID().toString().substring(0, 8);
        RestAssured.given().contentType(ContentType.JSON).body(idea(title, Map.of("website", "http://spam.example"))).post(IDEAS)
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", contains("website"));
        RestAssured.given().contentType(ContentType.JSON).body(idea(title, Map.of("description", "te kort", "contactEmail", "geen-adres")))
                .post(IDEAS).then().statusCode(400).body("errors.field", contains("contactEmail", "description"));
        assertEquals(0, stored(title));
        Caller.STAFF.request().contentType(ContentType.JSON).body(Map.of("status", "MAYBE", "answer", "Misschien later."))
                .post(IDEAS + "/" + UUID.randomUUID() + "/response").then().statusCode(400).body("errors[0].field", equalTo("status"));
        Caller.STAFF.request().contentType(ContentType.JSON).body(Map.of("status", "DECLINED", "answer", "Helaas niet."))
                .post(IDEAS + "/" + UUID.randomUUID() + "/response").then().statusCode(404);
    }
}
