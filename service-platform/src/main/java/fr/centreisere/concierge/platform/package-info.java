/** What every service shares at its edge, auto-configured (see the packages below). */
@NullMarked
package fr.centreisere.concierge.platform;

import org.jspecify.annotations.NullMarked;
