/**
 * The catalog as searches read it: services, communes and coverage held in memory as one immutable snapshot,
 * rebuilt when this instance changes them and, for changes made by other instances, when the store's catalog
 * version moved (checked at most every {@code catalog.read-model.check-interval}).
 */
@NullMarked
package fr.centreisere.concierge.catalog.browse;

import org.jspecify.annotations.NullMarked;
