package fr.centreisere.concierge.gateway.identity;

/** A staff account bound to a member structure or a company that does not exist (422). */
public class UnknownBinding extends RuntimeException {

    private final String field;

    public UnknownBinding(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
