/** The territory: the communes of Centre Isère, where people live and where services are delivered. */
@NullMarked
package fr.centreisere.concierge.catalog.territory;

import org.jspecify.annotations.NullMarked;
