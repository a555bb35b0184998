package nl.leercultuur.hub.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A real SMTP server for the tests (GreenMail from Maven Central), on a free port. The API's mailer sends to it; tests
 * read the mails back with {@link #mailsTo(String, int)}.
 */
public class GreenMailTestResource implements QuarkusTestResourceLifecycleManager {

    private static GreenMail server;

    @Override
    public Map<String, String> start() {
        server = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        return Map.of("quarkus.mailer.host", "127.0.0.1",
                "quarkus.mailer.port", Integer.toString(server.getSmtp().getPort()),
                "quarkus.mailer.start-tls", "DISABLED");
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }

    /** What a test does while the SMTP server is away. */
    @FunctionalInterface
    public interface WhileAway {
        void run() throws Exception;
    }

    /** Stops the SMTP server (as when the organisation's server is away), runs {@code whileAway}, and starts it again on the same port. */
    public static void away(WhileAway whileAway) throws Exception {
        int port = server.getSmtp().getPort();
        server.stop();
        try {
            whileAway.run();
        } finally {
            server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            server.start();
        }
    }

    /** The mails to {@code address}, once at least {@code count} have arrived (waits up to twenty seconds: a try that hangs is repeated after three). */
    public static List<MimeMessage> mailsTo(String address, int count) {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        List<MimeMessage> mails = List.of();
        while (System.nanoTime() < deadline) {
            mails = Arrays.stream(server.getReceivedMessages()).filter(m -> sentTo(m, address)).toList();
            if (mails.size() >= count) {
                return mails;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return mails;
    }

    /** The mails to {@code address} now, without waiting (to prove that none came). */
    public static List<MimeMessage> mailsToNow(String address) {
        return Arrays.stream(server.getReceivedMessages()).filter(m -> sentTo(m, address)).toList();
    }

    private static boolean sentTo(MimeMessage mail, String address) {
        try {
            return Arrays.stream(mail.getAllRecipients()).anyMatch(r -> r.toString().contains(address));
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
