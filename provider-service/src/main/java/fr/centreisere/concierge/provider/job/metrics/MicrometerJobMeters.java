package fr.centreisere.concierge.provider.job.metrics;

import fr.centreisere.concierge.provider.job.Job;
import fr.centreisere.concierge.provider.job.JobMeters;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * The job workflow's business meters (docs/OPERATIONS.md): {@value #OFFERS_EXPIRED}, offers that ran out of
 * time without an answer, by the order's {@code category} (few values: the catalog's categories).
 */
public final class MicrometerJobMeters implements JobMeters {

    public static final String OFFERS_EXPIRED = "concierge.offers.expired";

    private final MeterRegistry registry;

    public MicrometerJobMeters(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void offerExpired(Job job) {
        Counter.builder(OFFERS_EXPIRED).description("Offers that ran out of time without an answer")
                .tag("category", String.valueOf(job.order().category()))
                .register(registry).increment();
    }
}
