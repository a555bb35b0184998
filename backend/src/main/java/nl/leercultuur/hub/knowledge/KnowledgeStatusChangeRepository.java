package nl.leercultuur.hub.knowledge;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class KnowledgeStatusChangeRepository implements PanacheRepositoryBase<KnowledgeStatusChange, UUID> {

    /** The first {@code limit} changes of an item, oldest first. */
    public List<KnowledgeStatusChange> history(UUID itemId, int limit) {
        return find("itemId", Sort.by("at").and("id"), itemId).range(0, limit - 1).list();
    }
}
