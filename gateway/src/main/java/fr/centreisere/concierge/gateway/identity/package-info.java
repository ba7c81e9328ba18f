/**
 * Accounts and signing in: residents register themselves, coordinators create staff accounts, a
 * login with the right password gets an access token; failed logins are limited.
 */
@NullMarked
package fr.centreisere.concierge.gateway.identity;

import org.jspecify.annotations.NullMarked;
