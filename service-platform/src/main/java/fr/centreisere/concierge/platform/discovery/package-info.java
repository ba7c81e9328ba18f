/**
 * How a service reaches the registry: with the registry's credentials, or not at all.
 */
@NullMarked
package fr.centreisere.concierge.platform.discovery;

import org.jspecify.annotations.NullMarked;
