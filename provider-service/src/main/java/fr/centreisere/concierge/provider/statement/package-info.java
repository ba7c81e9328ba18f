/** A member structure's monthly statement (issue 16): its jobs done in the month, hours, insertion hours, revenue, the pole's commission. */
@NullMarked
package fr.centreisere.concierge.provider.statement;

import org.jspecify.annotations.NullMarked;
