/** The seed catalog, written at start, never over a coordinator's edit. */
@NullMarked
package fr.centreisere.concierge.catalog.offering.seed;

import org.jspecify.annotations.NullMarked;
