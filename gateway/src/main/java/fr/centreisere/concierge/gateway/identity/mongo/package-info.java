/** Accounts, their tokens and the counted login failures and mail requests, in MongoDB (reactive). */
@NullMarked
package fr.centreisere.concierge.gateway.identity.mongo;

import org.jspecify.annotations.NullMarked;
