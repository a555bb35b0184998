package nl.leercultuur.hub.knowledge.search;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import nl.leercultuur.hub.shared.persistence.SqlCondition;
import nl.leercultuur.hub.shared.persistence.SqlParams;

/**
 * The SQL of the knowledge bank's read side: the rows of a search page by id, related items, and the stop-word check.
 * Matching, ranking, facets and totals are the search index's ({@link KnowledgeSearchRequest}).
 */
public final class KnowledgeSearchSql {

    /** Snippet markers: plain text, so that clients never need to render HTML from the API. */
    public static final String MARK_START = "[[";
    public static final String MARK_END = "]]";

    static final String SUMMARY_COLUMNS = "k.id, k.slug, k.type, k.title, k.summary, k.authors, k.publisher, "
            + "k.publication_year, k.url, k.language, k.themes, k.learning_forms, k.sectors, k.target_groups, "
            + "k.visibility, k.status, k.pilot_id, k.submitted_by_subject, k.submitted_by_name, k.submitted_by_organization_id, k.created_at, "
            + "k.updated_at, k.version";

    private KnowledgeSearchSql() {
    }

    /** A statement with its positional parameters. */
    public record Statement(String sql, List<Object> params) {

        public PreparedStatement prepare(Connection connection) throws SQLException {
            return SqlParams.prepare(connection, sql, params);
        }
    }

    /**
     * Does this web-search text contain any searchable word? (Only stop words or punctuation give an empty query;
     * the search then lists everything rather than nothing.)
     */
    public static Statement queryHasTerms(String q) {
        return new Statement("select numnode(websearch_to_tsquery('dutch', ?)) > 0", List.of(q));
    }

    /** The rows of these ids (by primary key) that the visibility condition allows, in no particular order. */
    public static Statement byIds(Collection<UUID> ids, SqlCondition visible) {
        List<Object> params = new ArrayList<>();
        params.add(ids.toArray(UUID[]::new));
        params.addAll(visible.params());
        return new Statement("select " + SUMMARY_COLUMNS + " from knowledge_item k where k.id = any(?) and (" + visible.sql() + ")",
                params);
    }

    /** Items that share themes or the type with an item, most shared themes first. */
    public static Statement related(UUID id, String type, Collection<String> themes, SqlCondition visible, int limit) {
        List<Object> params = new ArrayList<>();
        String[] themeArray = themes.toArray(String[]::new);
        StringBuilder sql = new StringBuilder("select ").append(SUMMARY_COLUMNS)
                .append(", (select count(*) from unnest(k.themes) t where t = any(?)) + case when k.type = ? then 1 else 0 end as score")
                .append(" from knowledge_item k where k.id <> ? and (k.themes && ? or k.type = ?) and ");
        params.add(themeArray);
        params.add(type);
        params.add(id);
        params.add(themeArray);
        params.add(type);
        sql.append('(').append(visible.sql()).append(')');
        params.addAll(visible.params());
        sql.append(" order by score desc, k.publication_year desc nulls last, k.updated_at desc, k.id limit ?");
        params.add(limit);
        return new Statement(sql.toString(), params);
    }
}
