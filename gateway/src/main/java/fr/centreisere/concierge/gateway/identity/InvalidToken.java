package fr.centreisere.concierge.gateway.identity;

/** A mailed token that is unknown, used already, replaced by a newer one or expired: deliberately one failure for all four. */
public class InvalidToken extends RuntimeException {

    private final TokenPurpose purpose;

    public InvalidToken(TokenPurpose purpose) {
        super(purpose.invalidCode());
        this.purpose = purpose;
    }

    public TokenPurpose purpose() {
        return purpose;
    }
}
