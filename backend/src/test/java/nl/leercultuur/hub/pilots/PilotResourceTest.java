package nl.leercultuur.hub.pilots;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.leercultuur.hub.support.Caller;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Pilots: who sees and changes what by organisation (executing, participating, unrelated), every allowed and refused
 * transition, bad input, and optimistic locking.
 */
@QuarkusTest
class PilotResourceTest {

    static final String PILOTS = "/api/v1/pilots";
    static final String BAKERY = "7e570000-0000-4000-8000-000000000001";   // PARTNER's organisation
    static final String SCHOOL = "7e570000-0000-4000-8000-000000000002";   // OTHER_PARTNER's organisation
    static final String BRAM = "7e57a000-0000-4000-8000-000000000002";     // member of the bakery
    static final String CARLA = "7e57a000-0000-4000-8000-000000000003";    // member of the school

    static Map<String, Object> pilot(Map<String, Object> overrides) {
        Map<String, Object> body = new HashMap<>(Map.of("title", "Intervisie voor meewerkend voormannen",
                "interventionTypeCode", "intervisie",
                "intervention", "Elke maand een intervisiebijeenkomst van twee uur met een begeleider van de school.",
                "goal", "Voormannen leren van elkaars aanpak bij het inwerken van nieuwe collega's.",
                "organizations", List.of(Map.of("organizationId", BAKERY, "role", "EXECUTING"),
                        Map.of("organizationId", SCHOOL, "role", "EDUCATION_PARTNER")),
                "contactMemberId", BRAM, "startsOn", "2027-02-01", "endsOn", "2027-07-01",
                "costTotal", 1800, "participantCount", 12));
        body.putAll(overrides);
        return body;
    }

    /** A pilot of the bakery (executing) and the school (education partner), as staff create it; returns its id. */
    static String create() {
        return Caller.STAFF.request().contentType(ContentType.JSON).body(pilot(Map.of())).post(PILOTS).then().statusCode(201)
                .extract().path("id");
    }

    private static void move(String id, String status, int expected) {
        Caller.STAFF.request().contentType(ContentType.JSON).body(Map.of("status", status, "reason", "test"))
                .post(PILOTS + "/" + id + "/status").then().statusCode(expected);
    }

    @Nested
    class Access {

