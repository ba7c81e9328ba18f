package fr.centreisere.concierge.platform.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import org.jspecify.annotations.Nullable;

/**
 * The shared secret that our services put in {@code X-Internal-Token} when they call each other's
 * {@code /internal/**} endpoints. Compared in constant time. A service refuses to start without
 * one or with one too short to guess, in every profile: no value is written in the source (the
 * launcher generates one per installation under {@code data/keys/} and passes it on).
 */
public final class InternalToken {

    public static final String HEADER = "X-Internal-Token";

    static final int MINIMUM_LENGTH = 24;

    private final byte[] value;

    private InternalToken(String value) {
        this.value = value.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The configured token, checked: a blank or short value is refused.
     *
     * @throws IllegalStateException with what to set, so that the service does not start
     */
    public static InternalToken of(@Nullable String configured) {
        if (configured == null || configured.isBlank()) {
            throw new IllegalStateException("CONCIERGE_INTERNAL_TOKEN is not set: calls between services under "
                    + "/internal/** need a shared secret of at least " + MINIMUM_LENGTH + " characters "
                    + "(generate one with 'openssl rand -hex 32'; the launcher keeps one under data/keys/)");
        }
        if (configured.length() < MINIMUM_LENGTH) {
            throw new IllegalStateException("CONCIERGE_INTERNAL_TOKEN is too short: use at least "
                    + MINIMUM_LENGTH + " random characters");
        }
        return new InternalToken(configured);
    }

    /** Whether the presented header value is this token (constant time, whatever the value). */
    public boolean matches(@Nullable String presented) {
        if (presented == null) {
            return false;
        }
        return MessageDigest.isEqual(value, presented.getBytes(StandardCharsets.UTF_8));
    }

    /** The value to send: only for our own outgoing calls. */
    String value() {
        return new String(value, StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return "InternalToken[****]";
    }
}
