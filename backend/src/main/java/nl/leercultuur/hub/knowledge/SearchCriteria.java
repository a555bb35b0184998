package nl.leercultuur.hub.knowledge;

import java.time.Instant;
import java.util.Set;
import nl.leercultuur.hub.knowledge.dto.KnowledgeStatus;
import nl.leercultuur.hub.knowledge.dto.KnowledgeType;
import nl.leercultuur.hub.knowledge.dto.LearningForm;

/**
 * A validated knowledge search: full-text query, filters (OR within a filter, AND across filters), sort and page.
 * {@code q} is null when absent.
 */
public record SearchCriteria(
        String q,
        Set<KnowledgeType> types,
        Set<String> themes,
        Set<LearningForm> learningForms,
        Set<String> sectors,
        Set<String> targetGroups,
        Set<Integer> years,
        Set<KnowledgeStatus> statuses,
        Instant updatedSince,
        boolean mine,
        SortField sort,
        boolean ascending,
        int page,
        int size) {

    public enum SortField {
        RELEVANCE, PUBLICATION_YEAR, TITLE, UPDATED_AT, NEWEST
    }

    public boolean hasQuery() {
        return q != null;
    }

    /** The part of the search that facet counts depend on (not the page, not the order). */
    public SearchCriteria forCounting() {
        return new SearchCriteria(q, types, themes, learningForms, sectors, targetGroups, years, statuses, updatedSince,
                mine, SortField.NEWEST, false, 0, 1);
    }

    public SearchCriteria withoutQuery() {
        return new SearchCriteria(null, types, themes, learningForms, sectors, targetGroups, years, statuses, updatedSince,
                mine, sort == SortField.RELEVANCE ? SortField.NEWEST : sort, ascending, page, size);
    }
}
