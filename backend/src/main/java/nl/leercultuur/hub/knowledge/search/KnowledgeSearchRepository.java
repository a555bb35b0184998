package nl.leercultuur.hub.knowledge.search;

import com.fasterxml.jackson.databind.JsonNode;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Pattern;
import nl.leercultuur.hub.knowledge.KnowledgeAccessPolicy;
import nl.leercultuur.hub.knowledge.KnowledgeScope;
import nl.leercultuur.hub.knowledge.KnowledgeStatus;
import nl.leercultuur.hub.knowledge.KnowledgeType;
import nl.leercultuur.hub.knowledge.KnowledgeVisibility;
import nl.leercultuur.hub.knowledge.LearningForm;
import nl.leercultuur.hub.knowledge.dto.KnowledgeItemDto;
import nl.leercultuur.hub.knowledge.dto.KnowledgeItemSummaryDto;
import nl.leercultuur.hub.knowledge.dto.KnowledgeSearchResult;
import nl.leercultuur.hub.knowledge.dto.KnowledgeSearchResult.FacetValue;

/**
 * Read side of the knowledge bank. Search and export ask the OpenSearch index ({@link KnowledgeSearchRequest}) which
 * items match, in which order, with which highlights, totals and facet counts; the rows themselves come from
 * PostgreSQL by id, under the caller's scope once more (the index finds, the source of truth confirms). Related items
 * and the stop-word check are plain SQL ({@link KnowledgeSearchSql}).
 */
@ApplicationScoped
public class KnowledgeSearchRepository {

