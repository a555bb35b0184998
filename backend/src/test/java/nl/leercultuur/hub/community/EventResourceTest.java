package nl.leercultuur.hub.community;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import jakarta.mail.BodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import nl.leercultuur.hub.support.Caller;
import nl.leercultuur.hub.support.GreenMailTestResource;
import nl.leercultuur.hub.support.Tokens;
import org.junit.jupiter.api.Test;

/** Events: seats never exceeded, also under concurrent registrations; the waiting list moves up; iCalendar; bad input. */
@QuarkusTest
class EventResourceTest {

    private static final String EVENTS = "/api/v1/events";

    @Inject
    AgroalDataSource dataSource;

    private static Map<String, Object> event(int capacity, Map<String, Object> overrides) {
        Instant start = Instant.now().plus(Duration.ofDays(60));
        Map<String, Object> body = new HashMap<>(Map.of("title", "Expeditie Leercultuur " + UUID.randomUUID().toString().substring(0, 6),
                "description", "De demodag van het programma, met pilots, lessen en ontmoetingen.", "kind", "DEMO_DAY",
                "startsAt", start.toString(), "endsAt", start.plus(Duration.ofHours(7)).toString(),
                "location", "Jaarbeurs, Utrecht", "capacity", capacity));
        body.putAll(overrides);
        return body;
    }

    private static String create(int capacity) {
        return Caller.STAFF.request().contentType(ContentType.JSON).body(event(capacity, Map.of())).post(EVENTS)
                .then().statusCode(201).extract().path("id");
    }

    private static String person() {
        String id = UUID.randomUUID().toString();
        return Tokens.token(new Tokens.Identity(id, "p" + id.substring(0, 8), "Deelnemer " + id.substring(0, 4), null, Set.of("partner"), "hub-web"));
    }

    private static String person(String email) {
        String id = UUID.randomUUID().toString();
        return Tokens.token(new Tokens.Identity(id, "p" + id.substring(0, 8), "Deelnemer " + id.substring(0, 4), email, Set.of("partner"), "hub-web"));
    }

