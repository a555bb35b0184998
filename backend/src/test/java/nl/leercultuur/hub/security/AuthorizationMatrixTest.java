package nl.leercultuur.hub.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import nl.leercultuur.hub.support.Caller;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Who may call what. Every operation of the OpenAPI document must have a row here with the expected status for
 * each kind of caller, and every row is called for real by each of them. A new endpoint without a row fails the
 * build; so does an endpoint that answers a caller differently from what its row says.
 */
@QuarkusTest
class AuthorizationMatrixTest {

    private static final String ITEMS = "/api/v1/knowledge-items";
    private static final String ORGS = "/api/v1/organizations";
    private static final String MEMBERS = "/api/v1/members";
    private static final String BAKERY = "7e570000-0000-4000-8000-000000000001";
    private static final String FUND = "7e570000-0000-4000-8000-000000000003";
    private static final String CARLA = "7e57a000-0000-4000-8000-000000000003";

    /** Expected status per caller: anonymous, partner, partner of another organisation, staff, partner system. */
    private record Expect(int anonymous, int partner, int otherPartner, int staff, int partnerSystem) {
        Map<Caller, Integer> byCaller() {
            Map<Caller, Integer> map = new EnumMap<>(Caller.class);
            map.put(Caller.ANONYMOUS, anonymous);
            map.put(Caller.PARTNER, partner);
            map.put(Caller.OTHER_PARTNER, otherPartner);
            map.put(Caller.STAFF, staff);
            map.put(Caller.PARTNER_SYSTEM, partnerSystem);
            return map;
        }
    }

    /** One operation: how to call it (fresh fixtures per call) and what each caller must get. */
    private record Row(Function<RequestSpecification, Response> call, Expect expect) {
    }

    private static final Map<String, Row> MATRIX = new LinkedHashMap<>();

