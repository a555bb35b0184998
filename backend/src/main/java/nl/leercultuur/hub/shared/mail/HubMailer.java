package nl.leercultuur.hub.shared.mail;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import nl.leercultuur.hub.shared.concurrent.Lanes;
import nl.leercultuur.hub.shared.persistence.AfterCommit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.Session;
import org.jboss.logging.Logger;

/**
 * The Hub's own mails (event confirmations, waiting-list promotion, join-request answers), sent through the configured
 * SMTP server ({@code quarkus.mailer.*}: GreenMail on this machine, the organisation's server in production).
 *
 * <p>A mail is written into the outbox (table {@code mail_outbox}) in the transaction of the change it is about, so a
 * request that fails sends nothing, and a committed change always has its mail. It is sent once that transaction
 * commits, from a thread of its own (the SMTP server's speed never holds a request or a transaction), and removed
 * when the server has taken it. Each try has a time limit ({@code hub.mail.time-limit}); a mail is tried
 * {@code hub.mail.tries} times in a row (now and then a send through the Vert.x mail client never completes: seen in
 * the tests, about one in a few hundred). A mail that still fails, or whose replica stopped before sending it, is sent
 * by the outbox round ({@code hub.mail.retry-every}, 1 minute) once it is due again ({@code hub.mail.retry-after}, 5
 * minutes), until {@code hub.mail.give-up-after} (3 days) after it was written: then it is logged with its subject
 * and recipient and removed, as is at once a mail whose address the mail client refuses. The change itself always
 * stands.
 *
 * <p>Sending claims the row first (moves {@code next_attempt_at} forward by {@code hub.mail.retry-after} in its own
 * transaction), so two replicas never send one mail together. A replica that stops after the server took a mail but
 * before removing it sends it again after that time: at least once, rarely twice.
 */
@ApplicationScoped
public class HubMailer {

    private static final Logger LOG = Logger.getLogger(HubMailer.class);

    private static final String INSERT = "insert into mail_outbox (id, recipient, subject, body, attachment_name, "
            + "attachment_type, attachment) values (?, ?, ?, ?, ?, ?, ?)";
    private static final String CLAIM = "update mail_outbox set next_attempt_at = now() + make_interval(secs => ?), "
            + "attempts = attempts + 1 where id = ? and next_attempt_at <= now() "
            + "returning recipient, subject, body, attachment_name, attachment_type, attachment, created_at";
    private static final String DUE = "select id from mail_outbox where next_attempt_at <= now() order by next_attempt_at limit ?";

    /** How many due mails one outbox round sends at most (the next round takes the rest). */
    private static final int ROUND = 50;

    @Inject
    ReactiveMailer mailer;

    @Inject
    EntityManager em;

    @Inject
    AfterCommit afterCommit;

    /** How long one try may take; a server that answers normally takes well under a second. */
    @ConfigProperty(name = "hub.mail.time-limit", defaultValue = "10s")
    Duration timeLimit;

    /** How many times a mail is tried in a row before it waits for the outbox round. */
    @ConfigProperty(name = "hub.mail.tries", defaultValue = "3")
    int tries;

    /** How long a mail that could not be sent (or is being sent) waits before the outbox round tries it again. */
    @ConfigProperty(name = "hub.mail.retry-after", defaultValue = "5m")
    Duration retryAfter;

    /** How long after it was written a mail that still cannot be sent is given up. */
    @ConfigProperty(name = "hub.mail.give-up-after", defaultValue = "3d")
    Duration giveUpAfter;

    private final ExecutorService lane = Lanes.single("hub-mail");

