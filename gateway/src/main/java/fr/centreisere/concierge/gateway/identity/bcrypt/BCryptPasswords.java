package fr.centreisere.concierge.gateway.identity.bcrypt;

import fr.centreisere.concierge.gateway.identity.PasswordHash;
import fr.centreisere.concierge.gateway.identity.PasswordHasher;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/** Passwords hashed with BCrypt (Spring Security's encoder), at a configurable cost. */
public final class BCryptPasswords implements PasswordHasher {

    private final BCryptPasswordEncoder encoder;

    public BCryptPasswords(int strength) {
        this.encoder = new BCryptPasswordEncoder(strength);
    }

    @Override
    public PasswordHash hash(String password) {
        return PasswordHash.of(encoder.encode(password));
    }

    @Override
    public boolean matches(String password, PasswordHash hash) {
        try {
            return encoder.matches(password, hash.value());
        } catch (IllegalArgumentException tooLong) {
            // longer than BCrypt reads: no stored password can be that
            return false;
        }
    }
}
