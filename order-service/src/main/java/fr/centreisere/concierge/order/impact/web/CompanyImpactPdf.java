package fr.centreisere.concierge.order.impact.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;

import fr.centreisere.concierge.order.impact.CompanyImpact;
import fr.centreisere.concierge.order.impact.StructureType;
import fr.centreisere.concierge.order.orders.Slot;
import fr.centreisere.concierge.platform.export.ExportLanguage;
import fr.centreisere.concierge.platform.export.PdfTableWriter;
import fr.centreisere.concierge.platform.export.Table;
import fr.centreisere.concierge.platform.pdf.PdfDocumentBuilder;
import fr.centreisere.concierge.platform.pdf.PdfField;
import fr.centreisere.concierge.platform.text.CategoryNames;

/**
 * The bilan RSE as the PDF a company attaches to its CSR report, in French: title, period, company, totals, the
 * tables by structure, by kind of structure and by category, what each kind of structure is, and the pole's
 * name. Its tables are {@link Table}s, so the by-structure one is also the CSV / XLSX export.
 */
final class CompanyImpactPdf {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    static final Table<CompanyImpact.StructureTally> STRUCTURES = Table.<CompanyImpact.StructureTally>named(
                    "Par structure", "By structure")
            .text("structure", "Structure", "Structure", s -> s.tally().name())
            .text("structure_type", "Type", "Type", s -> s.type().frenchName())
            .integer("orders", "Commandes", "Orders", s -> s.tally().orders())
            .decimal("hours_worked", "Heures travaillées", "Hours worked", s -> s.tally().hoursWorked())
            .decimal("insertion_hours", "Heures d'insertion", "Insertion hours", s -> s.tally().insertionHours())
            .build();

    private static final Table<CompanyImpact.Tally> TYPES = Table.<CompanyImpact.Tally>named("Par type", "By type")
            .text("structure_type", "Type de structure", "Kind of structure", CompanyImpact.Tally::name)
            .integer("orders", "Commandes", "Orders", CompanyImpact.Tally::orders)
            .decimal("hours_worked", "Heures travaillées", "Hours worked", CompanyImpact.Tally::hoursWorked)
            .decimal("insertion_hours", "Heures d'insertion", "Insertion hours", CompanyImpact.Tally::insertionHours)
            .build();

    private static final Table<CompanyImpact.Tally> CATEGORIES = Table.<CompanyImpact.Tally>named("Par catégorie",
                    "By category")
            .text("category", "Catégorie", "Category", t -> CategoryNames.french(t.key()))
            .integer("orders", "Commandes", "Orders", CompanyImpact.Tally::orders)
            .decimal("hours_worked", "Heures travaillées", "Hours worked", CompanyImpact.Tally::hoursWorked)
            .decimal("insertion_hours", "Heures d'insertion", "Insertion hours", CompanyImpact.Tally::insertionHours)
            .build();

    private CompanyImpactPdf() {
    }

    static byte[] draw(CompanyImpact impact, String poleName, Instant drawnAt) {
        String title = "Bilan RSE " + (impact.period().isYear() ? impact.period().label() : monthName(impact))
                + " — " + impact.companyName();
        PdfDocumentBuilder pdf = PdfDocumentBuilder.a4(title).author(poleName).language("fr-FR")
                .subject("Heures de travail et d'insertion des commandes de " + impact.companyName())
                .createdAt(drawnAt)
                .title("Bilan RSE — " + impact.companyName())
                .fields(PdfField.of("Période", "du %s au %s".formatted(DATE.format(impact.period().from()),
                                DATE.format(impact.period().to()))),
                        PdfField.of("Entreprise", impact.companyName()),
                        PdfField.of("Établi par", poleName),
                        PdfField.of("Établi le", DATE.format(drawnAt.atZone(Slot.TERRITORY_ZONE))))
                .paragraph(("Les services que les salariés de %s ont commandés par le pôle ont été réalisés par des "
                        + "structures de l'économie sociale et solidaire du territoire, dont des structures d'insertion "
                        + "par l'activité économique : voici les heures de travail qu'ils leur ont données, et parmi "
                        + "elles les heures travaillées par des personnes en parcours d'insertion.").formatted(
                        impact.companyName()))
                .heading("Totaux")
                .fields(PdfField.of("Commandes terminées", Integer.toString(impact.ordersCompleted())),
                        PdfField.of("Dont avec un compte rendu d'heures", Integer.toString(impact.ordersReported())),
                        PdfField.of("Heures travaillées", hours(impact.hoursWorked())),
                        PdfField.of("Heures d'insertion", hours(impact.insertionHours())),
                        PdfField.of("Dont dans les SIAE (ACI, EI, ETTI, AI)", hours(impact.siaeInsertionHours())));
        if (impact.work().isEmpty()) {
            pdf.paragraph("Aucune commande terminée avec un compte rendu d'heures sur la période.");
        } else {
            pdf.heading("Par structure")
                    .table(PdfTableWriter.pdfTable(STRUCTURES, impact.byStructure().iterator(), ExportLanguage.FRENCH))
                    .heading("Par type de structure")
                    .table(PdfTableWriter.pdfTable(TYPES, impact.byStructureType().iterator(), ExportLanguage.FRENCH))
                    .heading("Par catégorie de service")
                    .table(PdfTableWriter.pdfTable(CATEGORIES, impact.byCategory().iterator(), ExportLanguage.FRENCH));
        }
        List<StructureType> types = impact.structureTypes();
        if (!types.isEmpty()) {
            pdf.heading("Les types de structures");
            for (StructureType type : types) {
                pdf.paragraph(type.name() + " — " + type.frenchName() + " : " + type.frenchExplanation());
            }
        }
        pdf.smallPrint("Heures d'insertion : heures travaillées par des personnes en contrat d'insertion ou en parcours "
                + "accompagné, telles que les structures les ont déclarées à la fin de chaque service (corrections des "
                + "coordinateurs comprises). SIAE : structure d'insertion par l'activité économique, conventionnée par "
                + "l'État.");
        return pdf.footer(poleName + " — bilan RSE de " + impact.companyName()).toBytes();
    }

    private static String monthName(CompanyImpact impact) {
        return impact.period().from().format(DateTimeFormatter.ofPattern("MMMM yyyy", java.util.Locale.FRENCH));
    }

    /** {@code 12,5 h}. */
    static String hours(BigDecimal hours) {
        BigDecimal stripped = hours.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString().replace('.', ',') + " h";
    }
}
