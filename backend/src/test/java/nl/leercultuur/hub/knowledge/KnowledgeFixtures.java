package nl.leercultuur.hub.knowledge;

import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import nl.leercultuur.hub.support.Caller;

/** Test data for the knowledge bank, made through the API as a real caller would. */
final class KnowledgeFixtures {

    private KnowledgeFixtures() {
    }

    /** A random lowercase word no Dutch text contains: lets a test find exactly its own items. */
    static String uniqueWord() {
        StringBuilder word = new StringBuilder("zq");
        for (int i = 0; i < 8; i++) {
            word.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return word.toString().toLowerCase(Locale.ROOT);
    }

    /** A valid request body; override fields with {@code overrides}. */
    static Map<String, Object> body(Map<String, Object> overrides) {
        Map<String, Object> body = new HashMap<>();
        body.put("type", "PRACTICE_EXAMPLE");
        body.put("title", "Leren op de werkvloer bij een installatiebedrijf");
        body.put("summary", "Een klein installatiebedrijf maakt leren onderdeel van het dagelijkse werk.");
        body.put("body", "## Aanpak\n\nElke week een **leermoment** in de bus naar de klant.");
        body.put("authors", List.of("Jansen, B."));
        body.put("publisher", "Bakkerij Jansen B.V.");
        body.put("publicationYear", 2025);
        body.put("url", "https://example.org/praktijk");
        body.put("language", "nl");
        body.put("themes", List.of("informeel-leren", "leiderschap"));
        body.put("learningForms", List.of("INFORMAL"));
        body.put("sectors", List.of("installatietechniek"));
        body.put("targetGroups", List.of("werkenden"));
        body.put("visibility", "PUBLIC");
        body.putAll(overrides);
        return body;
    }

    /** Creates an item as {@code caller} and returns its id. */
    static UUID create(Caller caller, Map<String, Object> overrides) {
        String id = caller.request().contentType(ContentType.JSON).body(body(overrides))
                .post("/api/v1/knowledge-items")
                .then().statusCode(201)
                .extract().path("id");
        return UUID.fromString(id);
    }

    /** Creates a published item (staff). */
    static UUID published(Map<String, Object> overrides) {
        Map<String, Object> withStatus = new HashMap<>(overrides);
        withStatus.put("status", "PUBLISHED");
        return create(Caller.STAFF, withStatus);
    }

    static int version(UUID id) {
        return Caller.STAFF.request().get("/api/v1/knowledge-items/" + id).then().statusCode(200).extract().path("version");
    }

    static void changeStatus(UUID id, String status) {
        Caller.STAFF.request().contentType(ContentType.JSON)
                .body(Map.of("status", status, "comment", "test: naar " + status))
                .post("/api/v1/knowledge-items/" + id + "/status")
                .then().statusCode(200);
    }
}
