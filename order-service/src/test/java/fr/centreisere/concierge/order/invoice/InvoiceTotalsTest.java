package fr.centreisere.concierge.order.invoice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import fr.centreisere.concierge.order.money.Money;

import org.junit.jupiter.api.Test;

/** Totals to the cent, equal to the sums of the lines; numbers; the credit-note transition. */
class InvoiceTotalsTest {

    @Test
    void aCompanyInvoiceOwesExactlyTheEmployersSharesAndItsTotalsAreTheSumsOfItsLines() {
        Random random = new Random(16);
        String[] rates = { "20", "10", "5.5", "2.1", "0" };
        for (int run = 0; run < 2_000; run++) {
            List<EmployerShareLines.Share> shares = new ArrayList<>();
            int count = 1 + random.nextInt(12);
            for (int i = 0; i < count; i++) {
                shares.add(InvoiceFixtures.share("CI-2026-%06d".formatted(i + 1), rates[random.nextInt(rates.length)],
                        1 + random.nextInt(50_000), 1 + random.nextInt(28)));
            }
            Invoice invoice = Invoice.issued(new InvoiceNumber(InvoiceType.INVOICE, 2027, 1),
                    InvoiceFixtures.companyDraft("cmp-alpes", shares));

            long owed = shares.stream().mapToLong(s -> s.share().cents()).sum();
            assertThat(invoice.amountDue().cents()).as("run %d", run).isEqualTo(owed);
            assertThat(invoice.lines().stream().mapToLong(l -> l.grossShare().cents()).sum()).isEqualTo(owed);
            assertThat(invoice.lines().stream().mapToLong(l -> l.net().cents()).sum()).isEqualTo(invoice.netTotal().cents());
            assertThat(invoice.vatBreakdown().stream().mapToLong(v -> v.taxable().cents()).sum())
                    .isEqualTo(invoice.netTotal().cents());
            for (VatBreakdown vat : invoice.vatBreakdown()) {
                // EN 16931 BR-CO-17: the rate's VAT is its taxable sum × rate, rounded to the cent
                assertThat(vat.vat()).isEqualTo(vat.taxable().percent(vat.ratePercent()));
            }
            assertThat(invoice.grossTotal()).isEqualTo(invoice.netTotal().plus(invoice.vatTotal()));
            assertThat(invoice.content().rounding().cents()).isBetween(0L, (long) invoice.vatBreakdown().size());
            assertThat(invoice.lines()).allSatisfy(line -> assertThat(line.net().cents()).isBetween(0L, line.grossShare().cents()));
        }
    }

    @Test
    void sharesThatSplitExactlyNeedNoRoundingAndTheOnesThatCannotAreOffByACentAtMost() {
        // 60.00 € at 20 %: 50.00 + 10.00
        assertThat(EmployerShareLines.netOf(Money.ofCents(6_000), new BigDecimal("20"))).isEqualTo(Money.ofCents(5_000));
        // 0.03 € at 20 %: 0.02 + 0.00 = 0.02, 0.03 + 0.01 = 0.04: no split reaches 0.03
        assertThat(EmployerShareLines.netOf(Money.ofCents(3), new BigDecimal("20"))).isEqualTo(Money.ofCents(2));
        Invoice invoice = Invoice.issued(new InvoiceNumber(InvoiceType.INVOICE, 2027, 1),
                InvoiceFixtures.companyDraft("cmp-alpes", List.of(InvoiceFixtures.share("CI-1", "20", 3, 1))));
        assertThat(invoice.content().rounding()).isEqualTo(Money.ofCents(1));
        assertThat(invoice.amountDue()).isEqualTo(Money.ofCents(3));
    }

    @Test
    void aMemberInvoiceIsItsCommissionsPlusTwentyPercentOfTheirSum() {
        Invoice invoice = Invoice.issued(new InvoiceNumber(InvoiceType.INVOICE, 2027, 2), InvoiceFixtures.memberDraft(
                "mbr-atelier", List.of(InvoiceFixtures.commission("CI-1", 400, 3), InvoiceFixtures.commission("CI-2", 333, 4),
                        InvoiceFixtures.commission("CI-3", 1, 5))));

        assertThat(invoice.netTotal()).isEqualTo(Money.ofCents(734));
        // 20 % of 7.34 € = 1.468 → 1.47 €, on the sum (not 0.80 + 0.67 + 0.00 = 1.47 by chance: 3 lines of 0.01 show it)
        assertThat(invoice.vatTotal()).isEqualTo(Money.ofCents(147));
        assertThat(invoice.amountDue()).isEqualTo(Money.ofCents(881));
    }

    @Test
    void numbersReadAndWriteAsPrefixYearAndSixDigits() {
        InvoiceNumber number = new InvoiceNumber(InvoiceType.INVOICE, 2026, 123);
        assertThat(number.value()).isEqualTo("FA-2026-000123");
        assertThat(InvoiceNumber.parse("AV-2027-000004")).contains(new InvoiceNumber(InvoiceType.CREDIT_NOTE, 2027, 4));
        assertThat(InvoiceNumber.parse("FA-2026-000000")).isEmpty();
        assertThat(InvoiceNumber.parse("FA-2026-12")).isEmpty();
        assertThat(InvoiceNumber.parse("../etc")).isEmpty();
    }

    @Test
    void aCreditNoteCancelsTheInvoiceOnceAndIsNeverItselfCredited() {
        Invoice invoice = Invoice.issued(new InvoiceNumber(InvoiceType.INVOICE, 2027, 1),
                InvoiceFixtures.companyDraft("cmp-alpes", InvoiceFixtures.mixedShares()));
        InvoiceDraft draft = invoice.creditNote("Erreur de période", InvoiceFixtures.ISSUED_AT, java.time.LocalDate.of(2027, 1, 6));
        Invoice creditNote = Invoice.issued(new InvoiceNumber(InvoiceType.CREDIT_NOTE, 2027, 1), draft);

        assertThat(creditNote.content().creditedInvoice()).isEqualTo("FA-2027-000001");
        assertThat(creditNote.amountDue()).isEqualTo(invoice.amountDue());
        assertThat(creditNote.lines()).isEqualTo(invoice.lines());
        invoice.creditBy("AV-2027-000001");
        assertThat(invoice.state()).isEqualTo(InvoiceState.CREDITED);
        assertThat(invoice.creditedBy()).isEqualTo("AV-2027-000001");
        assertThatThrownBy(() -> invoice.creditBy("AV-2027-000002")).isInstanceOf(InvoiceConflict.class);
        assertThatThrownBy(() -> invoice.creditNote("encore", InvoiceFixtures.ISSUED_AT, java.time.LocalDate.of(2027, 1, 6)))
                .isInstanceOf(InvoiceConflict.class);
        assertThatThrownBy(() -> creditNote.creditBy("AV-2027-000003")).isInstanceOf(InvoiceConflict.class)
                .satisfies(refusal -> assertThat(fr.centreisere.concierge.order.orders.OrderFixtures.bothLanguages(refusal))
                        .contains("est un avoir").contains("is a credit note"));
        assertThat(InvoiceState.CREDITED.mayBecome(InvoiceState.ISSUED)).isFalse();
    }
}
