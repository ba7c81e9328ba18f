package fr.centreisere.concierge.gateway.identity.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

import fr.centreisere.concierge.gateway.identity.NotificationService;
import fr.centreisere.concierge.gateway.identity.NotificationService.Delivery;
import fr.centreisere.concierge.gateway.identity.NotificationService.Outcome;
import fr.centreisere.concierge.gateway.identity.TokenPurpose;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The gateway's own small outbox relay (the platform's outbox is blocking; the gateway is reactive):
 * the mails waiting in token documents and the accounts whose directory copy is out of date are sent
 * to notification-service until it takes them. Each is first claimed with a conditional update that
 * pushes its next attempt a lease away, so two gateway instances never send one at once; a failure
 * waits longer each time (exponential, with jitter, capped); a refusal (400/422) is given up and
 * logged as an error. A mail whose link has expired, been used or replaced is not sent any more.
 */
public class MongoOutboxSweep {

    private static final Logger log = LoggerFactory.getLogger(MongoOutboxSweep.class);
    private static final int NEEDS_ATTENTION = 3;

    private final ReactiveMongoTemplate mongo;
    private final NotificationService notifications;
    private final TokenSeal seal;
    private final Clock clock;
    private final String publicUrl;
    private final Duration retryBase;
    private final Duration retryMax;
    private final Duration lease;
    private final int batch;
    private final OutboxDue due;
    private volatile boolean lookedOnce;

    public MongoOutboxSweep(ReactiveMongoTemplate mongo, NotificationService notifications, TokenSeal seal, Clock clock,
            String publicUrl, Duration retryBase, Duration retryMax, Duration lease, int batch) {
        this.mongo = mongo;
        this.notifications = notifications;
        this.seal = seal;
        this.clock = clock;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        this.retryBase = retryBase;
        this.retryMax = retryMax;
        this.lease = lease;
        this.batch = batch;
        this.due = new OutboxDue(mongo);
    }

    /**
     * One pass, when {@link OutboxDue} says something is due (the first pass of this instance looks whatever it
     * says: what a writer stopped between its write and its mark left): what is due now, mails first; then the
     * next due time, kept for the next pass. Answers how many were delivered. A failed call ends the pass of its
     * kind: notification-service away costs one call per kind and pass, not one per message.
     */
    public Mono<Long> sweepOnce() {
        Instant now = clock.instant();
        boolean first = !lookedOnce;
        return due.look().map(Optional::of).defaultIfEmpty(Optional.empty()).flatMap(read -> {
            if (!first && read.map(look -> look.dueAt().isAfter(now)).orElse(true)) {
                return Mono.just(0L); // nothing due: the collections are not read
            }
            return Flux.concat(mails(TokenPurpose.PASSWORD_RESET), mails(TokenPurpose.EMAIL_VERIFICATION), directory())
                    .filter(outcome -> outcome == Outcome.DELIVERED).count()
                    .flatMap(delivered -> nextDue().map(Optional::of).defaultIfEmpty(Optional.empty())
                            .flatMap(next -> due.settle(read, next.orElse(null)))
                            .doOnSuccess(settled -> lookedOnce = true)
                            .thenReturn(delivered));
        });
    }

    /** The soonest attempt still pending, of the mails and the directory copies; empty when none is. */
    private Mono<Instant> nextDue() {
        Instant now = clock.instant();
        Flux<Instant> mails = Flux.just(TokenPurpose.PASSWORD_RESET, TokenPurpose.EMAIL_VERIFICATION)
                .concatMap(purpose -> mongo.findOne(query(where("mail.state").is(MongoAccountTokens.PENDING)
                                .and("usedAt").is(null).and("replacedAt").is(null).and("expiresAt").gt(now))
                                .with(Sort.by("mail.nextAttemptAt")), AccountTokenDocument.class,
                        MongoAccountTokens.collection(purpose)))
                .map(pending -> pending.mail.nextAttemptAt == null ? now : pending.mail.nextAttemptAt);
        Mono<Instant> directory = mongo.findOne(query(where("directory.pending").is(true))
                        .with(Sort.by("directory.nextAttemptAt")), AccountDocument.class)
                .map(pending -> pending.directory.nextAttemptAt == null ? now : pending.directory.nextAttemptAt);
        return Flux.concat(mails, directory).reduce((a, b) -> a.isBefore(b) ? a : b);
    }

