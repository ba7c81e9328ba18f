/**
 * The services people can order, called offerings in the code (so as not to clash with the word "service" of
 * the architecture): what is done, by which price model and price, VAT, lead time, quantity bounds and audience.
 * Coordinators create and update them; anyone searches them by commune, category, audience and free text.
 */
@NullMarked
package fr.centreisere.concierge.catalog.offering;

import org.jspecify.annotations.NullMarked;
