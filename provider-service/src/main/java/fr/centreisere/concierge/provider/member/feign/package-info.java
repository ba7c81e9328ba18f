/** The catalog, asked over HTTP whether a capability's service exists. */
@NullMarked
package fr.centreisere.concierge.provider.member.feign;

import org.jspecify.annotations.NullMarked;
