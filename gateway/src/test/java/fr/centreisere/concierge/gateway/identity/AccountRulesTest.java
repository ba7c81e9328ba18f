package fr.centreisere.concierge.gateway.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class AccountRulesTest {

    static final Instant NOW = Instant.parse("2026-11-27T08:00:00Z");
    static final PasswordHash HASH = PasswordHash.of("$2a$04$hash");

    @Test
    void anEmailIsOneAccountWhateverItsCase() {
        assertThat(new EmailAddress(" Jean.Dupont@Exemple.FR ").key()).isEqualTo("jean.dupont@exemple.fr");
        assertThat(new EmailAddress("employee@Alpes-Numerique.fr").domain()).isEqualTo("alpes-numerique.fr");
        assertThatThrownBy(() -> EmailAddress.parse("not-an-email")).isInstanceOf(InvalidAccount.class);
        assertThatThrownBy(() -> EmailAddress.parse("two@@signs.fr")).isInstanceOf(InvalidAccount.class);
    }

    @Test
    void aResidentIsOnlyAResident() {
        Account resident = Account.resident("usr-1", new EmailAddress("r@exemple.fr"), HASH, "R", null, "38563", Language.FR, NOW);
        assertThat(resident.roles()).containsExactly(Role.RESIDENT);
        assertThat(resident.memberId()).isNull();
    }

    @Test
    void memberStaffIsBoundToAMemberAndCompanyAdminsToACompany() {
        Account staff = Account.staff("usr-2", new EmailAddress("s@exemple.fr"), HASH, "S", Role.MEMBER_STAFF, "mbr-x", null, NOW);
        assertThat(staff.memberId()).isEqualTo("mbr-x");
        assertThatThrownBy(() -> Account.staff("usr-3", new EmailAddress("s@exemple.fr"), HASH, "S", Role.MEMBER_STAFF, " ", null, NOW))
                .isInstanceOf(InvalidAccount.class).extracting("field").isEqualTo("memberId");
        assertThatThrownBy(() -> Account.staff("usr-4", new EmailAddress("a@exemple.fr"), HASH, "A", Role.COMPANY_ADMIN, null, null, NOW))
                .isInstanceOf(InvalidAccount.class).extracting("field").isEqualTo("companyId");
        assertThatThrownBy(() -> Account.staff("usr-5", new EmailAddress("c@exemple.fr"), HASH, "C", Role.COORDINATOR, "mbr-x", null, NOW))
                .isInstanceOf(InvalidAccount.class).extracting("field").isEqualTo("memberId");
        assertThatThrownBy(() -> Account.staff("usr-6", new EmailAddress("r@exemple.fr"), HASH, "R", Role.RESIDENT, null, null, NOW))
                .isInstanceOf(InvalidAccount.class).extracting("field").isEqualTo("role");
    }

    @Test
    void neitherAnAccountNorItsHashShowsTheHash() {
        Account account = Account.resident("usr-1", new EmailAddress("r@exemple.fr"), HASH, "R", null, null, Language.FR, NOW);
        assertThat(account.toString()).doesNotContain("$2a$");
        assertThat(HASH.toString()).doesNotContain("$2a$");
    }

    @Test
    void aPasswordIsLongVariedUncommonAndNotTheEmail() {
        assertThat(PasswordPolicy.problemsWith("un-mot-de-passe-solide", "jean@exemple.fr")).isEmpty();
        assertThat(PasswordPolicy.problemsWith("court", "jean@exemple.fr")).singleElement()
                .isEqualTo(fr.centreisere.concierge.platform.i18n.Message.of("password.too-short", 10));
        assertThat(PasswordPolicy.problemsWith("abababababab", "jean@exemple.fr")).hasSize(1);
        assertThat(PasswordPolicy.problemsWith("Azertyuiop", "jean@exemple.fr")).hasSize(1);
        assertThat(PasswordPolicy.problemsWith("xx-jean@exemple.fr", "jean@exemple.fr")).hasSize(1);
        assertThat(PasswordPolicy.problemsWith("é".repeat(40), "jean@exemple.fr")).isNotEmpty();
    }

    @Test
    void passwordsFromTheListOfCommonPasswordsAreRefused() {
        assertThat(PasswordPolicy.commonPasswordCount()).isGreaterThan(1_000);
        for (String common : new String[] { "123456789012", "1234567890", "qwertyuiop", "Password123", "iloveyou12",
                "1q2w3e4r5t", "motdepasse", "azertyuiop" }) {
            assertThat(PasswordPolicy.problemsWith(common, "jean@exemple.fr")).as(common)
                    .contains(fr.centreisere.concierge.platform.i18n.Message.of("password.too-common"));
        }
        assertThat(PasswordPolicy.problemsWith("demo-concierge-2026", "jean@exemple.fr")).isEmpty();
    }
}
