package fr.centreisere.concierge.order.invoice;

import java.math.BigDecimal;
import java.util.Objects;

import fr.centreisere.concierge.platform.i18n.Message;
import org.jspecify.annotations.Nullable;

/**
 * How and when to pay, copied from the pole's configuration at issue: the days to the due date, the yearly
 * late-payment penalty rate, the 40 € fixed recovery indemnity between professionals (French commercial code,
 * L441-10 and D441-5), and the bank account.
 */
public record PaymentTerms(int days, BigDecimal latePenaltyRatePercent, String iban, @Nullable String bic) {

    public PaymentTerms {
        Objects.requireNonNull(latePenaltyRatePercent, "latePenaltyRatePercent");
        Objects.requireNonNull(iban, "iban");
        if (days < 0 || days > 60) {
            throw new IllegalArgumentException("payment days outside 0..60 (French law caps at 60): " + days);
        }
    }

    /** The payment terms as the invoice says them (the document's words: {@code invoice.pdf.payment-terms}). */
    public Message description() {
        return Message.of("invoice.pdf.payment-terms", days);
    }

    public String latePenalty() {
        String rate = latePenaltyRatePercent.stripTrailingZeros().toPlainString().replace('.', ',');
        return ("En cas de retard de paiement : pénalités au taux annuel de %s %%, exigibles sans rappel, et indemnité "
                + "forfaitaire pour frais de recouvrement de 40 € (articles L441-10 et D441-5 du code de commerce).")
                .formatted(rate);
    }
}
