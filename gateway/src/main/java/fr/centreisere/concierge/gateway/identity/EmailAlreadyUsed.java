package fr.centreisere.concierge.gateway.identity;

/** An account with this e-mail (in any case) exists already. */
public class EmailAlreadyUsed extends RuntimeException {

    public EmailAlreadyUsed() {
        super("e-mail already used");
    }
}
