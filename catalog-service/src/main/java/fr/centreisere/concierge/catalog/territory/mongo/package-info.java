/** The territory's communes in MongoDB. */
@NullMarked
package fr.centreisere.concierge.catalog.territory.mongo;

import org.jspecify.annotations.NullMarked;
