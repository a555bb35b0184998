package nl.leercultuur.hub.shared.mail;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import nl.leercultuur.hub.shared.i18n.Messages;

/** Helpers for mail texts in the recipient's language (keys {@code hub.mail.*} in {@code ValidationMessages}). */
public final class MailText {

    /** Times in mails are Dutch time: the programme's events take place in the Netherlands. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    private MailText() {
    }

    /** A moment as a date and time people read, e.g. "12 maart 2027 09:30". */
    public static String moment(Messages messages, Instant instant) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
                .withLocale(messages.locale()).withZone(ZONE).format(instant);
    }

    /** The body: greeting, paragraphs, signature, each separated by an empty line. */
    public static String body(Messages messages, String name, String... paragraphs) {
        StringBuilder text = new StringBuilder(messages.get("hub.mail.greeting", name)).append("\n\n");
        for (String paragraph : paragraphs) {
            if (paragraph != null && !paragraph.isBlank()) {
                text.append(paragraph).append("\n\n");
            }
        }
        return text.append(messages.get("hub.mail.signature")).append('\n').toString();
    }
}
