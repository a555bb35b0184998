package nl.leercultuur.hub.community;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import nl.leercultuur.hub.support.Caller;
import nl.leercultuur.hub.support.GreenMailTestResource;
import org.junit.jupiter.api.Test;

/**
 * Join requests: visitors apply (honeypot, validation, nothing stored when refused), only staff read and decide, the
 * declined applicant gets the answer by mail (read back from a real SMTP server), and approval without Keycloak changes
 * nothing. Approval with the real Keycloak (account, invitation mail) is proven end to end (e2e/join.spec.ts).
 */
@QuarkusTest
class JoinRequestResourceTest {

    private static final String JOIN = "/api/v1/join-requests";
    private static final String BAKERY = "7e570000-0000-4000-8000-000000000001";
    private static final String FUND = "7e570000-0000-4000-8000-000000000003";   // STAFF_ONLY

    @Inject
    AgroalDataSource dataSource;

    @Inject
    JoinRequestRetention retention;

    private static String address() {
        return "aanvrager-" + UUID.randomUUID().toString().substring(0, 8) + "@voorbeeld.example";
    }

    private static Map<String, Object> request(String email, Map<String, Object> overrides) {
        Map<String, Object> body = new HashMap<>(Map.of("name", "Sanne Visser", "email", email, "organizationId", BAKERY,
                "motivation", "Ik wil leren van andere bakkerijen hoe zij leren op de werkvloer organiseren."));
        body.putAll(overrides);
        body.values().removeIf(java.util.Objects::isNull);
        return body;
    }

