package fr.centreisere.concierge.order.company;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Where a person stands with a company, and every change allowed, in one place:
 * <pre>
 * NONE ─(join)─► PENDING ─(approve)─► APPROVED
 *                  │  ▲                 │  ▲
 *          (revoke)▼  │(join: refused)  │  │(approve)
 *                 REVOKED ◄──(revoke)───┘  │
 *                    └─────────────────────┘
 * </pre>
 * Joining again while {@code PENDING} or {@code APPROVED} changes nothing; once {@code REVOKED} a
 * person cannot ask again (409): only the company admin may approve them again.
 */
public enum EmployeeStatus {
    NONE,
    PENDING,
    APPROVED,
    REVOKED;

    private static final Map<EmployeeStatus, Set<EmployeeStatus>> DECISIONS = Map.of(
            NONE, EnumSet.noneOf(EmployeeStatus.class),
            PENDING, EnumSet.of(APPROVED, REVOKED),
            APPROVED, EnumSet.of(REVOKED),
            REVOKED, EnumSet.of(APPROVED));

    /** Whether a company admin may move an employee from this status to {@code next}. */
    public boolean canBeDecided(EmployeeStatus next) {
        return DECISIONS.get(this).contains(next);
    }
}
