package fr.centreisere.concierge.catalog.offering;

/** A service's details break one of its rules; names the field at fault. */
public class InvalidOffering extends RuntimeException {

    private final String field;

    public InvalidOffering(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
