package fr.centreisere.concierge.order.company;

/** No such company, or none the caller may see (404, never 403: another company is not revealed). */
public class CompanyNotFound extends RuntimeException {

    public CompanyNotFound(String detail) {
        super(detail);
    }

    public static CompanyNotFound id(String companyId) {
        return new CompanyNotFound("Aucune entreprise « %s ». / No company « %s ».".formatted(companyId, companyId));
    }
}
