package fr.centreisere.concierge.gateway.identity.mongo;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/** An account as stored in the {@code identity} database; {@code emailKey} (lower case) is unique. */
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

    @Override
    public String toString() {
        // never the hash
        return "AccountDocument[" + id + "]";
    }
}
