package fr.centreisere.concierge.gateway.identity.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import reactor.core.publisher.Mono;

import fr.centreisere.concierge.gateway.identity.Account;
import fr.centreisere.concierge.gateway.identity.EmailAddress;
import fr.centreisere.concierge.gateway.identity.Language;
import fr.centreisere.concierge.gateway.identity.NotificationService;
import fr.centreisere.concierge.gateway.identity.PasswordHash;
import fr.centreisere.concierge.gateway.identity.Role;
import fr.centreisere.concierge.testsupport.MutableClock;

/**
 * The sweep reads the accounts only when {@code outbox_due} says something is due, through the real driver: a
 * change marks it, a delivery clears it, a failure keeps it due at the retry; with nothing due, a sweep reads
 * one document by id whatever the number of accounts (issue 15: the idle stack).
 */
class OutboxDueSweepTest {

    static final Instant NOW = Instant.parse("2026-11-27T08:00:00Z");

    final MongoServer server = new MongoServer(new MemoryBackend());
    final MongoClient client = MongoClients.create(server.bindAndGetConnectionString());
    final ReactiveMongoTemplate mongo = new ReactiveMongoTemplate(client, "identity");
    final MutableClock clock = new MutableClock(NOW);
    final MongoAccounts accounts = new MongoAccounts(mongo, clock);
    final List<String> pushed = new ArrayList<>();
    final AtomicReference<NotificationService.Outcome> answer = new AtomicReference<>(NotificationService.Outcome.DELIVERED);
    final NotificationService notifications = new NotificationService() {
        @Override
        public Mono<Delivery> sendEvent(Map<String, Object> event) {
            return Mono.just(new Delivery(answer.get(), null));
        }

        @Override
        public Mono<Delivery> putRecipient(String userId, Map<String, Object> recipient) {
            pushed.add(userId);
            return Mono.just(new Delivery(answer.get(), "503"));
        }
    };
    final MongoOutboxSweep sweep = new MongoOutboxSweep(mongo, notifications, new TokenSeal("a-test-secret"), clock,
            "http://localhost:8080", Duration.ofSeconds(5), Duration.ofMinutes(5), Duration.ofSeconds(30), 20);

    @AfterEach
    void stop() {
        client.close();
        server.shutdownNow();
    }

    @Test
    void aChangeMarksTheOutboxDueTheSweepDeliversItAndThenReadsNoAccountUntilTheNextChange() {
        accounts.add(resident("u-1", "paul@exemple.fr")).block();
        assertThat(dueDocument()).isNotNull();

        assertThat(sweep.sweepOnce().block()).isEqualTo(1L);
        assertThat(pushed).containsExactly("u-1");
        assertThat(dueDocument()).as("nothing pending any more").isNull();

        // pending work that no writer marked is not looked for once the first pass is done
        mongo.getCollection("accounts").flatMap(accountsCollection -> Mono.from(accountsCollection.updateOne(
                new Document("_id", "u-1"), new Document("$set", new Document("directory.pending", true)))))
                .block();
        assertThat(sweep.sweepOnce().block()).isZero();
        assertThat(pushed).hasSize(1);

        accounts.deactivate("u-1", NOW).block();
        assertThat(sweep.sweepOnce().block()).isEqualTo(1L);
        assertThat(pushed).containsExactly("u-1", "u-1");
    }

    @Test
    void aFailedDeliveryKeepsTheOutboxDueAtItsRetryAndNotBefore() {
        answer.set(NotificationService.Outcome.FAILED);
        accounts.add(resident("u-1", "paul@exemple.fr")).block();
        assertThat(sweep.sweepOnce().block()).isZero();
        assertThat(pushed).hasSize(1);
        Instant retry = dueDocument().getDate("dueAt").toInstant();
        assertThat(retry).isAfter(NOW.plusSeconds(3)).isBefore(NOW.plusSeconds(7)); // 5 s ± 20 %

        clock.advance(Duration.ofSeconds(2));
        assertThat(sweep.sweepOnce().block()).isZero();
        assertThat(pushed).as("not due yet").hasSize(1);

        answer.set(NotificationService.Outcome.DELIVERED);
        clock.advance(Duration.ofSeconds(6));
        assertThat(sweep.sweepOnce().block()).isEqualTo(1L);
        assertThat(dueDocument()).isNull();
    }

    @Test
    void theFirstPassOfAnInstanceLooksAtEverythingWhateverTheOutboxSays() {
        accounts.add(resident("u-1", "paul@exemple.fr")).block();
        mongo.dropCollection(OutboxDue.COLLECTION).block(); // a writer stopped between its write and its mark
        assertThat(sweep.sweepOnce().block()).isEqualTo(1L);
        assertThat(pushed).containsExactly("u-1");
    }

    @Test
    void aSettleFromALookAtADocumentThatWentAndCameBackTakesNothing() {
        OutboxDue due = new OutboxDue(mongo);
        due.mark(NOW).block();
        java.util.Optional<OutboxDue.Look> read = due.look().blockOptional();
        due.settle(read, null).block(); // another instance's sweep: nothing pending, the document goes

        due.mark(NOW.plusSeconds(5)).block(); // new pending work: the document is made again
        due.settle(read, null).block(); // a sweep that looked before all that

        assertThat(dueDocument()).as("a mark it never saw").isNotNull();
    }

    private Document dueDocument() {
        return mongo.findById("accounts", Document.class, OutboxDue.COLLECTION).block();
    }

    static Account resident(String id, String email) {
        return new Account(id, new EmailAddress(email), PasswordHash.of("$2a$10$" + "x".repeat(53)), "Someone", null,
                "38563", Set.of(Role.RESIDENT), null, null, NOW, true, Language.FR);
    }
}
