/** The categories of services and the pole's commission rate on each. */
@NullMarked
package fr.centreisere.concierge.catalog.category;

import org.jspecify.annotations.NullMarked;
