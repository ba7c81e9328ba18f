package fr.centreisere.concierge.order.invoice;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import fr.centreisere.concierge.order.company.Companies;
import fr.centreisere.concierge.order.company.Company;
import fr.centreisere.concierge.order.company.LegalAddress;
import fr.centreisere.concierge.order.money.Money;
import fr.centreisere.concierge.order.orders.CompletedOrder;
import fr.centreisere.concierge.order.orders.Orders;
import fr.centreisere.concierge.order.orders.Slot;

/**
 * Closes a month: one invoice per company for the employer's shares of its orders completed in that month
 * (Europe/Paris), one per member structure for the commission on its completed jobs, then the month marked
 * closed. Idempotent: a closed month issues nothing; a recipient already invoiced for the month is skipped
 * (its {@code issueKey}), so a closing interrupted half-way finishes on the next call and two concurrent
 * closings issue each invoice once. Every legal identity is read before anything is issued: when
 * provider-service is away nothing is issued.
 */
public class CloseMonth {

    /** What a closing did: the documents it issued, or those of a month closed before. */
    public record Closing(YearMonth month, boolean alreadyClosed, List<Invoice> invoices) {
    }

    private final Orders orders;
    private final Companies companies;
    private final MemberIdentities members;
    private final Invoices invoices;
    private final MonthClosings closings;
    private final java.util.function.Supplier<PoleIdentity> poleIdentity;
    private final Clock clock;

    public CloseMonth(Orders orders, Companies companies, MemberIdentities members, Invoices invoices,
            MonthClosings closings, java.util.function.Supplier<PoleIdentity> poleIdentity, Clock clock) {
        this.orders = orders;
        this.companies = companies;
        this.members = members;
        this.invoices = invoices;
        this.closings = closings;
        this.poleIdentity = poleIdentity;
        this.clock = clock;
    }

    /**
     * @throws InvoiceConflict when the month is not over yet (Paris time)
     * @throws LegalIdentityUnavailable when a member's identity cannot be read (nothing issued)
     * @throws PoleIdentityMissing when the pole's own identity is not configured
     */
    public Closing close(YearMonth month) {
        Instant now = clock.instant();
        PoleIdentity pole = poleIdentity.get();
        ZoneId zone = Slot.TERRITORY_ZONE;
        LocalDate today = now.atZone(zone).toLocalDate();
        if (!YearMonth.from(today).isAfter(month)) {
            throw InvoiceConflict.monthNotOver(month);
        }
        if (closings.isClosed(month)) {
            return new Closing(month, true, invoices.all(month, InvoiceType.INVOICE));
        }
        Instant from = month.atDay(1).atStartOfDay(zone).toInstant();
        Instant to = month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
        List<CompletedOrder> completed = orders.completedBetween(from, to);

        Map<String, List<EmployerShareLines.Share>> byCompany = new TreeMap<>();
        Map<String, List<InvoiceLine>> byMember = new TreeMap<>();
        for (CompletedOrder order : completed) {
            LocalDate day = order.completedAt().atZone(zone).toLocalDate();
            if (!YearMonth.from(day).equals(month)) {
                continue;
            }
            String what = order.serviceTitleFr();
            if (order.companyId() != null && order.employerShare().cents() > 0) {
                byCompany.computeIfAbsent(order.companyId(), c -> new ArrayList<>()).add(new EmployerShareLines.Share(
                        order.number(), "Part employeur — " + what, day, order.vatRatePercent(),
                        order.employerShare()));
            }
            if (order.memberId() != null && order.commission().cents() > 0) {
                byMember.computeIfAbsent(order.memberId(), m -> new ArrayList<>()).add(new InvoiceLine(order.number(),
                        "Commission d'apport d'affaires — " + what, day, pole.commissionVatRatePercent(),
                        order.commission(), null));
            }
        }

        // every buyer first, so that a missing identity stops the closing before anything is issued
        Map<String, Party> companyParties = new LinkedHashMap<>();
        byCompany.keySet().forEach(id -> companies.find(id).ifPresent(c -> companyParties.put(id, partyOf(c))));
        Map<String, Party> memberParties = new LinkedHashMap<>();
        for (String memberId : byMember.keySet()) {
            members.of(memberId).ifPresent(party -> memberParties.put(memberId, party));
        }

        LocalDate due = today.plusDays(pole.terms().days());
        List<InvoiceDraft> drafts = new ArrayList<>();
        companyParties.forEach((id, buyer) -> {
            EmployerShareLines.Split split = EmployerShareLines.of(byCompany.get(id));
            drafts.add(draft(pole, month, RecipientKind.COMPANY, id, buyer, now, today, due, split.lines(), split.rounding()));
        });
        memberParties.forEach((id, buyer) -> drafts.add(draft(pole, month, RecipientKind.MEMBER, id, buyer, now, today, due,
                byMember.get(id).stream().sorted(Comparator.comparing(InvoiceLine::date)
                        .thenComparing(InvoiceLine::reference)).toList(), Money.ZERO)));

        List<Invoice> issued = new ArrayList<>();
        for (InvoiceDraft draft : drafts) {
            invoices.issue(draft).ifPresent(issued::add);
        }
        closings.markClosed(month, now, issued.size());
        return new Closing(month, false, issued);
    }

    private static InvoiceDraft draft(PoleIdentity pole, YearMonth month, RecipientKind kind, String id, Party buyer, Instant now,
            LocalDate today, LocalDate due, List<InvoiceLine> lines, Money rounding) {
        return new InvoiceDraft(InvoiceType.INVOICE, InvoiceDraft.monthKey(month, kind, id), month, kind, id,
                pole.party(), buyer, now, today, due, pole.terms(), lines, rounding, null, null);
    }

    /** The company as a buyer: its legal address, else its first site's (no city known then). */
    static Party partyOf(Company company) {
        LegalAddress legal = company.legalAddress();
        if (legal != null) {
            return new Party(company.name(), legal.line1(), legal.line2(), legal.postalCode(), legal.city(), "FR",
                    company.siret().value(), legal.vatNumber(), null);
        }
        var site = company.sites().isEmpty() ? null : company.sites().get(0).address();
        return new Party(company.name(), site == null ? "" : site.line1(), site == null ? null : site.line2(),
                site == null ? "" : site.postalCode(), "", "FR", company.siret().value(), null, null);
    }
}
