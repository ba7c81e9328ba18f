/**
 * Each member's private calendar feed (iCalendar) of its accepted jobs: a secret key in the URL is the
 * access (calendar applications send no token), kept hashed, renewed by the member's staff.
 */
@NullMarked
package fr.centreisere.concierge.provider.calendar;

import org.jspecify.annotations.NullMarked;
