package fr.centreisere.concierge.order.company.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import fr.centreisere.concierge.order.company.Statement;
import fr.centreisere.concierge.order.money.Money;
import fr.centreisere.concierge.platform.export.ColumnType;
import fr.centreisere.concierge.platform.export.ExportLanguage;
import fr.centreisere.concierge.platform.export.PdfTableWriter;
import fr.centreisere.concierge.platform.export.Table;
import fr.centreisere.concierge.platform.pdf.PdfDocumentBuilder;
import fr.centreisere.concierge.platform.pdf.PdfField;

/**
 * A company's statement as a PDF, in French: the month's totals (HT, TVA, TTC, the employer's and the employees'
 * shares), the totals by VAT rate, the completed orders, then the commitments apart. The same figures as the JSON.
 */
final class StatementPdf {

    private static final Table<Statement.VatTotal> RATES = Table.<Statement.VatTotal>named("TVA", "VAT")
            .decimal("rate", "Taux de TVA (%)", "VAT rate (%)", Statement.VatTotal::ratePercent)
            .money("subtotal", "Total HT (€)", "Total excl. VAT (€)", v -> v.subtotal().cents())
            .money("vat", "TVA (€)", "VAT (€)", v -> v.vat().cents())
            .money("total", "Total TTC (€)", "Total incl. VAT (€)", v -> v.total().cents())
            .build();

    private static final Table<Statement.Line> LINES = Table.<Statement.Line>named("Commandes", "Orders")
            .text("number", "N° de commande", "Order number", Statement.Line::orderNumber)
            .date("completed_on", "Terminée le", "Completed on", Statement.Line::date)
            .text("employee", "Salarié", "Employee", Statement.Line::employeeName)
            .text("service", "Service", "Service", l -> l.serviceTitle().fr())
            .money("subtotal", "HT (€)", "Excl. VAT (€)", l -> l.subtotal().cents())
            .decimal("rate", "TVA (%)", "VAT (%)", Statement.Line::vatRatePercent)
            .money("total", "TTC (€)", "Incl. VAT (€)", l -> l.total().cents())
            .money("employer", "Part employeur (€)", "Employer (€)", l -> l.employerShare().cents())
            .build();

    private static final Table<Statement.Commitment> COMMITMENTS = Table.<Statement.Commitment>named("Engagements",
                    "Commitments")
            .text("number", "N° de commande", "Order number", Statement.Commitment::orderNumber)
            .date("slot", "Prévue le", "Scheduled on", Statement.Commitment::slotDate)
            .text("employee", "Salarié", "Employee", Statement.Commitment::employeeName)
            .text("state", "État", "State", c -> StatementExport.stateName(c.state(), ExportLanguage.FRENCH))
            .money("subtotal", "HT (€)", "Excl. VAT (€)", c -> c.subtotal().cents())
            .money("total", "TTC (€)", "Incl. VAT (€)", c -> c.total().cents())
            .money("employer", "Part employeur (€)", "Employer (€)", c -> c.employerShare().cents())
            .build();

    private StatementPdf() {
    }

    static byte[] draw(Statement statement, String poleName, Instant drawnAt) {
        String month = statement.month().atDay(1).format(DateTimeFormatter.ofPattern("MMMM yyyy", Locale.FRENCH));
        PdfDocumentBuilder pdf = PdfDocumentBuilder.a4("Relevé " + statement.month() + " — " + statement.companyName())
                .author(poleName).language("fr-FR").createdAt(drawnAt)
                .subject("Relevé mensuel des commandes de " + statement.companyName())
                .title("Relevé de " + month + " — " + statement.companyName())
                .fields(PdfField.of("Entreprise", statement.companyName()), PdfField.of("Mois", month),
                        PdfField.of("Établi par", poleName))
                .heading("Commandes terminées : totaux")
                .fields(PdfField.of("Commandes terminées", Integer.toString(statement.lines().size())),
                        PdfField.of("Total HT", euros(statement.subtotal())),
                        PdfField.of("TVA", euros(statement.vat())),
                        PdfField.of("Total TTC", euros(statement.total())),
                        PdfField.of("Part employeur", euros(statement.employerTotal())),
                        PdfField.of("Part des salariés", euros(statement.employeeTotal())));
        if (!statement.vatTotals().isEmpty()) {
            pdf.heading("Totaux par taux de TVA")
                    .table(PdfTableWriter.pdfTable(RATES, statement.vatTotals().iterator(), ExportLanguage.FRENCH));
        }
        pdf.heading("Commandes terminées");
        if (statement.lines().isEmpty()) {
            pdf.paragraph("Aucune commande terminée ce mois-ci.");
        } else {
            pdf.table(PdfTableWriter.pdfTable(LINES, statement.lines().iterator(), ExportLanguage.FRENCH)
                    .total("Total", "", "", "", cell(statement.subtotal()), "", cell(statement.total()),
                            cell(statement.employerTotal())));
        }
        pdf.heading("Engagements du mois (commandes pas encore terminées)");
        if (statement.commitments().isEmpty()) {
            pdf.paragraph("Aucun engagement en cours ce mois-ci.");
        } else {
            pdf.table(PdfTableWriter.pdfTable(COMMITMENTS, statement.commitments().iterator(), ExportLanguage.FRENCH)
                    .total("Total", "", "", "", cell(statement.commitmentsSubtotal()), cell(statement.commitmentsTotal()),
                            cell(statement.commitmentsEmployerTotal())));
        }
        pdf.smallPrint("Les engagements sont les commandes du mois (par date prévue) enregistrées ou en cours : la part "
                + "employeur n'est due qu'une fois la commande terminée. Ce relevé n'est pas une facture.");
        return pdf.footer(poleName + " — relevé " + statement.month() + " de " + statement.companyName()).toBytes();
    }

    private static String cell(Money amount) {
        return PdfTableWriter.cell(ColumnType.MONEY_CENTS, amount.cents(), ExportLanguage.FRENCH, RATES);
    }

    /** {@code 1 234,50 €}: the French way, with a narrow no-break space between thousands. */
    static String euros(Money amount) {
        java.text.NumberFormat format = java.text.NumberFormat.getCurrencyInstance(Locale.FRANCE);
        return format.format(BigDecimal.valueOf(amount.cents(), 2)).replace('\u202f', ' ').replace('\u00a0', ' ');
    }
}
