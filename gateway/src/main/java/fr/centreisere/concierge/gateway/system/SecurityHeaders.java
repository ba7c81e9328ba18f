package fr.centreisere.concierge.gateway.system;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Predicate;

/**
 * The security headers of every answer of the gateway, in one place: the ones the web filter puts
 * on what Spring answers (pages, the API, problems, refusals before any route: 404 of
 * {@code /internal/**}, 413, 429, the firewall's 400) and the ones the connection handler puts on
 * what Netty refuses itself (414, 431, a malformed request line). HSTS only for a request that
 * came over HTTPS (through a trusted proxy, see {@link TrustedProxyFilter}).
 */
final class SecurityHeaders {

    /** A same-origin UI without inline scripts or styles. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";
    static final String STRICT_TRANSPORT_SECURITY = "max-age=31536000 ; includeSubDomains";

    private static final Map<String, String> ALWAYS = new LinkedHashMap<>();

    static {
        ALWAYS.put("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        ALWAYS.put("X-Content-Type-Options", "nosniff");
        ALWAYS.put("X-Frame-Options", "DENY");
        ALWAYS.put("X-XSS-Protection", "0");
        ALWAYS.put("Referrer-Policy", "strict-origin-when-cross-origin");
        ALWAYS.put("Permissions-Policy", "camera=(), microphone=(), geolocation=(self)");
    }

    private SecurityHeaders() {
    }

    /**
     * Adds each header that is not there yet; a cache policy ({@code no-store}) only when the answer
     * has none of its own (the web UI's files say {@code no-cache}).
     */
    static void addMissing(Predicate<String> present, BiConsumer<String, String> add, boolean overHttps) {
        ALWAYS.forEach((name, value) -> {
            if (!present.test(name)) {
                add.accept(name, value);
            }
        });
        if (!present.test("Cache-Control") && !present.test("Expires")) {
            add.accept("Cache-Control", "no-cache, no-store, max-age=0, must-revalidate");
            add.accept("Pragma", "no-cache");
            add.accept("Expires", "0");
        }
        if (overHttps && !present.test("Strict-Transport-Security")) {
            add.accept("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
        }
    }
}
