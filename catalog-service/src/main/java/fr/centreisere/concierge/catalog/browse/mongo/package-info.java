/** The catalog's version in MongoDB: a change by any instance is seen by the others' read models. */
@NullMarked
package fr.centreisere.concierge.catalog.browse.mongo;

import org.jspecify.annotations.NullMarked;
