package fr.centreisere.concierge.order.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void aPercentageRoundsHalfUpToTheCent() {
        assertThat(Money.ofCents(1234).percent(new BigDecimal("5.5")).cents()).isEqualTo(68); // 67.87
        assertThat(Money.ofCents(1000).percent(new BigDecimal("5.5")).cents()).isEqualTo(55);
        assertThat(Money.ofCents(10).percent(new BigDecimal("5")).cents()).isEqualTo(1); // 0.5 → 1
        assertThat(Money.ofCents(9).percent(new BigDecimal("5")).cents()).isEqualTo(0); // 0.45 → 0
        assertThat(Money.ofCents(2500).percent(BigDecimal.ZERO).cents()).isZero();
    }

    @Test
    void sumsAndProductsStayExact() {
        assertThat(Money.ofCents(1999).times(3).plus(Money.ofCents(3))).isEqualTo(Money.ofCents(6000));
        assertThat(Money.ofCents(500).minus(Money.ofCents(501)).isNegative()).isTrue();
        assertThatThrownBy(() -> Money.ofCents(Long.MAX_VALUE).times(2)).isInstanceOf(ArithmeticException.class);
    }

    @Test
    void printsInEuros() {
        assertThat(Money.ofCents(123456)).hasToString("1234.56 €");
        assertThat(Money.ofCents(5)).hasToString("0.05 €");
    }
}
