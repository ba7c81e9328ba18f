/** The demo profile's accounts, one per role. */
@NullMarked
package fr.centreisere.concierge.gateway.identity.demo;

import org.jspecify.annotations.NullMarked;