    private static String attachment(MimeMessage mail) throws Exception {
        MimeMultipart parts = (MimeMultipart) mail.getContent();
        for (int i = 0; i < parts.getCount(); i++) {
            BodyPart part = parts.getBodyPart(i);
            if (part.getContentType().startsWith("text/calendar")) {
                assertTrue(part.getFileName().endsWith(".ics"), part.getFileName());
                return new String(part.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    private static String text(MimeMessage mail) throws Exception {
        Object content = mail.getContent();
        if (content instanceof MimeMultipart parts) {
            return parts.getBodyPart(0).getContent().toString();
        }
        return content.toString();
    }

    private long count(String eventId, String status) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(
                "select count(*) from event_registration where event_id = ? and status = ?")) {
            q.setObject(1, UUID.fromString(eventId));
            q.setString(2, status);
            try (ResultSet rows = q.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    @Test
    void shouldNeverExceedTheSeatsWhenManyRegisterAtOnce() throws Exception {
        String id = create(3);
        List<String> people = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            people.add(person());
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Integer>> calls = people.stream().<Callable<Integer>>map(token -> () ->
                    RestAssured.given().auth().oauth2(token).post(EVENTS + "/" + id + "/registrations").statusCode()).toList();
            for (Future<Integer> result : pool.invokeAll(calls)) {
                assertEquals(200, result.get());
            }
        } finally {
            pool.shutdown();
        }
        assertEquals(3, count(id, "REGISTERED"));
        assertEquals(5, count(id, "WAITING"));
        RestAssured.given().get(EVENTS + "/" + id).then().statusCode(200).body("seatsTaken", equalTo(3)).body("waiting", equalTo(5));
    }

    @Test
    void shouldMoveTheFirstOnTheWaitingListUpWhenASeatComesFree() throws Exception {
        String id = create(1);
        String first = person();
        String second = person();
        String third = person();
        RestAssured.given().auth().oauth2(first).post(EVENTS + "/" + id + "/registrations").then().statusCode(200)
                .body("myRegistration", equalTo("REGISTERED"));
        RestAssured.given().auth().oauth2(second).post(EVENTS + "/" + id + "/registrations").then().statusCode(200)
                .body("myRegistration", equalTo("WAITING"));
        RestAssured.given().auth().oauth2(third).post(EVENTS + "/" + id + "/registrations").then().statusCode(200)
                .body("myRegistration", equalTo("WAITING"));
        RestAssured.given().auth().oauth2(second).post(EVENTS + "/" + id + "/registrations").then().statusCode(200)
                .body("myRegistration", equalTo("WAITING")).body("waiting", equalTo(2));
        RestAssured.given().auth().oauth2(first).delete(EVENTS + "/" + id + "/registrations").then().statusCode(204);
        RestAssured.given().auth().oauth2(second).get(EVENTS + "/" + id).then().body("myRegistration", equalTo("REGISTERED"));
        RestAssured.given().auth().oauth2(third).get(EVENTS + "/" + id).then().body("myRegistration", equalTo("WAITING"));
        assertEquals(1, count(id, "REGISTERED"));
        RestAssured.given().auth().oauth2(first).delete(EVENTS + "/" + id + "/registrations").then().statusCode(404);
    }

    @Test
    void shouldMailAConfirmationWithTheCalendarFileThenTheWaitingListThenThePromotion() throws Exception {
        String id = create(1);
        String first = "eerste-" + UUID.randomUUID().toString().substring(0, 8) + "@voorbeeld.example";
        String second = "tweede-" + UUID.randomUUID().toString().substring(0, 8) + "@voorbeeld.example";
        String firstToken = person(first);
        RestAssured.given().auth().oauth2(firstToken).header("Accept-Language", "nl")
                .post(EVENTS + "/" + id + "/registrations").then().statusCode(200);
        RestAssured.given().auth().oauth2(person(second)).header("Accept-Language", "en")
                .post(EVENTS + "/" + id + "/registrations").then().statusCode(200).body("myRegistration", equalTo("WAITING"));

        MimeMessage confirmation = GreenMailTestResource.mailsTo(first, 1).get(0);
        assertTrue(confirmation.getSubject().startsWith("Aanmelding bevestigd: Expeditie Leercultuur"), confirmation.getSubject());
        assertTrue(text(confirmation).contains("in Jaarbeurs, Utrecht"), text(confirmation));
        String ics = attachment(confirmation);
        assertTrue(ics != null && ics.startsWith("BEGIN:VCALENDAR\r\n") && ics.contains("UID:" + id + "@leercultuur-hub"), ics);

        MimeMessage waiting = GreenMailTestResource.mailsTo(second, 1).get(0);
        assertTrue(waiting.getSubject().startsWith("On the waiting list: Expeditie Leercultuur"), waiting.getSubject());
        assertEquals(null, waiting.getContent() instanceof MimeMultipart ? attachment(waiting) : null, "no calendar file without a seat");

        RestAssured.given().auth().oauth2(firstToken).delete(EVENTS + "/" + id + "/registrations").then().statusCode(204);
        List<MimeMessage> toSecond = GreenMailTestResource.mailsTo(second, 2);
        assertEquals(2, toSecond.size(), "the promotion is mailed");
        MimeMessage promotion = toSecond.get(1);
        assertTrue(promotion.getSubject().startsWith("A seat for you: Expeditie Leercultuur"), promotion.getSubject());
        assertTrue(text(promotion).startsWith("Dear Deelnemer"), text(promotion));
        assertTrue(attachment(promotion).contains("SUMMARY:Expeditie Leercultuur"));
    }

    @Test
    void shouldGiveTheSeatOfSomeoneWhoIsErasedToTheFirstOnTheWaitingList() throws Exception {
        String id = create(1);
        String leavingEmail = "vertrek-" + UUID.randomUUID().toString().substring(0, 8) + "@voorbeeld.example";
        String leaving = person(leavingEmail);
        String waiting = person();
        RestAssured.given().auth().oauth2(leaving).post(EVENTS + "/" + id + "/registrations").then().statusCode(200)
                .body("myRegistration", equalTo("REGISTERED"));
        // a mail to them that still waits in the outbox (as when the SMTP server is away), written in another case
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement("insert into mail_outbox "
                + "(id, recipient, subject, body, next_attempt_at) values (gen_random_uuid(), ?, 'Je plek', 'Beste Vera', "
                + "now() + interval '5 minutes')")) {
            q.setString(1, leavingEmail.toUpperCase(Locale.ROOT));
            q.executeUpdate();
        }
        RestAssured.given().auth().oauth2(waiting).post(EVENTS + "/" + id + "/registrations").then().statusCode(200)
                .body("myRegistration", equalTo("WAITING"));
        RestAssured.given().auth().oauth2(leaving).contentType(ContentType.JSON).body(Map.of("name", "Vera Vertrek",
                        "visibility", "COMMUNITY", "consentVersion", "2026-11"))
                .post("/api/v1/members/me").then().statusCode(201);
        String etag = RestAssured.given().auth().oauth2(leaving).get("/api/v1/members/me").then().statusCode(200)
                .extract().header("ETag");
        RestAssured.given().auth().oauth2(leaving).header("If-Match", etag).delete("/api/v1/members/me").then().statusCode(204);

        RestAssured.given().auth().oauth2(waiting).get(EVENTS + "/" + id).then().statusCode(200)
                .body("myRegistration", equalTo("REGISTERED")).body("seatsTaken", equalTo(1)).body("waiting", equalTo(0));
        assertEquals(1, count(id, "REGISTERED"));
        assertEquals(0, count(id, "WAITING"));
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(
                "select count(*) from mail_outbox where lower(recipient) = ?")) {
            q.setString(1, leavingEmail);
            try (ResultSet rows = q.executeQuery()) {
                rows.next();
                assertEquals(0, rows.getInt(1), "the waiting mail to the erased person is gone");
            }
        }
    }

    @Test
    void shouldLetStaffChangeAnEventWhereMoreSeatsMoveTheWaitingListUp() throws Exception {
        String id = create(1);
        String waitingEmail = "wacht-" + UUID.randomUUID().toString().substring(0, 8) + "@voorbeeld.example";
        RestAssured.given().auth().oauth2(person()).post(EVENTS + "/" + id + "/registrations").then().statusCode(200);
        String waiting = person(waitingEmail);
        RestAssured.given().auth().oauth2(waiting).header("Accept-Language", "nl").post(EVENTS + "/" + id + "/registrations")
                .then().statusCode(200).body("myRegistration", equalTo("WAITING"));
        Map<String, Object> bigger = event(2, Map.of("title", "Expeditie Leercultuur, grotere zaal"));
        Caller.STAFF.request().contentType(ContentType.JSON).body(bigger).put(EVENTS + "/" + id).then().statusCode(428);
        Caller.STAFF.request().contentType(ContentType.JSON).header("If-Match", "\"99\"").body(bigger).put(EVENTS + "/" + id).then().statusCode(412);
        Caller.PARTNER.request().contentType(ContentType.JSON).header("If-Match", "*").body(bigger).put(EVENTS + "/" + id).then().statusCode(403);
        Caller.STAFF.request().contentType(ContentType.JSON).header("If-Match", "*").body(event(0, Map.of())).put(EVENTS + "/" + id)
                .then().statusCode(400).body("errors[0].field", equalTo("capacity"));
        String etag = Caller.STAFF.request().contentType(ContentType.JSON).header("If-Match", "*").body(bigger).put(EVENTS + "/" + id)
                .then().statusCode(200).body("capacity", equalTo(2)).body("seatsTaken", equalTo(2)).body("waiting", equalTo(0))
                .extract().header("ETag");
        RestAssured.given().auth().oauth2(waiting).get(EVENTS + "/" + id).then().body("myRegistration", equalTo("REGISTERED"));
        MimeMessage promotion = GreenMailTestResource.mailsTo(waitingEmail, 2).get(1);
        assertTrue(promotion.getSubject().startsWith("Er is een plaats voor je: Expeditie Leercultuur, grotere zaal"), promotion.getSubject());
        // fewer seats than are taken: refused, nobody loses their seat
        Caller.STAFF.request().contentType(ContentType.JSON).header("If-Match", etag).body(event(1, Map.of())).put(EVENTS + "/" + id)
                .then().statusCode(400).body("errors[0].field", equalTo("capacity"));
        assertEquals(2, count(id, "REGISTERED"));

        Caller.STAFF.request().queryParam("size", 10).get(EVENTS + "/" + id + "/registrations").then().statusCode(200)
                .body("totalItems", equalTo(2)).body("items.email", hasItem(waitingEmail));
        Caller.PARTNER.request().get(EVENTS + "/" + id + "/registrations").then().statusCode(403);
    }

    @Test
    void shouldMailEveryoneWhenStaffCancelAnEvent() throws Exception {
        String id = create(1);
        String seated = "zit-" + UUID.randomUUID().toString().substring(0, 8) + "@voorbeeld.example";
        String waiting = "wacht-" + UUID.randomUUID().toString().substring(0, 8) + "@voorbeeld.example";
        RestAssured.given().auth().oauth2(person(seated)).header("Accept-Language", "nl").post(EVENTS + "/" + id + "/registrations").then().statusCode(200);
        RestAssured.given().auth().oauth2(person(waiting)).header("Accept-Language", "en").post(EVENTS + "/" + id + "/registrations").then().statusCode(200);
        Caller.PARTNER.request().delete(EVENTS + "/" + id).then().statusCode(403);
        Caller.STAFF.request().delete(EVENTS + "/" + id).then().statusCode(204);
        RestAssured.given().get(EVENTS + "/" + id).then().statusCode(404);
        assertEquals(0, count(id, "REGISTERED") + count(id, "WAITING"));
        assertTrue(GreenMailTestResource.mailsTo(seated, 2).get(1).getSubject().startsWith("Gaat niet door: Expeditie Leercultuur"));
        assertTrue(GreenMailTestResource.mailsTo(waiting, 2).get(1).getSubject().startsWith("Cancelled: Expeditie Leercultuur"));
        Caller.STAFF.request().delete(EVENTS + "/" + id).then().statusCode(404);
    }

    @Test
    void shouldOfferAnICalendarFileAndListUpcomingEvents() {
        String id = create(50);
        RestAssured.given().get(EVENTS + "/" + id + "/calendar.ics").then().statusCode(200)
                .contentType(startsWith("text/calendar"))
                .header("Content-Disposition", containsString(".ics"))
                .body(startsWith("BEGIN:VCALENDAR\r\n")).body(containsString("UID:" + id + "@leercultuur-hub"))
                .body(containsString("LOCATION:Jaarbeurs\\, Utrecht"));
        RestAssured.given().queryParam("size", 100).get(EVENTS).then().statusCode(200).body("items.id", hasItem(id));
    }

    @Test
    void shouldRefuseBadEventsAndPartnerSystemsWithProblems() {
        Caller.STAFF.request().contentType(ContentType.JSON)
                .body(event(10, Map.of("endsAt", Instant.now().plus(Duration.ofDays(59)).toString()))).post(EVENTS)
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("endsAt"));
        Caller.STAFF.request().contentType(ContentType.JSON).body(event(0, Map.of("kind", "FEEST"))).post(EVENTS)
                .then().statusCode(400).body("errors.field", hasItem("kind"));
        Caller.STAFF.request().contentType(ContentType.JSON).body(event(0, Map.of())).post(EVENTS)
                .then().statusCode(400).body("errors[0].field", equalTo("capacity"));
        Caller.PARTNER_SYSTEM.request().post(EVENTS + "/" + create(5) + "/registrations").then().statusCode(403);
        RestAssured.given().auth().oauth2(person()).post(EVENTS + "/" + UUID.randomUUID() + "/registrations").then().statusCode(404);
    }
}
