package fr.centreisere.concierge.order.company.mongo;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One membership: id {@code <companyId>|<userId>}, so that a person joins a company at most once; its
 * {@code outbox} holds the notifications its changes cause (the platform outbox's stored shape).
 */
@Document("company_employees")
// every change is conditional on (_id, version): unique, for the embedded store (see OrderDocument)
@CompoundIndex(name = "id_version", def = "{'_id': 1, 'version': 1}", unique = true)
@CompoundIndex(name = "company_requested", def = "{'companyId': 1, 'requestedAt': 1}")
@CompoundIndex(name = "user_status", def = "{'userId': 1, 'status': 1}")
record EmployeeDocument(@Id String id, String companyId, String userId, @Nullable String email,
        @Nullable String displayName, String status, Instant requestedAt, @Nullable Instant decidedAt,
        @Nullable String decidedBy, @Nullable List<org.bson.Document> outbox, long version) {
}
