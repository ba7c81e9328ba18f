/**
 * The received events' ids in MongoDB: a unique id makes a repeat known.
 */
@NullMarked
package fr.centreisere.concierge.notification.event.mongo;

import org.jspecify.annotations.NullMarked;