    /** Writes {@code mail} into the outbox in the current transaction, and sends it once that commits. */
    @Transactional
    public void sendAfterCommit(OutgoingMail mail) {
        UUID id = UUID.randomUUID();
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                insert.setObject(1, id);
                insert.setString(2, mail.to());
                insert.setString(3, mail.subject());
                insert.setString(4, mail.text());
                insert.setString(5, mail.attachmentName());
                insert.setString(6, mail.attachmentType());
                if (mail.attachment() == null) {
                    insert.setNull(7, Types.BINARY);
                } else {
                    insert.setBytes(7, mail.attachment());
                }
                insert.executeUpdate();
            }
        });
        afterCommit.run(() -> lane.execute(() -> deliver(id)));
    }

    /**
     * Removes the mails still waiting for any of {@code addresses} (compared without case), in the current transaction:
     * part of a person's erasure. A mail being sent at that moment still goes out.
     */
    @Transactional
    public void forget(Collection<String> addresses) {
        String[] lowerCase = addresses.stream().filter(Objects::nonNull).map(a -> a.toLowerCase(Locale.ROOT)).distinct()
                .toArray(String[]::new);
        if (lowerCase.length == 0) {
            return;
        }
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement delete = connection.prepareStatement(
                    "delete from mail_outbox where lower(recipient) = any(?)")) {
                delete.setArray(1, connection.createArrayOf("varchar", lowerCase));
                delete.executeUpdate();
            }
        });
    }

    /** The outbox round: sends the mails that are due (a failed one, or one whose replica stopped before sending). */
    @Scheduled(every = "${hub.mail.retry-every:1m}", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledRound() {
        sendDue();
    }

    /** Sends the mails that are due, one after the other; how many were due. */
    public int sendDue() {
        List<UUID> due = QuarkusTransaction.requiringNew().call(() -> em.unwrap(Session.class).doReturningWork(connection -> {
            List<UUID> ids = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(DUE)) {
                select.setInt(1, ROUND);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        ids.add(rows.getObject(1, UUID.class));
                    }
                }
            }
            return ids;
        }));
        due.forEach(this::deliver);
        return due.size();
    }

    @PreDestroy
    void stop() {
        lane.shutdown();
    }

    private void deliver(UUID id) {
        Optional<Claimed> claimed = claim(id);
        if (claimed.isEmpty()) {
            return; // sent already, or another replica is sending it
        }
        OutgoingMail mail = claimed.get().mail();
        String error = null;
        for (int attempt = 1; attempt <= tries; attempt++) {
            try {
                mailer.send(toMail(mail)).await().atMost(timeLimit);
                execute("delete from mail_outbox where id = ?", id, null);
                LOG.infof("mail sent: \"%s\" to %s", mail.subject(), mail.to());
                return;
            } catch (RuntimeException e) {
                error = e.toString();
                LOG.warnf("mail \"%s\" to %s, try %d of %d failed: %s", mail.subject(), mail.to(), attempt, tries, error);
                if (invalidAddress(e)) {
                    execute("delete from mail_outbox where id = ?", id, null);
                    LOG.errorf("mail NOT sent, no server takes its address: \"%s\" to %s", mail.subject(), mail.to());
                    return;
                }
            }
        }
        if (claimed.get().writtenAt().isBefore(Instant.now().minus(giveUpAfter))) {
            execute("delete from mail_outbox where id = ?", id, null);
            LOG.errorf("mail NOT sent, given up %s after it was written: \"%s\" to %s", giveUpAfter, mail.subject(), mail.to());
        } else {
            String lastError = error == null ? "not tried (hub.mail.tries is 0)"
                    : error.substring(0, Math.min(error.length(), 500));
            execute("update mail_outbox set last_error = ? where id = ?", id, lastError);
            LOG.warnf("mail \"%s\" to %s waits for the outbox round (in %s)", mail.subject(), mail.to(), retryAfter);
        }
    }

    /**
     * Whether the mail client refused the address itself (it is not an address): no later try can succeed. An SMTP
     * server's permanent answer is not taken as final, because it may come from a wrong setting of the Hub's own.
     */
    private static boolean invalidAddress(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof IllegalArgumentException) {
                return true;
            }
        }
        return false;
    }

    /** A mail of the outbox, claimed for sending, with the moment it was written. */
    private record Claimed(OutgoingMail mail, Instant writtenAt) {
    }

    /** Claims the mail {@code id} when it is due: none when it was sent already or another replica is sending it. */
    private Optional<Claimed> claim(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> em.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement update = connection.prepareStatement(CLAIM)) {
                update.setLong(1, retryAfter.toSeconds());
                update.setObject(2, id);
                try (ResultSet row = update.executeQuery()) {
                    if (!row.next()) {
                        return Optional.<Claimed>empty();
                    }
                    OutgoingMail mail = new OutgoingMail(row.getString(1), row.getString(2), row.getString(3),
                            row.getString(4), row.getString(5), row.getBytes(6));
                    Timestamp written = row.getTimestamp(7);
                    return Optional.of(new Claimed(mail, written.toInstant()));
                }
            }
        }));
    }

    /** Runs {@code statement} in a transaction of its own, with {@code text} (when given) before the mail's id. */
    private void execute(String statement, UUID id, String text) {
        QuarkusTransaction.requiringNew().run(() -> em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement update = connection.prepareStatement(statement)) {
                int index = 1;
                if (text != null) {
                    update.setString(index++, text);
                }
                update.setObject(index, id);
                update.executeUpdate();
            }
        }));
    }

    private static Mail toMail(OutgoingMail mail) {
        Mail out = Mail.withText(mail.to(), mail.subject(), mail.text());
        if (mail.attachment() != null) {
            out.addAttachment(mail.attachmentName(), mail.attachment(), mail.attachmentType());
        }
        return out;
    }
}
