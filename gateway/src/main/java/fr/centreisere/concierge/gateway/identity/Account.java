package fr.centreisere.concierge.gateway.identity;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Someone who can sign in: their e-mail (unique regardless of case), their password's hash, their
 * roles and, for staff, what they are bound to (a member structure, a company). Created by
 * {@link #resident} or {@link #staff}, which hold the rules of what binds to what.
 */
public final class Account {

    private final String id;
    private final EmailAddress email;
    private final PasswordHash passwordHash;
    private final String displayName;
    private final String phone;
    private final String communeInsee;
    private final Set<Role> roles;
    private final String memberId;
    private final String companyId;
    private final Instant createdAt;
    private final boolean emailVerified;
    private final Language language;
    private final boolean active;
    private final Instant tokensNotBefore;

    /** A new account whose address is not yet verified, in French. */
    public Account(String id, EmailAddress email, PasswordHash passwordHash, String displayName, String phone,
            String communeInsee, Set<Role> roles, String memberId, String companyId, Instant createdAt) {
        this(id, email, passwordHash, displayName, phone, communeInsee, roles, memberId, companyId, createdAt, false,
                Language.FR);
    }

    public Account(String id, EmailAddress email, PasswordHash passwordHash, String displayName, String phone,
            String communeInsee, Set<Role> roles, String memberId, String companyId, Instant createdAt,
            boolean emailVerified, Language language) {
        this(id, email, passwordHash, displayName, phone, communeInsee, roles, memberId, companyId, createdAt, emailVerified,
                language, true, null);
    }

    /**
     * @param active false once a coordinator deactivated the account: it cannot log in, its tokens are refused
     * @param tokensNotBefore tokens issued before this instant are refused (set by a deactivation and by a reactivation), or null
     */
    public Account(String id, EmailAddress email, PasswordHash passwordHash, String displayName, String phone,
            String communeInsee, Set<Role> roles, String memberId, String companyId, Instant createdAt,
            boolean emailVerified, Language language, boolean active, Instant tokensNotBefore) {
        this.active = active;
        this.tokensNotBefore = tokensNotBefore;
        this.id = Objects.requireNonNull(id, "id");
        this.email = Objects.requireNonNull(email, "email");
        this.passwordHash = Objects.requireNonNull(passwordHash, "passwordHash");
        this.displayName = Objects.requireNonNull(displayName, "displayName");
        this.phone = phone;
        this.communeInsee = communeInsee;
        this.roles = Set.copyOf(roles);
        this.memberId = memberId;
        this.companyId = companyId;
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.emailVerified = emailVerified;
        this.language = Objects.requireNonNull(language, "language");
        if (this.roles.isEmpty()) {
            throw new IllegalArgumentException("an account has at least one role");
        }
        if (this.roles.contains(Role.MEMBER_STAFF) != (memberId != null)) {
            throw new InvalidAccount("memberId", "account.member-id.only-for-member-staff");
        }
        if (this.roles.contains(Role.COMPANY_ADMIN) != (companyId != null)) {
            throw new InvalidAccount("companyId", "account.company-id.only-for-company-admin");
        }
    }

    /** Someone who registers themselves: always and only a resident, their address not yet verified. */
    public static Account resident(String id, EmailAddress email, PasswordHash hash, String displayName,
            String phone, String communeInsee, Language language, Instant now) {
        return new Account(id, email, hash, displayName, phone, communeInsee, EnumSet.of(Role.RESIDENT), null, null, now,
                false, language);
    }

    /** The same account with another name and phone (the owner changes them on their profile). */
    public Account withProfile(String newDisplayName, String newPhone) {
        return new Account(id, email, passwordHash, newDisplayName, newPhone, communeInsee, roles, memberId, companyId,
                createdAt, emailVerified, language, active, tokensNotBefore);
    }

    /** The same account, its address verified (demo accounts are born so). */
    public Account verified() {
        return new Account(id, email, passwordHash, displayName, phone, communeInsee, roles, memberId, companyId,
                createdAt, true, language, active, tokensNotBefore);
    }

    /** An account a coordinator creates: member staff, company admin or coordinator, bound as its role needs. */
    public static Account staff(String id, EmailAddress email, PasswordHash hash, String displayName, Role role,
            String memberId, String companyId, Instant now) {
        if (role == Role.RESIDENT) {
            throw new InvalidAccount("role", "account.role.residents-register");
        }
        return new Account(id, email, hash, displayName, null, null, EnumSet.of(role),
                blankToNull(memberId), blankToNull(companyId), now);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public String id() {
        return id;
    }

    public EmailAddress email() {
        return email;
    }

    public PasswordHash passwordHash() {
        return passwordHash;
    }

    public String displayName() {
        return displayName;
    }

    public String phone() {
        return phone;
    }

    public String communeInsee() {
        return communeInsee;
    }

    public Set<Role> roles() {
        return roles;
    }

    public String memberId() {
        return memberId;
    }

    public String companyId() {
        return companyId;
    }

    public Instant createdAt() {
        return createdAt;
    }

    /** Whether the owner has followed the link mailed to the address. */
    public boolean emailVerified() {
        return emailVerified;
    }

    /** The language the account's own mails are written in until its owner chooses (notification-service keeps the choice). */
    public Language language() {
        return language;
    }

    /** Whether the account may log in and use its tokens (a coordinator may deactivate it, and reactivate it). */
    public boolean active() {
        return active;
    }

    /** Tokens issued before this instant are refused; null when no deactivation ever happened. */
    public Instant tokensNotBefore() {
        return tokensNotBefore;
    }

    @Override
    public String toString() {
        // never the hash
        return "Account[" + id + ", " + roles + "]";
    }
}
