package fr.centreisere.concierge.gateway.identity.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import reactor.core.publisher.Mono;

/**
 * When the gateway's outboxes (the mails in the token documents, the accounts' directory copies) next hold due
 * work, in one document ({@code outbox_due}, {@code _id} {@value #KEY}: {@code dueAt}, {@code mark}): each write
 * that leaves a message pending {@link #mark}s it right after, and {@link MongoOutboxSweep} reads this document
 * by id and looks at the collections only when something is due — an idle gateway reads one document per
 * sweep, however many accounts are stored (issue 15; service-platform's {@code platform.due} does the same for
 * the blocking services, one key per owner). The sweep {@link #settle}s it conditionally on the {@code mark} it
 * read, so that a mark made while it looked is never lost.
 */
final class OutboxDue {

    static final String COLLECTION = "outbox_due";
    private static final String KEY = "accounts";
    private static final Logger log = LoggerFactory.getLogger(OutboxDue.class);

    /** The document as a sweep read it. */
    record Look(Instant dueAt, long mark) {
    }

    private final ReactiveMongoTemplate mongo;

    OutboxDue(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    /**
     * Something is due at {@code dueAt} at the latest (an earlier due time stays). Never fails the write it
     * follows: a lost mark is found by the first sweep after the next start, which looks at everything.
     */
    Mono<Void> mark(Instant dueAt) {
        // a new random mark, as service-platform's due sets: a counter would start again at 1 when the document is
        // made again after a settle, and a settle from an older look at 1 would take a mark it never saw
        long mark = ThreadLocalRandom.current().nextLong();
        return mongo.upsert(query(where("_id").is(KEY)), new Update().min("dueAt", Date.from(dueAt)).set("mark", mark),
                        COLLECTION)
                .doOnError(failure -> log.warn("The outbox was not marked due ({}); the sweep after the next start finds it",
                        failure.toString()))
                .onErrorComplete()
                .then();
    }

    Mono<Look> look() {
        return mongo.findById(KEY, Document.class, COLLECTION).map(document -> new Look(
                document.getDate("dueAt").toInstant(),
                document.get("mark") instanceof Number number ? number.longValue() : 0L));
    }

    /**
     * After a pass that started from {@code read}: nothing pending any more ({@code nextDue} null), the document
     * goes; otherwise it says {@code nextDue}. Unless it was marked again since {@code read}: then it stays as the
     * mark left it (due no later than the mark said).
     */
    Mono<Void> settle(Optional<Look> read, Instant nextDue) {
        if (read.isEmpty()) {
            return nextDue == null ? Mono.empty() : mark(nextDue);
        }
        var unchanged = query(where("_id").is(KEY).and("mark").is(read.get().mark()));
        if (nextDue == null) {
            return mongo.remove(unchanged, COLLECTION).then();
        }
        return mongo.updateFirst(unchanged, new Update().set("dueAt", Date.from(nextDue)), COLLECTION).then();
    }
}
