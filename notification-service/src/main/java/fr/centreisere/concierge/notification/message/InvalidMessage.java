package fr.centreisere.concierge.notification.message;

/** A message that cannot be written as given: which field, and what is wrong (« français / English »). */
public class InvalidMessage extends RuntimeException {

    private final String field;

    public InvalidMessage(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
