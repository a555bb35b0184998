package nl.leercultuur.hub.community;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class JoinRequestRepository implements PanacheRepositoryBase<JoinRequest, UUID> {

    /** The first key of the transaction locks on join-request addresses (the second is the address's hash). */
    private static final int ADDRESS_LOCK = 0x4a52;

    private static final String LOCK_ADDRESS =
            "select count(*) from (select pg_advisory_xact_lock(:namespace, hashtext(:email))) l";

    /**
     * Waits until no other transaction handles a request for this address (case-insensitively), and keeps the address
     * until this transaction ends: requests for one address that arrive together are handled one after the other, so
     * the second finds the first waiting instead of breaking the unique index.
     */
    public void lockAddress(String email) {
        getEntityManager().createNativeQuery(LOCK_ADDRESS)
                .setParameter("namespace", ADDRESS_LOCK)
                .setParameter("email", email.toLowerCase(java.util.Locale.ROOT))
                .getSingleResult();
    }

    /** Whether a request for this address is waiting for an answer (addresses compared case-insensitively). */
    public boolean pendingFor(String email) {
        return count("lower(email) = ?1 and status = ?2", email.toLowerCase(java.util.Locale.ROOT), JoinRequestStatus.PENDING) > 0;
    }

    /** The approved request that created the account {@code subject}. */
    public Optional<JoinRequest> approvedFor(String subject) {
        return find("accountSubject = ?1 and status = ?2", subject, JoinRequestStatus.APPROVED).firstResultOptional();
    }

    /** Removes the requests declined before {@code before}; how many. */
    public long deleteDeclinedBefore(Instant before) {
        return delete("status = ?1 and decidedAt < ?2", JoinRequestStatus.DECLINED, before);
    }
}
