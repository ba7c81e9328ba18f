/** notification-service reached over HTTP, for the accounts' outboxes. */
@NullMarked
package fr.centreisere.concierge.gateway.identity.notify;

import org.jspecify.annotations.NullMarked;
