package fr.centreisere.concierge.gateway.identity;

/** Which accounts a coordinator lists: any of the three may be null (no filter on it). */
public record AccountFilter(Role role, String memberId, String companyId) {
}
