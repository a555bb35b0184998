package nl.leercultuur.hub.knowledge;

import static nl.leercultuur.hub.knowledge.KnowledgeFixtures.body;
import static nl.leercultuur.hub.knowledge.KnowledgeFixtures.create;
import static nl.leercultuur.hub.knowledge.KnowledgeFixtures.published;
import static nl.leercultuur.hub.knowledge.KnowledgeFixtures.uniqueWord;
import static nl.leercultuur.hub.knowledge.KnowledgeFixtures.version;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.util.Map;
import java.util.UUID;
import nl.leercultuur.hub.support.Caller;
import nl.leercultuur.hub.support.Tokens;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@QuarkusTest
class KnowledgeItemResourceTest {

    private static final String ITEMS = "/api/v1/knowledge-items";

    @Nested
    class Visibility {

        @Test
        void shouldShowPublishedPublicItemToVisitor() {
            UUID id = published(Map.of("title", "Openbaar voorbeeld"));
            RestAssured.given().get(ITEMS + "/" + id)
                    .then().statusCode(200)
                    .header("ETag", equalTo("\"" + version(id) + "\""))
                    .body("title", equalTo("Openbaar voorbeeld"))
                    .body("body", startsWith("## Aanpak"))
                    .body("status", equalTo("PUBLISHED"));
        }

        @Test
        void shouldHideCommunityItemFromVisitorButShowItToPartner() {
            UUID id = published(Map.of("visibility", "COMMUNITY"));
            RestAssured.given().get(ITEMS + "/" + id).then().statusCode(404).contentType("application/problem+json");
            Caller.PARTNER.request().get(ITEMS + "/" + id).then().statusCode(200).body("visibility", equalTo("COMMUNITY"));
            Caller.PARTNER_SYSTEM.request().get(ITEMS + "/" + id).then().statusCode(200);
        }

        @Test
        void shouldShowProposalOnlyToSubmitterAndStaff() {
            UUID id = create(Caller.PARTNER, Map.of());
            RestAssured.given().get(ITEMS + "/" + id).then().statusCode(404);
            Caller.OTHER_PARTNER.request().get(ITEMS + "/" + id).then().statusCode(404);
            Caller.PARTNER.request().get(ITEMS + "/" + id).then().statusCode(200).body("status", equalTo("IN_REVIEW"));
            Caller.STAFF.request().get(ITEMS + "/" + id).then().statusCode(200);
        }

        @Test
        void shouldAnswer404ForUnknownAndMalformedIds() {
            RestAssured.given().get(ITEMS + "/" + UUID.randomUUID()).then().statusCode(404).contentType("application/problem+json");
            RestAssured.given().get(ITEMS + "/not-a-uuid").then().statusCode(404).contentType("application/problem+json");
        }

        @Test
        void shouldKeepOthersDraftsOutOfPartnerListButListOwnWithMine() {
            String word = uniqueWord();
            UUID own = create(Caller.PARTNER, Map.of("title", "Voorstel " + word));
            create(Caller.OTHER_PARTNER, Map.of("title", "Ander voorstel " + word));
            Caller.OTHER_PARTNER.request().queryParam("q", word).get(ITEMS)
                    .then().statusCode(200).body("totalItems", equalTo(0));
            Caller.PARTNER.request().queryParam("mine", "true").queryParam("q", word).get(ITEMS)
                    .then().statusCode(200)
                    .body("totalItems", equalTo(1))
                    .body("items[0].id", equalTo(own.toString()))
                    .body("items[0].status", equalTo("IN_REVIEW"));
            Caller.STAFF.request().queryParam("q", word).queryParam("status", "IN_REVIEW").get(ITEMS)
                    .then().statusCode(200).body("totalItems", equalTo(2));
            RestAssured.given().queryParam("mine", "true").get(ITEMS).then().statusCode(401);
        }
    }

    @Nested
    class Proposing {

        @Test
        void shouldPutPartnerProposalInReviewWhateverStatusItAsks() {
            Caller.PARTNER.request().contentType(ContentType.JSON).body(body(Map.of("status", "PUBLISHED")))
                    .post(ITEMS)
                    .then().statusCode(201)
                    .header("Location", containsString(ITEMS + "/"))
                    .header("ETag", equalTo("\"0\""))
                    .body("status", equalTo("IN_REVIEW"))
                    .body("submittedBy.subject", equalTo(Tokens.PARTNER.subject()))
                    .body("submittedBy.name", equalTo("Bram Jansen"))
                    .body("slug", startsWith("leren-op-de-werkvloer-bij-een-installatiebedrijf-"));
        }

