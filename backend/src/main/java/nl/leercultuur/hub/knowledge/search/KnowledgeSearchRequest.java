package nl.leercultuur.hub.knowledge.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import nl.leercultuur.hub.knowledge.KnowledgeScope;

/**
 * The OpenSearch requests of knowledge search, built in one place so that the API and the benchmark (`make bench`)
 * send exactly the same JSON. The fields are those Hibernate Search indexes from {@code KnowledgeItem}.
 *
 * <p>A search is one request: the caller's scope and the filters in {@code filter} (no scoring), the words in
 * {@code must} as a {@code simple_query_string} (the web-search syntax: {@code "a phrase"}, {@code -word},
 * {@code or}), an exact total, the four facets, highlights for the page only. Each facet counts under every filter
 * except its own, so that the other values of a filtered facet keep their counts. The facets without a filter of their
 * own are counted together in one terms aggregation on one field that holds all four ({@code facets}, values
 * {@code type:RESEARCH}, {@code theme:coaching}, …); a filtered facet gets its own aggregation on its own field (one
 * value per item for the type and the year instead of all of an item's facet values). With words, the facet filters
 * (type, theme, learning form, year) go in a {@code post_filter}: the aggregations see the matches before it, and are
 * counted under a {@code filter} aggregation of the facet filters that apply to them, so the words are matched once.
 * Without words, the facet filters narrow the query, and a facet whose own filter is active is counted in a
 * {@code global} aggregation under the scope and the other filters (cached bitsets: cheap to run again). Snippets are
 * highlighted from one stored field of summary and body.
 */
public final class KnowledgeSearchRequest {

    /**
     * Highlight marks in the engine's answer: private-use characters, which no text holds and Markdown clean-up leaves
     * alone (control characters would not do: the highlighter trims them off the ends of a fragment).
     */
    static final char MARK_START = '\uE000';
    static final char MARK_END = '\uE001';

    /** The fields the words are searched in, with their weights (title first, as the PostgreSQL ranking did). */
    private static final String TEXT_FIELDS = "[\"title^4\",\"summary^2\",\"authors\",\"publisher\",\"body\"]";

    /** Only these parts of the engine's answer are sent back (less JSON to write and to read). */
    public static final String FILTER_PATH = "took,hits.total,hits.hits._id,hits.hits.highlight,hits.hits.sort,aggregations";

    /** The aggregation of the facets without a filter of their own; a filtered facet's is {@code facet-<key>}. */
    static final String SHARED_FACETS = "facets";

    /**
     * A facet: its name in the API (also the prefix of its values in the facet field), the indexed field its filter
     * applies to, and how many values it counts at most.
     */
    enum Facet {
        TYPE("type", "type", 20), THEME("theme", "themes", 500), LEARNING_FORM("learningForm", "learningForms", 20),
        YEAR("year", "publicationYear", 500);

        final String key;
        final String field;
        final int size;

        Facet(String key, String field, int size) {
            this.key = key;
            this.field = field;
            this.size = size;
        }

        /** A value of this facet as the facet field holds it ({@code theme:coaching}). */
        String value(String value) {
            return key + ':' + value;
        }

        /** The facet of a value of the facet field, or null. */
        static Facet of(String facetValue) {
            int colon = facetValue.indexOf(':');
            for (Facet facet : values()) {
                if (facet.key.length() == colon && facetValue.startsWith(facet.key)) {
                    return facet;
                }
            }
            return null;
        }

        /** How many values all facets count at most together: no facet's values can crowd out another's. */
        static final int ALL_SIZE = Arrays.stream(values()).mapToInt(facet -> facet.size).sum();

        /** The name of this facet's own aggregation, when its filter is active. */
        String aggregation() {
            return "facet-" + key;
        }

        /** The terms aggregation of this facet's own field: its values without the prefix. */
        String terms() {
            return "{\"terms\":{\"field\":\"" + field + "\",\"size\":" + size + "}}";
        }

        Collection<?> values(SearchCriteria c) {
            return switch (this) {
                case TYPE -> c.types();
                case THEME -> c.themes();
                case LEARNING_FORM -> c.learningForms();
                case YEAR -> c.years();
            };
        }
    }

    private KnowledgeSearchRequest() {
    }

