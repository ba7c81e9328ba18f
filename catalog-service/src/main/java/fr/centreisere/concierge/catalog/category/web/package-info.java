/** HTTP edge of the categories: their list with their names. */
@NullMarked
package fr.centreisere.concierge.catalog.category.web;

import org.jspecify.annotations.NullMarked;
