/** HTTP edge of members: public directory, coordinators' management, capabilities, and /internal/coverage for the catalog. */
package fr.centreisere.concierge.provider.member.web;
