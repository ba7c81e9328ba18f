/**
 * {@code ./concierge fill <orders>}, provider-service's part: plans a batch of generated volume (residents,
 * orders over the past year and the coming weeks), plays the fair rotation for every order with the
 * rotation's own code (eligibility, ranking, ledgers, places), takes each job through its states with the
 * job's own methods, writes jobs, places and ledgers in bulk, and hands the plan to order-service and the
 * gateway (platform.fill). Runs as a one-shot JVM without web server nor registry: {@link FillApplication}.
 */
@NullMarked
package fr.centreisere.concierge.provider.fill;

import org.jspecify.annotations.NullMarked;
