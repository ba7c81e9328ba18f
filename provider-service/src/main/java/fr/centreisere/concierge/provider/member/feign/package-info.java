/** The catalog, asked over HTTP whether a capability's service exists. */
package fr.centreisere.concierge.provider.member.feign;
