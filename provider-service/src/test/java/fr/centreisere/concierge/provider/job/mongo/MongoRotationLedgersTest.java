package fr.centreisere.concierge.provider.job.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

import fr.centreisere.concierge.provider.job.Contender;
import fr.centreisere.concierge.provider.job.FairRotation;
import fr.centreisere.concierge.provider.job.RotationLedger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.mongodb.test.autoconfigure.DataMongoTest;
import org.springframework.context.annotation.Import;

@DataMongoTest
@Import(MongoRotationLedgers.class)
class MongoRotationLedgersTest {

    private static final Instant NOW = Instant.parse("2026-12-03T10:00:00Z");

    @Autowired
    MongoRotationLedgers ledgers;

    @Test
    void aLedgerIsSavedOverTheVersionItWasReadInOnly() {
        YearMonth month = YearMonth.of(2026, 12);
        RotationLedger empty = ledgers.of("CLEANING", month);
        assertThat(empty.version()).isZero();
        var contenders = List.of(new Contender("mbr-a", 2, NOW.minusSeconds(9999)), new Contender("mbr-b", 1, NOW.minusSeconds(9999)));
        RotationLedger afterOne = empty.record(FairRotation.decide(empty, contenders, NOW));
        assertThat(ledgers.save(afterOne)).isTrue();
        assertThat(ledgers.save(afterOne)).as("a second writer of the same version loses").isFalse();

        RotationLedger read = ledgers.of("CLEANING", month);
        assertThat(read.version()).isEqualTo(1);
        assertThat(read.dispatched()).isEqualTo(1);
        assertThat(read.shareOf("mbr-a")).get().satisfies(s -> {
            assertThat(s.received()).isEqualTo(1);
            assertThat(s.target()).isEqualTo(2.0 / 3);
            assertThat(s.lastOfferedAt()).isEqualTo(NOW);
        });
        RotationLedger afterTwo = read.record(FairRotation.decide(read, contenders, NOW.plusSeconds(60)));
        assertThat(ledgers.save(afterTwo)).isTrue();
        assertThat(ledgers.save(read)).isFalse();
        assertThat(ledgers.of("CLEANING", month).dispatched()).isEqualTo(2);
        assertThat(ledgers.of("CLEANING", month.plusMonths(1)).dispatched()).isZero();
    }
}
