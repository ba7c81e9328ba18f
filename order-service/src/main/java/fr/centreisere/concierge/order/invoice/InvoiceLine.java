package fr.centreisere.concierge.order.invoice;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

import fr.centreisere.concierge.order.money.Money;

import org.jspecify.annotations.Nullable;

/**
 * One line: an order ({@code reference} its number), what it was, when it was completed, its VAT rate and
 * its amount before VAT. A company's line also carries the employer's share it comes from (VAT included), so
 * the lines add up both to the total before VAT and to the amount due.
 */
public record InvoiceLine(String reference, String description, LocalDate date, BigDecimal vatRatePercent,
        Money net, @Nullable Money grossShare) {

    public InvoiceLine {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(vatRatePercent, "vatRatePercent");
        Objects.requireNonNull(net, "net");
        vatRatePercent = vatRatePercent.stripTrailingZeros();
        if (vatRatePercent.scale() < 0) {
            vatRatePercent = vatRatePercent.setScale(0);
        }
    }
}
