/** The database readiness check: a ping with a short timeout. */
@NullMarked
package fr.centreisere.concierge.platform.health;

import org.jspecify.annotations.NullMarked;
