/** HTTP edge of the services that can be ordered: the search, the editing, the internal offer. */
@NullMarked
package fr.centreisere.concierge.catalog.offering.web;

import org.jspecify.annotations.NullMarked;