    /** Export reads the index in batches of this many ids. */
    private static final int EXPORT_BATCH = 500;
    private static final Pattern LINK_TARGET = Pattern.compile("\\]\\([^)]*\\)");
    private static final Pattern URL = Pattern.compile("https?://\\S+");
    private static final Pattern MARKDOWN = Pattern.compile("[#*_`>\\[\\]|~]+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    @Inject
    AgroalDataSource dataSource;

    @Inject
    KnowledgeSearchIndex index;

    public record Page(List<KnowledgeItemSummaryDto> items, long total, KnowledgeSearchResult.Facets facets) {
    }

    public boolean hasTerms(String q) {
        return query(KnowledgeSearchSql.queryHasTerms(q), rs -> rs.next() && rs.getBoolean(1));
    }

    /** One page of results with facets and the total: one search request, then the page's rows by id. */
    public Page search(SearchCriteria criteria, KnowledgeScope scope, Actions actions) {
        JsonNode answer = index.search(KnowledgeSearchRequest.page(criteria, scope));
        List<UUID> ids = new ArrayList<>();
        Map<UUID, String> highlights = new HashMap<>();
        for (JsonNode hit : answer.path("hits").path("hits")) {
            UUID id = UUID.fromString(hit.path("_id").asText());
            ids.add(id);
            if (criteria.hasQuery()) {
                highlights.put(id, highlight(hit.path("highlight")));
            }
        }
        List<KnowledgeItemSummaryDto> items = rows(ids, scope, actions, highlights);
        long total = answer.path("hits").path("total").path("value").asLong();
        return new Page(items, total, facets(answer.path("aggregations")));
    }

    static KnowledgeSearchResult.Facets facets(JsonNode aggregations) {
        Map<KnowledgeSearchRequest.Facet, List<FacetValue>> counted = new EnumMap<>(KnowledgeSearchRequest.Facet.class);
        for (KnowledgeSearchRequest.Facet facet : KnowledgeSearchRequest.Facet.values()) {
            counted.put(facet, new ArrayList<>());
        }
        // a filtered facet's values come from its own aggregation (its own field: plain values), the others' from the
        // shared one (the facet field: every facet's values, with their prefix)
        for (KnowledgeSearchRequest.Facet facet : KnowledgeSearchRequest.Facet.values()) {
            JsonNode own = aggregations.path(facet.aggregation());
            if (!own.isMissingNode()) {
                for (JsonNode bucket : buckets(own)) {
                    counted.get(facet).add(new FacetValue(bucket.path("key").asText(), bucket.path("doc_count").asLong()));
                }
                continue;
            }
            for (JsonNode bucket : buckets(aggregations.path(KnowledgeSearchRequest.SHARED_FACETS))) {
                String key = bucket.path("key").asText();
                if (KnowledgeSearchRequest.Facet.of(key) == facet) {
                    counted.get(facet).add(new FacetValue(key.substring(facet.key.length() + 1), bucket.path("doc_count").asLong()));
                }
            }
        }
        Comparator<FacetValue> byCount = Comparator.comparingLong(FacetValue::count).reversed().thenComparing(FacetValue::value);
        counted.forEach((facet, values) -> values.sort(facet == KnowledgeSearchRequest.Facet.YEAR
                ? Comparator.comparing(FacetValue::value).reversed() : byCount));
        return new KnowledgeSearchResult.Facets(counted.get(KnowledgeSearchRequest.Facet.TYPE),
                counted.get(KnowledgeSearchRequest.Facet.THEME), counted.get(KnowledgeSearchRequest.Facet.LEARNING_FORM),
                counted.get(KnowledgeSearchRequest.Facet.YEAR));
    }

    /** The buckets of a terms aggregation, under a filter or a global and a filter ({@code values}); none if absent. */
    private static JsonNode buckets(JsonNode aggregation) {
        while (!aggregation.has("buckets") && aggregation.has("values")) {
            aggregation = aggregation.path("values");
        }
        return aggregation.path("buckets");
    }

    /**
     * The snippet of a hit, as plain text with {@code [[…]]} around the words found: up to two fragments that hold a
     * match (the summary's first), else the start of the summary. Markdown marks and link targets of the body are
     * removed, so that clients never need to render anything.
     */
    static String highlight(JsonNode highlight) {
        List<String> fragments = new ArrayList<>();
        highlight.path(KnowledgeSearchMapping.SNIPPET_TEXT).forEach(f -> fragments.add(plain(f.asText())));
        List<String> matched = fragments.stream().filter(f -> f.indexOf(KnowledgeSearchRequest.MARK_START) >= 0).limit(2).toList();
        List<String> chosen = matched.isEmpty() ? fragments.stream().limit(1).toList() : matched;
        if (chosen.isEmpty()) {
            return null;
        }
        return String.join(" … ", chosen)
                .replace(String.valueOf(KnowledgeSearchRequest.MARK_START), KnowledgeSearchSql.MARK_START)
                .replace(String.valueOf(KnowledgeSearchRequest.MARK_END), KnowledgeSearchSql.MARK_END);
    }

    private static String plain(String fragment) {
        String text = LINK_TARGET.matcher(fragment).replaceAll("");
        text = URL.matcher(text).replaceAll("");
        text = MARKDOWN.matcher(text).replaceAll("");
        return SPACES.matcher(text).replaceAll(" ").strip();
    }

    public List<KnowledgeItemSummaryDto> related(UUID id, KnowledgeType type, Collection<String> themes, KnowledgeScope scope,
            int limit, Actions actions) {
        return query(KnowledgeSearchSql.related(id, type.name(), themes, scope.sql(), limit),
                rs -> readSummaries(rs, Map.of(), actions));
    }

    /** Streams every match (up to {@code limit}) to {@code sink} in the search's order, a batch at a time. */
    public void export(SearchCriteria criteria, KnowledgeScope scope, int limit, Consumer<KnowledgeItemSummaryDto> sink) {
        int sent = 0;
        String after = null;
        while (sent < limit) {
            int size = Math.min(EXPORT_BATCH, limit - sent);
            JsonNode hits = index.search(KnowledgeSearchRequest.batch(criteria, scope, size, after)).path("hits").path("hits");
            List<UUID> ids = new ArrayList<>();
            for (JsonNode hit : hits) {
                ids.add(UUID.fromString(hit.path("_id").asText()));
                after = hit.path("sort").toString();
            }
            rows(ids, scope, facts -> NO_ACTIONS, Map.of()).forEach(sink);
            sent += ids.size();
            if (ids.size() < size) {
                break;
            }
        }
    }

    /** The rows of these ids that the scope allows, in the order of the ids. */
    private List<KnowledgeItemSummaryDto> rows(List<UUID> ids, KnowledgeScope scope, Actions actions, Map<UUID, String> highlights) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<UUID, KnowledgeItemSummaryDto> byId = new HashMap<>();
        query(KnowledgeSearchSql.byIds(ids, scope.sql()), rs -> readSummaries(rs, highlights, actions))
                .forEach(item -> byId.put(item.id(), item));
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    @FunctionalInterface
    private interface Reader<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private <T> T query(KnowledgeSearchSql.Statement statement, Reader<T> reader) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement ps = statement.prepare(connection);
                ResultSet rs = ps.executeQuery()) {
            return reader.read(rs);
        } catch (SQLException e) {
            throw new IllegalStateException("Knowledge query failed", e);
        }
    }

    /** What the caller may do with each row (from the access policy). */
    public interface Actions extends Function<KnowledgeAccessPolicy.Facts, KnowledgeAccessPolicy.Allowed> {
    }

    private static final KnowledgeAccessPolicy.Allowed NO_ACTIONS = new KnowledgeAccessPolicy.Allowed(List.of(), List.of());

    private static List<KnowledgeItemSummaryDto> readSummaries(ResultSet rs, Map<UUID, String> highlights, Actions actions)
            throws SQLException {
        List<KnowledgeItemSummaryDto> items = new ArrayList<>();
        while (rs.next()) {
            items.add(readSummary(rs, highlights, actions));
        }
        return items;
    }

    private static KnowledgeItemSummaryDto readSummary(ResultSet rs, Map<UUID, String> highlights, Actions actions)
            throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        String submitter = rs.getString("submitted_by_subject");
        Integer year = (Integer) rs.getObject("publication_year");
        KnowledgeVisibility visibility = KnowledgeVisibility.valueOf(rs.getString("visibility"));
        KnowledgeStatus status = KnowledgeStatus.valueOf(rs.getString("status"));
        KnowledgeAccessPolicy.Allowed allowed = actions.apply(new KnowledgeAccessPolicy.Facts(status, visibility, submitter,
                rs.getObject("submitted_by_organization_id", UUID.class)));
        return new KnowledgeItemSummaryDto(
                id,
                rs.getString("slug"),
                KnowledgeType.valueOf(rs.getString("type")),
                rs.getString("title"),
                rs.getString("summary"),
                strings(rs.getArray("authors")),
                rs.getString("publisher"),
                year,
                rs.getString("url"),
                rs.getString("language"),
                strings(rs.getArray("themes")),
                strings(rs.getArray("learning_forms")).stream().map(LearningForm::valueOf).toList(),
                strings(rs.getArray("sectors")),
                strings(rs.getArray("target_groups")),
                visibility,
                status,
                rs.getObject("pilot_id", UUID.class),
                rs.getString("submitted_by_name") == null ? null : new KnowledgeItemDto.Person(submitter, rs.getString("submitted_by_name")),
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant(),
                rs.getLong("version"),
                allowed.actions(),
                allowed.transitions(),
                highlights.get(id));
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
