/** notification-service reached over HTTP, for the accounts' outboxes. */
package fr.centreisere.concierge.gateway.identity.notify;
