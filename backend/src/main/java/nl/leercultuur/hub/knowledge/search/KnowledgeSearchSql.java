package nl.leercultuur.hub.knowledge.search;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.leercultuur.hub.shared.persistence.SqlCondition;
import nl.leercultuur.hub.shared.persistence.SqlParams;

/**
 * The SQL of knowledge search, built in one place so that the API and the benchmark (`make bench`) run exactly the
 * same statements. Dutch full-text search with `websearch_to_tsquery('dutch', …)` over a weighted, GIN-indexed
 * tsvector (title A, summary B, authors/publisher C, body D).
 */
public final class KnowledgeSearchSql {

    /** Snippet markers: plain text, so that clients never need to render HTML from the API. */
    public static final String MARK_START = "[[";
    public static final String MARK_END = "]]";

    static final String TSQUERY = "websearch_to_tsquery('dutch', ?)";
    /**
     * Relevance from the short in-row rank_vector (title A, summary B, people C; see V3), normalised by length
     * (1 + log): cheap to compute for every match, unlike the large out-of-line search_vector that includes the body.
     */
    static final String RANK = "ts_rank(k.rank_vector, " + TSQUERY + ", 1)";
    private static final String HEADLINE_OPTIONS = "StartSel=[[, StopSel=]], MaxWords=40, MinWords=20, "
            + "ShortWord=2, MaxFragments=2, FragmentDelimiter=\" … \"";

    /** The start of the Markdown body as plain text for snippets: link targets and Markdown marks removed. */
    static final String PLAIN_BODY = "regexp_replace(regexp_replace(left(p.body, 5000), '\\]\\([^)]*\\)', '', 'g'), "
            + "'[#*_`>\\[\\]|~]+', ' ', 'g')";

    static final String SUMMARY_COLUMNS = "k.id, k.slug, k.type, k.title, k.summary, k.authors, k.publisher, "
            + "k.publication_year, k.url, k.language, k.themes, k.learning_forms, k.sectors, k.target_groups, "
            + "k.visibility, k.status, k.pilot_id, k.submitted_by_subject, k.submitted_by_name, k.submitted_by_organization_id, k.created_at, "
            + "k.updated_at, k.version";

    /** The facets, each with the filter it ignores when counting (so that other values keep their counts). */
    enum Facet {
        TYPE, THEME, LEARNING_FORM, YEAR
    }

    private KnowledgeSearchSql() {
    }

    /** A statement with its positional parameters. */
    public record Statement(String sql, List<Object> params) {

        public PreparedStatement prepare(Connection connection) throws SQLException {
            return SqlParams.prepare(connection, sql, params);
        }
    }

    /** Does this web-search text contain any searchable word? (Only stop words or punctuation give an empty query.) */
    public static Statement queryHasTerms(String q) {
        return new Statement("select numnode(" + TSQUERY + ") > 0", List.of(q));
    }

    /** One page of results, ranked when searching, with highlighted snippets. */
    public static Statement page(SearchCriteria c, SqlCondition visible) {
        List<Object> params = new ArrayList<>();
        StringBuilder inner = new StringBuilder("select ").append(SUMMARY_COLUMNS);
        if (c.hasQuery()) {
            // normalisation 1: divide by 1 + log(length), so a long body does not outrank a focused title
            inner.append(", ").append(RANK).append(" as rank, k.body");
            params.add(c.q());
        }
        inner.append(" from knowledge_item k");
        where(inner, params, c, visible, EnumSet.noneOf(Facet.class));
        if (c.hasQuery() && c.sort() != SearchCriteria.SortField.RELEVANCE) {
            // find the matches through the full-text index first, then sort them: otherwise the planner may walk an
            // index in sort order and test the search vector of every row it passes
            inner.insert(0, "select * from (").append(" offset 0) k");
        }
        inner.append(" order by ").append(orderBy(c, "k.", "rank"));
        inner.append(" limit ? offset ?");
        params.add(c.size());
        params.add(c.page() * c.size());
        if (!c.hasQuery()) {
            return new Statement(inner.toString(), params);
        }
        // the snippet is made only for the rows of this page
        List<Object> outerParams = new ArrayList<>();
        outerParams.add(c.q());
        outerParams.addAll(params);
        String sql = "select p.*, ts_headline('dutch', p.summary || ' ' || " + PLAIN_BODY + ", " + TSQUERY + ", '"
                + HEADLINE_OPTIONS + "') as highlight from (" + inner + ") p order by " + orderBy(c, "p.", "p.rank");
        return new Statement(sql, outerParams);
    }

