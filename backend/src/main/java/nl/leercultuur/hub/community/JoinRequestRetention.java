package nl.leercultuur.hub.community;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * A declined join request holds the name, address and motivation of someone who did not become a member. It is kept
 * only as long as the applicant may ask about the answer ({@code hub.community.declined-join-request-retention}, 90
 * days from the decision), then removed: GDPR's storage limitation. Approved requests stay with the account they
 * created (the member's erasure removes them), waiting ones wait for the programme team. Every replica runs this; a
 * second removal finds nothing.
 */
@ApplicationScoped
public class JoinRequestRetention {

    private static final Logger LOG = Logger.getLogger(JoinRequestRetention.class);

    @Inject
    JoinRequestRepository requests;

    @ConfigProperty(name = "hub.community.declined-join-request-retention", defaultValue = "90d")
    Duration retention;

    @Scheduled(every = "${hub.community.retention.every:6h}", delayed = "5m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        removeExpired(Instant.now());
    }

    /** Removes the requests declined longer than the retention before {@code now}; how many. */
    @Transactional
    public long removeExpired(Instant now) {
        long removed = requests.deleteDeclinedBefore(now.minus(retention));
        if (removed > 0) {
            LOG.infof("removed %d join request(s) declined more than %d days ago", removed, retention.toDays());
        }
        return removed;
    }
}
