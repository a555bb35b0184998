package nl.leercultuur.hub.knowledge;

import static nl.leercultuur.hub.knowledge.KnowledgeFixtures.create;
import static nl.leercultuur.hub.knowledge.KnowledgeFixtures.published;
import static nl.leercultuur.hub.knowledge.KnowledgeFixtures.uniqueWord;
import static nl.leercultuur.hub.knowledge.KnowledgeFixtures.version;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.util.Map;
import java.util.UUID;
import nl.leercultuur.hub.support.Caller;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The shape of the knowledge contract: allowed actions, sorting, conditional requests, typed parameters, language. */
@QuarkusTest
class KnowledgeItemContractTest {

    private static final String ITEMS = "/api/v1/knowledge-items";

    @Nested
    class AllowedActions {

        @Test
        void shouldTellStaffEveryActionAndTheWorkflowTransitions() {
            UUID id = create(Caller.PARTNER, Map.of());
            Caller.STAFF.request().get(ITEMS + "/" + id).then().statusCode(200)
                    .body("allowedActions", contains("UPDATE", "DELETE", "CHANGE_STATUS", "VIEW_HISTORY"))
                    .body("allowedTransitions", containsInAnyOrder("PUBLISHED", "DRAFT", "ARCHIVED"));
        }

        @Test
        void shouldLetTheProposerEditAndReadHistoryButNotMoveTheItem() {
            UUID id = create(Caller.PARTNER, Map.of());
            Caller.PARTNER.request().get(ITEMS + "/" + id).then().statusCode(200)
                    .body("allowedActions", contains("UPDATE", "VIEW_HISTORY"))
                    .body("allowedTransitions", empty());
        }

        @Test
        void shouldGiveOthersNoActionsOnAPublishedItem() {
            UUID id = published(Map.of());
            Caller.OTHER_PARTNER.request().get(ITEMS + "/" + id).then().statusCode(200).body("allowedActions", empty());
            RestAssured.given().get(ITEMS + "/" + id).then().statusCode(200)
                    .body("allowedActions", empty()).body("allowedTransitions", empty());
        }

        @Test
        void shouldCarryActionsInListEntriesToo() {
            String word = uniqueWord();
            create(Caller.PARTNER, Map.of("title", "Voorstel " + word));
            Caller.PARTNER.request().queryParam("mine", "true").queryParam("q", word).get(ITEMS).then().statusCode(200)
                    .body("items[0].allowedActions", contains("UPDATE", "VIEW_HISTORY"));
        }
    }

    @Nested
    class Sorting {

        @Test
        void shouldOfferRelevanceOnlyWithSearchWords() {
            RestAssured.given().get(ITEMS).then().statusCode(200)
                    .body("sort", equalTo("newest"))
                    .body("sortOptions", contains("newest", "publicationYear", "title", "updatedAt"));
            RestAssured.given().queryParam("q", "leren").get(ITEMS).then().statusCode(200)
                    .body("sort", equalTo("relevance"))
                    .body("sortOptions", contains("relevance", "newest", "publicationYear", "title", "updatedAt"));
            RestAssured.given().queryParam("sort", "relevance").get(ITEMS).then().statusCode(200).body("sort", equalTo("newest"));
            RestAssured.given().queryParam("sort", "title").get(ITEMS).then().statusCode(200).body("sort", equalTo("title,asc"));
        }
    }

    @Nested
    class ConditionalRequests {

        private static Map<String, Object> change() {
            return KnowledgeFixtures.body(Map.of("title", "Gewijzigd " + uniqueWord()));
        }

        @Test
        void shouldAcceptIfMatchStarForAnyCurrentVersion() {
            UUID id = published(Map.of());
            Caller.STAFF.request().contentType(ContentType.JSON).header("If-Match", "*").body(change())
                    .put(ITEMS + "/" + id).then().statusCode(200).header("ETag", equalTo("\"" + version(id) + "\""));
        }

