/** HTTP edge of the impact report (coordinators). */
package fr.centreisere.concierge.provider.impact.web;
