package fr.centreisere.concierge.order.company;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

import fr.centreisere.concierge.order.money.Money;
import org.junit.jupiter.api.Test;

class ContractTest {

    final Contract contract = CompanyFixtures.contract(); // 50 %, 80.00 € a month

    @Test
    void theEmployerPaysItsPercentageWhileTheCapAllows() {
        assertThat(contract.employerShare(Money.ofCents(4_200), Money.ZERO)).isEqualTo(Money.ofCents(2_100));
    }

    @Test
    void theShareIsRoundedHalfUpToTheCent() {
        // 50 % of 1 001 c = 500.5 c → 501 c; 33.33 % of 1 000 c = 333.3 c → 333 c
        assertThat(contract.employerShare(Money.ofCents(1_001), Money.ZERO)).isEqualTo(Money.ofCents(501));
        Contract third = new Contract(new BigDecimal("33.33"), Money.ofCents(100_000), Set.of("DELIVERY"),
                LocalDate.of(2026, 1, 1), null);
        assertThat(third.employerShare(Money.ofCents(1_000), Money.ZERO)).isEqualTo(Money.ofCents(333));
    }

    @Test
    void anOrderCrossingTheCapIsSplitExactlyAtIt() {
        // 60.00 € used, 20.00 € left; 50 % of 84.00 € would be 42.00 €: the employer pays 20.00 €
        assertThat(contract.employerShare(Money.ofCents(8_400), Money.ofCents(6_000))).isEqualTo(Money.ofCents(2_000));
    }

    @Test
    void capBoundaries() {
        // the share that lands exactly on the cap is paid in full
        assertThat(contract.employerShare(Money.ofCents(4_000), Money.ofCents(6_000))).isEqualTo(Money.ofCents(2_000));
        // one cent left: one cent
        assertThat(contract.employerShare(Money.ofCents(4_000), Money.ofCents(7_999))).isEqualTo(Money.ofCents(1));
        // cap reached: nothing, and never below zero even if a cap was lowered under what was used
        assertThat(contract.employerShare(Money.ofCents(4_000), Money.ofCents(8_000))).isEqualTo(Money.ZERO);
        assertThat(contract.capLeft(Money.ofCents(9_000))).isEqualTo(Money.ZERO);
    }

    @Test
    void validityIncludesBothEndDays() {
        assertThat(contract.validOn(LocalDate.of(2025, 12, 31))).isFalse();
        assertThat(contract.validOn(LocalDate.of(2026, 1, 1))).isTrue();
        assertThat(contract.validOn(LocalDate.of(2026, 12, 31))).isTrue();
        assertThat(contract.validOn(LocalDate.of(2027, 1, 1))).isFalse();
        Contract open = new Contract(BigDecimal.TEN, Money.ZERO, Set.of("DELIVERY"), LocalDate.of(2026, 1, 1), null);
        assertThat(open.validOn(LocalDate.of(2099, 1, 1))).isTrue();
    }

    @Test
    void includesOnlyItsCategories() {
        assertThat(contract.includes("DELIVERY")).isTrue();
        assertThat(contract.includes("GARDENING")).isFalse();
    }

    @Test
    void nonsenseContractsAreRefused() {
        LocalDate day = LocalDate.of(2026, 1, 1);
        assertThatThrownBy(() -> new Contract(new BigDecimal("100.01"), Money.ZERO, Set.of("DELIVERY"), day, null))
                .isInstanceOf(CompanyRefused.class);
        assertThatThrownBy(() -> new Contract(BigDecimal.TEN, Money.ofCents(-1), Set.of("DELIVERY"), day, null))
                .isInstanceOf(CompanyRefused.class);
        assertThatThrownBy(() -> new Contract(BigDecimal.TEN, Money.ZERO, Set.of(), day, null))
                .isInstanceOf(CompanyRefused.class);
        assertThatThrownBy(() -> new Contract(BigDecimal.TEN, Money.ZERO, Set.of("DELIVERY"), day, day.minusDays(1)))
                .isInstanceOf(CompanyRefused.class);
    }

    @Test
    void aContractIncludesOnlyKnownCategories() {
        LocalDate day = LocalDate.of(2026, 12, 1);
        assertThatThrownBy(() -> new Contract(BigDecimal.TEN, Money.ZERO, Set.of("DELIVERY", "NOPE"), day, null))
                .isInstanceOf(CompanyRefused.class).hasMessageContaining("NOPE");
        assertThat(new Contract(BigDecimal.TEN, Money.ZERO, Contract.CATEGORIES, day, null).includedCategories())
                .hasSize(9);
    }

    @Test
    void aContractsDatesAreWithinTwentyYearsOfToday() {
        LocalDate today = LocalDate.of(2026, 12, 1);
        Contract ancient = new Contract(BigDecimal.TEN, Money.ZERO, Set.of("DELIVERY"), LocalDate.of(0, 1, 1), null);
        assertThatThrownBy(() -> ancient.checkDatesAround(today)).isInstanceOf(CompanyRefused.class);
        Contract endless = new Contract(BigDecimal.TEN, Money.ZERO, Set.of("DELIVERY"), today,
                LocalDate.of(999_999, 12, 31));
        assertThatThrownBy(() -> endless.checkDatesAround(today)).isInstanceOf(CompanyRefused.class);
        Contract farStart = new Contract(BigDecimal.TEN, Money.ZERO, Set.of("DELIVERY"), today.plusYears(20).plusDays(1), null);
        assertThatThrownBy(() -> farStart.checkDatesAround(today)).isInstanceOf(CompanyRefused.class);
        new Contract(BigDecimal.TEN, Money.ZERO, Set.of("DELIVERY"), today.minusYears(20), today.plusYears(20))
                .checkDatesAround(today);
    }
}
