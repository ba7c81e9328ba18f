/** The demo profile's companies, employees and past orders (fixed ids, inserted when absent). */
@NullMarked
package fr.centreisere.concierge.order.company.seed;

import org.jspecify.annotations.NullMarked;
