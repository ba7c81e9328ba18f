package fr.centreisere.concierge.order.company;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import fr.centreisere.concierge.order.notify.NotificationEvent;
import fr.centreisere.concierge.platform.outbox.Outbox;
import fr.centreisere.concierge.platform.outbox.OutboxMessage;
import org.jspecify.annotations.Nullable;

/**
 * One person's membership of one company: they asked to join ({@code PENDING}), the company admin
 * approved or revoked them. Only an {@code APPROVED} employee may bill orders to the company. Each
 * step puts its notification (to the company's admins, to the employee) in the membership's own
 * outbox, saved in the same write.
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
    private final Outbox outbox;
    private final @Nullable Long version;

    public Employee(String companyId, String userId, @Nullable String email, @Nullable String displayName,
            EmployeeStatus status, Instant requestedAt, @Nullable Instant decidedAt, @Nullable String decidedBy,
            @Nullable Long version) {
        this(companyId, userId, email, displayName, status, requestedAt, decidedAt, decidedBy, List.of(), version);
    }

    /** Rebuilds a membership as stored, with its outbox. */
    public Employee(String companyId, String userId, @Nullable String email, @Nullable String displayName,
            EmployeeStatus status, Instant requestedAt, @Nullable Instant decidedAt, @Nullable String decidedBy,
            List<OutboxMessage> outbox, @Nullable Long version) {
        this.outbox = Outbox.of(outbox);
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
            throw new CompanyNotFound("company.no-match-for-email");
        }
        Employee employee = new Employee(company.id(), caller.userId(), caller.email(), caller.displayName(),
                EmployeeStatus.PENDING, now, null, null, null);
        employee.notify(now, NotificationEvent.of("EMPLOYEE_JOIN_REQUEST", now).toCompanyAdminsOf(company.id())
                .link("/#/entreprise/admin").with("companyName", company.name())
                .with("employeeName", caller.displayName()).with("employeeEmail", caller.email())
                .with("employeeId", caller.userId()));
        return employee;
    }

    /**
     * Asking again: nothing changes while pending or approved.
     *
     * @throws CompanyConflict once revoked (only the company admin may approve them again)
     */
    public void asksAgain() {
        if (status == EmployeeStatus.REVOKED) {
            throw new CompanyConflict("company.employee.revoked");
        }
    }

    public void approve(String by, Instant now) {
        approve(companyId, by, now);
    }

    public void revoke(String by, Instant now) {
        revoke(companyId, by, now);
    }

    /** The company admin (or a coordinator) approves; the employee is told, in {@code companyName}'s name. */
    public void approve(String companyName, String by, Instant now) {
        decide(EmployeeStatus.APPROVED, by, now);
        notifyEmployee("EMPLOYEE_APPROVED", companyName, now);
    }

    /** The company admin (or a coordinator) revokes; the employee is told. */
    public void revoke(String companyName, String by, Instant now) {
        decide(EmployeeStatus.REVOKED, by, now);
        notifyEmployee("EMPLOYEE_REVOKED", companyName, now);
    }

    private void notifyEmployee(String kind, String companyName, Instant now) {
        notify(now, NotificationEvent.of(kind, now).toUsers(userId).link("/#/entreprise").with("companyName", companyName));
    }

    private void notify(Instant now, NotificationEvent event) {
        outbox.add(event.asMessage(NotificationEvent.idFor(companyId + "|" + userId, outbox.size() + 1), now));
    }

    private void decide(EmployeeStatus next, String by, Instant now) {
        if (!status.canBeDecided(next)) {
            throw new CompanyConflict("company.employee.transition-forbidden", status, next);
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
    /** The notifications owed to notification-service. */
    public List<OutboxMessage> outbox() { return outbox.messages(); }
}
