package fr.centreisere.concierge.platform.tracing;

import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

import org.jspecify.annotations.Nullable;

/**
 * The {@code X-Request-Id} a client may send: kept when it is short and plain, so that it can go into log
 * lines as it is; anything else is never logged (the gateway then gives the request a new one).
 */
public final class RequestIds {

    public static final String HEADER = "X-Request-Id";
    /** Where it is in the MDC, hence in every log line of the request (text and JSON). */
    public static final String MDC_KEY = "requestId";
    public static final int MAX_LENGTH = 64;

    private static final HexFormat HEX = HexFormat.of();

    private RequestIds() {
    }

    /** The id as sent when it is 1 to 64 letters, digits, {@code - _ . :}; otherwise nothing. */
    public static @Nullable String valid(@Nullable String sent) {
        if (sent == null || sent.isEmpty() || sent.length() > MAX_LENGTH) {
            return null;
        }
        for (int i = 0; i < sent.length(); i++) {
            char c = sent.charAt(i);
            boolean plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-'
                    || c == '_' || c == '.' || c == ':';
            if (!plain) {
                return null;
            }
        }
        return sent;
    }

    /** A new id: 32 hexadecimal digits, random (not a secret: no secure random needed on the hot path). */
    public static String generate() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return HEX.toHexDigits(random.nextLong()) + HEX.toHexDigits(random.nextLong());
    }
}