        @Test
        void shouldPutPartnerSystemSubmissionInReview() {
            Caller.PARTNER_SYSTEM.request().contentType(ContentType.JSON).body(body(Map.of("status", "PUBLISHED")))
                    .post(ITEMS)
                    .then().statusCode(201)
                    .body("status", equalTo("IN_REVIEW"))
                    .body("submittedBy.name", equalTo("hub-partner-demo"));
        }

        @Test
        void shouldLetStaffChooseStatusAndDefaultToDraft() {
            Caller.STAFF.request().contentType(ContentType.JSON).body(body(Map.of()))
                    .post(ITEMS).then().statusCode(201).body("status", equalTo("DRAFT")).body("submittedBy", nullValue());
            Caller.STAFF.request().contentType(ContentType.JSON).body(body(Map.of("status", "PUBLISHED")))
                    .post(ITEMS).then().statusCode(201).body("status", equalTo("PUBLISHED"));
        }

        @Test
        void shouldRefuseVisitorAndUserWithoutRole() {
            RestAssured.given().contentType(ContentType.JSON).body(body(Map.of())).post(ITEMS)
                    .then().statusCode(401).contentType("application/problem+json");
            RestAssured.given().auth().oauth2(Tokens.token(Tokens.NO_ROLES)).contentType(ContentType.JSON)
                    .body(body(Map.of())).post(ITEMS)
                    .then().statusCode(403).contentType("application/problem+json");
        }
    }

    @Nested
    class Editing {

        @Test
        void shouldRequireIfMatch() {
            UUID id = create(Caller.PARTNER, Map.of());
            Caller.PARTNER.request().contentType(ContentType.JSON).body(body(Map.of("title", "Nieuwe titel")))
                    .put(ITEMS + "/" + id)
                    .then().statusCode(428)
                    .contentType("application/problem+json")
                    .body("detail", containsString("If-Match"));
            Caller.STAFF.request().get(ITEMS + "/" + id).then().body("title", not(equalTo("Nieuwe titel")));
        }

        @Test
        void shouldRefuseStaleVersionAndKeepStoredItem() {
            UUID id = published(Map.of("title", "Oorspronkelijke titel"));
            Caller.STAFF.request().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                    .body(body(Map.of("title", "Eerste wijziging"))).put(ITEMS + "/" + id)
                    .then().statusCode(200).header("ETag", equalTo("\"1\"")).body("version", equalTo(1));
            Caller.STAFF.request().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                    .body(body(Map.of("title", "Verouderde wijziging"))).put(ITEMS + "/" + id)
                    .then().statusCode(412).contentType("application/problem+json")
                    .body("title", equalTo("Version conflict"));
            RestAssured.given().get(ITEMS + "/" + id).then().body("title", equalTo("Eerste wijziging"));
        }

        @Test
        void shouldLetSubmitterEditOwnProposalOnly() {
            UUID id = create(Caller.PARTNER, Map.of());
            Caller.OTHER_PARTNER.request().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                    .body(body(Map.of("title", "Overgenomen"))).put(ITEMS + "/" + id)
                    .then().statusCode(404);
            Caller.PARTNER.request().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                    .body(body(Map.of("title", "Verbeterd voorstel"))).put(ITEMS + "/" + id)
                    .then().statusCode(200).body("title", equalTo("Verbeterd voorstel")).body("status", equalTo("IN_REVIEW"));
        }

        @Test
        void shouldResubmitSentBackDraftWhenSubmitterEdits() {
            UUID id = create(Caller.PARTNER, Map.of());
            KnowledgeFixtures.changeStatus(id, "DRAFT");
            int version = version(id);
            Caller.PARTNER.request().contentType(ContentType.JSON).header("If-Match", "\"" + version + "\"")
                    .body(body(Map.of("summary", "Aangevuld na de opmerkingen van het programmateam."))).put(ITEMS + "/" + id)
                    .then().statusCode(200).body("status", equalTo("IN_REVIEW"));
        }

        @Test
        void shouldRefuseSubmitterEditOncePublished() {
            UUID id = create(Caller.PARTNER, Map.of());
            KnowledgeFixtures.changeStatus(id, "PUBLISHED");
            Caller.PARTNER.request().contentType(ContentType.JSON).header("If-Match", "\"" + version(id) + "\"")
                    .body(body(Map.of("title", "Na publicatie"))).put(ITEMS + "/" + id)
                    .then().statusCode(403).contentType("application/problem+json")
                    .body("detail", containsString("PUBLISHED"));
        }

