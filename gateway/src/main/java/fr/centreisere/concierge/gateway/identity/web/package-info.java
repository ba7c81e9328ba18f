/** HTTP edge of identity: sign-in, registration, the accounts' self-service and their administration. */
@NullMarked
package fr.centreisere.concierge.gateway.identity.web;

import org.jspecify.annotations.NullMarked;
