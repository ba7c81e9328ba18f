package fr.centreisere.concierge.provider.job.feign;

import java.util.Optional;

import fr.centreisere.concierge.provider.job.Visit;
import fr.centreisere.concierge.provider.job.Visits;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * {@link Visits} over Feign ({@link OrderVisitClient}: timeouts {@code orderVisits}, breaker
 * {@code OrderVisitClientvisitStringString}). A read for a screen: no retry, no cache (customer data is not
 * kept here); any failure is "no visit now", and the job is shown without it.
 */
@Component
class FeignVisits implements Visits {

    private static final Logger log = LoggerFactory.getLogger(FeignVisits.class);

    private final OrderVisitClient client;

    FeignVisits(OrderVisitClient client) {
        this.client = client;
    }

    @Override
    public Optional<Visit> of(String orderId, String memberId) {
        try {
            Optional<OrderVisitClient.VisitMessage> answer = client.visit(orderId, memberId);
            if (answer.isEmpty()) {
                // order-service has not heard of the acceptance yet (the outcome is on its way), or disagrees
                log.info("order-service gives no visit of order {} to member {}", orderId, memberId);
            }
            return answer.filter(m -> m.address() != null && m.customerName() != null && m.address().line1() != null
                    && m.address().postalCode() != null).map(FeignVisits::visit);
        } catch (RuntimeException failure) {
            log.warn("order-service did not give the visit of order {}: {}", orderId, failure.toString());
            return Optional.empty();
        }
    }

    private static Visit visit(OrderVisitClient.VisitMessage m) {
        return new Visit(m.customerName(), m.phone(),
                new Visit.Address(m.address().line1(), m.address().line2(), m.address().postalCode()),
                m.companySite() == null ? null
                        : new Visit.CompanySite(m.companySite().name(), m.companySite().companyName()),
                m.notes());
    }
}