    static {
        // identity
        row("GET /api/v1/me", r -> r.get("/api/v1/me"), new Expect(401, 200, 200, 200, 200));

        // themes: public to read, staff to manage
        row("GET /api/v1/themes", r -> r.get("/api/v1/themes"), new Expect(200, 200, 200, 200, 200));
        row("GET /api/v1/themes/{code}", r -> r.get("/api/v1/themes/feedback"), new Expect(200, 200, 200, 200, 200));
        row("POST /api/v1/themes", r -> r.contentType(ContentType.JSON)
                .body(Map.of("code", "m-" + UUID.randomUUID().toString().substring(0, 8), "labelNl", "Matrix", "labelEn", "Matrix"))
                .post("/api/v1/themes"), new Expect(401, 403, 403, 201, 403));
        row("PUT /api/v1/themes/{code}", r -> r.contentType(ContentType.JSON)
                .body(Map.of("labelNl", "Leermotivatie", "labelEn", "Motivation to learn"))
                .put("/api/v1/themes/motivatie"), new Expect(401, 403, 403, 200, 403));

        // community: PARTNER works at the bakery (PUBLIC), OTHER_PARTNER at the school (COMMUNITY); the partner system is
        // linked to the training fund (STAFF_ONLY). See src/test/resources/db/testdata.
        row("GET " + ORGS, r -> r.get(ORGS), new Expect(200, 200, 200, 200, 200));
        row("GET " + ORGS + "/{id}", r -> r.get(ORGS + "/" + FUND), new Expect(404, 404, 404, 200, 200));
        row("GET " + ORGS + "/{id}/contributions", r -> r.get(ORGS + "/" + FUND + "/contributions"),
                new Expect(404, 404, 404, 200, 200));
        row("POST " + ORGS, r -> r.contentType(ContentType.JSON)
                .body(Map.of("name", "Matrix B.V.", "type", "SME", "province", "ZEELAND")).post(ORGS),
                new Expect(401, 403, 403, 201, 403));
        row("PUT " + ORGS + "/{id}", r -> r.contentType(ContentType.JSON).header("If-Match", "*")
                .body(Map.of("name", "Testbakkerij B.V.", "type", "SME", "kvkNumber", "90000001", "province", "GELDERLAND",
                        "visibility", "PUBLIC")).put(ORGS + "/" + BAKERY), new Expect(401, 200, 403, 200, 403));
        row("GET " + MEMBERS, r -> r.get(MEMBERS), new Expect(200, 200, 200, 200, 200));
        row("GET " + MEMBERS + "/export", r -> r.get(MEMBERS + "/export"), new Expect(401, 403, 403, 200, 403));
        row("GET " + MEMBERS + "/consent", r -> r.get(MEMBERS + "/consent"), new Expect(200, 200, 200, 200, 200));
        row("GET " + MEMBERS + "/{id}", r -> r.get(MEMBERS + "/" + CARLA), new Expect(404, 200, 200, 200, 200));
        row("GET " + MEMBERS + "/{id}/contributions", r -> r.get(MEMBERS + "/" + CARLA + "/contributions"),
                new Expect(404, 200, 200, 200, 200));
        row("GET " + MEMBERS + "/me", r -> r.get(MEMBERS + "/me"), new Expect(401, 200, 200, 404, 403));
        // without consent: those allowed to create a profile get to the validation (400), or already have one (409)
        row("POST " + MEMBERS + "/me", r -> r.contentType(ContentType.JSON)
                .body(Map.of("name", "Matrix", "visibility", "PUBLIC")).post(MEMBERS + "/me"), new Expect(401, 409, 409, 400, 403));
        // an outdated consent version: those allowed to change their profile get to the validation (400), nothing changes
        row("PUT " + MEMBERS + "/me", r -> r.contentType(ContentType.JSON).header("If-Match", "*")
                .body(Map.of("name", "Matrix", "visibility", "PUBLIC", "consentVersion", "2000-01")).put(MEMBERS + "/me"),
                new Expect(401, 400, 400, 404, 403));

        row("GET " + MEMBERS + "/me/export", r -> r.get(MEMBERS + "/me/export"), new Expect(401, 200, 200, 404, 403));
        // a stale ETag: those allowed to erase themselves get to the precondition (412), nobody is erased here
        row("DELETE " + MEMBERS + "/me", r -> r.header("If-Match", "\"999999\"").delete(MEMBERS + "/me"),
                new Expect(401, 412, 412, 404, 403));

        row("PUT " + ORGS + "/{id}/partner-systems/{clientId}", r -> r.put(ORGS + "/" + BAKERY + "/partner-systems/matrix-system"),
                new Expect(401, 403, 403, 200, 403));
        row("DELETE " + ORGS + "/{id}/partner-systems/{clientId}", r -> {
            Caller.STAFF.request().put(ORGS + "/" + BAKERY + "/partner-systems/matrix-system-2").then().statusCode(200);
            return r.delete(ORGS + "/" + BAKERY + "/partner-systems/matrix-system-2");
        }, new Expect(401, 403, 403, 204, 403));
        row("PUT " + MEMBERS + "/{id}/organization", r -> r.contentType(ContentType.JSON)
                .body(Map.of("organizationId", BAKERY)).put(MEMBERS + "/" + newMember() + "/organization"),
                new Expect(401, 403, 403, 200, 403));

        row("GET /api/v1/intervention-types", r -> r.get("/api/v1/intervention-types"), new Expect(200, 200, 200, 200, 200));
        row("GET /api/v1/intervention-types/{code}", r -> r.get("/api/v1/intervention-types/mentoring"),
                new Expect(200, 200, 200, 200, 200));
        row("POST /api/v1/intervention-types", r -> r.contentType(ContentType.JSON).body(interventionTypeBody(true))
                .post("/api/v1/intervention-types"), new Expect(401, 403, 403, 201, 403));
        row("PUT /api/v1/intervention-types/{code}", r -> r.contentType(ContentType.JSON).header("If-Match", "*")
                .body(interventionTypeBody(false)).put("/api/v1/intervention-types/mentoring"), new Expect(401, 403, 403, 200, 403));

        row("GET /api/v1/pilots", r -> r.get("/api/v1/pilots"), new Expect(200, 200, 200, 200, 200));
        row("GET /api/v1/pilots/{id}", r -> r.get("/api/v1/pilots/" + pilot()), new Expect(404, 200, 200, 200, 404));
        row("GET /api/v1/pilots/{id}/history", r -> r.get("/api/v1/pilots/" + pilot() + "/history"), new Expect(404, 200, 200, 200, 404));
        row("POST /api/v1/pilots", r -> r.contentType(ContentType.JSON).body(nl.leercultuur.hub.pilots.PilotResourceTestAccess.body())
                .post("/api/v1/pilots"), new Expect(401, 403, 403, 201, 403));
        // the bakery executes (PARTNER changes it), the school takes part (OTHER_PARTNER: 403), the fund's system sees nothing
        row("PUT /api/v1/pilots/{id}", r -> r.contentType(ContentType.JSON).header("If-Match", "*")
                .body(nl.leercultuur.hub.pilots.PilotResourceTestAccess.body()).put("/api/v1/pilots/" + pilot()),
                new Expect(401, 200, 403, 200, 404));
        row("GET /api/v1/pilots/{id}/journal", r -> r.get("/api/v1/pilots/" + pilot() + "/journal"), new Expect(401, 200, 200, 200, 404));
        row("POST /api/v1/pilots/{id}/journal", r -> r.contentType(ContentType.JSON).body(Map.of("text", "Een notitie in het logboek."))
                .post("/api/v1/pilots/" + pilot() + "/journal"), new Expect(401, 201, 201, 201, 404));
        // a note staff wrote: only its author corrects it
        row("PUT /api/v1/pilots/{id}/journal/{entryId}", r -> {
            String id = pilot();
            String entry = Caller.STAFF.request().contentType(ContentType.JSON).body(Map.of("text", "Notitie van het programmateam."))
                    .post("/api/v1/pilots/" + id + "/journal").then().statusCode(201).extract().path("id");
            return r.contentType(ContentType.JSON).body(Map.of("text", "Verbeterde notitie.")).put("/api/v1/pilots/" + id + "/journal/" + entry);
        }, new Expect(401, 403, 403, 200, 404));
        row("POST /api/v1/pilots/{id}/status", r -> r.contentType(ContentType.JSON).body(Map.of("status", "PREPARING"))
                .post("/api/v1/pilots/" + pilot() + "/status"), new Expect(401, 403, 403, 200, 403));
        // the school's own pilot: now the bakery's PARTNER is a person of an unrelated organisation and sees nothing of it
        String school = " (the school's own pilot)";
        row("GET /api/v1/pilots/{id}" + school, r -> r.get("/api/v1/pilots/" + schoolPilot()), new Expect(404, 404, 200, 200, 404));
        row("GET /api/v1/pilots/{id}/history" + school, r -> r.get("/api/v1/pilots/" + schoolPilot() + "/history"),
                new Expect(404, 404, 200, 200, 404));
        row("PUT /api/v1/pilots/{id}" + school, r -> r.contentType(ContentType.JSON).header("If-Match", "*")
                .body(nl.leercultuur.hub.pilots.PilotResourceTestAccess.schoolOnlyBody()).put("/api/v1/pilots/" + schoolPilot()),
                new Expect(401, 404, 200, 200, 404));
        row("GET /api/v1/pilots/{id}/journal" + school, r -> r.get("/api/v1/pilots/" + schoolPilot() + "/journal"),
                new Expect(401, 404, 200, 200, 404));
        row("POST /api/v1/pilots/{id}/journal" + school, r -> r.contentType(ContentType.JSON).body(Map.of("text", "Een notitie in het logboek."))
                .post("/api/v1/pilots/" + schoolPilot() + "/journal"), new Expect(401, 404, 201, 201, 404));

        String instrument = "/api/v1/instruments/" + nl.leercultuur.hub.evaluations.EvaluationFixtures.DEFAULT_INSTRUMENT;
        row("GET /api/v1/instruments", r -> r.get("/api/v1/instruments"), new Expect(200, 200, 200, 200, 200));
        row("GET /api/v1/instruments/{id}", r -> r.get(instrument), new Expect(200, 200, 200, 200, 200));
        row("POST /api/v1/instruments", r -> r.contentType(ContentType.JSON).body(Map.of("code", "matrix-scan", "nameNl", "Scan", "nameEn", "Scan",
                "descriptionNl", "Een vraag.", "descriptionEn", "One question.", "dimensions", List.of(Map.of("code", "a", "labelNl", "A", "labelEn", "A")),
                "items", List.of(Map.of("code", "a1", "dimension", "a", "textNl", "We leren.", "textEn", "We learn.")))).post("/api/v1/instruments"),
                new Expect(401, 403, 403, 201, 403));
        // the bakery executes the pilot, the school takes part, the fund's system does not
        row("GET /api/v1/pilots/{pilotId}/measurements", r -> r.get("/api/v1/pilots/" + pilot() + "/measurements"),
                new Expect(401, 200, 200, 200, 404));
        row("POST /api/v1/pilots/{pilotId}/measurements", r -> r.contentType(ContentType.JSON)
                .body(nl.leercultuur.hub.evaluations.EvaluationFixtures.wave("BASELINE")).post("/api/v1/pilots/" + pilot() + "/measurements"),
                new Expect(401, 403, 403, 201, 403));
        row("GET /api/v1/measurements/{id}/results", r -> r.get("/api/v1/measurements/" + wave()[0] + "/results"),
                new Expect(404, 200, 200, 200, 404));
        row("POST /api/v1/measurements/{id}/close", r -> r.post("/api/v1/measurements/" + wave()[0] + "/close"),
                new Expect(401, 403, 403, 200, 403));
        row("GET /api/v1/surveys/{token}", r -> r.get("/api/v1/surveys/" + wave()[1]), new Expect(200, 200, 200, 200, 200));
        row("POST /api/v1/surveys/{token}/responses", r -> r.contentType(ContentType.JSON)
                .body(nl.leercultuur.hub.evaluations.EvaluationFixtures.answers(4)).post("/api/v1/surveys/" + wave()[1] + "/responses"),
                new Expect(201, 201, 201, 201, 201));

        // evaluations of a pilot of the bakery and the school (not yet published: only staff and those taking part see them)
        row("GET /api/v1/pilots/{pilotId}/evaluations", r -> r.get("/api/v1/pilots/" + pilot() + "/evaluations"),
                new Expect(404, 200, 200, 200, 404));
        row("POST /api/v1/pilots/{pilotId}/evaluations", r -> r.contentType(ContentType.JSON).body(Map.of("conclusion", "In de maak."))
                .post("/api/v1/pilots/" + pilot() + "/evaluations"), new Expect(401, 403, 403, 201, 403));
        row("GET /api/v1/evaluations/{id}", r -> r.get("/api/v1/evaluations/" + evaluation()), new Expect(404, 200, 200, 200, 404));
        row("PUT /api/v1/evaluations/{id}", r -> r.contentType(ContentType.JSON).header("If-Match", "*").body(Map.of("conclusion", "Bijna klaar."))
                .put("/api/v1/evaluations/" + evaluation()), new Expect(401, 403, 403, 200, 403));
        // staff pass the authorisation and get to the content rule: publishing needs the lessons and a decision (400)
        row("POST /api/v1/evaluations/{id}/publish", r -> r.post("/api/v1/evaluations/" + evaluation() + "/publish"),
                new Expect(401, 403, 403, 400, 403));
        row("GET /api/v1/insights/what-works", r -> r.get("/api/v1/insights/what-works"), new Expect(200, 200, 200, 200, 200));

        row("POST /api/v1/join-requests", r -> r.contentType(ContentType.JSON).body(joinBody()).post("/api/v1/join-requests"),
                new Expect(202, 202, 202, 202, 202));
        row("GET /api/v1/join-requests", r -> r.get("/api/v1/join-requests"), new Expect(401, 403, 403, 200, 403));
        // staff pass the authorisation; the tests have no Keycloak to create the account in, hence 503 (nothing changed)
        row("POST /api/v1/join-requests/{id}/approve", r -> r.post("/api/v1/join-requests/" + joinRequest() + "/approve"),
                new Expect(401, 403, 403, 503, 403));
        row("POST /api/v1/join-requests/{id}/decline", r -> r.contentType(ContentType.JSON).body(Map.of())
                .post("/api/v1/join-requests/" + joinRequest() + "/decline"), new Expect(401, 403, 403, 200, 403));

        row("GET /api/v1/ideas", r -> r.get("/api/v1/ideas"), new Expect(401, 200, 200, 200, 200));
        row("POST /api/v1/ideas", r -> r.contentType(ContentType.JSON).body(ideaBody()).post("/api/v1/ideas"),
                new Expect(201, 201, 201, 201, 201));
        row("POST /api/v1/ideas/{id}/response", r -> r.contentType(ContentType.JSON)
                .body(Map.of("status", "IN_PROGRESS", "answer", "We kijken ernaar.")).post("/api/v1/ideas/" + idea() + "/response"),
                new Expect(401, 403, 403, 200, 403));

        row("GET /api/v1/events", r -> r.get("/api/v1/events"), new Expect(200, 200, 200, 200, 200));
        row("GET /api/v1/events/{id}", r -> r.get("/api/v1/events/" + event()), new Expect(200, 200, 200, 200, 200));
        row("GET /api/v1/events/{id}/calendar.ics", r -> r.get("/api/v1/events/" + event() + "/calendar.ics"),
                new Expect(200, 200, 200, 200, 200));
        row("POST /api/v1/events", r -> r.contentType(ContentType.JSON).body(eventBody()).post("/api/v1/events"),
                new Expect(401, 403, 403, 201, 403));
        row("PUT /api/v1/events/{id}", r -> r.contentType(ContentType.JSON).header("If-Match", "*").body(eventBody())
                .put("/api/v1/events/" + event()), new Expect(401, 403, 403, 200, 403));
        row("DELETE /api/v1/events/{id}", r -> r.delete("/api/v1/events/" + event()), new Expect(401, 403, 403, 204, 403));
        row("GET /api/v1/events/{id}/registrations", r -> r.get("/api/v1/events/" + event() + "/registrations"),
                new Expect(401, 403, 403, 200, 403));
        row("POST /api/v1/events/{id}/registrations", r -> r.post("/api/v1/events/" + event() + "/registrations"),
                new Expect(401, 200, 200, 200, 403));
        row("DELETE /api/v1/events/{id}/registrations", r -> {
            String path = "/api/v1/events/" + event() + "/registrations";
            r.post(path);
            return r.delete(path);
        }, new Expect(401, 204, 204, 204, 403));

        // knowledge bank: the partner's proposal (IN_REVIEW) is the private data another organisation must not see
        row("GET " + ITEMS, r -> r.get(ITEMS), new Expect(200, 200, 200, 200, 200));
        row("GET " + ITEMS + "/export", r -> r.get(ITEMS + "/export"), new Expect(200, 200, 200, 200, 200));
        row("POST " + ITEMS, r -> r.contentType(ContentType.JSON).body(itemBody()).post(ITEMS),
                new Expect(401, 201, 201, 201, 201));
        row("GET " + ITEMS + "/{id}", r -> r.get(ITEMS + "/" + proposal()), new Expect(404, 200, 404, 200, 404));
        row("PUT " + ITEMS + "/{id}", r -> r.contentType(ContentType.JSON).header("If-Match", "\"0\"").body(itemBody())
                .put(ITEMS + "/" + proposal()), new Expect(401, 200, 404, 200, 404));
        row("DELETE " + ITEMS + "/{id}", r -> r.delete(ITEMS + "/" + publishedItem()), new Expect(401, 403, 403, 204, 403));
        row("POST " + ITEMS + "/{id}/status", r -> r.contentType(ContentType.JSON)
                .body(Map.of("status", "PUBLISHED", "comment", "matrix")).post(ITEMS + "/" + proposal() + "/status"),
                new Expect(401, 403, 403, 200, 403));
        row("GET " + ITEMS + "/{id}/history", r -> r.get(ITEMS + "/" + proposal() + "/history"),
                new Expect(401, 200, 404, 200, 404));
        row("GET " + ITEMS + "/{id}/citation", r -> r.get(ITEMS + "/" + proposal() + "/citation"),
                new Expect(404, 200, 404, 200, 404));
        row("GET " + ITEMS + "/{id}/related", r -> r.get(ITEMS + "/" + proposal() + "/related"),
                new Expect(404, 200, 404, 200, 404));
    }

