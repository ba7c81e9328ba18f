/** Seed data: the member structures of Centre Isère inserted at first start (idempotent, by fixed id). */
package fr.centreisere.concierge.provider.member.seed;
