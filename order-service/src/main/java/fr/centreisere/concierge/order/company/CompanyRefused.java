package fr.centreisere.concierge.order.company;

/** A business rule refuses the request (422); the message is the « français / English » detail. */
public class CompanyRefused extends RuntimeException {

    public CompanyRefused(String detail) {
        super(detail);
    }
}
