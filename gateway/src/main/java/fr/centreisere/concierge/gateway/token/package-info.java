/**
 * Access tokens: the gateway's RSA signing key (configured in production, generated once and kept
 * under the data folder for local runs), tokens signed with it, and its public half as a JWK set.
 */
@NullMarked
package fr.centreisere.concierge.gateway.token;

import org.jspecify.annotations.NullMarked;
