package nl.leercultuur.hub.knowledge;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class KnowledgeStatusChangeRepository implements PanacheRepositoryBase<KnowledgeStatusChange, UUID> {

    public List<KnowledgeStatusChange> history(UUID itemId) {
        return list("itemId", Sort.by("at").and("id"), itemId);
    }
}
