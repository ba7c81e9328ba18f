/**
 * What a notification says: its kinds, their data, the two languages, and the words and formats of each language.
 */
@NullMarked
package fr.centreisere.concierge.notification.message;

import org.jspecify.annotations.NullMarked;
