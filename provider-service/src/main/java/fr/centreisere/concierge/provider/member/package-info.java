/** Member structures of the pole: public directory, capabilities (services, communes, daily capacity) and coverage. */
package fr.centreisere.concierge.provider.member;
