/** The services that can be ordered, in MongoDB: their documents and their search. */
@NullMarked
package fr.centreisere.concierge.catalog.offering.mongo;

import org.jspecify.annotations.NullMarked;
