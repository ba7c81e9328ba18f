package fr.centreisere.concierge.order.company;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.EnumSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class EmployeeTest {

    static final Instant NOW = Instant.parse("2026-12-02T09:00:00Z");

    @Test
    void aPersonWhoseDomainMatchesAsksToJoinWhateverTheCase() {
        Employee employee = Employee.asksToJoin(CompanyFixtures.company(), CompanyFixtures.employee("usr-1"), NOW);
        assertThat(employee.status()).isEqualTo(EmployeeStatus.PENDING);
        assertThat(employee.requestedAt()).isEqualTo(NOW);
    }

    @Test
    void anotherDomainCannotJoin() {
        CompanyCaller outsider = new CompanyCaller("usr-2", "someone@alpes-numerique.fr.evil.com", null, false, null);
        assertThatThrownBy(() -> Employee.asksToJoin(CompanyFixtures.company(), outsider, NOW))
                .isInstanceOf(CompanyNotFound.class);
    }

    @Test
    void approveFromPendingOrRevokedRevokeFromApprovedOrPending() {
        Employee employee = pending();
        employee.approve("usr-admin", NOW);
        assertThat(employee.status()).isEqualTo(EmployeeStatus.APPROVED);
        assertThat(employee.decidedBy()).isEqualTo("usr-admin");
        employee.revoke("usr-admin", NOW);
        assertThat(employee.status()).isEqualTo(EmployeeStatus.REVOKED);
        employee.approve("usr-admin", NOW);
        assertThat(employee.approved()).isTrue();

        Employee other = pending();
        other.revoke("usr-admin", NOW);
        assertThat(other.status()).isEqualTo(EmployeeStatus.REVOKED);
    }

    @ParameterizedTest
    @EnumSource(EmployeeStatus.class)
    void everyDecisionOutsideTheTableIsAConflict(EmployeeStatus from) {
        for (EmployeeStatus to : EnumSet.of(EmployeeStatus.APPROVED, EmployeeStatus.REVOKED)) {
            boolean allowed = (from == EmployeeStatus.PENDING)
                    || (from == EmployeeStatus.APPROVED && to == EmployeeStatus.REVOKED)
                    || (from == EmployeeStatus.REVOKED && to == EmployeeStatus.APPROVED);
            assertThat(from.canBeDecided(to)).as("%s → %s", from, to).isEqualTo(allowed);
            Employee employee = new Employee("cmp-x", "usr-1", null, null, from, NOW, null, null, 1L);
            if (allowed) {
                if (to == EmployeeStatus.APPROVED) {
                    employee.approve("usr-admin", NOW);
                } else {
                    employee.revoke("usr-admin", NOW);
                }
                assertThat(employee.status()).isEqualTo(to);
            } else {
                assertThatThrownBy(() -> {
                    if (to == EmployeeStatus.APPROVED) {
                        employee.approve("usr-admin", NOW);
                    } else {
                        employee.revoke("usr-admin", NOW);
                    }
                }).isInstanceOf(CompanyConflict.class);
                assertThat(employee.status()).isEqualTo(from);
            }
        }
    }

    @Test
    void askingAgainChangesNothingUntilRevoked() {
        Employee employee = pending();
        employee.asksAgain();
        assertThat(employee.status()).isEqualTo(EmployeeStatus.PENDING);
        employee.revoke("usr-admin", NOW);
        assertThatThrownBy(employee::asksAgain).isInstanceOf(CompanyConflict.class);
    }

    private static Employee pending() {
        return Employee.asksToJoin(CompanyFixtures.company(), CompanyFixtures.employee("usr-1"), NOW);
    }
}
