package fr.centreisere.concierge.gateway.identity;

/** A request for an account that breaks a rule of what an account is (a field and what is wrong). */
public class InvalidAccount extends RuntimeException {

    private final String field;

    public InvalidAccount(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
