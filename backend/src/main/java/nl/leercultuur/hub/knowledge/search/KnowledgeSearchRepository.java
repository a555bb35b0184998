package nl.leercultuur.hub.knowledge.search;

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
import java.util.Comparator;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import jakarta.annotation.PreDestroy;
import java.util.function.Consumer;
import java.util.function.Function;
import nl.leercultuur.hub.knowledge.KnowledgeAccessPolicy;
import nl.leercultuur.hub.shared.persistence.SqlCondition;
import nl.leercultuur.hub.knowledge.dto.KnowledgeItemDto;
import nl.leercultuur.hub.knowledge.dto.KnowledgeItemSummaryDto;
import nl.leercultuur.hub.knowledge.dto.KnowledgeSearchResult;
import nl.leercultuur.hub.knowledge.dto.KnowledgeSearchResult.FacetValue;
import nl.leercultuur.hub.knowledge.KnowledgeStatus;
import nl.leercultuur.hub.knowledge.KnowledgeType;
import nl.leercultuur.hub.knowledge.KnowledgeVisibility;
import nl.leercultuur.hub.knowledge.LearningForm;

/**
 * Read side of the knowledge bank: search, facets, related items and export, in plain JDBC over the statements of
 * {@link KnowledgeSearchSql} (PostgreSQL full-text search does not map to JPQL, and search is read-only).
 */
@ApplicationScoped
public class KnowledgeSearchRepository {

    @Inject
    AgroalDataSource dataSource;

    /** Runs the facet statement beside the page statement (virtual threads: they only wait on the database). */
    private final ExecutorService parallel = Executors.newVirtualThreadPerTaskExecutor();

    public record Page(List<KnowledgeItemSummaryDto> items, long total, KnowledgeSearchResult.Facets facets) {
    }

    public boolean hasTerms(String q) {
        return query(KnowledgeSearchSql.queryHasTerms(q), rs -> rs.next() && rs.getBoolean(1));
    }

    /**
     * One page of results with facets and total. The two statements run at the same time on two connections: a
     * search costs the slower of the two rather than their sum.
     */
    public Page search(SearchCriteria criteria, SqlCondition visible, Actions actions) {
        CompletableFuture<Facets> facets = CompletableFuture.supplyAsync(() -> facets(criteria, visible), parallel);
        List<KnowledgeItemSummaryDto> items = query(KnowledgeSearchSql.page(criteria, visible),
                rs -> readSummaries(rs, criteria.hasQuery(), actions));
        try {
            Facets counted = facets.join();
            return new Page(items, counted.total(), counted.facets());
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    /**
     * Facet counts and the total, counted for every search: no cache, so that every replica gives the same answer
     * and a change shows in the counts as soon as its transaction has committed.
     */
    private record Facets(long total, KnowledgeSearchResult.Facets facets) {
    }

    private Facets facets(SearchCriteria criteria, SqlCondition visible) {
        List<FacetValue> type = new ArrayList<>();
        List<FacetValue> theme = new ArrayList<>();
        List<FacetValue> learningForm = new ArrayList<>();
        List<FacetValue> year = new ArrayList<>();
        long total = query(KnowledgeSearchSql.facets(criteria, visible), rs -> {
            long matches = 0;
            while (rs.next()) {
                FacetValue value = new FacetValue(rs.getString(2), rs.getLong(3));
                switch (rs.getString(1)) {
                    case "type" -> type.add(value);
                    case "theme" -> theme.add(value);
                    case "learningForm" -> learningForm.add(value);
                    case "year" -> year.add(value);
                    default -> matches = value.count();
                }
            }
            return matches;
        });
        Comparator<FacetValue> byCount = Comparator.comparingLong(FacetValue::count).reversed().thenComparing(FacetValue::value);
        type.sort(byCount);
        theme.sort(byCount);
        learningForm.sort(byCount);
        year.sort(Comparator.comparing(FacetValue::value).reversed());
        return new Facets(total, new KnowledgeSearchResult.Facets(type, theme, learningForm, year));
    }

    @PreDestroy
    void stop() {
        parallel.shutdown();
    }

    public List<KnowledgeItemSummaryDto> related(UUID id, KnowledgeType type, Collection<String> themes, SqlCondition visible,
            int limit, Actions actions) {
        return query(KnowledgeSearchSql.related(id, type.name(), themes, visible, limit), rs -> readSummaries(rs, false, actions));
    }

    /** Streams every match (up to {@code limit}) to {@code sink}, row by row. */
    public void export(SearchCriteria criteria, SqlCondition visible, int limit, Consumer<KnowledgeItemSummaryDto> sink) {
        query(KnowledgeSearchSql.export(criteria, visible, limit), rs -> {
            while (rs.next()) {
                sink.accept(readSummary(rs, false, facts -> NO_ACTIONS));
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

    /** What the caller may do with each row (from the access policy). */
    public interface Actions extends Function<KnowledgeAccessPolicy.Facts, KnowledgeAccessPolicy.Allowed> {
    }

    private static final KnowledgeAccessPolicy.Allowed NO_ACTIONS = new KnowledgeAccessPolicy.Allowed(List.of(), List.of());

    private static List<KnowledgeItemSummaryDto> readSummaries(ResultSet rs, boolean highlight, Actions actions) throws SQLException {
        List<KnowledgeItemSummaryDto> items = new ArrayList<>();
        while (rs.next()) {
            items.add(readSummary(rs, highlight, actions));
        }
        return items;
    }

    private static KnowledgeItemSummaryDto readSummary(ResultSet rs, boolean highlight, Function<KnowledgeAccessPolicy.Facts,
            KnowledgeAccessPolicy.Allowed> actions) throws SQLException {
        String submitter = rs.getString("submitted_by_subject");
        Integer year = (Integer) rs.getObject("publication_year");
        KnowledgeVisibility visibility = KnowledgeVisibility.valueOf(rs.getString("visibility"));
        KnowledgeStatus status = KnowledgeStatus.valueOf(rs.getString("status"));
        KnowledgeAccessPolicy.Allowed allowed = actions.apply(new KnowledgeAccessPolicy.Facts(status, visibility, submitter,
                rs.getObject("submitted_by_organization_id", UUID.class)));
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
                visibility,
                status,
                rs.getObject("pilot_id", UUID.class),
                rs.getString("submitted_by_name") == null ? null : new KnowledgeItemDto.Person(submitter, rs.getString("submitted_by_name")),
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant(),
                rs.getLong("version"),
                allowed.actions(),
                allowed.transitions(),
                highlight ? rs.getString("highlight") : null);
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
