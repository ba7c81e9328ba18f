package fr.centreisere.concierge.provider.system;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Settings of the dispatch, overridable from the environment (the outboxes': {@link OutboxConfiguration}). */
@ConfigurationProperties("provider")
record ProviderSettings(Dispatch dispatch) {

    ProviderSettings {
        dispatch = dispatch == null ? new Dispatch(null, null, null) : dispatch;
    }

    /** How long a member has to answer an offer; shorter when the slot is near. */
    record Dispatch(@DefaultValue("2h") Duration offerTimeout, @DefaultValue("20m") Duration nearSlotOfferTimeout,
            @DefaultValue("24h") Duration nearSlotWithin) {
        Dispatch {
            offerTimeout = offerTimeout == null ? Duration.ofHours(2) : offerTimeout;
            nearSlotOfferTimeout = nearSlotOfferTimeout == null ? Duration.ofMinutes(20) : nearSlotOfferTimeout;
            nearSlotWithin = nearSlotWithin == null ? Duration.ofHours(24) : nearSlotWithin;
        }
    }
}
