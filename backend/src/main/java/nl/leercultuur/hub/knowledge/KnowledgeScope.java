package nl.leercultuur.hub.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.leercultuur.hub.shared.persistence.SqlCondition;

/**
 * Which items a list may show the caller, as {@link KnowledgeAccessPolicy#listScope} decides it: the proposals of one
 * submitter ({@code mine}), or the items in these statuses and visibilities (an empty set allows any). Search turns it
 * into an OpenSearch filter and, when it reads the rows, into SQL: the index finds, PostgreSQL confirms.
 */
public record KnowledgeScope(String submitter, Set<KnowledgeStatus> statuses, Set<KnowledgeVisibility> visibilities) {

    /** Everything (staff). */
    public static final KnowledgeScope ALL = new KnowledgeScope(null, Set.of(), Set.of());

    public KnowledgeScope {
        statuses = Set.copyOf(statuses);
        visibilities = Set.copyOf(visibilities);
    }

    public static KnowledgeScope submittedBy(String subject) {
        return new KnowledgeScope(subject, Set.of(), Set.of());
    }

    /** The condition on {@code knowledge_item k}. */
    public SqlCondition sql() {
        List<String> conditions = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        if (submitter != null) {
            conditions.add("k.submitted_by_subject = ?");
            params.add(submitter);
        }
        if (!statuses.isEmpty()) {
            conditions.add("k.status = any(?)");
            params.add(statuses.stream().map(Enum::name).sorted().toArray(String[]::new));
        }
        if (!visibilities.isEmpty()) {
            conditions.add("k.visibility = any(?)");
            params.add(visibilities.stream().map(Enum::name).sorted().toArray(String[]::new));
        }
        return conditions.isEmpty() ? SqlCondition.ALL : new SqlCondition(String.join(" and ", conditions), params);
    }
}
