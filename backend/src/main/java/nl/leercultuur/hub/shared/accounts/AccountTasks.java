package nl.leercultuur.hub.shared.accounts;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.concurrent.ExecutorService;
import nl.leercultuur.hub.shared.concurrent.Lanes;
import nl.leercultuur.hub.shared.persistence.AfterCommit;

/**
 * Keycloak account changes that must happen even when Keycloak is away for a while: disabling the account of an erased
 * member. The task is written in the erasure's own transaction (table {@code account_task}, the account id only), tried
 * as soon as that commits, and tried again every few minutes until Keycloak confirms it.
 */
@ApplicationScoped
public class AccountTasks {

    @Inject
    EntityManager em;

    @Inject
    AccountDirectory directory;

    @Inject
    AfterCommit afterCommit;

    /** Keycloak is called from a lane of its own (see Lanes). */
    private final ExecutorService worker = Lanes.single("account-tasks");

    /** Disables the account {@code subject} once the current transaction commits (and until it worked). */
    public void disableAfterCommit(String subject) {
        em.createNativeQuery("insert into account_task (subject, action) values (?1, 'DISABLE') on conflict (subject) do nothing")
                .setParameter(1, subject).executeUpdate();
        afterCommit.run(() -> worker.execute(() -> attempt(subject)));
    }

    @PreDestroy
    void stop() {
        worker.shutdown();
    }

    /** Tries every open task again (Keycloak may have been down). */
    @Scheduled(every = "${hub.account-tasks.retry-every:5m}", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void retryOpenTasks() {
        List<String> open = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "select subject from account_task order by created_at limit 100", String.class).getResultList());
        open.forEach(this::attempt);
    }

    private void attempt(String subject) {
        boolean done = directory.disable(subject);
        QuarkusTransaction.requiringNew().run(() -> {
            if (done) {
                em.createNativeQuery("delete from account_task where subject = ?1").setParameter(1, subject).executeUpdate();
            } else {
                em.createNativeQuery("update account_task set attempts = attempts + 1, last_error = 'Keycloak did not answer' "
                        + "where subject = ?1").setParameter(1, subject).executeUpdate();
            }
        });
    }
}