    /**
     * Facet counts and the total (rows: facet, value, count; the total as facet {@code total}) in one statement and
     * one pass over the matches: each facet counts under every active filter except its own.
     */
    public static Statement facets(SearchCriteria c, SqlCondition visible) {
        List<Object> params = new ArrayList<>();
        StringBuilder sql = new StringBuilder("with m as materialized (select k.type, k.themes, k.learning_forms, k.publication_year");
        sql.append(", ").append(flag(params, "k.type = any(?)", names(c.types()))).append(" as in_type");
        sql.append(", ").append(flag(params, "k.themes && ?", c.themes().toArray(String[]::new))).append(" as in_theme");
        sql.append(", ").append(flag(params, "k.learning_forms && ?", names(c.learningForms()))).append(" as in_form");
        sql.append(", ").append(flag(params, "k.publication_year = any(?)", c.years().toArray(Integer[]::new))).append(" as in_year");
        sql.append(" from knowledge_item k");
        where(sql, params, c, visible, EnumSet.allOf(Facet.class));
        sql.append(") select 'type' as facet, m.type as value, count(*) as n from m where in_theme and in_form and in_year group by m.type")
                .append(" union all select 'theme', t.value, count(*) from m cross join unnest(m.themes) as t(value)")
                .append(" where in_type and in_form and in_year group by t.value")
                .append(" union all select 'learningForm', f.value, count(*) from m cross join unnest(m.learning_forms) as f(value)")
                .append(" where in_type and in_theme and in_year group by f.value")
                .append(" union all select 'year', m.publication_year::text, count(*) from m")
                .append(" where in_type and in_theme and in_form and m.publication_year is not null group by m.publication_year")
                .append(" union all select 'total', null, count(*) from m where in_type and in_theme and in_form and in_year");
        return new Statement(sql.toString(), params);
    }

    private static String flag(List<Object> params, String condition, Object[] values) {
        if (values.length == 0) {
            return "true";
        }
        params.add(values);
        return condition;
    }

    /** Every match for export, in the requested order, at most {@code limit} rows. */
    public static Statement export(SearchCriteria c, SqlCondition visible, int limit) {
        List<Object> params = new ArrayList<>();
        StringBuilder sql = new StringBuilder("select ").append(SUMMARY_COLUMNS);
        if (c.hasQuery()) {
            sql.append(", ").append(RANK).append(" as rank");
            params.add(c.q());
        }
        sql.append(" from knowledge_item k");
        where(sql, params, c, visible, EnumSet.noneOf(Facet.class));
        sql.append(" order by ").append(orderBy(c, "k.", "rank")).append(" limit ?");
        params.add(limit);
        return new Statement(sql.toString(), params);
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

    /** The visibility condition of the access policy, then the search and the filters. */
    private static void where(StringBuilder sql, List<Object> params, SearchCriteria c, SqlCondition visible, Set<Facet> ignore) {
        sql.append(" where (").append(visible.sql()).append(')');
        params.addAll(visible.params());
        if (c.hasQuery()) {
            sql.append(" and k.search_vector @@ ").append(TSQUERY);
            params.add(c.q());
        }
        if (!ignore.contains(Facet.TYPE)) {
            anyOf(sql, params, "k.type = any(?)", names(c.types()));
        }
        if (!ignore.contains(Facet.THEME)) {
            anyOf(sql, params, "k.themes && ?", c.themes().toArray(String[]::new));
        }
        if (!ignore.contains(Facet.LEARNING_FORM)) {
            anyOf(sql, params, "k.learning_forms && ?", names(c.learningForms()));
        }
        if (!ignore.contains(Facet.YEAR) && !c.years().isEmpty()) {
            sql.append(" and k.publication_year = any(?)");
            params.add(c.years().toArray(Integer[]::new));
        }
        anyOf(sql, params, "k.sectors && ?", c.sectors().toArray(String[]::new));
        anyOf(sql, params, "k.target_groups && ?", c.targetGroups().toArray(String[]::new));
        anyOf(sql, params, "k.status = any(?)", names(c.statuses()));
        if (c.updatedSince() != null) {
            sql.append(" and k.updated_at > ?");
            params.add(Timestamp.from(c.updatedSince()));
        }
    }

    private static void anyOf(StringBuilder sql, List<Object> params, String condition, String[] values) {
        if (values.length > 0) {
            sql.append(" and ").append(condition);
            params.add(values);
        }
    }

    private static String[] names(Set<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).toArray(String[]::new);
    }

    private static String orderBy(SearchCriteria c, String alias, String rank) {
        String dir = c.ascending() ? "asc" : "desc";
        return switch (c.sort()) {
            case RELEVANCE -> rank + " desc, " + alias + "publication_year desc nulls last, " + alias + "id";
            case PUBLICATION_YEAR -> alias + "publication_year " + dir + " nulls last, " + alias + "updated_at desc, " + alias + "id";
            case TITLE -> "lower(" + alias + "title) " + dir + ", " + alias + "id";
            case UPDATED_AT -> alias + "updated_at " + dir + ", " + alias + "id";
            case NEWEST -> alias + "publication_year desc nulls last, " + alias + "updated_at desc, " + alias + "id";
        };
    }
}
