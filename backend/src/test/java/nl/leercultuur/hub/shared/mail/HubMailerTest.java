package nl.leercultuur.hub.shared.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.UUID;
import nl.leercultuur.hub.support.GreenMailTestResource;
import org.junit.jupiter.api.Test;

/**
 * The mail outbox, against the real SMTP server of the tests: a mail that waited (its replica stopped before sending
 * it) goes out with its attachment, once; a rolled-back change sends nothing; a mail that finds the server away waits
 * for a later round, and is given up three days after it was written; one to something that is not an address is
 * given up at once. The mails of committed changes: EventResourceTest and
 * JoinRequestResourceTest.
 */
@QuarkusTest
class HubMailerTest {

    @Inject
    HubMailer mailer;

    @Inject
    AgroalDataSource dataSource;

    private static String address() {
        return "outbox-" + UUID.randomUUID().toString().substring(0, 8) + "@voorbeeld.example";
    }

    private int update(String statement, String recipient) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(statement)) {
            q.setString(1, recipient);
            return q.executeUpdate();
        }
    }

    /** attempts, last_error and whether it is due now, of the outbox row for {@code recipient}; null without one. */
    private Object[] row(String recipient) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(
                "select attempts, last_error, next_attempt_at <= now() from mail_outbox where recipient = ?")) {
            q.setString(1, recipient);
            try (ResultSet rows = q.executeQuery()) {
                return rows.next() ? new Object[] {rows.getInt(1), rows.getString(2), rows.getBoolean(3)} : null;
            }
        }
    }

    /** A mail left in the outbox, due since a minute, written {@code age} ago (an SQL interval). */
    private void waiting(String recipient, String age, boolean withAttachment) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(
                "insert into mail_outbox (id, recipient, subject, body, attachment_name, attachment_type, attachment, "
                        + "next_attempt_at, created_at) values (gen_random_uuid(), ?, 'Je plek bij de demodag', "
                        + "'Beste Sanne, je hebt een plek.', ?, ?, ?, now() - interval '1 minute', now() - ?::interval)")) {
            q.setString(1, recipient);
            q.setString(2, withAttachment ? "leercultuur-event.ics" : null);
            q.setString(3, withAttachment ? "text/calendar; charset=UTF-8; method=PUBLISH" : null);
            q.setBytes(4, withAttachment ? "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n".getBytes(StandardCharsets.UTF_8) : null);
            q.setString(5, age);
            q.executeUpdate();
        }
    }

    @Test
    void shouldSendAMailThatWaitedInTheOutboxOnce() throws Exception {
        String to = address();
        waiting(to, "10 minutes", true);

        assertTrue(mailer.sendDue() >= 1);
        List<MimeMessage> mails = GreenMailTestResource.mailsTo(to, 1);
        assertEquals("Je plek bij de demodag", mails.get(0).getSubject());
        Multipart parts = (Multipart) mails.get(0).getContent();
        assertEquals(2, parts.getCount(), "the text and the .ics");
        assertEquals("leercultuur-event.ics", parts.getBodyPart(1).getFileName());
        assertNull(row(to), "removed once the server took it");
        mailer.sendDue();
        Thread.sleep(300);
        assertEquals(1, GreenMailTestResource.mailsToNow(to).size(), "sent once");
    }

    @Test
    void shouldWriteNothingAndSendNothingForARolledBackChange() throws Exception {
        String to = address();
        QuarkusTransaction.begin();
        mailer.sendAfterCommit(OutgoingMail.text(to, "Niet verstuurd", "Deze wijziging ging niet door."));
        QuarkusTransaction.rollback();

        assertNull(row(to));
        Thread.sleep(500);
        assertEquals(0, GreenMailTestResource.mailsToNow(to).size());
    }

    @Test
    void shouldKeepAMailWhileTheServerIsAwayAndSendItInALaterRound() throws Exception {
        String to = address();
        waiting(to, "1 hour", false);

        GreenMailTestResource.away(() -> {
            mailer.sendDue();
            Object[] kept = row(to);
            assertNotNull(kept, "kept for a later round");
            assertEquals(1, kept[0]);
            assertNotNull(kept[1], "why it failed is kept");
            assertEquals(false, kept[2], "not due again at once");
            mailer.sendDue();
            assertEquals(1, row(to)[0], "not tried again before it is due");
        });

        // the server is back; once the mail is due again (after five minutes), the round sends it
        assertEquals(1, update("update mail_outbox set next_attempt_at = now() - interval '1 second' where recipient = ?", to));
        mailer.sendDue();
        assertEquals("Je plek bij de demodag", GreenMailTestResource.mailsTo(to, 1).get(0).getSubject());
        assertNull(row(to), "removed once the server took it");
    }

    @Test
    void shouldGiveUpAMailThatCouldNotBeSentForThreeDays() throws Exception {
        String to = address();
        waiting(to, "73 hours", false);

        GreenMailTestResource.away(() -> mailer.sendDue());

        assertNull(row(to), "given up and removed");
        Thread.sleep(300);
        assertEquals(0, GreenMailTestResource.mailsToNow(to).size());
    }

    @Test
    void shouldGiveUpAtOnceAMailToSomethingThatIsNotAnAddress() throws Exception {
        String to = "niet een adres";
        update("delete from mail_outbox where recipient = ?", to);
        waiting(to, "1 minute", false);

        mailer.sendDue();

        assertNull(row(to), "no later try could send it");
    }
}
