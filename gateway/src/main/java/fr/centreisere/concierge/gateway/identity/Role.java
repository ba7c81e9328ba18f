package fr.centreisere.concierge.gateway.identity;

/** What an account may do across the services; carried in the access token's {@code roles} claim. */
public enum Role {
    RESIDENT,
    COMPANY_ADMIN,
    MEMBER_STAFF,
    COORDINATOR
}
