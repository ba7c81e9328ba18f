/** The shapes of the ids the services exchange, checked at the edge of each one. */
@NullMarked
package fr.centreisere.concierge.platform.ids;

import org.jspecify.annotations.NullMarked;
