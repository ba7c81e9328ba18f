/**
 * {@code ./concierge fill <orders>}, the gateway's part: the accounts of the residents of the batch
 * provider-service planned (platform.fill), with the demo password, written in bulk through the accounts'
 * own mapping. Runs as a one-shot JVM: {@link FillApplication}.
 */
@NullMarked
package fr.centreisere.concierge.gateway.fill;

import org.jspecify.annotations.NullMarked;
