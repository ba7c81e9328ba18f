/** HTTP edge of the impact report (coordinators). */
@NullMarked
package fr.centreisere.concierge.provider.impact.web;

import org.jspecify.annotations.NullMarked;
