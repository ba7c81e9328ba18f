/** The calendar feed's endpoints: the feed itself (key in the URL), its status and its renewal. */
@NullMarked
package fr.centreisere.concierge.provider.calendar.web;

import org.jspecify.annotations.NullMarked;
