/**
 * The one outbox of every service: messages that must not be lost, embedded in the document whose
 * change causes them (written in the same single-document write), sent by a relay that claims each
 * with a lease, keeps one owner's messages of a lane in order, retries with backoff and jitter, gives
 * up by policy and reports what needs attention. See service-platform's README, « The outbox ».
 */
@NullMarked
package fr.centreisere.concierge.platform.outbox;

import org.jspecify.annotations.NullMarked;
