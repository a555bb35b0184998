package nl.leercultuur.hub.knowledge;

import static nl.leercultuur.hub.knowledge.KnowledgeFixtures.published;
import static nl.leercultuur.hub.knowledge.KnowledgeFixtures.uniqueWord;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.leercultuur.hub.support.Caller;
import org.junit.jupiter.api.Test;

/**
 * Dutch full-text search. Every test tags its items with a unique sector, so that filtering on that sector makes
 * the test see only its own items while the rest of the database is shared.
 */
@QuarkusTest
class KnowledgeSearchTest {

    private static final String ITEMS = "/api/v1/knowledge-items";

    private static ValidatableResponse search(String sector, Map<String, ?> params) {
        return RestAssured.given().queryParam("sector", sector).queryParams(params).get(ITEMS).then().statusCode(200);
    }

    @Test
    void shouldFindInflectedDutchWordsThroughStemming() {
        String sector = uniqueWord();
        UUID verb = published(Map.of("sectors", List.of(sector), "title", "Samen ontwikkelen op de bouwplaats",
                "summary", "Medewerkers leren van elkaar tijdens de opleiding.", "body", "Geen verdere tekst."));
        published(Map.of("sectors", List.of(sector), "title", "Iets heel anders", "summary", "Over de kantine en het weer.",
                "body", "Niets over groei."));
        search(sector, Map.of("q", "ontwikkeling"))
                .body("totalItems", equalTo(1))
                .body("items[0].id", equalTo(verb.toString()));
        search(sector, Map.of("q", "medewerker opleidingen"))
                .body("totalItems", equalTo(1))
                .body("items[0].id", equalTo(verb.toString()));
    }

    @Test
    void shouldRankTitleMatchAboveBodyMatch() {
        String sector = uniqueWord();
        UUID inBody = published(Map.of("sectors", List.of(sector), "title", "Een verslag van de dag",
                "summary", "Een verslag van een bijeenkomst in het voorjaar.",
                "body", "Halverwege ging het kort over intervisie en daarna over andere dingen."));
        UUID inTitle = published(Map.of("sectors", List.of(sector), "title", "Intervisie in het mkb",
                "summary", "Een methode om met collega's te reflecteren.", "body", "Een uitgebreide beschrijving."));
        search(sector, Map.of("q", "intervisie"))
                .body("totalItems", equalTo(2))
                .body("items.id", contains(inTitle.toString(), inBody.toString()));
    }

    @Test
    void shouldHighlightMatchesWithPlainMarkers() {
        String sector = uniqueWord();
        published(Map.of("sectors", List.of(sector), "title", "Feedback geven",
                "summary", "Medewerkers vragen elkaar om feedback na elke klus.", "body", "<script>alert(1)</script> tekst"));
        search(sector, Map.of("q", "feedback"))
                .body("items[0].highlight", containsString("[[feedback]]"))
                .body("items[0].highlight", not(containsString("<b>")));
        published(Map.of("sectors", List.of(sector), "title", "Gesprekken op de werkvloer", "summary", "Een korte samenvatting zonder dat woord.",
                "body", "## Kwartaalgesprek\n\nLees **meer** over het [kwartaalgesprek](https://example.org/kwartaalgesprek) en *doe* het."));
        search(sector, Map.of("q", "kwartaalgesprek"))
                .body("items[0].highlight", containsString("[[Kwartaalgesprek]]"))
                .body("items[0].highlight", not(containsString("##")))
                .body("items[0].highlight", not(containsString("**")))
                .body("items[0].highlight", not(containsString("https://")));
        search(sector, Map.of())
                .body("items[0].highlight", nullValue());
    }

    @Test
    void shouldSupportPhrasesAndExclusion() {
        String sector = uniqueWord();
        UUID phrase = published(Map.of("sectors", List.of(sector), "title", "Informeel leren in de zorg",
                "summary", "Over informeel leren op de afdeling.", "body", "Tekst."));
        UUID scattered = published(Map.of("sectors", List.of(sector), "title", "Leren is niet altijd informeel",
                "summary", "Soms is leren formeel, soms informeel.", "body", "Leiderschap speelt mee."));
        search(sector, Map.of("q", "\"informeel leren\""))
                .body("totalItems", equalTo(1)).body("items[0].id", equalTo(phrase.toString()));
        search(sector, Map.of("q", "informeel -leiderschap"))
                .body("totalItems", equalTo(1)).body("items[0].id", equalTo(phrase.toString()));
        search(sector, Map.of("q", "informeel"))
                .body("totalItems", equalTo(2));
        search(sector, Map.of("q", "de het een")) // only stop words: everything, newest first
                .body("totalItems", equalTo(2))
                .body("items.id", org.hamcrest.Matchers.containsInAnyOrder(phrase.toString(), scattered.toString()));
    }