        @Test
        void shouldRecordWhoChangedAnItem() {
            UUID id = create(Caller.PARTNER, Map.of());
            KnowledgeFixtures.changeStatus(id, "PUBLISHED");
            Caller.STAFF.request().get(ITEMS + "/" + id + "/history")
                    .then().statusCode(200)
                    .body("toStatus", contains("IN_REVIEW", "PUBLISHED"))
                    .body("[0].actorName", equalTo("Bram Jansen"))
                    .body("[1].actorName", equalTo("Anna de Vries"))
                    .body("[1].comment", equalTo("test: naar PUBLISHED"))
                    .body("[1].fromStatus", equalTo("IN_REVIEW"));
            Caller.PARTNER.request().get(ITEMS + "/" + id + "/history").then().statusCode(200);
            Caller.OTHER_PARTNER.request().get(ITEMS + "/" + id + "/history").then().statusCode(403);
        }
    }

    @Nested
    class Workflow {

        @Test
        void shouldAllowOnlyDefinedTransitions() {
            UUID id = create(Caller.PARTNER, Map.of());
            Caller.STAFF.request().contentType(ContentType.JSON)
                    .body(Map.of("status", "IN_REVIEW", "comment", "nogmaals"))
                    .post(ITEMS + "/" + id + "/status")
                    .then().statusCode(409).contentType("application/problem+json")
                    .body("detail", containsString("IN_REVIEW cannot become IN_REVIEW"));
            KnowledgeFixtures.changeStatus(id, "PUBLISHED");
            Caller.STAFF.request().contentType(ContentType.JSON)
                    .body(Map.of("status", "DRAFT", "comment", "terug"))
                    .post(ITEMS + "/" + id + "/status")
                    .then().statusCode(409);
            KnowledgeFixtures.changeStatus(id, "ARCHIVED");
            RestAssured.given().get(ITEMS + "/" + id).then().statusCode(404);
            KnowledgeFixtures.changeStatus(id, "PUBLISHED");
            RestAssured.given().get(ITEMS + "/" + id).then().statusCode(200);
        }

        @Test
        void shouldRequireCommentAndKnownStatus() {
            UUID id = create(Caller.PARTNER, Map.of());
            Caller.STAFF.request().contentType(ContentType.JSON).body(Map.of("status", "PUBLISHED", "comment", " "))
                    .post(ITEMS + "/" + id + "/status")
                    .then().statusCode(400).body("errors.field", contains("comment"));
            Caller.STAFF.request().contentType(ContentType.JSON).body(Map.of("status", "GONE", "comment", "x"))
                    .post(ITEMS + "/" + id + "/status")
                    .then().statusCode(400).body("errors[0].field", equalTo("status"))
                    .body("errors[0].message", containsString("DRAFT, IN_REVIEW, PUBLISHED, ARCHIVED"));
            Caller.STAFF.request().get(ITEMS + "/" + id).then().body("status", equalTo("IN_REVIEW"));
        }

        @Test
        void shouldRefusePartnerPublishing() {
            UUID id = create(Caller.PARTNER, Map.of());
            Caller.PARTNER.request().contentType(ContentType.JSON).body(Map.of("status", "PUBLISHED", "comment", "zelf"))
                    .post(ITEMS + "/" + id + "/status")
                    .then().statusCode(403).contentType("application/problem+json");
        }

        @Test
        void shouldLetOnlyStaffDelete() {
            UUID id = published(Map.of());
            Caller.PARTNER.request().delete(ITEMS + "/" + id).then().statusCode(403);
            RestAssured.given().delete(ITEMS + "/" + id).then().statusCode(401);
            Caller.STAFF.request().delete(ITEMS + "/" + id).then().statusCode(204);
            Caller.STAFF.request().get(ITEMS + "/" + id).then().statusCode(404);
            Caller.STAFF.request().delete(ITEMS + "/" + id).then().statusCode(404);
        }
    }

    @Nested
    class BadInput {

        private void assertRejected(Object requestBody, String field, String messagePart) {
            String word = uniqueWord();
            Object payload = requestBody instanceof Map<?, ?> map ? withTitleWord(map, word) : requestBody;
            var response = Caller.STAFF.request().contentType(ContentType.JSON).body(payload).post(ITEMS)
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("status", equalTo(400));
            if (field != null) {
                response.body("errors.field", hasItem(field))
                        .body("errors.find { it.field == '" + field + "' }.message", containsString(messagePart));
            }
            Caller.STAFF.request().queryParam("q", word).get(ITEMS).then().body("totalItems", equalTo(0));
        }

