package fr.centreisere.concierge.order.company;

import java.time.Instant;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * One person's membership of one company: they asked to join ({@code PENDING}), the company admin
 * approved or revoked them. Only an {@code APPROVED} employee may bill orders to the company.
 */
public final class Employee {

    private final String companyId;
    private final String userId;
    private final @Nullable String email;
    private final @Nullable String displayName;
    private EmployeeStatus status;
    private final Instant requestedAt;
    private @Nullable Instant decidedAt;
    private @Nullable String decidedBy;
    private final @Nullable Long version;

    public Employee(String companyId, String userId, @Nullable String email, @Nullable String displayName,
            EmployeeStatus status, Instant requestedAt, @Nullable Instant decidedAt, @Nullable String decidedBy,
            @Nullable Long version) {
        this.companyId = Objects.requireNonNull(companyId, "companyId");
        this.userId = Objects.requireNonNull(userId, "userId");
        this.email = email;
        this.displayName = displayName;
        this.status = Objects.requireNonNull(status, "status");
        this.requestedAt = Objects.requireNonNull(requestedAt, "requestedAt");
        this.decidedAt = decidedAt;
        this.decidedBy = decidedBy;
        this.version = version;
    }

    /** A person whose e-mail matches the company asks to join it. */
    public static Employee asksToJoin(Company company, CompanyCaller caller, Instant now) {
        if (!company.employs(caller.email())) {
            throw new CompanyNotFound("Aucune entreprise ne correspond à votre adresse e-mail. "
                    + "/ No company matches your e-mail address.");
        }
        return new Employee(company.id(), caller.userId(), caller.email(), caller.displayName(), EmployeeStatus.PENDING,
                now, null, null, null);
    }

    /**
     * Asking again: nothing changes while pending or approved.
     *
     * @throws CompanyConflict once revoked (only the company admin may approve them again)
     */
    public void asksAgain() {
        if (status == EmployeeStatus.REVOKED) {
            throw new CompanyConflict("Votre accès a été retiré : adressez-vous à l'administrateur de votre entreprise. "
                    + "/ Your access was revoked: ask your company's administrator.");
        }
    }

    public void approve(String by, Instant now) {
        decide(EmployeeStatus.APPROVED, by, now);
    }

    public void revoke(String by, Instant now) {
        decide(EmployeeStatus.REVOKED, by, now);
    }

    private void decide(EmployeeStatus next, String by, Instant now) {
        if (!status.canBeDecided(next)) {
            throw new CompanyConflict("Un salarié %s ne peut pas passer à %s. / An employee %s cannot become %s."
                    .formatted(status, next, status, next));
        }
        status = next;
        decidedAt = now;
        decidedBy = by;
    }

    public boolean approved() {
        return status == EmployeeStatus.APPROVED;
    }

    public String companyId() { return companyId; }
    public String userId() { return userId; }
    public @Nullable String email() { return email; }
    public @Nullable String displayName() { return displayName; }
    public EmployeeStatus status() { return status; }
    public Instant requestedAt() { return requestedAt; }
    public @Nullable Instant decidedAt() { return decidedAt; }
    public @Nullable String decidedBy() { return decidedBy; }
    public @Nullable Long version() { return version; }
}
