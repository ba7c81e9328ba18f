package fr.centreisere.concierge.notification.summary;

import org.jspecify.annotations.Nullable;

/** A message between services tried again and again without success, as its sender reports it. */
public record StuckMessage(String owner, String destination, String kind, int attempts, @Nullable String lastError,
        @Nullable String since) {
}
