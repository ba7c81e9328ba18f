package fr.centreisere.concierge.gateway.identity;

/** Wrong e-mail or wrong password: deliberately the same failure, so that nobody learns which. */
public class BadCredentials extends RuntimeException {

    public BadCredentials() {
        super("bad credentials");
    }
}
