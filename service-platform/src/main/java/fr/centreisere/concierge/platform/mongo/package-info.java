/** The services' MongoDB client: short timeouts, and a store that is away answered with a quick 503. */
@NullMarked
package fr.centreisere.concierge.platform.mongo;

import org.jspecify.annotations.NullMarked;
