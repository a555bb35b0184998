package nl.leercultuur.hub.shared.mail;

/**
 * A plain-text mail of the Hub to one person, with at most one attachment (an event's {@code .ics}): what the outbox
 * keeps until the SMTP server has taken it.
 */
public record OutgoingMail(String to, String subject, String text, String attachmentName, String attachmentType,
        byte[] attachment) {

    public OutgoingMail {
        if ((attachmentName == null) != (attachment == null)) {
            throw new IllegalArgumentException("an attachment needs both a name and its bytes");
        }
    }

    /** A mail with text only. */
    public static OutgoingMail text(String to, String subject, String text) {
        return new OutgoingMail(to, subject, text, null, null, null);
    }

    /** This mail with {@code data} attached as {@code name}, of the content type {@code type}. */
    public OutgoingMail withAttachment(String name, byte[] data, String type) {
        return new OutgoingMail(to, subject, text, name, type, data);
    }
}
