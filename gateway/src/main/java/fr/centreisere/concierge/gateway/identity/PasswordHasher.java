package fr.centreisere.concierge.gateway.identity;

/** Hashes passwords with an adaptive hash and checks them; slow by design (call it off the event loop). */
public interface PasswordHasher {

    PasswordHash hash(String password);

    boolean matches(String password, PasswordHash hash);
}
