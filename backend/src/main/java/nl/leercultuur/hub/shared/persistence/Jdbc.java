package nl.leercultuur.hub.shared.persistence;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Plain SQL for list queries whose conditions come from an access policy ({@link SqlCondition}) or use PostgreSQL
 * features JPQL lacks (full-text search, arrays): positional parameters, text and UUID arrays.
 */
@ApplicationScoped
public class Jdbc {

    @Inject
    AgroalDataSource dataSource;

    @FunctionalInterface
    public interface RowReader<T> {
        T read(ResultSet row) throws SQLException;
    }

    public <T> List<T> list(String sql, List<Object> params, RowReader<T> reader) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = SqlParams.prepare(connection, sql, params);
                ResultSet rows = statement.executeQuery()) {
            List<T> result = new ArrayList<>();
            while (rows.next()) {
                result.add(reader.read(rows));
            }
            return result;
        } catch (SQLException e) {
            throw new IllegalStateException("Query failed", e);
        }
    }

    public List<UUID> ids(String sql, List<Object> params) {
        return list(sql, params, row -> row.getObject(1, UUID.class));
    }

    public long count(String sql, List<Object> params) {
        return list(sql, params, row -> row.getLong(1)).get(0);
    }
}
