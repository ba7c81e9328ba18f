package fr.centreisere.concierge.provider.job.feign;

import java.util.Optional;

import feign.FeignException;
import fr.centreisere.concierge.provider.job.Visit;
import fr.centreisere.concierge.provider.job.Visits;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * {@link Visits} over Feign: order-service's {@code GET /internal/orders/{id}/visit}, with the
 * order-service client's timeouts and the circuit breaker {@code OrderServiceClientvisitStringString}.
 * A read for a screen: no retry, no cache (customer data is not kept here); any failure is "no visit now",
 * and the job is shown without it.
 */
@Component
class FeignVisits implements Visits {

    private static final Logger log = LoggerFactory.getLogger(FeignVisits.class);

    private final OrderServiceClient client;

    FeignVisits(OrderServiceClient client) {
        this.client = client;
    }

    @Override
    public Optional<Visit> of(String orderId, String memberId) {
        try {
            OrderServiceClient.VisitMessage m = client.visit(orderId, memberId);
            if (m == null || m.address() == null || m.customerName() == null) {
                return Optional.empty();
            }
            return Optional.of(new Visit(m.customerName(), m.phone(),
                    new Visit.Address(m.address().line1(), m.address().line2(), m.address().postalCode()),
                    m.companySite() == null ? null
                            : new Visit.CompanySite(m.companySite().name(), m.companySite().companyName()),
                    m.notes()));
        } catch (RuntimeException failure) {
            if (status(failure) == 404) {
                // order-service has not heard of the acceptance yet (the outcome is on its way), or disagrees
                log.info("order-service gives no visit of order {} to member {}", orderId, memberId);
            } else {
                log.warn("order-service did not give the visit of order {}: {}", orderId, failure.toString());
            }
            return Optional.empty();
        }
    }

    /** The HTTP status inside a failure (the breaker wraps Feign's exception), or -1. */
    private static int status(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof FeignException feign) {
                return feign.status();
            }
        }
        return -1;
    }
}
