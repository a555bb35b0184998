package nl.leercultuur.hub.knowledge.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import nl.leercultuur.hub.knowledge.KnowledgeScope;
import nl.leercultuur.hub.knowledge.KnowledgeStatus;
import nl.leercultuur.hub.knowledge.KnowledgeType;
import nl.leercultuur.hub.knowledge.KnowledgeVisibility;
import org.junit.jupiter.api.Test;

/** The OpenSearch requests of knowledge search, read back as JSON (the searches themselves: KnowledgeSearchTest). */
class KnowledgeSearchRequestTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final KnowledgeScope VISITOR = new KnowledgeScope(null, Set.of(KnowledgeStatus.PUBLISHED),
            Set.of(KnowledgeVisibility.PUBLIC));

    private static SearchCriteria criteria(String q, Set<KnowledgeType> types, Set<String> themes, int page) {
        return SearchCriteria.of(q, types, themes, Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), null, false, null,
                null, page, 20);
    }

    private static JsonNode page(SearchCriteria criteria, KnowledgeScope scope) throws Exception {
        return JSON.readTree(KnowledgeSearchRequest.page(criteria, scope));
    }

    @Test
    void shouldCountAFilteredFacetUnderTheOtherFiltersOnly() throws Exception {
        JsonNode request = page(criteria("\"leren op de werkplek\" -boek", Set.of(KnowledgeType.INSTRUMENT), Set.of("feedback"), 2),
                VISITOR);
        assertEquals(40, request.path("from").asInt());
        assertEquals(20, request.path("size").asInt());
        assertTrue(request.path("track_total_hits").asBoolean());
        JsonNode filters = request.path("query").path("bool").path("filter");
        assertEquals("[\"PUBLISHED\"]", filters.get(0).path("terms").path("status").toString());
        assertEquals("[\"PUBLIC\"]", filters.get(1).path("terms").path("visibility").toString());
        assertEquals("\"leren op de werkplek\" -boek",
                request.path("query").path("bool").path("must").get(0).path("simple_query_string").path("query").asText());
        // the facet filters narrow the hits only (post_filter); the words and the scope are matched once
        String postFilter = request.path("post_filter").toString();
        assertTrue(postFilter.contains("\"type\":[\"INSTRUMENT\"]") && postFilter.contains("\"themes\":[\"feedback\"]"), postFilter);
        assertFalse(request.path("query").toString().contains("INSTRUMENT"));
        // type is counted under the theme filter, not under its own; theme under the type filter
        JsonNode type = request.path("aggs").path("facet-type");
        String typeFilter = type.path("filter").toString();
        assertTrue(typeFilter.contains("\"themes\":[\"feedback\"]"), typeFilter);
        assertFalse(typeFilter.contains("INSTRUMENT"), typeFilter);
        // a filtered facet counts its own field, with its own values only
        assertEquals("{\"field\":\"type\",\"size\":20}", type.path("aggs").path("values").path("terms").toString());
        assertEquals("{\"field\":\"themes\",\"size\":500}",
                request.path("aggs").path("facet-theme").path("aggs").path("values").path("terms").toString());
        String themeFilter = request.path("aggs").path("facet-theme").path("filter").toString();
        assertTrue(themeFilter.contains("INSTRUMENT") && !themeFilter.contains("feedback"), themeFilter);
        // learning form and year have no filter of their own: counted together under both filters, in one aggregation
        JsonNode shared = request.path("aggs").path("facets");
        assertEquals("{\"field\":\"facets\",\"size\":1040}", shared.path("aggs").path("values").path("terms").toString());
        assertEquals(2, shared.path("filter").path("bool").path("filter").size());
        assertEquals(3, request.path("aggs").size());
        // the snippet: from the field of summary and body, with the words (the scope and filters play no part)
        JsonNode snippet = request.path("highlight").path("fields").path("snippetText");
        assertEquals("[\"snippetText\"]", snippet.path("highlight_query").path("simple_query_string").path("fields").toString());
        assertEquals("\"leren op de werkplek\" -boek", snippet.path("highlight_query").path("simple_query_string").path("query").asText());
        assertEquals("none", request.path("highlight").path("order").asText());
    }

    @Test
    void shouldNarrowTheQueryWithoutWordsAndCountAFilteredFacetOverTheScope() throws Exception {
        JsonNode request = page(criteria(null, Set.of(KnowledgeType.RESEARCH), Set.of(), 0), VISITOR);
        assertFalse(request.has("post_filter"));
        assertTrue(request.path("query").toString().contains("RESEARCH"));
        JsonNode type = request.path("aggs").path("facet-type");
        assertTrue(type.has("global"));
        String typeFilter = type.path("aggs").path("values").path("filter").toString();
        assertTrue(typeFilter.contains("PUBLIC") && !typeFilter.contains("RESEARCH"), typeFilter);
        assertEquals("type", type.path("aggs").path("values").path("aggs").path("values").path("terms").path("field").asText());
        // the other facets count over the hits, which the type filter narrowed
        assertEquals("{\"field\":\"facets\",\"size\":1040}", request.path("aggs").path("facets").path("terms").toString());
    }

    @Test
    void shouldListNewestFirstWithoutWordsAndLimitTheScopeToTheSubmitter() throws Exception {
        JsonNode request = page(criteria(null, Set.of(), Set.of(), 0), KnowledgeScope.submittedBy("p-1"));
        assertEquals("[{\"publicationYear\":{\"order\":\"desc\",\"missing\":\"_last\"}},{\"updatedMicros\":\"desc\"},{\"uid\":\"asc\"}]",
                request.path("sort").toString());
        assertEquals("{\"terms\":{\"submittedBySubject\":[\"p-1\"]}}", request.path("query").path("bool").path("filter").get(0).toString());
        assertFalse(request.path("query").path("bool").has("must"));
        assertFalse(request.has("post_filter"));
        // no facet filter: all four facets in one aggregation over the facet field
        assertEquals("{\"field\":\"facets\",\"size\":1040}", request.path("aggs").path("facets").path("terms").toString());
        assertEquals(1, request.path("aggs").size());
        assertFalse(request.has("highlight"));
    }

    @Test
    void shouldReadChangesSinceAnInstantToTheMicrosecond() throws Exception {
        SearchCriteria since = SearchCriteria.of(null, Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(),
                Instant.parse("2026-11-29T08:33:11.488759Z"), false, SearchCriteria.SortField.UPDATED_AT, true, 0, 20);
        JsonNode request = page(since, KnowledgeScope.ALL);
        assertEquals(1_795_941_191_488_759L,
                request.path("query").path("bool").path("filter").get(0).path("range").path("updatedMicros").path("gt").asLong());
        assertEquals("[{\"updatedMicros\":\"asc\"},{\"uid\":\"asc\"}]", request.path("sort").toString());
    }

    @Test
    void shouldAnswerAPagePastTheDeepestWithTotalsOnly() throws Exception {
        JsonNode request = page(criteria(null, Set.of(), Set.of(), 10_000), KnowledgeScope.ALL);
        assertEquals(0, request.path("from").asInt());
        assertEquals(0, request.path("size").asInt());
        assertTrue(request.path("aggs").has("facets"));
    }

    @Test
    void shouldEscapeWordsAndTurnOrIntoEither() throws Exception {
        JsonNode request = page(criteria("coaching or \"mentor\\\" x", Set.of(), Set.of(), 0), VISITOR);
        assertEquals("coaching | \"mentor\\\" x",
                request.path("query").path("bool").path("must").get(0).path("simple_query_string").path("query").asText());
    }

    @Test
    void shouldContinueAnExportAfterTheLastHit() throws Exception {
        JsonNode batch = JSON.readTree(KnowledgeSearchRequest.batch(criteria("feedback", Set.of(KnowledgeType.INSTRUMENT), Set.of(), 0),
                VISITOR, 500, "[1.5,2020,\"abc\"]"));
        assertTrue(batch.path("query").toString().contains("INSTRUMENT")); // every filter narrows an export
        assertFalse(batch.has("post_filter"));
        assertEquals(500, batch.path("size").asInt());
        assertEquals("[1.5,2020,\"abc\"]", batch.path("search_after").toString());
        assertFalse(batch.has("aggs"));
        assertFalse(batch.has("from"));
    }

    @Test
    void shouldReadTheFacetsFromTheSharedAndTheFilteredAggregations() throws Exception {
        JsonNode aggregations = JSON.readTree("""
                {"facets": {"values": {"buckets": [
                   {"key": "theme:feedback", "doc_count": 3}, {"key": "year:2019", "doc_count": 2},
                   {"key": "year:2024", "doc_count": 1}, {"key": "learningForm:FORMAL", "doc_count": 3},
                   {"key": "theme:coaching", "doc_count": 3}, {"key": "unknown:x", "doc_count": 9},
                   {"key": "type:RESEARCH", "doc_count": 1}]}},
                 "facet-type": {"values": {"values": {"buckets": [
                   {"key": "RESEARCH", "doc_count": 5}, {"key": "INSTRUMENT", "doc_count": 7}]}}},
                 "facet-year": {"values": {"buckets": [{"key": 2024, "doc_count": 4}, {"key": 2021, "doc_count": 6}]}}}
                """);
        var facets = KnowledgeSearchRepository.facets(aggregations);
        assertEquals("[FacetValue[value=INSTRUMENT, count=7], FacetValue[value=RESEARCH, count=5]]", facets.type().toString());
        // a filtered facet's own counts, not the shared ones; most first, then by name; years newest first; values of
        // no facet are left out
        assertEquals("[FacetValue[value=coaching, count=3], FacetValue[value=feedback, count=3]]", facets.theme().toString());
        // a filtered year: its own field holds numbers
        assertEquals("[FacetValue[value=2024, count=4], FacetValue[value=2021, count=6]]", facets.year().toString());
        assertEquals("[FacetValue[value=FORMAL, count=3]]", facets.learningForm().toString());
        assertEquals(List.of(), KnowledgeSearchRepository.facets(JSON.readTree("{}")).type());
    }

    @Test
    void shouldMakePlainSnippetsWithMarksFromTheHighlights() throws Exception {
        String s = String.valueOf(KnowledgeSearchRequest.MARK_START);
        String e = String.valueOf(KnowledgeSearchRequest.MARK_END);
        JsonNode highlight = JSON.readTree(JSON.writeValueAsString(java.util.Map.of("snippetText", List.of(
                "Een samenvatting met " + s + "feedback" + e + ".",
                "## " + s + "Kwartaalgesprek" + e + " met **feedback**, zie [de gids](https://example.org/gids)."))));
        assertEquals("Een samenvatting met [[feedback]]. … [[Kwartaalgesprek]] met feedback, zie de gids.",
                KnowledgeSearchRepository.highlight(highlight));
        JsonNode onlySummaryStart = JSON.readTree("{\"snippetText\":[\"Het begin van de samenvatting.\"]}");
        assertEquals("Het begin van de samenvatting.", KnowledgeSearchRepository.highlight(onlySummaryStart));
        assertNull(KnowledgeSearchRepository.highlight(JSON.readTree("{}")));
    }
}
