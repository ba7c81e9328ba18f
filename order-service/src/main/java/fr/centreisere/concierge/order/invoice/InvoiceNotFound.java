package fr.centreisere.concierge.order.invoice;

/** No such invoice, or none the caller may see (404, never 403: another's invoice is not revealed). */
public class InvoiceNotFound extends RuntimeException {

    public InvoiceNotFound(String number) {
        super("Aucune facture « %s ». / No invoice « %s ».".formatted(number, number));
    }
}