    private Flux<Outcome> mails(TokenPurpose purpose) {
        String collection = MongoAccountTokens.collection(purpose);
        Instant now = clock.instant();
        return mongo.find(query(where("mail.state").is(MongoAccountTokens.PENDING).and("mail.nextAttemptAt").lte(now)
                                .and("usedAt").is(null).and("replacedAt").is(null).and("expiresAt").gt(now)).limit(batch),
                        AccountTokenDocument.class, collection)
                .concatMap(due -> mongo.findAndModify(query(where("_id").is(due.id).and("mail.state").is(MongoAccountTokens.PENDING)
                                .and("mail.nextAttemptAt").lte(now).and("replacedAt").is(null)),
                        new Update().set("mail.nextAttemptAt", now.plus(lease)).inc("mail.attempts", 1),
                        FindAndModifyOptions.options().returnNew(true), AccountTokenDocument.class, collection))
                .concatMap(claimed -> deliverMail(claimed, purpose, collection))
                .takeUntil(outcome -> outcome == Outcome.FAILED);
    }

    private Mono<Outcome> deliverMail(AccountTokenDocument claimed, TokenPurpose purpose, String collection) {
        Map<String, Object> event;
        try {
            event = event(claimed, purpose);
        } catch (IllegalStateException unsealable) {
            log.error("The mail event {} is given up: its token cannot be unsealed (the internal token changed)", claimed.mail.eventId);
            return mailDone(claimed, collection, "GAVE_UP", "the token cannot be unsealed (internal token changed)")
                    .thenReturn(Outcome.REFUSED);
        }
        return notifications.sendEvent(event).flatMap(delivery -> switch (delivery.outcome()) {
            case DELIVERED -> mailDone(claimed, collection, "SENT", null).thenReturn(Outcome.DELIVERED);
            case REFUSED -> {
                log.error("notification-service refused the mail event {} for good: {}", claimed.mail.eventId, delivery.detail());
                yield mailDone(claimed, collection, "GAVE_UP", delivery.detail()).thenReturn(Outcome.REFUSED);
            }
            case FAILED -> {
                retryLater(claimed.mail.eventId, claimed.mail.attempts, delivery);
                yield mongo.updateFirst(query(where("_id").is(claimed.id).and("mail.attempts").is(claimed.mail.attempts)),
                        new Update().set("mail.nextAttemptAt", clock.instant().plus(backoff(claimed.mail.attempts)))
                                .set("mail.lastError", delivery.detail()), collection).thenReturn(Outcome.FAILED);
            }
        });
    }

