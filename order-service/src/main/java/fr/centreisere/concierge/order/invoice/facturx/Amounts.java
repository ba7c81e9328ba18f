package fr.centreisere.concierge.order.invoice.facturx;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import fr.centreisere.concierge.order.money.Money;

/** How the PDF writes amounts, rates and dates, the French way: {@code 1 234,56 €}, {@code 5,5 %}, {@code 31/12/2026}. */
final class Amounts {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private Amounts() {
    }

    static String euros(Money money) {
        long cents = Math.abs(money.cents());
        String units = Long.toString(cents / 100);
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < units.length(); i++) {
            if (i > 0 && (units.length() - i) % 3 == 0) {
                grouped.append('\u00A0');
            }
            grouped.append(units.charAt(i));
        }
        return (money.cents() < 0 ? "-" : "") + grouped + "," + "%02d".formatted(cents % 100) + "\u00A0€";
    }

    static String rate(BigDecimal percent) {
        return percent.stripTrailingZeros().toPlainString().replace('.', ',') + "\u00A0%";
    }

    static String date(LocalDate date) {
        return DATE.format(date);
    }

    static BigDecimal decimal(Money money) {
        return BigDecimal.valueOf(money.cents(), 2);
    }
}
