package fr.centreisere.concierge.order.invoice;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import fr.centreisere.concierge.order.money.Money;

/** The pole, a company, a member, and drafts of their invoices. */
public final class InvoiceFixtures {

    public static final Party POLE = new Party("Pôle de services du Centre Isère", "12 place de la République", null,
            "38500", "Voiron", "FR", "73282932000074", "FR44732829320", "facturation@pole.example");
    public static final PaymentTerms TERMS = new PaymentTerms(30, new BigDecimal("12.15"), "FR7630006000011234567890189",
            "AGRIFRPP");
    public static final PoleIdentity POLE_IDENTITY = new PoleIdentity(POLE, TERMS, new BigDecimal("20"));
    public static final Party COMPANY = new Party("Alpes Numérique", "27 boulevard Edgar Kofler", "Accueil, 2e étage",
            "38500", "Voiron", "FR", "85236941000018", "FR62852369410", null);
    public static final Party MEMBER = new Party("L'Atelier Vélo Voironnais", "11 rue de la République", null, "38500",
            "Voiron", "FR", "81234567800011", null, "contact@atelier.example");
    public static final Instant ISSUED_AT = Instant.parse("2027-01-05T09:00:00Z");

    private InvoiceFixtures() {
    }

    public static InvoiceDraft companyDraft(String companyId, List<EmployerShareLines.Share> shares) {
        EmployerShareLines.Split split = EmployerShareLines.of(shares);
        return new InvoiceDraft(InvoiceType.INVOICE, InvoiceDraft.monthKey(YearMonth.of(2026, 12), RecipientKind.COMPANY,
                companyId), YearMonth.of(2026, 12), RecipientKind.COMPANY, companyId, POLE, COMPANY, ISSUED_AT,
                LocalDate.of(2027, 1, 5), LocalDate.of(2027, 2, 4), TERMS, split.lines(), split.rounding(), null, null);
    }

    public static InvoiceDraft memberDraft(String memberId, List<InvoiceLine> lines) {
        return new InvoiceDraft(InvoiceType.INVOICE, InvoiceDraft.monthKey(YearMonth.of(2026, 12), RecipientKind.MEMBER,
                memberId), YearMonth.of(2026, 12), RecipientKind.MEMBER, memberId, POLE, MEMBER, ISSUED_AT,
                LocalDate.of(2027, 1, 5), LocalDate.of(2027, 2, 4), TERMS, lines, Money.ZERO, null, null);
    }

    public static EmployerShareLines.Share share(String order, String rate, long cents, int day) {
        return new EmployerShareLines.Share(order, "Part employeur — Réparation de vélo", LocalDate.of(2026, 12, day),
                new BigDecimal(rate), Money.ofCents(cents));
    }

    public static InvoiceLine commission(String order, long cents, int day) {
        return new InvoiceLine(order, "Commission d'apport d'affaires — Réparation de vélo", LocalDate.of(2026, 12, day),
                new BigDecimal("20"), Money.ofCents(cents), null);
    }

    /** A company invoice with two VAT rates and a total that needs a cent of rounding at 20 %. */
    public static List<EmployerShareLines.Share> mixedShares() {
        return List.of(share("CI-2026-000011", "20", 3_000, 3), share("CI-2026-000012", "20", 1_003, 7),
                share("CI-2026-000013", "5.5", 1_234, 9), share("CI-2026-000014", "10", 999, 12),
                share("CI-2026-000015", "20", 2, 30));
    }
}
