/** The last coverage received, kept in MongoDB for the next start. */
@NullMarked
package fr.centreisere.concierge.catalog.coverage.mongo;

import org.jspecify.annotations.NullMarked;
