package nl.leercultuur.hub.knowledge;

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
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import nl.leercultuur.hub.knowledge.dto.KnowledgeItemDto;
import nl.leercultuur.hub.knowledge.dto.KnowledgeItemSummaryDto;
import nl.leercultuur.hub.knowledge.dto.KnowledgeSearchResult;
import nl.leercultuur.hub.knowledge.dto.KnowledgeSearchResult.FacetValue;
import nl.leercultuur.hub.knowledge.dto.KnowledgeStatus;
import nl.leercultuur.hub.knowledge.dto.KnowledgeType;
import nl.leercultuur.hub.knowledge.dto.KnowledgeVisibility;
import nl.leercultuur.hub.knowledge.dto.LearningForm;

/**
 * Read side of the knowledge bank: search, facets, related items and export, in plain JDBC over the statements of
 * {@link KnowledgeSearchSql} (PostgreSQL full-text search does not map to JPQL, and search is read-only).
 */
@ApplicationScoped
public class KnowledgeSearchRepository {

    @Inject
    AgroalDataSource dataSource;

    public record Page(List<KnowledgeItemSummaryDto> items, long total, KnowledgeSearchResult.Facets facets) {
    }

    public boolean hasTerms(String q) {
        return query(KnowledgeSearchSql.queryHasTerms(q), rs -> rs.next() && rs.getBoolean(1));
    }

    public Page search(SearchCriteria criteria, Viewer viewer) {
        try (Connection connection = dataSource.getConnection()) {
            List<KnowledgeItemSummaryDto> items = run(connection, KnowledgeSearchSql.page(criteria, viewer),
                    rs -> readSummaries(rs, criteria.hasQuery()));
            List<FacetValue> type = new ArrayList<>();
            List<FacetValue> theme = new ArrayList<>();
            List<FacetValue> learningForm = new ArrayList<>();
            List<FacetValue> year = new ArrayList<>();
            run(connection, KnowledgeSearchSql.facets(criteria, viewer), rs -> {
                while (rs.next()) {
                    FacetValue value = new FacetValue(rs.getString(2), rs.getLong(3));
                    switch (rs.getString(1)) {
                        case "type" -> type.add(value);
                        case "theme" -> theme.add(value);
                        case "learningForm" -> learningForm.add(value);
                        default -> year.add(value);
                    }
                }
                return null;
            });
            // without a type filter, the type facet counts every match exactly once
            long total = criteria.types().isEmpty()
                    ? type.stream().mapToLong(FacetValue::count).sum()
                    : run(connection, KnowledgeSearchSql.count(criteria, viewer), rs -> rs.next() ? rs.getLong(1) : 0L);
            var byCount = java.util.Comparator.comparingLong(FacetValue::count).reversed().thenComparing(FacetValue::value);
            type.sort(byCount);
            theme.sort(byCount);
            learningForm.sort(byCount);
            year.sort(java.util.Comparator.comparing(FacetValue::value).reversed());
            return new Page(items, total, new KnowledgeSearchResult.Facets(type, theme, learningForm, year));
        } catch (SQLException e) {
            throw new IllegalStateException("Knowledge search failed", e);
        }
    }

    public List<KnowledgeItemSummaryDto> related(UUID id, KnowledgeType type, Collection<String> themes, Viewer viewer, int limit) {
        return query(KnowledgeSearchSql.related(id, type.name(), themes, viewer, limit), rs -> readSummaries(rs, false));
    }

    /** Streams every match (up to {@code limit}) to {@code sink}, row by row. */
    public void export(SearchCriteria criteria, Viewer viewer, int limit, Consumer<KnowledgeItemSummaryDto> sink) {
        query(KnowledgeSearchSql.export(criteria, viewer, limit), rs -> {
            while (rs.next()) {
                sink.accept(readSummary(rs, false));
            }
            return null;
        });
    }

    @FunctionalInterface
    private interface Reader<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private <T> T query(KnowledgeSearchSql.Statement statement, Reader<T> reader) {
        try (Connection connection = dataSource.getConnection()) {
            return run(connection, statement, reader);
        } catch (SQLException e) {
            throw new IllegalStateException("Knowledge query failed", e);
        }
    }

    private static <T> T run(Connection connection, KnowledgeSearchSql.Statement statement, Reader<T> reader) throws SQLException {
        try (PreparedStatement ps = statement.prepare(connection); ResultSet rs = ps.executeQuery()) {
            return reader.read(rs);
        }
    }

    private static List<KnowledgeItemSummaryDto> readSummaries(ResultSet rs, boolean highlight) throws SQLException {
        List<KnowledgeItemSummaryDto> items = new ArrayList<>();
        while (rs.next()) {
            items.add(readSummary(rs, highlight));
        }
        return items;
    }

    private static KnowledgeItemSummaryDto readSummary(ResultSet rs, boolean highlight) throws SQLException {
        String submitter = rs.getString("submitted_by_subject");
        Integer year = (Integer) rs.getObject("publication_year");
        return new KnowledgeItemSummaryDto(
                rs.getObject("id", UUID.class),
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
                KnowledgeVisibility.valueOf(rs.getString("visibility")),
                KnowledgeStatus.valueOf(rs.getString("status")),
                rs.getObject("pilot_id", UUID.class),
                submitter == null ? null : new KnowledgeItemDto.Person(submitter, rs.getString("submitted_by_name")),
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant(),
                rs.getLong("version"),
                highlight ? rs.getString("highlight") : null);
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