        @SuppressWarnings("unchecked")
        private Map<String, Object> withTitleWord(Map<?, ?> map, String word) {
            Map<String, Object> copy = new java.util.HashMap<>((Map<String, Object>) map);
            if (copy.get("title") instanceof String title && title.length() < 280) {
                copy.put("title", title + " " + word);
            }
            return copy;
        }

        @Test
        void shouldRejectUnknownType() {
            assertRejected(body(Map.of("type", "PODCAST")), "type", "RESEARCH, PRACTICE_EXAMPLE");
        }

        @Test
        void shouldRejectUnknownLearningForm() {
            assertRejected(body(Map.of("learningForms", java.util.List.of("ONLINE"))), "learningForms[0]", "FORMAL, NON_FORMAL, INFORMAL");
        }

        @Test
        void shouldRejectTooLongTitle() {
            Map<String, Object> tooLong = body(Map.of("title", "x".repeat(301)));
            Caller.STAFF.request().contentType(ContentType.JSON).body(tooLong).post(ITEMS)
                    .then().statusCode(400)
                    .body("errors.field", contains("title"))
                    .body("errors[0].message", equalTo("must be 3 to 300 characters"));
        }

        @Test
        void shouldRejectTooManyAuthorsAndTooLongAuthor() {
            assertRejected(body(Map.of("authors", java.util.List.of("a".repeat(201)))), "authors[0]", "at most 200");
        }

        @Test
        void shouldRejectUnknownTheme() {
            assertRejected(body(Map.of("themes", java.util.List.of("leiderschap", "bestaat-niet"))), "themes", "bestaat-niet");
        }

        @Test
        void shouldRejectMissingThemes() {
            assertRejected(body(Map.of("themes", java.util.List.of())), "themes", "1 to 10");
        }

        @Test
        void shouldRejectFutureYear() {
            int next = java.time.Year.now().getValue() + 1;
            assertRejected(body(Map.of("publicationYear", next)), "publicationYear", "future");
        }

        @Test
        void shouldRejectNonHttpUrl() {
            assertRejected(body(Map.of("url", "ftp://example.org/rapport.pdf")), "url", "http");
            assertRejected(body(Map.of("url", "javascript:alert(1)")), "url", "http");
        }

        @Test
        void shouldExplainProblemsInDutchWhenAskedFor() {
            int next = java.time.Year.now().getValue() + 1;
            Caller.STAFF.request().contentType(ContentType.JSON).header("Accept-Language", "nl-NL,nl;q=0.9,en;q=0.5")
                    .body(body(Map.of("title", "x", "publicationYear", next, "themes", java.util.List.of("bestaat-niet"))))
                    .post(ITEMS)
                    .then().statusCode(400)
                    .body("errors.find { it.field == 'title' }.message", equalTo("moet 3 tot 300 tekens lang zijn"))
                    .body("detail", startsWith("Verbeter deze velden"));
            Caller.STAFF.request().contentType(ContentType.JSON).header("Accept-Language", "nl")
                    .body(body(Map.of("publicationYear", next, "themes", java.util.List.of("bestaat-niet"))))
                    .post(ITEMS)
                    .then().statusCode(400)
                    .body("errors.find { it.field == 'publicationYear' }.message",
                            equalTo("mag niet in de toekomst liggen (hoogstens " + (next - 1) + ")"))
                    .body("errors.find { it.field == 'themes' }.message", containsString("onbekend thema bestaat-niet"));
            Caller.STAFF.request().contentType(ContentType.JSON).header("Accept-Language", "fr")
                    .body(body(Map.of("title", "x"))).post(ITEMS)
                    .then().statusCode(400)
                    .body("errors[0].message", equalTo("must be 3 to 300 characters"));
        }

        @Test
        void shouldRejectMalformedJson() {
            Caller.STAFF.request().contentType(ContentType.JSON).body("{\"title\": \"Half").post(ITEMS)
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("title", equalTo("Malformed request"));
        }

        @Test
        void shouldRejectWrongJsonTypes() {
            assertRejected(body(Map.of("publicationYear", "vorig jaar")), "publicationYear", "not a valid whole number");
        }

        @Test
        void shouldRejectEmptyBody() {
            Caller.STAFF.request().contentType(ContentType.JSON).post(ITEMS)
                    .then().statusCode(400).contentType("application/problem+json");
        }

