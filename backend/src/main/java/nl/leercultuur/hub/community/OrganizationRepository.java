package nl.leercultuur.hub.community;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class OrganizationRepository implements PanacheRepositoryBase<Organization, UUID> {

    public Optional<Organization> findByKvkNumber(String kvkNumber) {
        return find("kvkNumber", kvkNumber).firstResultOptional();
    }

    /** The names of these organisations by id, in one query. */
    public java.util.Map<UUID, String> namesOf(java.util.Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return java.util.Map.of();
        }
        java.util.Map<UUID, String> names = new java.util.HashMap<>();
        getEntityManager().createQuery("select o.id, o.name from Organization o where o.id in :ids", Object[].class)
                .setParameter("ids", ids).getResultList().forEach(row -> names.put((UUID) row[0], (String) row[1]));
        return names;
    }
}
