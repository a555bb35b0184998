package nl.leercultuur.hub.knowledge.search;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import nl.leercultuur.hub.knowledge.KnowledgeStatus;
import nl.leercultuur.hub.knowledge.KnowledgeType;
import nl.leercultuur.hub.knowledge.LearningForm;

/**
 * A validated knowledge search: full-text query, filters (OR within a filter, AND across filters), sort and page.
 * {@code q} is null when absent. The sort rules live here, once: relevance needs search words (without them the
 * newest come first), titles sort A–Z by default and everything else newest or highest first.
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
        RELEVANCE("relevance"), NEWEST("newest"), PUBLICATION_YEAR("publicationYear"), TITLE("title"), UPDATED_AT("updatedAt");

        private final String key;

        SortField(String key) {
            this.key = key;
        }

        /** The name of this sort in the API's {@code sort} parameter. */
        public String key() {
            return key;
        }

        public static SortField ofKey(String key) {
            return Arrays.stream(values()).filter(f -> f.key.equals(key.strip())).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("unknown sort " + key));
        }
    }

    /** Criteria with the sort defaults applied: {@code sort} and {@code ascending} may be null. */
    public static SearchCriteria of(String q, Set<KnowledgeType> types, Set<String> themes, Set<LearningForm> learningForms,
            Set<String> sectors, Set<String> targetGroups, Set<Integer> years, Set<KnowledgeStatus> statuses,
            Instant updatedSince, boolean mine, SortField sort, Boolean ascending, int page, int size) {
        SortField field = sort == null ? SortField.RELEVANCE : sort;
        if (field == SortField.RELEVANCE && q == null) {
            field = SortField.NEWEST;
        }
        boolean asc = ascending != null ? ascending : field == SortField.TITLE;
        return new SearchCriteria(q, types, themes, learningForms, sectors, targetGroups, years, statuses, updatedSince,
                mine, field, asc, page, size);
    }

    public boolean hasQuery() {
        return q != null;
    }

    /** The sort applied, as the {@code sort} parameter accepts it (relevance and newest have one direction). */
    public String sortKey() {
        return switch (sort) {
            case RELEVANCE, NEWEST -> sort.key();
            default -> sort.key() + (ascending ? ",asc" : ",desc");
        };
    }

    /** The sort keys that make sense for this search: relevance only when there are search words. */
    public List<String> sortOptions() {
        return Arrays.stream(SortField.values()).filter(f -> f != SortField.RELEVANCE || hasQuery()).map(SortField::key).toList();
    }

    /** The same search without its query (it held only stop words): lists everything, newest first for relevance. */
    public SearchCriteria withoutQuery() {
        return new SearchCriteria(null, types, themes, learningForms, sectors, targetGroups, years, statuses, updatedSince,
                mine, sort == SortField.RELEVANCE ? SortField.NEWEST : sort, ascending, page, size);
    }
}
