package fr.centreisere.concierge.gateway.identity;

/** What a coordinator gives to create a member-staff, company-admin or coordinator account. */
public record NewStaffAccount(String email, String password, String displayName, Role role, String memberId,
        String companyId) {
}
