/** HTTP edge of members: public directory, coordinators' management, capabilities, and /internal/coverage for the catalog. */
@NullMarked
package fr.centreisere.concierge.provider.member.web;

import org.jspecify.annotations.NullMarked;
