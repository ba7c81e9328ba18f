package fr.centreisere.concierge.gateway.identity.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import reactor.core.publisher.Mono;

/**
 * Counts per key in fixed windows (started by the first count), in the {@code login_failures}
 * collection, changed by conditional updates only: what failed logins and mail requests are limited with.
 */
final class CountingWindows {

    private final ReactiveMongoTemplate mongo;
    private final Duration window;

    CountingWindows(ReactiveMongoTemplate mongo, Duration window) {
        this.mongo = mongo;
        this.window = window;
    }

    /** The key's window if it is still running at {@code now}. */
    Mono<Optional<LoginFailureDocument>> running(String id, Instant now) {
        return mongo.findById(id, LoginFailureDocument.class)
                .filter(document -> now.isBefore(document.windowEnd))
                .map(Optional::of)
                .defaultIfEmpty(Optional.empty());
    }

    /** One more in the running window, or a new window; two first counts at once both count. Answers the window after it. */
    Mono<LoginFailureDocument> count(String id, Instant now) {
        return increment(id, now).switchIfEmpty(Mono.defer(() -> startWindow(id, now)
                .onErrorResume(DuplicateKeyException.class, raced -> increment(id, now))));
    }

    private Mono<LoginFailureDocument> increment(String id, Instant now) {
        return mongo.findAndModify(query(where("_id").is(id).and("windowEnd").gt(now)), new Update().inc("failures", 1),
                FindAndModifyOptions.options().returnNew(true), LoginFailureDocument.class);
    }

    private Mono<LoginFailureDocument> startWindow(String id, Instant now) {
        LoginFailureDocument started = new LoginFailureDocument();
        started.id = id;
        started.windowEnd = now.plus(window);
        started.failures = 1;
        return mongo.upsert(query(where("_id").is(id).and("windowEnd").lte(now)),
                new Update().set("windowEnd", started.windowEnd).set("failures", 1), LoginFailureDocument.class)
                .thenReturn(started);
    }
}
