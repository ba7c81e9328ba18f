package fr.centreisere.concierge.gateway.identity.mongo;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An account as stored in the {@code identity} database; {@code emailKey} (lower case) is unique.
 * {@code directory} is the outbox of its copy in notification-service's directory: every write that
 * adds or changes the account raises its version and marks it pending, in the same update.
 */
@Document("accounts")
class AccountDocument {

    @Id
    String id;
    @Indexed(unique = true)
    String emailKey;
    String email;
    String passwordHash;
    String displayName;
    String phone;
    String communeInsee;
    List<String> roles;
    String memberId;
    String companyId;
    Instant createdAt;
    /** Absent on accounts stored before issue 13: read as false. */
    Boolean emailVerified;
    /** {@code fr} or {@code en}; absent before issue 13: read as French. */
    String language;
    /** False once a coordinator deactivated the account; absent before issue 14: read as true. */
    Boolean active;
    /** Set by a deactivation: tokens issued before are refused; absent when never deactivated. */
    Instant tokensNotBefore;
    DirectoryPush directory;

    /** Where the account's copy to notification-service's directory stands. */
    static class DirectoryPush {
        /** Raised by every change of the account. */
        long version;
        /** A version not yet taken by notification-service. */
        boolean pending;
        /** When the sweep may take it (again): pushed back by a claim (a lease) and by each failure (backoff). */
        Instant nextAttemptAt;
        int attempts;
        String lastError;
    }

    @Override
    public String toString() {
        // never the hash
        return "AccountDocument[" + id + "]";
    }
}
