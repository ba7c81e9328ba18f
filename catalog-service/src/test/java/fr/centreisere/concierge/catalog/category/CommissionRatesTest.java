package fr.centreisere.concierge.catalog.category;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Map;

import org.junit.jupiter.api.Test;

class CommissionRatesTest {

    @Test
    void everyCategoryHasTheDefaultRateUnlessItHasItsOwn() {
        CommissionRates rates = new CommissionRates(new BigDecimal("8"), Map.of(Category.GARDENING, new BigDecimal("10.00")));

        assertThat(rates.percentFor(Category.DELIVERY)).isEqualByComparingTo("8");
        assertThat(rates.percentFor(Category.GARDENING)).isEqualByComparingTo("10");
    }

    @Test
    void keepsRatesInPlainNotation() {
        CommissionRates rates = CommissionRates.uniform(new BigDecimal("10.00"));

        assertThat(rates.percentFor(Category.CLEANING).toString()).isEqualTo("10");
        assertThat(CommissionRates.uniform(new BigDecimal("7.50")).percentFor(Category.CLEANING).toString()).isEqualTo("7.5");
    }

    @Test
    void refusesARateOutsideZeroToAHundred() {
        assertThatThrownBy(() -> CommissionRates.uniform(new BigDecimal("-1"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CommissionRates(BigDecimal.ONE, Map.of(Category.ERRANDS, new BigDecimal("100.5"))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void everyCategoryHasAFrenchAndAnEnglishLabel() {
        for (Category category : Category.values()) {
            assertThat(category.label().fr()).isNotBlank();
            assertThat(category.label().en()).isNotBlank().isNotEqualTo(category.label().fr());
        }
        assertThat(Category.BIKE_RENTAL.label().fr()).isEqualTo("Location de vélos");
    }
}
