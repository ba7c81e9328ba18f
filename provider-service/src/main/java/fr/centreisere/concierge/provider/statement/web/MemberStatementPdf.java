package fr.centreisere.concierge.provider.statement.web;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import fr.centreisere.concierge.platform.export.ColumnType;
import fr.centreisere.concierge.platform.export.ExportLanguage;
import fr.centreisere.concierge.platform.export.PdfTableWriter;
import fr.centreisere.concierge.platform.export.Table;
import fr.centreisere.concierge.platform.pdf.PdfDocumentBuilder;
import fr.centreisere.concierge.platform.pdf.PdfField;
import fr.centreisere.concierge.platform.text.CategoryNames;
import fr.centreisere.concierge.provider.job.Money;
import fr.centreisere.concierge.provider.statement.MemberStatement;

/** A member's statement as a PDF, in French: the month's totals, then one line per job done, then the total row. */
final class MemberStatementPdf {

    private static final Table<MemberStatement.Line> LINES = Table.<MemberStatement.Line>named("Missions", "Jobs")
            .text("number", "N° de commande", "Order number", MemberStatement.Line::orderNumber)
            .date("completed_on", "Terminée le", "Completed on", MemberStatement.Line::completedOn)
            .text("service", "Service", "Service", l -> l.serviceName() + " (" + CategoryNames.french(l.category()) + ")")
            .text("commune", "Commune", "Commune", MemberStatement.Line::communeName)
            .decimal("hours", "Heures", "Hours", MemberStatement.Line::hoursWorked)
            .decimal("insertion", "Dont insertion", "Of which insertion", MemberStatement.Line::insertionHours)
            .money("revenue", "CA HT (€)", "Revenue (€)", l -> l.revenue().cents())
            .money("commission", "Commission (€)", "Commission (€)", l -> l.commission().cents())
            .build();

    private MemberStatementPdf() {
    }

    static byte[] draw(MemberStatement statement, String poleName, Instant drawnAt) {
        String month = statement.month().atDay(1).format(DateTimeFormatter.ofPattern("MMMM yyyy", Locale.FRENCH));
        PdfDocumentBuilder pdf = PdfDocumentBuilder.a4("Relevé " + statement.month() + " — " + statement.memberName())
                .author(poleName).language("fr-FR").createdAt(drawnAt)
                .subject("Relevé mensuel des missions de " + statement.memberName())
                .title("Relevé mensuel de " + month + " — " + statement.memberName())
                .fields(PdfField.of("Structure", statement.memberName()), PdfField.of("Mois", month),
                        PdfField.of("Établi par", poleName))
                .heading("Totaux")
                .fields(PdfField.of("Missions terminées", Integer.toString(statement.jobsDone())),
                        PdfField.of("Heures travaillées", hours(statement)),
                        PdfField.of("Dont heures d'insertion", decimal(statement.insertionHours()) + " h"),
                        PdfField.of("Chiffre d'affaires HT", euros(statement.revenue())),
                        PdfField.of("Commission du pôle", euros(statement.commission())),
                        PdfField.of("Reversé à la structure", euros(statement.payout())))
                .heading("Missions terminées");
        if (statement.lines().isEmpty()) {
            pdf.paragraph("Aucune mission terminée ce mois-ci.");
        } else {
            pdf.table(PdfTableWriter.pdfTable(LINES, statement.lines().iterator(), ExportLanguage.FRENCH)
                    .total("Total", "", "", "", decimal(statement.hoursWorked()), decimal(statement.insertionHours()),
                            cell(statement.revenue()), cell(statement.commission())));
        }
        pdf.smallPrint("Chiffre d'affaires HT : le prix hors taxes des commandes réalisées (commission du pôle comprise). "
                + "Commission : l'apport d'affaires dû au pôle. Heures d'insertion : heures travaillées par des personnes "
                + "en parcours d'insertion, telles que déclarées (corrections comprises). Ce relevé n'est pas une facture.");
        return pdf.footer(poleName + " — relevé " + statement.month() + " de " + statement.memberName()).toBytes();
    }

    private static String hours(MemberStatement statement) {
        return decimal(statement.hoursWorked()) + " h";
    }

    private static String decimal(java.math.BigDecimal value) {
        return PdfTableWriter.cell(ColumnType.DECIMAL, value, ExportLanguage.FRENCH, LINES);
    }

    private static String cell(Money amount) {
        return PdfTableWriter.cell(ColumnType.MONEY_CENTS, amount.cents(), ExportLanguage.FRENCH, LINES);
    }

    static String euros(Money amount) {
        return cell(amount) + " €";
    }
}
