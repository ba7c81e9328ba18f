package fr.centreisere.concierge.order.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import fr.centreisere.concierge.order.money.Money;
import org.junit.jupiter.api.Test;

class PriceBreakdownTest {

    @Test
    void pricesUnitTimesQuantityWithVatAndTheCommissionOnThePriceBeforeVat() {
        PriceBreakdown price = PriceBreakdown.personal(Money.ofCents(1_234), 3, new BigDecimal("5.5"), new BigDecimal("8"));

        assertThat(price.subtotal()).isEqualTo(Money.ofCents(3_702));
        assertThat(price.vat()).isEqualTo(Money.ofCents(204)); // 203.61
        assertThat(price.total()).isEqualTo(Money.ofCents(3_906));
        assertThat(price.commission()).isEqualTo(Money.ofCents(296)); // 296.16
        assertThat(price.memberPayout()).isEqualTo(Money.ofCents(3_406));
    }

    @Test
    void personalBillingLeavesEverythingToTheCustomer() {
        PriceBreakdown price = PriceBreakdown.personal(Money.ofCents(2_500), 2, new BigDecimal("20"), new BigDecimal("8"));

        assertThat(price.total()).isEqualTo(Money.ofCents(6_000));
        assertThat(price.employerShare()).isEqualTo(Money.ZERO);
        assertThat(price.customerShare()).isEqualTo(price.total());
    }

    @Test
    void vatRoundsHalfUpToTheCent() {
        // 10 % of 1 005 c = 100.5 c → 101 c; 10 % of 1 004 c = 100.4 c → 100 c
        assertThat(PriceBreakdown.personal(Money.ofCents(1_005), 1, BigDecimal.TEN, BigDecimal.ZERO).vat().cents()).isEqualTo(101);
        assertThat(PriceBreakdown.personal(Money.ofCents(1_004), 1, BigDecimal.TEN, BigDecimal.ZERO).vat().cents()).isEqualTo(100);
        // commission at 8.5 % of 1 030 c = 87.55 → 88
        assertThat(PriceBreakdown.personal(Money.ofCents(1_030), 1, BigDecimal.ZERO, new BigDecimal("8.5")).commission().cents())
                .isEqualTo(88);
    }

    @Test
    void zeroRateServicesHaveNoVat() {
        PriceBreakdown price = PriceBreakdown.personal(Money.ofCents(1_500), 4, BigDecimal.ZERO, new BigDecimal("8"));
        assertThat(price.vat()).isEqualTo(Money.ZERO);
        assertThat(price.total()).isEqualTo(Money.ofCents(6_000));
    }

    @Test
    void refusesNonsense() {
        assertThatThrownBy(() -> PriceBreakdown.personal(Money.ofCents(-1), 1, BigDecimal.TEN, BigDecimal.ONE))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PriceBreakdown.personal(Money.ofCents(100), 0, BigDecimal.TEN, BigDecimal.ONE))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