    private long stored(String email) throws Exception {
        try (Connection c = dataSource.getConnection();
                PreparedStatement q = c.prepareStatement("select count(*) from join_request where email = ?")) {
            q.setString(1, email);
            try (ResultSet rows = q.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private void sql(String statement, String email) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(statement)) {
            q.setString(1, email);
            assertEquals(1, q.executeUpdate(), statement);
        }
    }

    private String idOf(String email) {
        List<String> ids = Caller.STAFF.request().queryParam("size", 100).get(JOIN).then().statusCode(200)
                .extract().path("items.findAll { it.email == '" + email + "' }.id");
        assertEquals(1, ids.size(), "one request for " + email);
        return ids.get(0);
    }

    @Test
    void shouldReceiveAVisitorsRequestForTheStaffInbox() throws Exception {
        String email = address();
        RestAssured.given().header("Accept-Language", "nl").contentType(ContentType.JSON).body(request(email, Map.of()))
                .post(JOIN).then().statusCode(202).body("message", startsWith("Dank je wel"));
        assertEquals(1, stored(email));
        Caller.STAFF.request().queryParam("status", "PENDING").queryParam("size", 100).get(JOIN).then().statusCode(200)
                .body("items.find { it.email == '" + email + "' }.organization.name", equalTo("Testbakkerij B.V."))
                .body("items.find { it.email == '" + email + "' }.language", equalTo("nl"))
                .body("items.find { it.email == '" + email + "' }.status", equalTo("PENDING"));
        // asking again while the first waits stores nothing new, and gets the same answer
        RestAssured.given().contentType(ContentType.JSON).body(request(email.toUpperCase(), Map.of())).post(JOIN).then().statusCode(202);
        assertEquals(1, stored(email) + stored(email.toUpperCase()));
    }

    @Test
    void shouldStoreOneRequestWhenTheSameAddressAppliesSeveralTimesAtOnce() throws Exception {
        // a double click, or a client that retries: the requests race past the "one is waiting" check together
        for (int round = 0; round < 4; round++) {
            String email = address();
            int callers = 6;
            CyclicBarrier start = new CyclicBarrier(callers);
            ExecutorService pool = Executors.newFixedThreadPool(callers);
            try {
                List<Future<Integer>> answers = new ArrayList<>();
                for (int i = 0; i < callers; i++) {
                    answers.add(pool.submit(() -> {
                        start.await();
                        return RestAssured.given().contentType(ContentType.JSON).body(request(email, Map.of()))
                                .post(JOIN).then().extract().statusCode();
                    }));
                }
                for (Future<Integer> answer : answers) {
                    assertEquals(202, answer.get(30, TimeUnit.SECONDS), "every caller gets the receipt");
                }
            } finally {
                pool.shutdownNow();
            }
            assertEquals(1, stored(email), "one waiting request for " + email);
        }
    }

    @Test
    void shouldTakeANewOrganisationsDetails() throws Exception {
        String email = address();
        Map<String, Object> body = request(email, Map.of("newOrganization", Map.of("name", "Installatiebedrijf Van Dijk",
                "type", "SME", "province", "FRIESLAND", "kvkNumber", "87654321", "website", "https://vandijk.example")));
        body.remove("organizationId");
        RestAssured.given().contentType(ContentType.JSON).body(body).post(JOIN).then().statusCode(202);
        Caller.STAFF.request().queryParam("size", 100).get(JOIN).then().statusCode(200)
                .body("items.find { it.email == '" + email + "' }.newOrganization.name", equalTo("Installatiebedrijf Van Dijk"))
                .body("items.find { it.email == '" + email + "' }.newOrganization.province", equalTo("FRIESLAND"))
                .body("items.find { it.email == '" + email + "' }.language", equalTo("en"));
    }

    @Test
    void shouldRefuseRobotsAndBadInputStoringNothing() throws Exception {
        String email = address();
        RestAssured.given().contentType(ContentType.JSON).body(request(email, Map.of("website", "http://spam.example")))
                .post(JOIN).then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("website"));
        Map<String, Object> both = request(email, Map.of("newOrganization", Map.of("name", "Dubbel", "type", "SME", "province", "UTRECHT")));
        RestAssured.given().contentType(ContentType.JSON).body(both).post(JOIN).then().statusCode(400)
                .body("errors.field", containsInAnyOrder("organizationId", "newOrganization"));
        Map<String, Object> neither = request(email, Map.of());
        neither.remove("organizationId");
        RestAssured.given().contentType(ContentType.JSON).body(neither).post(JOIN).then().statusCode(400)
                .body("errors.field", containsInAnyOrder("organizationId", "newOrganization"));
        // an organisation a visitor may not see is not one they can name
        RestAssured.given().contentType(ContentType.JSON).body(request(email, Map.of("organizationId", FUND))).post(JOIN)
                .then().statusCode(400).body("errors.field", hasItem("organizationId"));
        Map<String, Object> bad = request("geen-adres", Map.of("organizationId", "", "motivation", "kort",
                "newOrganization", Map.of("name", "X", "type", "SME", "province", "UTRECHT", "kvkNumber", "1234567",
                        "website", "ftp://x.example")));
        bad.remove("organizationId");
        RestAssured.given().header("Accept-Language", "nl").contentType(ContentType.JSON).body(bad).post(JOIN).then().statusCode(400)
                .body("errors.field", hasItem("email")).body("errors.field", hasItem("motivation"))
                .body("detail", not(containsString("Exception")));
        Map<String, Object> province = request(email, Map.of("newOrganization", Map.of("name", "Brabants Bedrijf", "type", "SME",
                "province", "BRABANT")));
        province.remove("organizationId");
        RestAssured.given().contentType(ContentType.JSON).body(province).post(JOIN).then().statusCode(400)
                .body("errors.field", hasItem("newOrganization.province")).body("errors[0].message", containsString("NOORD_BRABANT"));
        Map<String, Object> fields = request("geen-adres", Map.of("motivation", "kort"));
        fields.remove("organizationId");
        fields.put("newOrganization", Map.of("name", "X", "type", "SME", "province", "UTRECHT", "kvkNumber", "1234567", "website", "ftp://x.example"));
        RestAssured.given().contentType(ContentType.JSON).body(fields).post(JOIN).then().statusCode(400)
                .body("errors.field", hasItem("newOrganization.kvkNumber")).body("errors.field", hasItem("newOrganization.website"))
                .body("errors.field", hasItem("newOrganization.name"));
        assertEquals(0, stored(email));
        assertEquals(0, stored("geen-adres"));
    }

    @Test
    void shouldLetOnlyStaffReadAndDecide() {
        String email = address();
        RestAssured.given().contentType(ContentType.JSON).body(request(email, Map.of())).post(JOIN).then().statusCode(202);
        String id = idOf(email);
        RestAssured.given().get(JOIN).then().statusCode(401);
        Caller.PARTNER.request().get(JOIN).then().statusCode(403);
        Caller.PARTNER_SYSTEM.request().get(JOIN).then().statusCode(403);
        Caller.PARTNER.request().post(JOIN + "/" + id + "/approve").then().statusCode(403);
        Caller.PARTNER.request().contentType(ContentType.JSON).body(Map.of()).post(JOIN + "/" + id + "/decline").then().statusCode(403);
        Caller.STAFF.request().post(JOIN + "/" + UUID.randomUUID() + "/approve").then().statusCode(404)
                .contentType("application/problem+json");
        Caller.STAFF.request().queryParam("status", "OPEN").get(JOIN).then().statusCode(400).body("errors.field", hasItem("status"));
    }

