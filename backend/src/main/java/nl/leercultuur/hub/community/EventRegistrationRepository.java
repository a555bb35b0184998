package nl.leercultuur.hub.community;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class EventRegistrationRepository implements PanacheRepositoryBase<EventRegistration, UUID> {

    public Optional<EventRegistration> find(UUID eventId, String subject) {
        return find("eventId = ?1 and subject = ?2", eventId, subject).firstResultOptional();
    }

    public long count(UUID eventId, RegistrationStatus status) {
        return count("eventId = ?1 and status = ?2", eventId, status);
    }

    /** The first on the waiting list: who registered earliest. */
    public Optional<EventRegistration> firstWaiting(UUID eventId) {
        return find("eventId = ?1 and status = ?2", Sort.by("registeredAt").and("id"), eventId, RegistrationStatus.WAITING)
                .firstResultOptional();
    }
}
