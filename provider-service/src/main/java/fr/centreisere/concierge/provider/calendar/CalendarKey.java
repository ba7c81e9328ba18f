package fr.centreisere.concierge.provider.calendar;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A member's calendar key, as kept: only the SHA-256 of the secret (256 random bits, so a fast hash is
 * enough: nothing to guess from it), never the secret itself, which its staff sees once, when issued.
 */
public record CalendarKey(String memberId, String secretHash, Instant renewedAt) {

    private static final int SECRET_BYTES = 32;

    public CalendarKey {
        Objects.requireNonNull(memberId, "memberId");
        Objects.requireNonNull(secretHash, "secretHash");
        Objects.requireNonNull(renewedAt, "renewedAt");
    }

    /** A new key for the member: the secret to show once, and what is stored. */
    public static Issued issue(String memberId, SecureRandom random, Instant now) {
        byte[] bytes = new byte[SECRET_BYTES];
        random.nextBytes(bytes);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        return new Issued(new CalendarKey(memberId, hash(secret), now), secret);
    }

    /** Whether that secret is this key's (compared in constant time). */
    public boolean opens(String secret) {
        if (secret == null || secret.isEmpty() || secret.length() > 200) {
            return false;
        }
        return MessageDigest.isEqual(hash(secret).getBytes(StandardCharsets.US_ASCII),
                secretHash.getBytes(StandardCharsets.US_ASCII));
    }

    static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** A key just issued: the secret goes into the URL shown to the staff, the key is stored. */
    public record Issued(CalendarKey key, String secret) {
    }
}
