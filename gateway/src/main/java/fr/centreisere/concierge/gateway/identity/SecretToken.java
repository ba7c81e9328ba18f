package fr.centreisere.concierge.gateway.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A single-use secret mailed in a link (password reset, e-mail verification): 256 random bits,
 * URL-safe. Only its SHA-256 {@link #hash()} is kept to find it again; the value itself is never shown
 * in logs.
 */
public final class SecretToken {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int BYTES = 32;

    private final String value;

    private SecretToken(String value) {
        this.value = Objects.requireNonNull(value, "value");
    }

    public static SecretToken random() {
        byte[] bytes = new byte[BYTES];
        RANDOM.nextBytes(bytes);
        return new SecretToken(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    /** A value as the mail carried it (to be sealed or hashed, never kept). */
    public static SecretToken of(String value) {
        return new SecretToken(value);
    }

    /** What goes into the link. */
    public String value() {
        return value;
    }

    /** The key it is kept under: SHA-256, in hexadecimal. */
    public String hash() {
        return hashOf(value);
    }

    /** The hash of a presented token, whatever it is (an unknown one simply matches nothing). */
    public static String hashOf(String presented) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(presented.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every Java has SHA-256", impossible);
        }
    }

    @Override
    public String toString() {
        return "SecretToken[****]";
    }
}
