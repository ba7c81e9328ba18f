package fr.centreisere.concierge.gateway.identity.mongo;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** Failed logins of one key ({@code pair:<e-mail>|<ip>}, {@code account:<e-mail>} or {@code address:<ip>}) in the window ending at {@code windowEnd}. */
@Document("login_failures")
class LoginFailureDocument {

    @Id
    String id;
    Instant windowEnd;
    int failures;
}
