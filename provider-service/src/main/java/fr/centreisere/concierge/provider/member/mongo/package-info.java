/** Member structures in MongoDB, written over their version. */
@NullMarked
package fr.centreisere.concierge.provider.member.mongo;

import org.jspecify.annotations.NullMarked;
