package nl.leercultuur.hub.shared.persistence;

import java.util.List;

/**
 * A piece of a SQL {@code where} clause with its positional parameters, as an access policy gives it for list queries
 * (so that a list shows exactly what the policy lets the caller see one by one).
 */
public record SqlCondition(String sql, List<Object> params) {

    public static final SqlCondition ALL = new SqlCondition("true", List.of());

    public SqlCondition {
        params = List.copyOf(params);
    }
}
