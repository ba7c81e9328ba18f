/** The gateway: routes, the web UI, sign-in and the tokens, problem documents for every error. */
@NullMarked
package fr.centreisere.concierge.gateway;

import org.jspecify.annotations.NullMarked;
