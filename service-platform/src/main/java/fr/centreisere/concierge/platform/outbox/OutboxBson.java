package fr.centreisere.concierge.platform.outbox;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.bson.Document;
import org.jspecify.annotations.Nullable;

/**
 * The stored shape of a message, the same for every service: what an owner's repository writes in its
 * document ({@link #toBson}) and reads back ({@link #fromBson}), and what the relay reads and updates.
 * Dates are BSON dates; {@code payload} and {@code answer} sub-documents; {@code traceparent} and
 * {@code requestId} (the trace the message was written under) only when there was one.
 */
public final class OutboxBson {

    static final Set<String> FIELDS = Set.of("id", "destination", "lane", "kind", "payload", "createdAt", "attempts",
            "nextAttemptAt", "claimedUntil", "claimToken", "sentAt", "givenUpAt", "withdrawnAt", "handledAt",
            "lastError", "lastStatus", "answer", "traceparent", "requestId", "droppedAt", "_id", "_class", "eventId",
            "deliveredAt", "refusedAt");

    /**
     * The stored fields that say a message is settled, with their older names ({@code deliveredAt},
     * {@code refusedAt}, {@code droppedAt}: see {@link #fromBson}): what a projection keeps for {@link #settled}.
     */
    public static final List<String> SETTLEMENT_FIELDS = List.of("sentAt", "deliveredAt", "givenUpAt", "refusedAt",
            "withdrawnAt", "droppedAt");

    private OutboxBson() {
    }

    /**
     * Whether a stored message is settled, read from its {@link #SETTLEMENT_FIELDS} alone: the answer
     * {@code fromBson(stored, …).settled()} gives, without reading the rest of the message.
     */
    public static boolean settled(Document stored) {
        return SETTLEMENT_FIELDS.stream().anyMatch(field -> instant(stored.get(field)) != null);
    }

    public static Document toBson(OutboxMessage m) {
        Document d = new Document();
        d.put("id", m.id());
        d.put("destination", m.destination());
        d.put("lane", m.lane());
        d.put("kind", m.kind());
        d.put("payload", toDocument(m.payload()));
        d.put("createdAt", date(m.createdAt()));
        d.put("attempts", m.attempts());
        d.put("nextAttemptAt", date(m.nextAttemptAt()));
        putIfSet(d, "claimedUntil", date(m.claimedUntil()));
        putIfSet(d, "claimToken", m.claimToken());
        putIfSet(d, "sentAt", date(m.sentAt()));
        putIfSet(d, "givenUpAt", date(m.givenUpAt()));
        putIfSet(d, "withdrawnAt", date(m.withdrawnAt()));
        putIfSet(d, "handledAt", date(m.handledAt()));
        putIfSet(d, "lastError", m.lastError());
        putIfSet(d, "lastStatus", m.lastStatus());
        putIfSet(d, "answer", m.answer() == null ? null : toDocument(m.answer()));
        putIfSet(d, "traceparent", m.traceparent());
        putIfSet(d, "requestId", m.requestId());
        return d;
    }

    public static List<Document> toBson(List<OutboxMessage> messages) {
        return messages.stream().map(OutboxBson::toBson).toList();
    }

    public static List<OutboxMessage> fromBson(@Nullable List<Document> stored, String defaultDestination) {
        return stored == null ? List.of() : stored.stream().map(d -> fromBson(d, defaultDestination)).toList();
    }

