package fr.centreisere.concierge.notification.recipient;

/** An account a message goes to, with its choices. */
public record Addressee(Recipient recipient, Preferences preferences) {
}