    /** One page of results with the total, the facets and highlights. */
    public static String page(SearchCriteria c, KnowledgeScope scope) {
        String text = text(c);
        long from = (long) c.page() * c.size();
        int size = c.size();
        if (from + size > KnowledgeSearchIndex.MAX_WINDOW) {
            from = 0; // past the deepest page the index serves: no items, but the total and the facets
            size = 0;
        }
        List<String> base = baseFilters(c, scope);
        List<String> facetFilters = facetFilters(c, null);
        // with words, the facet filters go in a post_filter, so that the words are matched once; without, they narrow
        // the query, and a filtered facet is counted again over the scope (cached filters: cheap to run twice)
        boolean postFilter = text != null && !facetFilters.isEmpty();
        StringBuilder out = new StringBuilder("{\"from\":").append(from)
                .append(",\"size\":").append(size)
                .append(",\"track_total_hits\":true,\"_source\":false")
                .append(",\"query\":").append(bool(text, postFilter ? base : concat(base, facetFilters)));
        if (postFilter) {
            out.append(",\"post_filter\":").append(bool(null, facetFilters));
        }
        out.append(",\"sort\":").append(sort(c)).append(",\"aggs\":{");
        // the facets without a filter of their own: one aggregation over the facet field, under every facet filter. It
        // counts every value of the field, and the answer takes the values of the facets without a filter of their own
        // from it: an "include" pattern would cost more than the values it leaves out (measured)
        String terms = "{\"terms\":{\"field\":\"" + KnowledgeSearchMapping.FACETS + "\",\"size\":" + Facet.ALL_SIZE + "}}";
        String separator = "";
        if (Arrays.stream(Facet.values()).anyMatch(facet -> facet.values(c).isEmpty())) {
            out.append('"').append(SHARED_FACETS).append("\":").append(postFilter
                    ? "{\"filter\":" + bool(null, facetFilters) + ",\"aggs\":{\"values\":" + terms + "}}" : terms);
            separator = ",";
        }
        // a filtered facet: counted on its own field under the other facets' filters (without words: again over the
        // scope, where a single-valued field costs a third of the facet field: measured in bench/README.md)
        for (Facet facet : Facet.values()) {
            if (facet.values(c).isEmpty()) {
                continue;
            }
            List<String> others = facetFilters(c, facet);
            out.append(separator).append('"').append(facet.aggregation()).append("\":");
            separator = ",";
            if (!postFilter) {
                out.append("{\"global\":{},\"aggs\":{\"values\":{\"filter\":").append(bool(null, concat(base, others)))
                        .append(",\"aggs\":{\"values\":").append(facet.terms()).append("}}}}");
            } else if (!others.isEmpty()) {
                out.append("{\"filter\":").append(bool(null, others)).append(",\"aggs\":{\"values\":")
                        .append(facet.terms()).append("}}");
            } else {
                out.append(facet.terms());
            }
        }
        out.append('}');
        if (text != null) {
            // the first two fragments with a match, in the order of the text (summary, then body), from the field that
            // holds both; the summary's start when nothing matches, like a search snippet
            out.append(",\"highlight\":{\"pre_tags\":[\"\\ue000\"],\"post_tags\":[\"\\ue001\"],\"encoder\":\"default\","
                    + "\"number_of_fragments\":2,\"fragment_size\":160,\"order\":\"none\",\"fields\":{\""
                    + KnowledgeSearchMapping.SNIPPET_TEXT + "\":{\"no_match_size\":200,\"highlight_query\":"
                    + words(c, "[\"" + KnowledgeSearchMapping.SNIPPET_TEXT + "\"]") + "}}}");
        }
        return out.append('}').toString();
    }

    /**
     * A batch of ids for export, in the requested order, after the sort values of the previous batch's last hit
     * ({@code null} for the first batch).
     */
    public static String batch(SearchCriteria c, KnowledgeScope scope, int size, String searchAfter) {
        StringBuilder out = new StringBuilder("{\"size\":").append(size)
                .append(",\"track_total_hits\":false,\"_source\":false")
                .append(",\"query\":").append(bool(text(c), concat(baseFilters(c, scope), facetFilters(c, null))))
                .append(",\"sort\":").append(sort(c));
        if (searchAfter != null) {
            out.append(",\"search_after\":").append(searchAfter);
        }
        return out.append('}').toString();
    }

    /** The words as a {@code simple_query_string}, or null without words. {@code or} between words means either. */
    private static String text(SearchCriteria c) {
        return c.hasQuery() ? words(c, TEXT_FIELDS) : null;
    }

