/** Member structures of the pole: public directory, capabilities (services, communes, daily capacity) and coverage. */
@NullMarked
package fr.centreisere.concierge.provider.member;

import org.jspecify.annotations.NullMarked;