        @Test
        void shouldShowAPilotToItsOrganisationsOnlyAndLetTheExecutingOneChangeIt() {
            String id = create();
            Caller.STAFF.request().get(PILOTS + "/" + id).then().statusCode(200)
                    .body("status", equalTo("IDEA")).body("interventionType.labelNl", equalTo("Intercollegiaal leren en intervisie"))
                    .body("organizations.name", contains("Testbakkerij B.V.", "Test-ROC")).body("contact.name", equalTo("Bram Jansen"))
                    .body("costPerParticipant", equalTo(150.00f)).body("allowedTransitions", contains("PREPARING", "STOPPED"))
                    .body("allowedActions", contains("UPDATE", "CHANGE_STATUS", "JOURNAL"));
            String etag = Caller.PARTNER.request().get(PILOTS + "/" + id).then().statusCode(200)
                    .body("allowedActions", contains("UPDATE", "JOURNAL")).body("allowedTransitions", org.hamcrest.Matchers.empty())
                    .extract().header("ETag");
            Caller.OTHER_PARTNER.request().get(PILOTS + "/" + id).then().statusCode(200).body("allowedActions", contains("JOURNAL"));
            Caller.PARTNER_SYSTEM.request().get(PILOTS + "/" + id).then().statusCode(404);
            RestAssured.given().get(PILOTS + "/" + id).then().statusCode(404);
            Caller.PARTNER.request().queryParam("size", 100).get(PILOTS).then().statusCode(200).body("items.id", hasItem(id));
            Caller.PARTNER_SYSTEM.request().queryParam("size", 100).get(PILOTS).then().statusCode(200).body("items.id", not(hasItem(id)));
            RestAssured.given().queryParam("size", 100).get(PILOTS).then().statusCode(200).body("items.id", not(hasItem(id)));

            Map<String, Object> changed = pilot(Map.of("targetGroup", "Voormannen in de bakkerij"));
            Caller.OTHER_PARTNER.request().contentType(ContentType.JSON).header("If-Match", etag).body(changed).put(PILOTS + "/" + id)
                    .then().statusCode(403);
            Caller.PARTNER_SYSTEM.request().contentType(ContentType.JSON).header("If-Match", etag).body(changed).put(PILOTS + "/" + id)
                    .then().statusCode(404);
            Caller.PARTNER.request().contentType(ContentType.JSON).body(changed).put(PILOTS + "/" + id).then().statusCode(428);
            // who takes part, and in which role, is for staff: the executing partner may not drop the school or change its role
            Caller.PARTNER.request().contentType(ContentType.JSON).header("If-Match", etag)
                    .body(pilot(Map.of("organizations", List.of(Map.of("organizationId", BAKERY, "role", "EXECUTING")), "contactMemberId", BRAM)))
                    .put(PILOTS + "/" + id).then().statusCode(403).contentType("application/problem+json")
                    .body("detail", containsString("programme team"));
            Caller.PARTNER.request().contentType(ContentType.JSON).header("If-Match", etag)
                    .body(pilot(Map.of("organizations", List.of(Map.of("organizationId", BAKERY, "role", "EXECUTING"),
                            Map.of("organizationId", SCHOOL, "role", "FUNDER")))))
                    .put(PILOTS + "/" + id).then().statusCode(403);
            Caller.PARTNER.request().contentType(ContentType.JSON).header("If-Match", etag).body(changed).put(PILOTS + "/" + id)
                    .then().statusCode(200).body("targetGroup", equalTo("Voormannen in de bakkerij"));
            // a second change with the same, now stale, version loses nothing: 412
            Caller.STAFF.request().contentType(ContentType.JSON).header("If-Match", etag).body(pilot(Map.of())).put(PILOTS + "/" + id)
                    .then().statusCode(412);
            Caller.PARTNER.request().contentType(ContentType.JSON).body(Map.of("status", "PREPARING"))
                    .post(PILOTS + "/" + id + "/status").then().statusCode(403);
        }

        @Test
        void shouldFilterTheListAndReadIncrementally() {
            String id = create();
            Caller.STAFF.request().queryParam("status", "IDEA").queryParam("interventionType", "intervisie").queryParam("organization", SCHOOL)
                    .queryParam("size", 100).get(PILOTS).then().statusCode(200).body("items.id", hasItem(id));
            Caller.STAFF.request().queryParam("status", "RUNNING").queryParam("size", 100).get(PILOTS).then().statusCode(200)
                    .body("items.id", not(hasItem(id)));
            // the bakery is in Gelderland, the school in Utrecht: either province finds the pilot, another does not
            Caller.STAFF.request().queryParam("province", "UTRECHT").queryParam("province", "LIMBURG").queryParam("size", 100).get(PILOTS)
                    .then().statusCode(200).body("items.id", hasItem(id));
            Caller.STAFF.request().queryParam("province", "NOORD_HOLLAND").queryParam("size", 100).get(PILOTS).then().statusCode(200)
                    .body("items.id", not(hasItem(id)));
            Caller.STAFF.request().queryParam("province", "Atlantis").get(PILOTS).then().statusCode(400)
                    .body("errors.field", hasItem("province"));
            Caller.STAFF.request().queryParam("updatedSince", "2000-01-01T00:00:00Z").queryParam("size", 100).get(PILOTS).then()
                    .statusCode(200).body("items.id", hasItem(id));
            Caller.STAFF.request().queryParam("status", "BEZIG").get(PILOTS).then().statusCode(400).body("errors.field", hasItem("status"));
            Caller.STAFF.request().queryParam("organization", "geen-id").get(PILOTS).then().statusCode(400)
                    .body("errors.field", hasItem("organization"));
        }
    }

    @Inject
    org.hibernate.SessionFactory sessionFactory;

    @Inject
    io.agroal.api.AgroalDataSource dataSource;

