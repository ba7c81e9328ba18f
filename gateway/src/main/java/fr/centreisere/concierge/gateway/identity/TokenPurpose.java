package fr.centreisere.concierge.gateway.identity;

import java.time.Duration;

/**
 * What a mailed token is for: how long it lives, the screen of the web app its link opens, and the
 * kind of notification event that carries it (docs/INTERNAL-API.md, notification-service).
 */
public enum TokenPurpose {
    PASSWORD_RESET(Duration.ofHours(1), "/#/mot-de-passe/nouveau?jeton=", "resetUrl", "RESET_TOKEN_INVALID"),
    EMAIL_VERIFICATION(Duration.ofHours(48), "/#/verifier-email?jeton=", "verifyUrl", "VERIFICATION_TOKEN_INVALID");

    private final Duration lifetime;
    private final String linkPrefix;
    private final String linkField;
    private final String invalidCode;

    TokenPurpose(Duration lifetime, String linkPrefix, String linkField, String invalidCode) {
        this.lifetime = lifetime;
        this.linkPrefix = linkPrefix;
        this.linkField = linkField;
        this.invalidCode = invalidCode;
    }

    public Duration lifetime() {
        return lifetime;
    }

    /** The web app's path the token is appended to (made absolute with the public URL). */
    public String linkPrefix() {
        return linkPrefix;
    }

    /** The {@code data} field of the event that holds the absolute link. */
    public String linkField() {
        return linkField;
    }

    /** The problem's {@code code} when a token of this purpose is unknown, used or expired. */
    public String invalidCode() {
        return invalidCode;
    }

    /** The event kind, as notification-service knows it. */
    public String eventKind() {
        return name();
    }
}