    @Test
    void shouldCountFacetsUnderOtherFiltersButNotTheirOwn() {
        String sector = uniqueWord();
        published(Map.of("sectors", List.of(sector), "type", "RESEARCH", "publicationYear", 2020,
                "themes", List.of("leiderschap", "feedback"), "learningForms", List.of("FORMAL")));
        published(Map.of("sectors", List.of(sector), "type", "RESEARCH", "publicationYear", 2021,
                "themes", List.of("feedback"), "learningForms", List.of("INFORMAL")));
        published(Map.of("sectors", List.of(sector), "type", "ARTICLE", "publicationYear", 2021,
                "themes", List.of("leiderschap"), "learningForms", List.of("INFORMAL", "NON_FORMAL")));

        search(sector, Map.of())
                .body("totalItems", equalTo(3))
                .body("facets.type.find { it.value == 'RESEARCH' }.count", equalTo(2))
                .body("facets.type.find { it.value == 'ARTICLE' }.count", equalTo(1))
                .body("facets.theme.find { it.value == 'leiderschap' }.count", equalTo(2))
                .body("facets.theme.find { it.value == 'feedback' }.count", equalTo(2))
                .body("facets.learningForm.find { it.value == 'INFORMAL' }.count", equalTo(2))
                .body("facets.year.value", contains("2021", "2020"));

        // filtering on type narrows the other facets, but the type facet keeps showing ARTICLE's count
        search(sector, Map.of("type", "RESEARCH"))
                .body("totalItems", equalTo(2))
                .body("facets.type.find { it.value == 'ARTICLE' }.count", equalTo(1))
                .body("facets.theme.find { it.value == 'leiderschap' }.count", equalTo(1))
                .body("facets.year.find { it.value == '2021' }.count", equalTo(1))
                .body("facets.learningForm.find { it.value == 'NON_FORMAL' }", nullValue());
        // the same with search words (the index then filters the facets after matching the words once)
        search(sector, Map.of("type", "RESEARCH", "year", "2021", "q", "installatiebedrijf"))
                .body("totalItems", equalTo(1))
                .body("facets.type.find { it.value == 'RESEARCH' }.count", equalTo(1))
                .body("facets.type.find { it.value == 'ARTICLE' }.count", equalTo(1))
                .body("facets.year.find { it.value == '2020' }.count", equalTo(1))
                .body("facets.year.find { it.value == '2021' }.count", equalTo(1))
                .body("facets.theme.find { it.value == 'feedback' }.count", equalTo(1))
                .body("facets.learningForm.find { it.value == 'NON_FORMAL' }", nullValue());
        // a filtered theme and learning form keep their other values too (each counted on its own field)
        search(sector, Map.of("theme", "leiderschap", "learningForm", "INFORMAL"))
                .body("totalItems", equalTo(1))
                .body("facets.theme.find { it.value == 'feedback' }.count", equalTo(1))
                .body("facets.theme.find { it.value == 'leiderschap' }.count", equalTo(1))
                .body("facets.learningForm.find { it.value == 'FORMAL' }.count", equalTo(1))
                .body("facets.learningForm.find { it.value == 'NON_FORMAL' }.count", equalTo(1))
                .body("facets.learningForm.find { it.value == 'INFORMAL' }.count", equalTo(1));
        search(sector, Map.of("theme", "feedback", "q", "installatiebedrijf"))
                .body("totalItems", equalTo(2))
                .body("facets.theme.find { it.value == 'leiderschap' }.count", equalTo(2))
                .body("facets.theme.find { it.value == 'feedback' }.count", equalTo(2));

        // OR within a facet, AND across facets
        RestAssured.given().queryParam("sector", sector).queryParam("theme", "leiderschap", "feedback")
                .queryParam("year", 2021).get(ITEMS)
                .then().statusCode(200).body("totalItems", equalTo(2));
        search(sector, Map.of("learningForm", "FORMAL", "year", "2021")).body("totalItems", equalTo(0));
    }

    @Test
    void shouldCountChangesStraightAwayDespiteTheCountCache() {
        String sector = uniqueWord();
        UUID first = published(Map.of("sectors", List.of(sector), "type", "INSTRUMENT"));
        search(sector, Map.of()).body("totalItems", equalTo(1)).body("facets.type.find { it.value == 'INSTRUMENT' }.count", equalTo(1));
        search(sector, Map.of("page", 1)).body("totalItems", equalTo(1)); // same counts, other page
        published(Map.of("sectors", List.of(sector), "type", "INSTRUMENT"));
        search(sector, Map.of()).body("totalItems", equalTo(2)).body("facets.type.find { it.value == 'INSTRUMENT' }.count", equalTo(2));
        KnowledgeFixtures.changeStatus(first, "ARCHIVED");
        search(sector, Map.of()).body("totalItems", equalTo(1));
        Caller.STAFF.request().delete(ITEMS + "/" + first).then().statusCode(204);
        Caller.STAFF.request().queryParam("sector", sector).get(ITEMS).then().body("totalItems", equalTo(1));
    }

