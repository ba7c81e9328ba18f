package fr.centreisere.concierge.catalog.offering;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.EnumSet;

import org.junit.jupiter.api.Test;

class VatRateTest {

    @Test
    void knowsTheFourFrenchRatesWhateverTheirScale() {
        assertThat(VatRate.ofPercent(new BigDecimal("0"))).contains(VatRate.NONE);
        assertThat(VatRate.ofPercent(new BigDecimal("5.50"))).contains(VatRate.REDUCED);
        assertThat(VatRate.ofPercent(new BigDecimal("10.0"))).contains(VatRate.INTERMEDIATE);
        assertThat(VatRate.ofPercent(BigDecimal.valueOf(20))).contains(VatRate.STANDARD);
    }

    @Test
    void refusesAnyOtherRate() {
        assertThat(VatRate.ofPercent(new BigDecimal("7"))).isEmpty();
        assertThat(VatRate.ofPercent(new BigDecimal("19.6"))).isEmpty();
        assertThat(VatRate.ofPercent(null)).isEmpty();
    }

    @Test
    void aResidentAlsoSeesServicesForAllButNotThoseForCompanies() {
        assertThat(Audience.RESIDENT.shownTo()).isEqualTo(EnumSet.of(Audience.RESIDENT, Audience.ALL));
        assertThat(Audience.COMPANY.shownTo()).isEqualTo(EnumSet.of(Audience.COMPANY, Audience.ALL));
        assertThat(Audience.ALL.shownTo()).isEqualTo(EnumSet.of(Audience.ALL));
    }
}