        @Test
        void shouldAnswer412ForWeakMalformedOrOtherTags() {
            UUID id = published(Map.of());
            int current = version(id);
            for (String tag : new String[] {"W/\"" + current + "\"", "abc", "\"" + (current + 7) + "\"", "\"x\", \"y\""}) {
                Caller.STAFF.request().contentType(ContentType.JSON).header("If-Match", tag).body(change())
                        .put(ITEMS + "/" + id).then().statusCode(412).contentType("application/problem+json")
                        .body("title", equalTo("Version conflict"));
            }
            Caller.STAFF.request().contentType(ContentType.JSON).header("If-Match", "\"x\", \"" + current + "\"").body(change())
                    .put(ITEMS + "/" + id).then().statusCode(200);
        }

        @Test
        void shouldAnswer304WhenIfNoneMatchHoldsTheCurrentVersion() {
            UUID id = published(Map.of());
            String etag = RestAssured.given().get(ITEMS + "/" + id).then().statusCode(200).extract().header("ETag");
            RestAssured.given().header("If-None-Match", etag).get(ITEMS + "/" + id).then().statusCode(304)
                    .header("ETag", equalTo(etag));
            RestAssured.given().header("If-None-Match", "W/" + etag).get(ITEMS + "/" + id).then().statusCode(304);
            RestAssured.given().header("If-None-Match", "\"999\"").get(ITEMS + "/" + id).then().statusCode(200);
            RestAssured.given().header("If-None-Match", "*").get(ITEMS + "/" + id).then().statusCode(304);
        }

        @Test
        void shouldAnswer304ForAnUnchangedTheme() {
            String etag = RestAssured.given().get("/api/v1/themes/feedback").then().statusCode(200).extract().header("ETag");
            RestAssured.given().header("If-None-Match", etag).get("/api/v1/themes/feedback").then().statusCode(304);
        }
    }

    @Nested
    class TypedParameters {

        @Test
        void shouldAnswer400NamingEveryBadParameterNeverABare404() {
            RestAssured.given().queryParam("page", "abc").queryParam("mine", "misschien").queryParam("learningForm", "SLAPEN")
                    .get(ITEMS).then().statusCode(400).contentType("application/problem+json")
                    .body("errors.field", containsInAnyOrder("page", "mine", "learningForm"));
            RestAssured.given().queryParam("size", "veel").get("/api/v1/themes").then().statusCode(400)
                    .body("errors[0].field", equalTo("size"));
            UUID id = published(Map.of());
            RestAssured.given().queryParam("size", "vijf").get(ITEMS + "/" + id + "/related").then().statusCode(400)
                    .body("errors[0].field", equalTo("size"));
            RestAssured.given().queryParam("format", "docx").get(ITEMS + "/" + id + "/citation").then().statusCode(400)
                    .body("errors[0].field", equalTo("format"));
        }
    }

    @Nested
    class Language {

        @Test
        void shouldAnswerProblemsInDutchWhenAskedAndInEnglishOtherwise() {
            UUID unknown = UUID.randomUUID();
            RestAssured.given().header("Accept-Language", "nl-NL,nl;q=0.9").get(ITEMS + "/" + unknown).then().statusCode(404)
                    .body("title", equalTo("Niet gevonden"))
                    .body("detail", equalTo("Kennisitem " + unknown + " bestaat niet of is niet voor jou zichtbaar."));
            RestAssured.given().get(ITEMS + "/" + unknown).then().statusCode(404)
                    .body("title", equalTo("Not found"))
                    .body("detail", equalTo("Knowledge item " + unknown + " does not exist or is not visible to you."));
            RestAssured.given().header("Accept-Language", "nl").get("/api/v1/me").then().statusCode(401)
                    .body("title", equalTo("Niet ingelogd")).body("detail", startsWith("Log eerst in"));
        }

        @Test
        void shouldExportSemicolonSeparatedDutchCsvForDutchCallers() {
            String word = uniqueWord();
            published(Map.of("title", "Export " + word, "type", "RESEARCH"));
            String csv = RestAssured.given().header("Accept-Language", "nl").queryParam("q", word).get(ITEMS + "/export")
                    .then().statusCode(200).extract().asString();
            String[] lines = csv.split("\r\n");
            org.hamcrest.MatcherAssert.assertThat(lines[0], startsWith("\uFEFFid;Titel;Soort;"));
            org.hamcrest.MatcherAssert.assertThat(lines[1], containsString(";Onderzoek;"));
        }
    }
}
