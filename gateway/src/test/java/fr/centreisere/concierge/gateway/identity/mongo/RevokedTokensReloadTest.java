package fr.centreisere.concierge.gateway.identity.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Date;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import fr.centreisere.concierge.gateway.identity.Account;
import fr.centreisere.concierge.gateway.identity.EmailAddress;
import fr.centreisere.concierge.gateway.identity.Language;
import fr.centreisere.concierge.gateway.identity.PasswordHash;
import fr.centreisere.concierge.gateway.identity.RevokedTokens;
import fr.centreisere.concierge.gateway.identity.Role;
import fr.centreisere.concierge.testsupport.MutableClock;

/**
 * Two gateway instances over one store, through the real driver: a deactivation made on one is learnt by the
 * other's next look, and a look that finds nothing changed reads one version document, not the accounts.
 */
class RevokedTokensReloadTest {

    static final Instant NOW = Instant.parse("2026-11-27T08:00:00Z");

    final MongoServer server = new MongoServer(new MemoryBackend());
    final MongoClient client = MongoClients.create(server.bindAndGetConnectionString());
    final ReactiveMongoTemplate mongo = new ReactiveMongoTemplate(client, "identity");
    final MutableClock clock = new MutableClock(NOW);
    final AtomicInteger accountReads = new AtomicInteger();
    final MongoAccounts accounts = new MongoAccounts(mongo, clock) {
        @Override
        public Flux<Account> everDeactivated() {
            accountReads.incrementAndGet();
            return super.everDeactivated();
        }
    };
    final RevokedTokens here = new RevokedTokens(accounts);
    final RevokedTokens elsewhere = new RevokedTokens(accounts);

    @AfterEach
    void stop() {
        client.close();
        server.shutdownNow();
    }

    @Test
    void anotherInstancesDeactivationIsLearntAtTheNextLookAndALookWithoutChangeReadsNoAccount() {
        accounts.add(resident("u-1", "paul@exemple.fr")).block();
        accounts.add(resident("u-2", "anne@exemple.fr")).block();
        here.reload().block();
        elsewhere.reload().block();
        assertThat(accountReads).hasValue(2); // the first look of each reads everything

        for (int look = 0; look < 5; look++) {
            here.reload().block();
        }
        assertThat(accountReads).as("looks that found the version unchanged").hasValue(2);
        assertThat(here.refuses("u-1", NOW.minusSeconds(60))).isFalse();

        elsewhere.learn(accounts.deactivate("u-1", NOW).block());
        assertThat(elsewhere.refuses("u-1", NOW.minusSeconds(60))).isTrue();
        assertThat(here.refuses("u-1", NOW.minusSeconds(60))).as("not looked yet").isFalse();

        here.reload().block();
        assertThat(accountReads).hasValue(3);
        assertThat(here.refuses("u-1", NOW.minusSeconds(60))).isTrue();
        assertThat(here.refuses("u-2", NOW.minusSeconds(60))).isFalse();

        accounts.reactivate("u-1", NOW.plusSeconds(10)).block();
        here.reload().block();
        assertThat(here.refuses("u-1", NOW.plusSeconds(20))).as("a token issued after the reactivation").isFalse();
        assertThat(here.refuses("u-1", NOW.plusSeconds(5))).as("one issued before it").isTrue();
    }

    @Test
    void everyAccountIsReadAgainAfterAFixedNumberOfLooksEvenWithoutAVersionChange() {
        accounts.add(resident("u-1", "paul@exemple.fr")).block();
        here.reload().block();
        // a deactivation whose version raise was lost (its instance stopped between the two writes)
        mongo.getCollection("accounts").flatMap(collection -> Mono.from(collection.updateOne(new Document("_id", "u-1"),
                new Document("$set", new Document("active", false).append("tokensNotBefore", Date.from(NOW))))))
                .block();
        for (int look = 1; look < RevokedTokens.FULL_RELOAD_EVERY; look++) {
            here.reload().block();
        }
        assertThat(here.refuses("u-1", NOW.minusSeconds(60))).isFalse();
        here.reload().block();
        assertThat(here.refuses("u-1", NOW.minusSeconds(60))).isTrue();
    }

    static Account resident(String id, String email) {
        return new Account(id, new EmailAddress(email), PasswordHash.of("$2a$10$" + "x".repeat(53)), "Someone", null,
                "38563", Set.of(Role.RESIDENT), null, null, NOW, true, Language.FR);
    }
}
