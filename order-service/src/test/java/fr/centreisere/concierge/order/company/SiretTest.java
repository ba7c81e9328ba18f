package fr.centreisere.concierge.order.company;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SiretTest {

    @Test
    void fourteenDigitsWithAValidLuhnKey() {
        assertThat(Siret.isValid("73282932000074")).isTrue();
        assertThat(Siret.isValid("85236941000018")).isTrue();
    }

    @Test
    void aWrongKeyOrShapeIsRefused() {
        assertThat(Siret.isValid("73282932000075")).isFalse();
        assertThat(Siret.isValid("7328293200007")).isFalse();
        assertThat(Siret.isValid("7328293200007A")).isFalse();
        assertThat(Siret.isValid(null)).isFalse();
        assertThatThrownBy(() -> new Siret("12345678901234")).isInstanceOf(CompanyRefused.class);
    }

    @Test
    void laPosteEstablishmentsFollowTheirOwnRule() {
        // the head office passes Luhn; 356 000 000 10000 does not, but its digits add up to 15
        assertThat(Siret.isValid("35600000000048")).isTrue();
        assertThat(Siret.isValid("35600000010000")).isTrue();
        assertThat(Siret.isValid("35600000010001")).isFalse();
        // the rule is La Poste's alone
        assertThat(Siret.isValid("35700000010000")).isFalse();
    }
}