    private static void row(String operation, Function<RequestSpecification, Response> call, Expect expect) {
        MATRIX.put(operation, new Row(call, expect));
    }

    @Test
    void shouldHaveAnExpectationForEveryDocumentedOperation() {
        Map<String, Map<String, Object>> paths = RestAssured.given().accept(ContentType.JSON).get("/q/openapi?format=json")
                .then().statusCode(200).extract().path("paths");
        Set<String> documented = new TreeSet<>();
        paths.forEach((path, item) -> item.keySet().stream()
                .filter(method -> Set.of("get", "put", "post", "delete", "patch").contains(method))
                .forEach(method -> documented.add(method.toUpperCase() + " " + path)));
        // a row may be repeated for another situation: "GET /path (the situation)"
        Set<String> operations = new TreeSet<>();
        MATRIX.keySet().forEach(key -> operations.add(key.replaceFirst(" \\(.*\\)$", "")));
        Set<String> missing = new TreeSet<>(documented);
        missing.removeAll(operations);
        assertTrue(missing.isEmpty(), "Operations without an authorization expectation: " + missing);
        Set<String> stale = new TreeSet<>(operations);
        stale.removeAll(documented);
        assertTrue(stale.isEmpty(), "Expectations for operations that no longer exist: " + stale);
    }

