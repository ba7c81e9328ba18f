package fr.centreisere.concierge.order.orders.web;

import fr.centreisere.concierge.order.orders.ShowVisit;
import fr.centreisere.concierge.order.orders.Visit;
import fr.centreisere.concierge.platform.ids.IdPatterns;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * provider-service asks for the visit sheet of an order on behalf of the member whose staff reads the
 * accepted job (docs/INTERNAL-API.md): 200 for the member that holds the job, 404 problem for anyone else
 * or an order not yet accepted. Internal token only: provider-service keeps no customer data.
 */
@RestController
class InternalVisitController {

    private final ShowVisit showVisit;

    InternalVisitController(ShowVisit showVisit) {
        this.showVisit = showVisit;
    }

    record AddressView(String line1, @Nullable String line2, String postalCode) {
    }

    record CompanySiteView(String name, String companyName) {
    }

    record VisitView(String orderId, String customerName, @Nullable String phone, AddressView address,
            String communeInsee, @Nullable CompanySiteView companySite, @Nullable String notes) {
        static VisitView of(Visit v) {
            return new VisitView(v.orderId(), v.customerName(), v.phone(),
                    new AddressView(v.address().line1(), v.address().line2(), v.address().postalCode()),
                    v.communeInsee(),
                    v.companySite() == null ? null
                            : new CompanySiteView(v.companySite().name(), v.companySite().companyName()),
                    v.notes());
        }
    }

    @GetMapping("/internal/orders/{orderId}/visit")
    VisitView visit(@PathVariable String orderId,
            @RequestParam @Size(max = 100) @Pattern(regexp = IdPatterns.MEMBER, message = IdPatterns.MEMBER_MESSAGE)
            String memberId) {
        return VisitView.of(showVisit.forMember(orderId, memberId));
    }
}
