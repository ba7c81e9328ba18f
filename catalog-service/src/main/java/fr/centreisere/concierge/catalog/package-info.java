/** catalog-service: the communes, the services that can be ordered in each, their prices and commissions. */
@NullMarked
package fr.centreisere.concierge.catalog;

import org.jspecify.annotations.NullMarked;
