package nl.leercultuur.hub.knowledge;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
public class KnowledgeItemRepository implements PanacheRepositoryBase<KnowledgeItem, UUID> {
}