    @Test
    void shouldListAPageOfPilotsInAFixedNumberOfStatements() {
        for (int i = 0; i < 8; i++) {
            create();
        }
        var statistics = sessionFactory.getStatistics();
        statistics.clear();
        int shown = Caller.STAFF.request().queryParam("size", 100).get(PILOTS).then().statusCode(200)
                .extract().path("items.size()");
        long statements = statistics.getPrepareStatementCount();
        org.junit.jupiter.api.Assertions.assertTrue(shown >= 8, "pilots shown: " + shown);
        // page, count, organisations and knowledge of all pilots, names, contacts, knowledge references, types:
        // the same for 8 pilots or 100 (loading each pilot's organisations and knowledge apart would be 2 x shown more)
        org.junit.jupiter.api.Assertions.assertTrue(statements <= 10, statements + " statements for " + shown + " pilots");
    }

    @Nested
    class Lifecycle {

        @Test
        void shouldAllowOnlyTheLifecycleAndRecordWhoWhenAndWhy() {
            String id = create();
            move(id, "RUNNING", 409);
            move(id, "COMPLETED", 409);
            move(id, "IDEA", 409);
            move(id, "PREPARING", 200);
            move(id, "EVALUATING", 409);
            move(id, "RUNNING", 200);
            move(id, "PREPARING", 409);
            move(id, "EVALUATING", 200);
            move(id, "COMPLETED", 200);
            for (String status : List.of("IDEA", "PREPARING", "RUNNING", "EVALUATING", "STOPPED")) {
                move(id, status, 409);
            }
            Caller.OTHER_PARTNER.request().get(PILOTS + "/" + id + "/history").then().statusCode(200)
                    .body("to", contains("IDEA", "PREPARING", "RUNNING", "EVALUATING", "COMPLETED"))
                    .body("by", hasItem("Anna de Vries"));
            Caller.STAFF.request().header("Accept-Language", "nl").contentType(ContentType.JSON).body(Map.of("status", "IDEA"))
                    .post(PILOTS + "/" + id + "/status").then().statusCode(409)
                    .body("detail", containsString("Een pilot met status COMPLETED kan niet naar IDEA"));
        }

        @Test
        void shouldStopFromEveryOpenStateOnlyWithAReason() {
            List<String> path = List.of("PREPARING", "RUNNING", "EVALUATING");
            for (int steps = 0; steps <= path.size(); steps++) {
                String id = create();
                for (String status : path.subList(0, steps)) {
                    move(id, status, 200);
                }
                Caller.STAFF.request().contentType(ContentType.JSON).body(Map.of("status", "STOPPED")).post(PILOTS + "/" + id + "/status")
                        .then().statusCode(400).body("errors[0].field", equalTo("reason"));
                Caller.STAFF.request().contentType(ContentType.JSON).body(Map.of("status", "STOPPED", "reason", "De begeleider viel weg."))
                        .post(PILOTS + "/" + id + "/status").then().statusCode(200)
                        .body("status", equalTo("STOPPED")).body("stopReason", equalTo("De begeleider viel weg."))
                        .body("allowedTransitions", org.hamcrest.Matchers.empty());
                move(id, "RUNNING", 409);
            }
        }
    }

    @Nested
    class Journal {

