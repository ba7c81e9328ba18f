/** The pole's social and economic impact: per member and period, jobs done, hours, insertion hours, revenue, commission. */
@NullMarked
package fr.centreisere.concierge.provider.impact;

import org.jspecify.annotations.NullMarked;
