/**
 * Who is calling: every service checks the gateway's signed tokens itself, gives controllers the
 * caller as a {@link fr.centreisere.concierge.platform.security.CurrentUser}, and lets only our own
 * services (with the internal token) reach {@code /internal/**}.
 */
@NullMarked
package fr.centreisere.concierge.platform.security;

import org.jspecify.annotations.NullMarked;
