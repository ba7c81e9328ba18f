/**
 * Coverage: in which communes each service can be delivered. provider-service is the source of truth (a
 * service is covered in a commune when an active member has a capability for it there); the catalog keeps
 * the last snapshot it received, so browsing never waits on provider-service and survives its outage.
 */
@NullMarked
package fr.centreisere.concierge.catalog.coverage;

import org.jspecify.annotations.NullMarked;
