package fr.centreisere.concierge.notification.mail;

import java.util.Locale;

/** A mail's id: its event and its address (in lower case), so the same event never makes two mails to one address. */
public record MailId(String value) {

    public static MailId of(String eventId, String email) {
        return new MailId(eventId + "|" + email.toLowerCase(Locale.ROOT));
    }

    @Override
    public String toString() {
        return value;
    }
}
