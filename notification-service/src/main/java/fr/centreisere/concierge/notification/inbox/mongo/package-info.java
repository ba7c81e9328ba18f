/**
 * In-app entries in MongoDB.
 */
@NullMarked
package fr.centreisere.concierge.notification.inbox.mongo;

import org.jspecify.annotations.NullMarked;
