/**
 * Jobs and their fair dispatch: one job per order, offered to members by the fair rotation, with its
 * lifecycle (accept, decline, start, complete), offer expiry and cascade, and the outcomes owed to
 * order-service kept in the job itself (outbox) until delivered.
 */
@NullMarked
package fr.centreisere.concierge.provider.job;

import org.jspecify.annotations.NullMarked;
