package fr.centreisere.concierge.gateway.identity;

import java.time.Duration;
import java.util.Set;

/** A signed access token and how long it is valid, for the account's roles. */
public record IssuedToken(String value, Duration expiresIn, Set<Role> roles) {
}