    @Test
    void shouldSortMatchesByYearWhenAsked() {
        String sector = uniqueWord();
        UUID older = published(Map.of("sectors", List.of(sector), "title", "Werkplekleren in de bouw", "publicationYear", 2018));
        UUID newer = published(Map.of("sectors", List.of(sector), "summary", "Werkplekleren komt hier alleen in de samenvatting voor.", "publicationYear", 2024));
        search(sector, Map.of("q", "werkplekleren", "sort", "publicationYear,desc"))
                .body("items.id", contains(newer.toString(), older.toString()))
                .body("items[0].highlight", containsString("[["));
        search(sector, Map.of("q", "werkplekleren")).body("items.id", contains(older.toString(), newer.toString()));
    }

    @Test
    void shouldListNewestFirstWithoutQueryAndSortOnRequest() {
        String sector = uniqueWord();
        UUID old = published(Map.of("sectors", List.of(sector), "title", "B oud", "publicationYear", 2016));
        UUID recent = published(Map.of("sectors", List.of(sector), "title", "C nieuw", "publicationYear", 2025));
        UUID middle = published(Map.of("sectors", List.of(sector), "title", "A midden", "publicationYear", 2020));
        search(sector, Map.of()).body("items.id", contains(recent.toString(), middle.toString(), old.toString()));
        search(sector, Map.of("sort", "title")).body("items.id", contains(middle.toString(), old.toString(), recent.toString()));
        search(sector, Map.of("sort", "publicationYear,asc")).body("items.id", contains(old.toString(), middle.toString(), recent.toString()));
        search(sector, Map.of("size", 2, "page", 1))
                .body("items.id", contains(old.toString()))
                .body("page", equalTo(1)).body("size", equalTo(2)).body("totalItems", equalTo(3)).body("totalPages", equalTo(2));
    }

    @Test
    void shouldReadIncrementallyWithUpdatedSince() {
        String sector = uniqueWord();
        UUID first = published(Map.of("sectors", List.of(sector)));
        String firstUpdatedAt = RestAssured.given().get(ITEMS + "/" + first).then().extract().path("updatedAt");
        UUID second = published(Map.of("sectors", List.of(sector)));
        Caller.PARTNER_SYSTEM.request().queryParam("sector", sector).queryParam("updatedSince", firstUpdatedAt)
                .queryParam("sort", "updatedAt,asc").get(ITEMS)
                .then().statusCode(200)
                .body("items.id", contains(second.toString()));
    }

    @Test
    void shouldShowCommunityItemsInPartnerSearchOnly() {
        String sector = uniqueWord();
        published(Map.of("sectors", List.of(sector), "visibility", "COMMUNITY"));
        published(Map.of("sectors", List.of(sector)));
        search(sector, Map.of()).body("totalItems", equalTo(1));
        Caller.PARTNER.request().queryParam("sector", sector).get(ITEMS).then().body("totalItems", equalTo(2));
        Caller.STAFF.request().queryParam("sector", sector).get(ITEMS).then().body("totalItems", equalTo(2));
    }

    @Test
    void shouldSearchAChangeAsSoonAsItIsSaved() {
        String sector = uniqueWord();
        String before = uniqueWord();
        String after = uniqueWord();
        UUID item = published(Map.of("sectors", List.of(sector), "title", "Leren met " + before));
        search(sector, Map.of("q", before)).body("totalItems", equalTo(1));
        Caller.STAFF.request().contentType(ContentType.JSON).header("If-Match", "\"" + KnowledgeFixtures.version(item) + "\"")
                .body(KnowledgeFixtures.body(Map.of("sectors", List.of(sector), "title", "Leren met " + after)))
                .put(ITEMS + "/" + item).then().statusCode(200);
        // the very next search, with no wait: the index is refreshed before the change's request ends
        search(sector, Map.of("q", after)).body("totalItems", equalTo(1)).body("items[0].title", equalTo("Leren met " + after));
        search(sector, Map.of("q", before)).body("totalItems", equalTo(0));
        KnowledgeFixtures.changeStatus(item, "ARCHIVED");
        search(sector, Map.of()).body("totalItems", equalTo(0)).body("facets.type", org.hamcrest.Matchers.empty());
        Caller.STAFF.request().queryParam("sector", sector).queryParam("status", "ARCHIVED").get(ITEMS).then()
                .body("totalItems", equalTo(1));
    }
}