    @TestFactory
    Stream<DynamicTest> shouldAnswerEveryCallerAsExpected() {
        List<DynamicTest> tests = new ArrayList<>();
        MATRIX.forEach((operation, row) -> row.expect().byCaller().forEach((caller, status) ->
                tests.add(DynamicTest.dynamicTest(operation + " as " + caller + " → " + status, () -> {
                    Response response = row.call().apply(caller.request());
                    assertEquals(status, response.statusCode(), operation + " as " + caller + ": " + response.asString());
                    if (status >= 400) {
                        assertEquals("application/problem+json", response.contentType().split(";")[0],
                                operation + " as " + caller + " answers errors as problem+json");
                    }
                }))));
        return tests.stream();
    }

    private static Map<String, Object> eventBody() {
        java.time.Instant start = java.time.Instant.now().plus(java.time.Duration.ofDays(30));
        return Map.of("title", "Matrixdag", "description", "Een dag om het autorisatieschema te testen.", "kind", "MEETING",
                "startsAt", start.toString(), "endsAt", start.plus(java.time.Duration.ofHours(3)).toString(), "capacity", 10);
    }

    private static String event() {
        return Caller.STAFF.request().contentType(ContentType.JSON).body(eventBody()).post("/api/v1/events")
                .then().statusCode(201).extract().path("id");
    }

