package nl.leercultuur.hub.knowledge.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import nl.leercultuur.hub.knowledge.KnowledgeType;
import nl.leercultuur.hub.knowledge.LearningForm;
import org.junit.jupiter.api.Test;

/** Plain JUnit: reading validated query parameters into criteria, and the sort rules that live in one place. */
class SearchCriteriaTest {

    private static SearchCriteria parse(String q, String sort) {
        KnowledgeSearchParams params = new KnowledgeSearchParams();
        params.q = q;
        params.sort = sort;
        return params.toCriteria();
    }

    @Test
    void shouldSortByRelevanceOnlyWithSearchWords() {
        assertEquals("relevance", parse("leren", null).sortKey());
        assertEquals("newest", parse(null, null).sortKey());
        assertEquals("newest", parse("  ", "relevance").sortKey());
        assertEquals(List.of("newest", "publicationYear", "title", "updatedAt"), parse(null, null).sortOptions());
        assertEquals(List.of("relevance", "newest", "publicationYear", "title", "updatedAt"), parse("leren", null).sortOptions());
    }

    @Test
    void shouldSortTitlesAscendingAndOtherFieldsDescendingByDefault() {
        assertEquals("title,asc", parse(null, "title").sortKey());
        assertEquals("publicationYear,desc", parse(null, "publicationYear").sortKey());
        assertEquals("updatedAt,asc", parse(null, "updatedAt,asc").sortKey());
    }

    @Test
    void shouldReadRepeatedAndCommaSeparatedValuesAndTypedParameters() {
        KnowledgeSearchParams params = new KnowledgeSearchParams();
        params.type = List.of("RESEARCH,ARTICLE", "RESEARCH");
        params.learningForm = List.of("INFORMAL");
        params.year = List.of("2021", "2022");
        params.updatedSince = "2026-01-01T01:00:00+01:00";
        params.mine = "true";
        params.page = "2";
        params.size = "50";
        SearchCriteria c = params.toCriteria();
        assertEquals(Set.of(KnowledgeType.RESEARCH, KnowledgeType.ARTICLE), c.types());
        assertEquals(Set.of(LearningForm.INFORMAL), c.learningForms());
        assertEquals(Set.of(2021, 2022), c.years());
        assertEquals(Instant.parse("2026-01-01T00:00:00Z"), c.updatedSince());
        assertTrue(c.mine());
        assertEquals(2, c.page());
        assertEquals(50, c.size());
    }

    @Test
    void shouldDefaultToTheFirstPageOfTwentyWithoutFilters() {
        SearchCriteria c = parse(null, null);
        assertEquals(0, c.page());
        assertEquals(20, c.size());
        assertFalse(c.mine());
        assertTrue(c.types().isEmpty());
    }
}
