package nl.leercultuur.hub.shared.mail;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import nl.leercultuur.hub.shared.concurrent.Lanes;
import nl.leercultuur.hub.shared.persistence.AfterCommit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The Hub's own mails (event confirmations, waiting-list promotion, join-request answers), sent through the configured
 * SMTP server ({@code quarkus.mailer.*}: GreenMail on this machine, the organisation's server in production).
 *
 * <p>A mail about a change goes out only once that change is committed: a request that fails sends nothing, and the
 * SMTP server's speed never holds a request or a database transaction. Mails go out one at a time from a thread of
 * their own, each try with a time limit ({@code hub.mail.time-limit}) and more tries ({@code hub.mail.tries}, 3): now and then a send through
 * the Vert.x mail client under the mailer never completes (seen in the tests, about one in a few hundred), and a mail
 * must not be lost that way.
 * A mail that still cannot be delivered is logged with its subject and recipient; the change itself stands.
 */
@ApplicationScoped
public class HubMailer {

    private static final Logger LOG = Logger.getLogger(HubMailer.class);

    @Inject
    ReactiveMailer mailer;

    /** How long one try may take; a server that answers normally takes well under a second. */
    @ConfigProperty(name = "hub.mail.time-limit", defaultValue = "10s")
    Duration timeLimit;

    /** How many times a mail is tried before it is given up (and logged as not sent). */
    @ConfigProperty(name = "hub.mail.tries", defaultValue = "3")
    int tries;

    @Inject
    AfterCommit afterCommit;

    private final ExecutorService outbox = Lanes.single("hub-mail");

    /** Sends {@code mail} when the current transaction commits (at once when there is none). */
    public void sendAfterCommit(Mail mail) {
        afterCommit.run(() -> outbox.execute(() -> deliver(mail)));
    }

    @PreDestroy
    void stop() {
        outbox.shutdown();
    }

    private void deliver(Mail mail) {
        for (int attempt = 1; attempt <= tries; attempt++) {
            try {
                mailer.send(mail).await().atMost(timeLimit);
                LOG.infof("mail sent: \"%s\" to %s", mail.getSubject(), mail.getTo());
                return;
            } catch (RuntimeException e) {
                LOG.warnf("mail \"%s\" to %s, try %d of %d failed: %s", mail.getSubject(), mail.getTo(), attempt, tries, e.toString());
            }
        }
        LOG.errorf("mail NOT sent: \"%s\" to %s", mail.getSubject(), mail.getTo());
    }
}
