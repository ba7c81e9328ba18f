/** Companies, memberships and monthly allowances in MongoDB. */
@NullMarked
package fr.centreisere.concierge.order.company.mongo;

import org.jspecify.annotations.NullMarked;
