/** How every service reads JSON bodies: strictly, the same way. */
@NullMarked
package fr.centreisere.concierge.platform.json;

import org.jspecify.annotations.NullMarked;