    /**
     * Reads a stored message. A message written before the platform outbox (order-service's) is read
     * too: no {@code destination} → {@code defaultDestination}; no {@code payload} → its other fields;
     * {@code droppedAt} → withdrawn, or given up and handled when it carries the refusal. And
     * provider-service's job events: {@code eventId} → id, {@code type} → kind, {@code deliveredAt} →
     * sent, {@code refusedAt} → given up.
     */
    public static OutboxMessage fromBson(Document d, String defaultDestination) {
        String destination = d.getString("destination") == null ? defaultDestination : d.getString("destination");
        String lane = d.getString("lane") == null ? destination : d.getString("lane");
        Map<String, Object> payload;
        Object storedPayload = d.get("payload");
        if (storedPayload instanceof Document p) {
            payload = toMap(p);
        } else {
            payload = new LinkedHashMap<>();
            for (Map.Entry<String, Object> field : d.entrySet()) {
                if (!FIELDS.contains(field.getKey()) && field.getValue() != null) {
                    payload.put(field.getKey(), plain(field.getValue()));
                }
            }
        }
        Instant givenUpAt = instant(d.get("givenUpAt") != null ? d.get("givenUpAt") : d.get("refusedAt"));
        Instant sentAt = instant(d.get("sentAt") != null ? d.get("sentAt") : d.get("deliveredAt"));
        Object id = d.get("id") != null ? d.get("id") : d.get("eventId") != null ? d.get("eventId") : d.get("_id");
        String kind = d.getString("kind") != null ? d.getString("kind")
                : d.getString("type") != null && !(storedPayload instanceof Document) ? d.getString("type") : "MESSAGE";
        if (!(storedPayload instanceof Document) && d.getString("kind") == null) {
            payload.remove("type");
        }
        Instant withdrawnAt = instant(d.get("withdrawnAt"));
        Instant handledAt = instant(d.get("handledAt"));
        Instant dropped = instant(d.get("droppedAt"));
        if (dropped != null && givenUpAt == null && withdrawnAt == null) {
            if (d.getString("lastError") != null && sentAt == null && d.getInteger("attempts", 0) > 0) {
                givenUpAt = dropped;
                handledAt = dropped;
            } else {
                withdrawnAt = dropped;
            }
        }
        Object answer = d.get("answer");
        Number status = (Number) d.get("lastStatus");
        Instant createdAt = instant(d.get("createdAt") != null ? d.get("createdAt") : d.get("occurredAt"));
        Instant nextAttemptAt = instant(d.get("nextAttemptAt"));
        return new OutboxMessage(String.valueOf(id), destination, lane, kind, payload,
                createdAt, d.getInteger("attempts", 0), nextAttemptAt == null ? createdAt : nextAttemptAt,
                instant(d.get("claimedUntil")), d.getString("claimToken"), sentAt, givenUpAt,
                withdrawnAt, handledAt, d.getString("lastError"), status == null ? null : status.intValue(),
                answer instanceof Document a ? toMap(a) : null, d.getString("traceparent"), d.getString("requestId"));
    }

    static @Nullable Date date(@Nullable Instant instant) {
        return instant == null ? null : Date.from(instant);
    }

    static @Nullable Instant instant(@Nullable Object value) {
        if (value instanceof Date date) {
            return date.toInstant();
        }
        if (value instanceof Instant instant) {
            return instant;
        }
        return null;
    }

    private static void putIfSet(Document d, String key, @Nullable Object value) {
        if (value != null) {
            d.put(key, value);
        }
    }

    static Document toDocument(Map<String, ?> values) {
        Document d = new Document();
        values.forEach((key, value) -> d.put(key, bsonValue(value)));
        return d;
    }

    private static @Nullable Object bsonValue(@Nullable Object value) {
        if (value instanceof Map<?, ?> map) {
            Document d = new Document();
            map.forEach((k, v) -> d.put(String.valueOf(k), bsonValue(v)));
            return d;
        }
        if (value instanceof List<?> list) {
            List<Object> out = new ArrayList<>();
            list.forEach(v -> out.add(bsonValue(v)));
            return out;
        }
        if (value instanceof Instant instant) {
            return instant.toString();
        }
        if (value instanceof Enum<?> e) {
            return e.name();
        }
        if (value != null && !(value instanceof String || value instanceof Number || value instanceof Boolean)) {
            return value.toString();
        }
        return value;
    }

    private static Map<String, Object> toMap(Document d) {
        Map<String, Object> map = new LinkedHashMap<>();
        d.forEach((key, value) -> {
            if (value != null) {
                map.put(key, plain(value));
            }
        });
        return map;
    }

    private static Object plain(Object value) {
        if (value instanceof Document d) {
            return toMap(d);
        }
        if (value instanceof List<?> list) {
            List<Object> out = new ArrayList<>();
            list.forEach(v -> out.add(v == null ? null : plain(v)));
            return out;
        }
        if (value instanceof Date date) {
            return date.toInstant().toString();
        }
        return value;
    }
}
