package fr.centreisere.concierge.platform.security;

import java.util.Optional;

/** The roles a token may carry (claim {@code roles}); each one is the Spring authority {@code ROLE_<name>}. */
public enum Role {
    RESIDENT,
    COMPANY_ADMIN,
    MEMBER_STAFF,
    COORDINATOR;

    /** The Spring Security authority of this role, e.g. {@code ROLE_COORDINATOR}. */
    public String authority() {
        return "ROLE_" + name();
    }

    /** The role with this name, or nothing for a name we do not know (a newer gateway's role, say). */
    public static Optional<Role> named(String name) {
        for (Role role : values()) {
            if (role.name().equals(name)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }
}
