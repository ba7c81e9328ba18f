package fr.centreisere.concierge.provider.job;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * How long a member has to answer an offer: {@code timeout} normally, {@code nearSlotTimeout} when the
 * slot starts within {@code nearSlotWithin}, so that a refused urgent job still finds someone in time.
 */
public record OfferPolicy(Duration timeout, Duration nearSlotTimeout, Duration nearSlotWithin) {

    public OfferPolicy {
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(nearSlotTimeout, "nearSlotTimeout");
        Objects.requireNonNull(nearSlotWithin, "nearSlotWithin");
    }

    public Instant expiresAt(Instant offeredAt, Slot slot) {
        boolean near = Duration.between(offeredAt, slot.start()).compareTo(nearSlotWithin) < 0;
        return offeredAt.plus(near ? nearSlotTimeout : timeout);
    }
}
