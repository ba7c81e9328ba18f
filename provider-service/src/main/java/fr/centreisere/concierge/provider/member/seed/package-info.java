/** Seed data: the member structures of Centre Isère inserted at first start (idempotent, by fixed id). */
@NullMarked
package fr.centreisere.concierge.provider.member.seed;

import org.jspecify.annotations.NullMarked;
