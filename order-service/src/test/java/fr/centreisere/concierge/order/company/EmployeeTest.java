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

    @Test
    void eachStepTellsWhoNeedsToKnowInTheMembershipsOwnOutbox() {
        Employee employee = pending();
        employee.approve("Alpes Numérique", "usr-admin", NOW.plusSeconds(60));
        employee.revoke("Alpes Numérique", "usr-admin", NOW.plusSeconds(120));

        assertThat(employee.outbox()).extracting(m -> m.kind())
                .containsExactly("EMPLOYEE_JOIN_REQUEST", "EMPLOYEE_APPROVED", "EMPLOYEE_REVOKED");
        assertThat(employee.outbox()).extracting(m -> m.id()).containsExactly(
                employee.companyId() + "|usr-1:n:1", employee.companyId() + "|usr-1:n:2",
                employee.companyId() + "|usr-1:n:3");
        assertThat(employee.outbox().get(0).payload().get("to"))
                .isEqualTo(java.util.Map.of("companyAdminsOf", employee.companyId()));
        assertThat(employee.outbox().get(2).payload().get("to"))
                .isEqualTo(java.util.Map.of("userIds", java.util.List.of("usr-1")));
    }

    @Test
    void aDecisionRefusedByTheStateMachineTellsNobody() {
        Employee employee = pending();
        employee.revoke("Alpes Numérique", "usr-admin", NOW);

        assertThatThrownBy(() -> employee.revoke("Alpes Numérique", "usr-admin", NOW)).isInstanceOf(CompanyConflict.class);
        assertThat(employee.outbox()).hasSize(2);
    }

    private static Employee pending() {
        return Employee.asksToJoin(CompanyFixtures.company(), CompanyFixtures.employee("usr-1"), NOW);
    }
}
