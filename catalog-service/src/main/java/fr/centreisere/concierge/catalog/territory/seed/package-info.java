/** The territory's communes, written at start. */
@NullMarked
package fr.centreisere.concierge.catalog.territory.seed;

import org.jspecify.annotations.NullMarked;
