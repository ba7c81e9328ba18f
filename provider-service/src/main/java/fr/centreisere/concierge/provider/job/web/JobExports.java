package fr.centreisere.concierge.provider.job.web;

import java.util.function.Function;

import fr.centreisere.concierge.platform.export.Table;
import fr.centreisere.concierge.provider.job.Job;
import fr.centreisere.concierge.provider.job.WorkReport;

/**
 * The jobs of a period as a file (CSV or XLSX, see service-platform's exports): one line per job of the JSON
 * list with the same filters, by slot. Names beside ids (member, service, commune) so that a spreadsheet reads
 * without a lookup; no customer data (an accepted job's address and phone are for its job page, not a file).
 */
final class JobExports {

    /** One line: the job and the name of its member. */
    record JobLine(Job job, String memberName) {

        static Function<Job, JobLine> naming(Function<String, String> memberNames) {
            return job -> new JobLine(job, job.memberId() == null ? null : memberNames.apply(job.memberId()));
        }

        WorkReport report() {
            return job.report().orElse(null);
        }
    }

    static final Table<JobLine> JOBS = Table.<JobLine>named("Missions", "Jobs")
            .text("job_id", "Mission", "Job", l -> l.job().id())
            .text("order_number", "N° de commande", "Order number", l -> l.job().order().orderNumber())
            .text("state", "État", "State", l -> l.job().state().name())
            .date("date", "Date", "Date", l -> l.job().order().slot().date())
            .text("from", "Début", "From", l -> l.job().order().slot().from().toString())
            .text("to", "Fin", "To", l -> l.job().order().slot().to().toString())
            .text("service_id", "Code service", "Service id", l -> l.job().order().serviceId())
            .text("service", "Service", "Service", l -> l.job().order().serviceLabel())
            .text("category", "Catégorie", "Category", l -> l.job().order().category())
            .text("commune_insee", "Code INSEE", "INSEE code", l -> l.job().order().communeInsee())
            .text("commune", "Commune", "Commune", l -> l.job().order().communeLabel())
            .integer("quantity", "Quantité", "Quantity", l -> l.job().order().quantity())
            .text("member_id", "Code membre", "Member id", l -> l.job().memberId())
            .text("member", "Membre", "Member", JobLine::memberName)
            .dateTime("offered_at", "Proposée le", "Offered at", l -> l.job().offeredAt().orElse(null))
            .decimal("hours_worked", "Heures travaillées", "Hours worked", l -> l.report() == null ? null : l.report().hoursWorked())
            .decimal("insertion_hours", "Heures d'insertion", "Insertion hours", l -> l.report() == null ? null : l.report().insertionHours())
            .dateTime("completed_at", "Terminée le", "Completed at", l -> l.report() == null ? null : l.report().completedAt())
            .text("unassigned_reason", "Motif sans membre", "Unassigned reason", l -> l.job().unassignedReason().map(Enum::name).orElse(null))
            .build();

    private JobExports() {
    }
}