        @Test
        void shouldLetTheOrganisationsTakingPartKeepAJournalThatOnlyItsAuthorCorrectsForADay() throws Exception {
            String id = create();
            String entry = Caller.PARTNER.request().contentType(ContentType.JSON)
                    .body(Map.of("text", "Eerste bijeenkomst: iedereen bracht een casus mee.")).post(PILOTS + "/" + id + "/journal")
                    .then().statusCode(201).body("author", equalTo("Bram Jansen")).body("editable", equalTo(true)).extract().path("id");
            Caller.OTHER_PARTNER.request().contentType(ContentType.JSON).body(Map.of("text", "De school sluit de volgende keer aan."))
                    .post(PILOTS + "/" + id + "/journal").then().statusCode(201);
            Caller.OTHER_PARTNER.request().get(PILOTS + "/" + id + "/journal").then().statusCode(200)
                    .body("items.text", contains("De school sluit de volgende keer aan.", "Eerste bijeenkomst: iedereen bracht een casus mee."))
                    .body("items.editable", contains(true, false));
            // only the author corrects, and only for a day
            Caller.OTHER_PARTNER.request().contentType(ContentType.JSON).body(Map.of("text", "Verbeterd door een ander."))
                    .put(PILOTS + "/" + id + "/journal/" + entry).then().statusCode(403);
            Caller.PARTNER.request().contentType(ContentType.JSON).body(Map.of("text", "Eerste bijeenkomst: acht casussen."))
                    .put(PILOTS + "/" + id + "/journal/" + entry).then().statusCode(200).body("editedAt", org.hamcrest.Matchers.notNullValue());
            try (var c = dataSource.getConnection(); var q = c.prepareStatement(
                    "update pilot_journal_entry set written_at = now() - interval '25 hours' where id = ?")) {
                q.setObject(1, UUID.fromString(entry));
                q.executeUpdate();
            }
            Caller.PARTNER.request().contentType(ContentType.JSON).body(Map.of("text", "Te laat verbeterd."))
                    .put(PILOTS + "/" + id + "/journal/" + entry).then().statusCode(403);
            // partner systems and unrelated callers do not read it; bad input is a 400
            Caller.PARTNER_SYSTEM.request().get(PILOTS + "/" + id + "/journal").then().statusCode(404);
            RestAssured.given().get(PILOTS + "/" + id + "/journal").then().statusCode(401);
            Caller.PARTNER.request().contentType(ContentType.JSON).body(Map.of("text", "")).post(PILOTS + "/" + id + "/journal")
                    .then().statusCode(400).body("errors[0].field", equalTo("text"));
        }
    }

    @Nested
    class BadInput {

        private void refused(Map<String, Object> body, String field) {
            Caller.STAFF.request().contentType(ContentType.JSON).body(body).post(PILOTS).then().statusCode(400)
                    .contentType("application/problem+json").body("errors.field", hasItem(field));
        }

        @Test
        void shouldRefuseBadPilotsWithFieldErrorsAndStoreNothing() {
            String title = "Onjuiste pilot " + UUID.randomUUID().toString().substring(0, 6);
            refused(pilot(Map.of("title", title, "endsOn", "2027-01-01")), "endsOn");
            refused(pilot(Map.of("title", title, "organizations", List.of(Map.of("organizationId", UUID.randomUUID().toString(), "role", "EXECUTING")),
                    "contactMemberId", "")), "organizations");
            refused(pilot(Map.of("title", title, "contactMemberId", CARLA,
                    "organizations", List.of(Map.of("organizationId", BAKERY, "role", "EXECUTING")))), "contactMemberId");
            refused(pilot(Map.of("title", title, "costTotal", -1)), "costTotal");
            refused(pilot(Map.of("title", title, "participantCount", 0)), "participantCount");
            refused(pilot(Map.of("title", title, "interventionTypeCode", "toveren")), "interventionTypeCode");
            refused(pilot(Map.of("title", title, "organizations", List.of(Map.of("organizationId", BAKERY, "role", "EXECUTING"),
                    Map.of("organizationId", BAKERY, "role", "FUNDER")))), "organizations");
            refused(pilot(Map.of("title", title, "organizations", List.of(Map.of("organizationId", BAKERY, "role", "BAAS")))),
                    "organizations[0].role");
            List<Map<String, Object>> many = new ArrayList<>();
            for (int i = 0; i < 51; i++) {
                many.add(Map.of("organizationId", UUID.randomUUID().toString(), "role", "PARTICIPATING"));
            }
            refused(pilot(Map.of("title", title, "organizations", many)), "organizations");
            refused(pilot(Map.of("title", title, "knowledgeItemIds", List.of(UUID.randomUUID().toString()))), "knowledgeItemIds");
            Caller.STAFF.request().queryParam("size", 100).get(PILOTS).then().statusCode(200).body("items.title", not(hasItem(title)));
        }
    }
}