    private static Map<String, Object> ideaBody() {
        return Map.of("title", "Een leerdag voor bakkers",
                "description", "Laat kleine bakkerijen een dag bij elkaar in de keuken meekijken.");
    }

    /** An intervention type's texts (with a fresh code for POST; PUT keeps the seeded texts of mentoring). */
    private static Map<String, Object> interventionTypeBody(boolean withCode) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("labelNl", "Mentoring en buddy's", "labelEn", "Mentoring and buddies",
                "descriptionNl", "Een ervaren collega begeleidt een minder ervaren collega een periode lang in het werk.",
                "descriptionEn", "An experienced colleague guides a less experienced one at work over a period.",
                "ingredientsNl", List.of("Vertrouwensrelatie buiten de lijn"), "ingredientsEn", List.of("A relationship of trust outside the line")));
        if (withCode) {
            body.put("code", "matrix-" + UUID.randomUUID().toString().substring(0, 8));
        }
        return body;
    }

    /** A pilot of the bakery (executing) and the school (education partner). */
    private static String pilot() {
        return nl.leercultuur.hub.pilots.PilotResourceTestAccess.create();
    }

    /** An open baseline wave of a fresh pilot of the bakery and the school: [id, survey token]. */
    private static String[] wave() {
        return nl.leercultuur.hub.evaluations.EvaluationFixtures.open(pilot(), "BASELINE");
    }

    /** A draft evaluation of a fresh pilot of the bakery and the school. */
    private static String evaluation() {
        return Caller.STAFF.request().contentType(ContentType.JSON).body(Map.of("conclusion", "In de maak."))
                .post("/api/v1/pilots/" + pilot() + "/evaluations").then().statusCode(201).extract().path("id");
    }

    /** A pilot of the school alone (executing). */
    private static String schoolPilot() {
        return nl.leercultuur.hub.pilots.PilotResourceTestAccess.createSchoolOnly();
    }

    private static Map<String, Object> joinBody() {
        return Map.of("name", "Matrix Aanvrager", "email", "matrix-" + UUID.randomUUID().toString().substring(0, 8) + "@voorbeeld.example",
                "organizationId", BAKERY, "motivation", "Ik wil graag meedoen met de community.");
    }

    /** A waiting join request (its id, from the staff inbox). */
    private static String joinRequest() {
        Map<String, Object> body = joinBody();
        RestAssured.given().contentType(ContentType.JSON).body(body).post("/api/v1/join-requests").then().statusCode(202);
        return Caller.STAFF.request().queryParam("status", "PENDING").queryParam("size", 100).get("/api/v1/join-requests").then()
                .statusCode(200).extract().path("items.find { it.email == '" + body.get("email") + "' }.id");
    }

    private static String idea() {
        return RestAssured.given().contentType(ContentType.JSON).body(ideaBody()).post("/api/v1/ideas").then().statusCode(201).extract().path("id");
    }

    /** A new member without an organisation (a person who just created their profile). */
    private static String newMember() {
        String subject = UUID.randomUUID().toString();
        return RestAssured.given().auth().oauth2(nl.leercultuur.hub.support.Tokens.token(new nl.leercultuur.hub.support.Tokens.Identity(
                        subject, "m" + subject.substring(0, 8), "Matrix Lid", null, Set.of("partner"), "hub-web")))
                .contentType(ContentType.JSON).body(Map.of("name", "Matrix Lid", "visibility", "PUBLIC", "consentVersion", "2026-11"))
                .post(MEMBERS + "/me").then().statusCode(201).extract().path("id");
    }

    /** A fresh proposal of PARTNER (IN_REVIEW): private to that partner's organisation and staff. */
    private static UUID proposal() {
        return UUID.fromString(Caller.PARTNER.request().contentType(ContentType.JSON).body(itemBody()).post(ITEMS)
                .then().statusCode(201).extract().path("id"));
    }

    private static UUID publishedItem() {
        Map<String, Object> body = new LinkedHashMap<>(itemBody());
        body.put("status", "PUBLISHED");
        return UUID.fromString(Caller.STAFF.request().contentType(ContentType.JSON).body(body).post(ITEMS)
                .then().statusCode(201).extract().path("id"));
    }

    private static Map<String, Object> itemBody() {
        return Map.of("type", "PRACTICE_EXAMPLE", "title", "Matrixvoorbeeld", "summary", "Een voorbeeld voor de autorisatietest.",
                "themes", List.of("feedback"));
    }
}
