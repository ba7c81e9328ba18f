package fr.centreisere.concierge.gateway.identity;

/** Issues the signed access token that says who an account is to every service. */
public interface AccessTokens {

    IssuedToken issue(Account account);
}
