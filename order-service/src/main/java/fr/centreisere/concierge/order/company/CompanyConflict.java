package fr.centreisere.concierge.order.company;

/** The request clashes with what exists (409): a forbidden transition, a SIRET or domain already taken. */
public class CompanyConflict extends RuntimeException {

    public CompanyConflict(String detail) {
        super(detail);
    }
}
