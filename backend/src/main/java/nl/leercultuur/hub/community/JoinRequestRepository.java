package nl.leercultuur.hub.community;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class JoinRequestRepository implements PanacheRepositoryBase<JoinRequest, UUID> {

    /** Whether a request for this address is waiting for an answer (addresses compared case-insensitively). */
    public boolean pendingFor(String email) {
        return count("lower(email) = ?1 and status = ?2", email.toLowerCase(java.util.Locale.ROOT), JoinRequestStatus.PENDING) > 0;
    }

    /** The approved request that created the account {@code subject}. */
    public Optional<JoinRequest> approvedFor(String subject) {
        return find("accountSubject = ?1 and status = ?2", subject, JoinRequestStatus.APPROVED).firstResultOptional();
    }
}