        @Test
        void shouldRejectBadListParameters() {
            RestAssured.given().queryParam("type", "PODCAST").queryParam("year", "twintig").queryParam("size", 500)
                    .queryParam("sort", "popularity").get(ITEMS)
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("errors.field", containsInAnyOrder("size", "sort", "type", "year"));
            RestAssured.given().queryParam("updatedSince", "gisteren").get(ITEMS)
                    .then().statusCode(400).body("errors[0].field", equalTo("updatedSince"));
        }
    }

    @Nested
    class Exports {

        @Test
        void shouldCiteInApaRisAndBibtex() {
            UUID id = published(Map.of("type", "RESEARCH", "title", "Leren en ontwikkelen tijdens de loopbaan",
                    "authors", java.util.List.of("Sociaal-Economische Raad"), "publisher", "SER", "publicationYear", 2017,
                    "url", "https://www.ser.nl/"));
            RestAssured.given().get(ITEMS + "/" + id + "/citation?format=apa")
                    .then().statusCode(200).contentType(containsString("text/plain"))
                    .body(equalTo("Sociaal-Economische Raad. (2017). Leren en ontwikkelen tijdens de loopbaan. SER. https://www.ser.nl/"));
            RestAssured.given().get(ITEMS + "/" + id + "/citation?format=ris")
                    .then().statusCode(200).contentType(containsString("application/x-research-info-systems"))
                    .header("Content-Disposition", containsString(".ris"))
                    .body(startsWith("TY  - RPRT\r\nTI  - Leren en ontwikkelen tijdens de loopbaan\r\nAU  - Sociaal-Economische Raad\r\nPY  - 2017\r\n"))
                    .body(endsWith("ER  - \r\n"));
            RestAssured.given().get(ITEMS + "/" + id + "/citation?format=bibtex")
                    .then().statusCode(200)
                    .body(startsWith("@techreport{sociaaleconomische2017leren,\n  title = {{Leren en ontwikkelen tijdens de loopbaan}},"))
                    .body(containsString("institution = {SER}"));
            RestAssured.given().get(ITEMS + "/" + id + "/citation?format=chicago")
                    .then().statusCode(400).body("errors[0].field", equalTo("format"));
        }

        @Test
        void shouldHideCitationOfInvisibleItem() {
            UUID id = create(Caller.PARTNER, Map.of());
            RestAssured.given().get(ITEMS + "/" + id + "/citation").then().statusCode(404);
        }

        @Test
        void shouldExportCsvWithBomQuotingAndFormulaGuard() {
            String word = uniqueWord();
            published(Map.of("title", "Kosten, baten en \"rendement\" " + word, "authors", java.util.List.of("=HYPERLINK(1)")));
            String csv = RestAssured.given().queryParam("q", word).get(ITEMS + "/export?format=csv")
                    .then().statusCode(200)
                    .contentType(containsString("text/csv"))
                    .header("Content-Disposition", containsString("attachment; filename=\"kennisbank-"))
                    .extract().asString(); // RestAssured decodes as UTF-8 from the charset
            assertEquals('\uFEFF', csv.charAt(0), "starts with a byte order mark for Excel");
            String[] lines = csv.substring(1).split("\r\n");
            assertEquals(2, lines.length, "header and one row");
            assertEquals("id,title,type,authors,publisher,publicationYear,summary,themes,learningForms,sectors,targetGroups,language,url,visibility,status,updatedAt", lines[0]);
            org.hamcrest.MatcherAssert.assertThat(lines[1], containsString(",\"Kosten, baten en \"\"rendement\"\" " + word + "\",PRACTICE_EXAMPLE,'=HYPERLINK(1),"));
        }

        @Test
        void shouldRelateItemsBySharedThemes() {
            String word = uniqueWord();
            UUID source = published(Map.of("title", "Bron " + word, "themes", java.util.List.of("mentoring", "basisvaardigheden")));
            UUID sibling = published(Map.of("title", "Broer " + word, "themes", java.util.List.of("mentoring", "basisvaardigheden")));
            UUID hidden = create(Caller.PARTNER, Map.of("themes", java.util.List.of("mentoring", "basisvaardigheden")));
            RestAssured.given().get(ITEMS + "/" + source + "/related?size=20")
                    .then().statusCode(200)
                    .body("items.id", hasItem(sibling.toString()))
                    .body("items.id", not(hasItem(source.toString())))
                    .body("items.id", not(hasItem(hidden.toString())));
            RestAssured.given().get(ITEMS + "/" + source + "/related?size=0").then().statusCode(400);
        }
    }
}
