/** Whether a staff account's member structure or company exists, asked of their owners over HTTP. */
@NullMarked
package fr.centreisere.concierge.gateway.identity.bindings;

import org.jspecify.annotations.NullMarked;
