package nl.leercultuur.hub.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import nl.leercultuur.hub.knowledge.search.KnowledgeSearchSql;
import nl.leercultuur.hub.knowledge.search.SearchCriteria;

/**
 * The PostgreSQL part of a search, with the backend's own {@link KnowledgeSearchSql}: the stop-word check that decides
 * the effective criteria ({@code KnowledgeService.effective}: a query of only stop words is dropped), and the page's
 * rows by id under the visitor's scope ({@code KnowledgeSearchRepository.rows}), every column read as text. One
 * connection per benchmark client stays open (as a pooled connection would), with the API's connection setting.
 */
final class ByIdSql implements AutoCloseable {

    private final Connection connection;

    ByIdSql(BenchConfig config) throws SQLException {
        this.connection = DriverManager.getConnection(config.jdbcUrl(), config.dbUser(), config.dbPassword());
        this.connection.setReadOnly(true);
        // the API's connections start with the same setting (quarkus.datasource.jdbc.new-connection-sql)
        try (var statement = connection.createStatement()) {
            statement.execute("set random_page_cost = 1.1");
        }
    }

    /** The criteria the API searches with for these: without the query when it holds only stop words. */
    SearchCriteria effective(SearchCriteria criteria) throws SQLException {
        if (!criteria.hasQuery()) {
            return criteria;
        }
        try (PreparedStatement ps = KnowledgeSearchSql.queryHasTerms(criteria.q()).prepare(connection);
             ResultSet rs = ps.executeQuery()) {
            return rs.next() && rs.getBoolean(1) ? criteria : criteria.withoutQuery();
        }
    }

    /** Reads the rows of one page (the ids the index gave), as the API does; returns how many rows came back. */
    int rows(List<UUID> ids) throws SQLException {
        if (ids.isEmpty()) {
            return 0;
        }
        int n = 0;
        try (PreparedStatement ps = statement(ids).prepare(connection); ResultSet rs = ps.executeQuery()) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                n++;
                for (int i = 1; i <= columns; i++) {
                    rs.getString(i);
                }
            }
        }
        return n;
    }

    /** {@code EXPLAIN (ANALYZE, BUFFERS)} of the by-id statement for one page, as text. */
    String explain(List<UUID> ids) throws SQLException {
        if (ids.isEmpty()) {
            return "-- PostgreSQL rows by id: none (no hits)\n\n";
        }
        KnowledgeSearchSql.Statement statement = statement(ids);
        StringBuilder out = new StringBuilder("-- PostgreSQL rows by id: ").append(statement.sql()).append('\n')
                .append("-- parameters: ").append(ids.size()).append(" ids, the visitor's scope\n");
        var explain = new KnowledgeSearchSql.Statement("explain (analyze, buffers) " + statement.sql(), statement.params());
        try (PreparedStatement ps = explain.prepare(connection); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.append(rs.getString(1)).append('\n');
            }
        }
        return out.append('\n').toString();
    }

    private static KnowledgeSearchSql.Statement statement(List<UUID> ids) {
        return KnowledgeSearchSql.byIds(ids, OpenSearchSide.VISITOR.sql());
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
