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
}
