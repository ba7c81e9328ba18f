/**
 * The coordinators' daily summary: unassigned orders and messages between services that keep failing.
 */
@NullMarked
package fr.centreisere.concierge.notification.summary;

import org.jspecify.annotations.NullMarked;
