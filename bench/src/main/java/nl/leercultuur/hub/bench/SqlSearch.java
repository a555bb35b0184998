package nl.leercultuur.hub.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import nl.leercultuur.hub.knowledge.search.KnowledgeSearchSql;
import nl.leercultuur.hub.knowledge.search.SearchCriteria;
import nl.leercultuur.hub.knowledge.KnowledgeAccessPolicy;
import nl.leercultuur.hub.shared.persistence.SqlCondition;
import nl.leercultuur.hub.shared.security.Actor;

/**
 * The direct-SQL side: for one search, the same statements with the same parameters that the API runs, built by
 * the backend's own {@link KnowledgeSearchSql}. The sequence mirrors the backend:
 * <ol>
 *   <li>{@code KnowledgeService.effective}: with a query, {@code queryHasTerms}; a query of only stop words is
 *       dropped ({@code SearchCriteria.withoutQuery()});</li>
 *   <li>{@code KnowledgeSearchRepository.search}: the {@code page} statement and the {@code facets} statement (which
 *       also gives the total). The API runs these two on two connections at the same time; here they run one after
 *       the other on one connection, so the SQL figures are the plain sum of the database work.</li>
 * </ol>
 * Every column of every row is read as text, so the driver decodes what the API's mapper would read. One
 * connection per benchmark client stays open (as a pooled connection would), read-only as in the repository.
 */
final class SqlSearch implements AutoCloseable {

    private final Connection connection;

    SqlSearch(BenchConfig config) throws SQLException {
        this.connection = DriverManager.getConnection(config.jdbcUrl(), config.dbUser(), config.dbPassword());
        this.connection.setReadOnly(true);
        // the API's connections start with the same setting (quarkus.datasource.jdbc.new-connection-sql)
        try (var statement = connection.createStatement()) {
            statement.execute("set random_page_cost = 1.1");
        }
    }

    /** Runs the statements of one search as an anonymous visitor and returns the total number of matches. */
    long search(SearchCriteria requested) throws SQLException {
        SearchCriteria criteria = requested;
        SqlCondition viewer = new KnowledgeAccessPolicy().listCondition(Actor.VISITOR, false);
        if (criteria.hasQuery() && !hasTerms(criteria.q())) {
            criteria = criteria.withoutQuery();
        }
        readAll(KnowledgeSearchSql.page(criteria, viewer));
        long total = 0;
        try (PreparedStatement ps = KnowledgeSearchSql.facets(criteria, viewer).prepare(connection);
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String facet = rs.getString(1);
                rs.getString(2);
                long n = rs.getLong(3);
                if ("total".equals(facet)) {
                    total = n;
                }
            }
        }
        return total;
    }

    /** {@code EXPLAIN (ANALYZE, BUFFERS)} of each statement of one search, as text. */
    String explain(SearchCriteria requested) throws SQLException {
        SearchCriteria criteria = requested;
        SqlCondition viewer = new KnowledgeAccessPolicy().listCondition(Actor.VISITOR, false);
        if (criteria.hasQuery() && !hasTerms(criteria.q())) {
            criteria = criteria.withoutQuery();
        }
        StringBuilder out = new StringBuilder();
        explain(out, "page", KnowledgeSearchSql.page(criteria, viewer));
        explain(out, "facets", KnowledgeSearchSql.facets(criteria, viewer));
        return out.toString();
    }

    private void explain(StringBuilder out, String name, KnowledgeSearchSql.Statement statement) throws SQLException {
        out.append("-- ").append(name).append(": ").append(statement.sql()).append('\n')
                .append("-- parameters: ").append(statement.params().stream().map(SqlSearch::show).toList()).append('\n');
        var explain = new KnowledgeSearchSql.Statement("explain (analyze, buffers) " + statement.sql(), statement.params());
        try (PreparedStatement ps = explain.prepare(connection); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.append(rs.getString(1)).append('\n');
            }
        }
        out.append('\n');
    }

    private static String show(Object value) {
        return value instanceof Object[] array ? java.util.Arrays.toString(array) : String.valueOf(value);
    }

    private boolean hasTerms(String q) throws SQLException {
        try (PreparedStatement ps = KnowledgeSearchSql.queryHasTerms(q).prepare(connection);
             ResultSet rs = ps.executeQuery()) {
            return rs.next() && rs.getBoolean(1);
        }
    }

    private void readAll(KnowledgeSearchSql.Statement statement) throws SQLException {
        try (PreparedStatement ps = statement.prepare(connection); ResultSet rs = ps.executeQuery()) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                for (int i = 1; i <= columns; i++) {
                    rs.getString(i);
                }
            }
        }
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
