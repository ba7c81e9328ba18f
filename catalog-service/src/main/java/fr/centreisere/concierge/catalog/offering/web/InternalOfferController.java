package fr.centreisere.concierge.catalog.offering.web;

import fr.centreisere.concierge.catalog.offering.ShowOffer;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** For order-service only (never routed by the gateway): the offer to price an order with. */
@RestController
class InternalOfferController {

    private final ShowOffer showOffer;

    InternalOfferController(ShowOffer showOffer) {
        this.showOffer = showOffer;
    }

    @GetMapping("/internal/services/{serviceId}/offer")
    OfferView offer(@PathVariable String serviceId, @RequestParam String commune) {
        return OfferView.of(showOffer.show(serviceId, commune.strip()));
    }
}
