/**
 * Jobs and their fair dispatch: one job per order, offered to members by the fair rotation, with its
 * lifecycle (accept, decline, start, complete), offer expiry and cascade, and the outcomes owed to
 * order-service kept in the job itself (outbox) until delivered.
 */
package fr.centreisere.concierge.provider.job;
