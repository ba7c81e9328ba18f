package fr.centreisere.concierge.order.invoice;

import org.jspecify.annotations.Nullable;

/** What the invoice's state forbids, or a month not over yet (409). */
public class InvoiceConflict extends RuntimeException {

    public InvoiceConflict(String detail) {
        super(detail);
    }

    static InvoiceConflict alreadyCredited(String number, @Nullable String by) {
        return new InvoiceConflict("La facture %s est déjà annulée par l'avoir %s. / Invoice %s is already cancelled by credit note %s."
                .formatted(number, by, number, by));
    }

    static InvoiceConflict creditOfCreditNote(String number) {
        return new InvoiceConflict("%s est un avoir : seul une facture peut être annulée. / %s is a credit note: only an invoice can be credited."
                .formatted(number, number));
    }

    static InvoiceConflict monthNotOver(java.time.YearMonth month) {
        return new InvoiceConflict("Le mois %s n'est pas terminé : il ne peut pas encore être clôturé. / Month %s is not over: it cannot be closed yet."
                .formatted(month, month));
    }
}
