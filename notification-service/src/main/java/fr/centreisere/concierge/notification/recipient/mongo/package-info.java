/**
 * Recipients and their preferences in MongoDB, one document per user.
 */
@NullMarked
package fr.centreisere.concierge.notification.recipient.mongo;

import org.jspecify.annotations.NullMarked;
