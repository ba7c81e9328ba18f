package fr.centreisere.concierge.gateway.identity.mongo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;

/** The token sealed while its mail waits, and the sweep's waits between attempts. */
class TokenSealTest {

    @Test
    void aSealedTokenOpensOnlyWithTheSameSecretAndNeverShowsTheToken() {
        TokenSeal seal = new TokenSeal("a-secret-of-at-least-24-characters");
        String sealed = seal.seal("le-jeton-en-clair");
        assertThat(sealed).doesNotContain("le-jeton-en-clair");
        assertThat(seal.seal("le-jeton-en-clair")).as("a new nonce each time").isNotEqualTo(sealed);
        assertThat(seal.unseal(sealed)).isEqualTo("le-jeton-en-clair");
        assertThatThrownBy(() -> new TokenSeal("another-secret-of-24-characters").unseal(sealed))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> seal.unseal("not base64 at all")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void eachFailureWaitsTwiceAsLongUpToTheCap() {
        MongoOutboxSweep sweep = new MongoOutboxSweep(null, null, null, null, "http://localhost:8080/", Duration.ofSeconds(5),
                Duration.ofMinutes(5), Duration.ofSeconds(30), 20);
        assertThat(sweep.backoff(1)).isBetween(Duration.ofSeconds(4), Duration.ofSeconds(6));
        assertThat(sweep.backoff(2)).isBetween(Duration.ofSeconds(8), Duration.ofSeconds(12));
        assertThat(sweep.backoff(4)).isBetween(Duration.ofSeconds(32), Duration.ofSeconds(48));
        assertThat(sweep.backoff(30)).isBetween(Duration.ofMinutes(4), Duration.ofMinutes(6));
    }
}
