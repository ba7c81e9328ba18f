package fr.centreisere.concierge.gateway.identity.mongo;

import java.time.Instant;

import org.springframework.data.annotation.Id;

/**
 * A mailed token, in {@code password_resets} or {@code email_verifications}: only its SHA-256 hash
 * ({@code tokenHash}, unique), whose account, until when, and once used or replaced, when. {@code mail}
 * is the outbox of the mail that carries it, written in the same insert.
 */
class AccountTokenDocument {

    @Id
    String id;
    String tokenHash;
    String accountId;
    Instant createdAt;
    Instant expiresAt;
    Instant usedAt;
    /** A newer token of the same account and purpose made this one invalid. */
    Instant replacedAt;
    OutboxMail mail;

    /** The notification event to deliver, and where its delivery stands. */
    static class OutboxMail {
        String eventId;
        String kind;
        String to;
        String displayName;
        String language;
        /**
         * The token itself, encrypted ({@link TokenSeal}) so that the database alone never gives a usable
         * link; erased once the event is delivered or given up.
         */
        String sealedToken;
        /** PENDING, SENT or GAVE_UP. */
        String state;
        int attempts;
        /** When the sweep may take it (again): pushed back by a claim (a lease) and by each failure (backoff). */
        Instant nextAttemptAt;
        String lastError;
        Instant sentAt;
    }

    @Override
    public String toString() {
        return "AccountTokenDocument[" + id + "]";
    }
}
