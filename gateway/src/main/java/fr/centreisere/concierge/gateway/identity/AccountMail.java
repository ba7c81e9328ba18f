package fr.centreisere.concierge.gateway.identity;

import java.time.Instant;

/** The mail that carries a token to an account's address: who, in which language, until when the link works. */
public record AccountMail(TokenPurpose purpose, String accountId, EmailAddress to, String displayName, Language language,
        Instant expiresAt) {
}