    private Map<String, Object> event(AccountTokenDocument claimed, TokenPurpose purpose) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("displayName", claimed.mail.displayName);
        data.put(purpose.linkField(), publicUrl + purpose.linkPrefix() + seal.unseal(claimed.mail.sealedToken));
        data.put("expiresAt", claimed.expiresAt.toString());
        data.put("language", claimed.mail.language);
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("eventId", claimed.mail.eventId);
        event.put("kind", claimed.mail.kind);
        event.put("occurredAt", claimed.createdAt.toString());
        event.put("to", Map.of("emails", List.of(claimed.mail.to)));
        event.put("data", data);
        return event;
    }

    /** Sent or given up: the sealed token goes with it. Only the claim that was made may finish it. */
    private Mono<Void> mailDone(AccountTokenDocument claimed, String collection, String state, String error) {
        Update update = new Update().set("mail.state", state).unset("mail.sealedToken");
        update = "SENT".equals(state) ? update.set("mail.sentAt", clock.instant()).unset("mail.lastError")
                : update.set("mail.lastError", error);
        return mongo.updateFirst(query(where("_id").is(claimed.id).and("mail.attempts").is(claimed.mail.attempts)), update,
                collection).then();
    }

    private Flux<Outcome> directory() {
        Instant now = clock.instant();
        return mongo.find(query(where("directory.pending").is(true).and("directory.nextAttemptAt").lte(now)).limit(batch),
                        AccountDocument.class)
                .concatMap(due -> mongo.findAndModify(query(where("_id").is(due.id).and("directory.pending").is(true)
                                .and("directory.nextAttemptAt").lte(now)),
                        new Update().set("directory.nextAttemptAt", now.plus(lease)).inc("directory.attempts", 1),
                        FindAndModifyOptions.options().returnNew(true), AccountDocument.class))
                .concatMap(this::push)
                .takeUntil(outcome -> outcome == Outcome.FAILED);
    }

    private Mono<Outcome> push(AccountDocument claimed) {
        long version = claimed.directory.version;
        return notifications.putRecipient(claimed.id, recipient(claimed)).flatMap(delivery -> switch (delivery.outcome()) {
            // a change made while it was on its way raised the version: that one stays pending
            case DELIVERED -> pushDone(claimed.id, version, null).thenReturn(Outcome.DELIVERED);
            case REFUSED -> {
                log.error("notification-service refused the directory copy of {} for good: {}", claimed.id, delivery.detail());
                yield pushDone(claimed.id, version, delivery.detail()).thenReturn(Outcome.REFUSED);
            }
            case FAILED -> {
                retryLater("the directory copy of " + claimed.id, claimed.directory.attempts, delivery);
                yield mongo.updateFirst(query(where("_id").is(claimed.id).and("directory.version").is(version)),
                        new Update().set("directory.nextAttemptAt", clock.instant().plus(backoff(claimed.directory.attempts)))
                                .set("directory.lastError", delivery.detail()), AccountDocument.class).thenReturn(Outcome.FAILED);
            }
        });
    }

    private Mono<Void> pushDone(String id, long version, String error) {
        Update update = new Update().set("directory.pending", false).set("directory.attempts", 0);
        update = error == null ? update.unset("directory.lastError") : update.set("directory.lastError", error);
        return mongo.updateFirst(query(where("_id").is(id).and("directory.version").is(version)), update,
                AccountDocument.class).then();
    }

    private static Map<String, Object> recipient(AccountDocument account) {
        Map<String, Object> recipient = new LinkedHashMap<>();
        recipient.put("email", account.email);
        recipient.put("displayName", account.displayName);
        recipient.put("roles", account.roles);
        if (account.memberId != null) {
            recipient.put("memberId", account.memberId);
        }
        if (account.companyId != null) {
            recipient.put("companyId", account.companyId);
        }
        recipient.put("emailVerified", Boolean.TRUE.equals(account.emailVerified));
        recipient.put("language", "en".equals(account.language) ? "en" : "fr");
        recipient.put("active", !Boolean.FALSE.equals(account.active));
        return recipient;
    }

    private void retryLater(String what, int attempts, Delivery delivery) {
        if (attempts >= NEEDS_ATTENTION) {
            log.warn("Needs attention: {} failed {} times, last: {}", what, attempts, delivery.detail());
        } else {
            log.info("{} not delivered yet (attempt {}): {}", what, attempts, delivery.detail());
        }
    }

    /** The wait after the {@code attempts}-th failure: base × 2^(attempts−1), capped, ±20 % so that instances spread out. */
    Duration backoff(int attempts) {
        long base = retryBase.toMillis() << Math.min(Math.max(attempts - 1, 0), 20);
        long capped = Math.min(base, retryMax.toMillis());
        return Duration.ofMillis((long) (capped * ThreadLocalRandom.current().nextDouble(0.8, 1.2)));
    }
}