    /** The words of the criteria as a {@code simple_query_string} over these fields (a JSON array). */
    private static String words(SearchCriteria c, String fields) {
        String q = c.q().replaceAll("(?i)(?<=\\s)or(?=\\s)", "|");
        return "{\"simple_query_string\":{\"query\":" + json(q) + ",\"fields\":" + fields
                + ",\"default_operator\":\"and\",\"flags\":\"AND|OR|NOT|PHRASE|PRECEDENCE|WHITESPACE\"}}";
    }

    /** The caller's scope and the filters that are no facet. */
    private static List<String> baseFilters(SearchCriteria c, KnowledgeScope scope) {
        List<String> filters = new ArrayList<>();
        if (scope.submitter() != null) {
            filters.add(terms("submittedBySubject", Set.of(scope.submitter()), String::valueOf));
        }
        if (!scope.statuses().isEmpty()) {
            filters.add(terms("status", scope.statuses(), Enum::name));
        }
        if (!scope.visibilities().isEmpty()) {
            filters.add(terms("visibility", scope.visibilities(), Enum::name));
        }
        if (!c.sectors().isEmpty()) {
            filters.add(terms("sectors", c.sectors(), String::valueOf));
        }
        if (!c.targetGroups().isEmpty()) {
            filters.add(terms("targetGroups", c.targetGroups(), String::valueOf));
        }
        if (!c.statuses().isEmpty()) {
            filters.add(terms("status", c.statuses(), Enum::name));
        }
        if (c.updatedSince() != null) {
            filters.add("{\"range\":{\"" + KnowledgeSearchMapping.UPDATED_MICROS + "\":{\"gt\":"
                    + KnowledgeSearchMapping.EpochMicros.micros(c.updatedSince()) + "}}}");
        }
        return filters;
    }

    /** The active facet filters, except the one of {@code ignored} (a facet being counted). */
    private static List<String> facetFilters(SearchCriteria c, Facet ignored) {
        List<String> filters = new ArrayList<>();
        for (Facet facet : Facet.values()) {
            if (facet != ignored && !facet.values(c).isEmpty()) {
                filters.add(terms(facet.field, facet.values(c), v -> v instanceof Enum<?> e ? e.name() : String.valueOf(v)));
            }
        }
        return filters;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /** The orders of {@link SearchCriteria.SortField}, with the id last so that pages never overlap. */
    private static String sort(SearchCriteria c) {
        String dir = c.ascending() ? "asc" : "desc";
        String yearDesc = "{\"publicationYear\":{\"order\":\"desc\",\"missing\":\"_last\"}}";
        String id = "{\"uid\":\"asc\"}";
        return switch (c.sort()) {
            case RELEVANCE -> "[\"_score\"," + yearDesc + "," + id + "]";
            case PUBLICATION_YEAR -> "[{\"publicationYear\":{\"order\":\"" + dir + "\",\"missing\":\"_last\"}},"
                    + "{\"" + KnowledgeSearchMapping.UPDATED_MICROS + "\":\"desc\"}," + id + "]";
            case TITLE -> "[{\"titleSort\":\"" + dir + "\"}," + id + "]";
            case UPDATED_AT -> "[{\"" + KnowledgeSearchMapping.UPDATED_MICROS + "\":\"" + dir + "\"}," + id + "]";
            case NEWEST -> "[" + yearDesc + ",{\"" + KnowledgeSearchMapping.UPDATED_MICROS + "\":\"desc\"}," + id + "]";
        };
    }

    private static String bool(String text, List<String> filters) {
        return "{\"bool\":{" + (text == null ? "" : "\"must\":[" + text + "],") + "\"filter\":[" + String.join(",", filters)
                + "]}}";
    }

    private static <T> String terms(String field, Collection<T> values, Function<? super T, String> name) {
        return "{\"terms\":{\"" + field + "\":[" + String.join(",", values.stream().map(name).sorted().map(KnowledgeSearchRequest::json)
                .toList()) + "]}}";
    }

    /** {@code value} as a JSON string. */
    static String json(String value) {
        StringBuilder out = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char ch = value.charAt(i);
            switch (ch) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (ch < 0x20) {
                        out.append(String.format(Locale.ROOT, "\\u%04x", (int) ch));
                    } else {
                        out.append(ch);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
