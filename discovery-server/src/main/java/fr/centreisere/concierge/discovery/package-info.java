/** The registry (Eureka) of every part, behind HTTP Basic. */
@NullMarked
package fr.centreisere.concierge.discovery;

import org.jspecify.annotations.NullMarked;
