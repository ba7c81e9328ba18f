package fr.centreisere.concierge.notification.recipient.mongo;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One user: the directory's card (absent, {@code email == null}, while only the user's choices are
 * known) and their choices. The card is replaced by the gateway; the choices only by the user.
 */
@Document("recipients")
record RecipientDocument(
        @Id String userId,
        @Nullable String email,
        @Nullable String displayName,
        @Nullable List<String> roles,
        @Indexed(sparse = true) @Nullable String memberId,
        @Indexed(sparse = true) @Nullable String companyId,
        boolean emailVerified,
        @Nullable String language,
        @Nullable List<String> emailsOff,
        @Nullable Instant updatedAt) {
}
