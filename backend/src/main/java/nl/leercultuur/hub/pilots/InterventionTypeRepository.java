package nl.leercultuur.hub.pilots;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class InterventionTypeRepository implements PanacheRepositoryBase<InterventionType, UUID> {

    public static final Sort ORDER = Sort.by("sortOrder").and("code");

    public Optional<InterventionType> findByCode(String code) {
        return find("code", code).firstResultOptional();
    }
}