    @Test
    void shouldMailTheAnswerToADeclinedApplicantInTheirLanguage() throws Exception {
        String email = address();
        RestAssured.given().header("Accept-Language", "nl").contentType(ContentType.JSON).body(request(email, Map.of()))
                .post(JOIN).then().statusCode(202);
        String id = idOf(email);
        Caller.STAFF.request().contentType(ContentType.JSON).body(Map.of("reason", "We richten ons nu op het mkb in Gelderland."))
                .post(JOIN + "/" + id + "/decline").then().statusCode(200)
                .body("status", equalTo("DECLINED")).body("decidedBy", equalTo("Anna de Vries"));
        List<MimeMessage> mails = GreenMailTestResource.mailsTo(email, 1);
        assertEquals(1, mails.size(), "one answer mailed");
        assertEquals("Je aanmelding bij de Leercultuur Hub", mails.get(0).getSubject());
        String text = mails.get(0).getContent().toString();
        assertTrue(text.startsWith("Beste Sanne Visser,"), text);
        assertTrue(text.contains("Onze reden: We richten ons nu op het mkb in Gelderland."), text);
        // answered once: deciding again is a conflict, and no second mail goes out
        Caller.STAFF.request().contentType(ContentType.JSON).body(Map.of()).post(JOIN + "/" + id + "/decline").then().statusCode(409);
        Caller.STAFF.request().post(JOIN + "/" + id + "/approve").then().statusCode(409);
        Thread.sleep(300);
        assertEquals(1, GreenMailTestResource.mailsToNow(email).size());
    }

    @Test
    void shouldRemoveADeclinedRequestNinetyDaysAfterTheDecisionOnly() throws Exception {
        String expired = address();
        String recent = address();
        String waiting = address();
        String approved = address();
        for (String email : List.of(expired, recent, waiting, approved)) {
            RestAssured.given().contentType(ContentType.JSON).body(request(email, Map.of())).post(JOIN).then().statusCode(202);
        }
        for (String email : List.of(expired, recent)) {
            Caller.STAFF.request().contentType(ContentType.JSON).body(Map.of()).post(JOIN + "/" + idOf(email) + "/decline")
                    .then().statusCode(200);
        }
        sql("update join_request set decided_at = now() - interval '91 days' where email = ?", expired);
        sql("update join_request set decided_at = now() - interval '89 days' where email = ?", recent);
        sql("update join_request set created_at = now() - interval '400 days' where email = ?", waiting);
        sql("update join_request set status = 'APPROVED', account_subject = 'retention-test', "
                + "decided_at = now() - interval '400 days' where email = ?", approved);

        assertTrue(retention.removeExpired(Instant.now()) >= 1);
        assertEquals(0, stored(expired), "declined 91 days ago: removed");
        assertEquals(1, stored(recent), "declined 89 days ago: kept");
        assertEquals(1, stored(waiting), "still waiting for an answer: kept");
        assertEquals(1, stored(approved), "approved: kept with the account it created");
        Caller.STAFF.request().queryParam("size", 100).get(JOIN).then().statusCode(200)
                .body("items.email", not(hasItem(expired))).body("items.email", hasItem(recent));
    }

    @Test
    void shouldChangeNothingWhenKeycloakDoesNotAnswerAnApproval() throws Exception {
        String email = address();
        String name = "Nieuw Bedrijf " + UUID.randomUUID().toString().substring(0, 6);
        Map<String, Object> body = request(email, Map.of("newOrganization", Map.of("name", name, "type", "SME", "province", "ZEELAND")));
        body.remove("organizationId");
        RestAssured.given().contentType(ContentType.JSON).body(body).post(JOIN).then().statusCode(202);
        String id = idOf(email);
        Caller.STAFF.request().header("Accept-Language", "nl").post(JOIN + "/" + id + "/approve").then().statusCode(503)
                .contentType("application/problem+json")
                .body("type", equalTo("https://leercultuur-hub.nl/problems/service-unavailable"))
                .body("detail", startsWith("Keycloak, waar de accounts staan, gaf geen antwoord"));
        Caller.STAFF.request().queryParam("size", 100).get(JOIN).then().statusCode(200)
                .body("items.find { it.id == '" + id + "' }.status", equalTo("PENDING"));
        // the new organisation was not created either: the approval is all or nothing
        Caller.STAFF.request().queryParam("q", name).get("/api/v1/organizations").then().statusCode(200)
                .body("items.name", not(hasItem(name)));
    }
}
