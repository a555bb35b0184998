package nl.leercultuur.hub.shared.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

/** Positional parameters for plain SQL, PostgreSQL arrays (text, int4, uuid) included. */
public final class SqlParams {

    private SqlParams() {
    }

    public static PreparedStatement prepare(Connection connection, String sql, List<Object> params) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < params.size(); i++) {
            Object value = params.get(i);
            if (value instanceof String[] strings) {
                statement.setArray(i + 1, connection.createArrayOf("text", strings));
            } else if (value instanceof Integer[] ints) {
                statement.setArray(i + 1, connection.createArrayOf("int4", ints));
            } else if (value instanceof UUID[] uuids) {
                statement.setArray(i + 1, connection.createArrayOf("uuid", uuids));
            } else {
                statement.setObject(i + 1, value);
            }
        }
        return statement;
    }
}
