package fr.centreisere.concierge.provider.system;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import fr.centreisere.concierge.provider.job.Backoff;

/** Settings of the dispatch and of the outbox, overridable from the environment. */
@ConfigurationProperties("provider")
record ProviderSettings(Dispatch dispatch, Outbox outbox) {

    ProviderSettings {
        dispatch = dispatch == null ? new Dispatch(null, null, null) : dispatch;
        outbox = outbox == null ? new Outbox(null, null) : outbox;
    }

    /** How long a member has to answer an offer; shorter when the slot is near. */
    record Dispatch(@DefaultValue("PT2H") Duration offerTimeout, @DefaultValue("PT20M") Duration nearSlotOfferTimeout,
            @DefaultValue("PT24H") Duration nearSlotWithin) {
        Dispatch {
            offerTimeout = offerTimeout == null ? Duration.ofHours(2) : offerTimeout;
            nearSlotOfferTimeout = nearSlotOfferTimeout == null ? Duration.ofMinutes(20) : nearSlotOfferTimeout;
            nearSlotWithin = nearSlotWithin == null ? Duration.ofHours(24) : nearSlotWithin;
        }
    }

    /** Backoff of the redelivery of outcomes to order-service and of notices to notification-service. */
    record Outbox(@DefaultValue("PT5S") Duration firstRetry, @DefaultValue("PT5M") Duration maxRetry) {
        Outbox {
            firstRetry = firstRetry == null ? Duration.ofSeconds(5) : firstRetry;
            maxRetry = maxRetry == null ? Duration.ofMinutes(5) : maxRetry;
        }

        Backoff backoff() {
            return new Backoff(firstRetry, maxRetry);
        }
    }
}
