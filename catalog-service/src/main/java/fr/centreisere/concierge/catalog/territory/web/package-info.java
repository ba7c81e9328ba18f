/** HTTP edge of the territory: the communes and their search. */
@NullMarked
package fr.centreisere.concierge.catalog.territory.web;

import org.jspecify.annotations.NullMarked;
