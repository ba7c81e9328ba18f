package fr.centreisere.concierge.order.invoice.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import fr.centreisere.concierge.order.invoice.Invoice;
import fr.centreisere.concierge.order.invoice.InvoiceDraft;
import fr.centreisere.concierge.order.invoice.InvoiceLine;
import fr.centreisere.concierge.order.invoice.InvoiceNumber;
import fr.centreisere.concierge.order.invoice.InvoiceState;
import fr.centreisere.concierge.order.invoice.InvoiceType;
import fr.centreisere.concierge.order.invoice.Invoices;
import fr.centreisere.concierge.order.invoice.Party;
import fr.centreisere.concierge.order.invoice.PaymentTerms;
import fr.centreisere.concierge.order.invoice.RecipientKind;
import fr.centreisere.concierge.order.invoice.mongo.InvoiceDocument.LinePart;
import fr.centreisere.concierge.order.invoice.mongo.InvoiceDocument.PartyPart;
import fr.centreisere.concierge.order.invoice.mongo.InvoiceDocument.TermsPart;
import fr.centreisere.concierge.order.money.Money;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/**
 * Numbers without a counter: an issue reads the highest rank of its series and inserts rank + 1; the unique
 * indexes refuse a number another issue took meanwhile, and the insert is retried with the next. A number
 * exists only as a stored document, so the sequence has no gap (nothing is reserved that could be lost), and
 * no number is given twice. A duplicate {@code issueKey} means the document is issued already: nothing new.
 */
@Repository
class MongoInvoices implements Invoices {

    static final String COLLECTION = "invoices";
    private static final int ATTEMPTS = 200;

    private final MongoTemplate mongo;

    MongoInvoices(MongoTemplate mongo) {
        this.mongo = mongo;
        var indexes = mongo.indexOps(COLLECTION);
        indexes.createIndex(new Index().on("issueKey", Sort.Direction.ASC).unique().named("issueKey"));
        indexes.createIndex(new Index().on("series", Sort.Direction.ASC).on("sequence", Sort.Direction.ASC).unique()
                .named("series_sequence"));
    }

    @Override
    public Optional<Invoice> issue(InvoiceDraft draft) {
        String series = InvoiceNumber.series(draft.type(), draft.year());
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            if (findByIssueKey(draft.issueKey()).isPresent()) {
                return Optional.empty();
            }
            InvoiceNumber number = new InvoiceNumber(draft.type(), draft.year(), lastSequence(series) + 1);
            Invoice invoice = Invoice.issued(number, draft);
            try {
                mongo.insert(toDocument(invoice));
                return Optional.of(invoice);
            } catch (DuplicateKeyException taken) {
                // that number (or that issueKey) was just taken by another issue: read again and retry
            }
        }
        throw new IllegalStateException("no number could be given to " + draft.issueKey() + " after " + ATTEMPTS + " attempts");
    }

    private int lastSequence(String series) {
        InvoiceDocument last = mongo.findOne(query(where("series").is(series)).with(Sort.by(Sort.Direction.DESC, "sequence")).limit(1),
                InvoiceDocument.class);
        return last == null ? 0 : last.sequence();
    }

    @Override
    public Optional<Invoice> find(String number) {
        return Optional.ofNullable(mongo.findById(number, InvoiceDocument.class)).map(MongoInvoices::toInvoice);
    }

    @Override
    public Optional<Invoice> findByIssueKey(String issueKey) {
        return Optional.ofNullable(mongo.findOne(query(where("issueKey").is(issueKey)), InvoiceDocument.class))
                .map(MongoInvoices::toInvoice);
    }

    @Override
    public List<Invoice> ofRecipient(RecipientKind kind, String recipientId) {
        return find(query(where("recipientKind").is(kind.name()).and("recipientId").is(recipientId)));
    }

    @Override
    public List<Invoice> all(@Nullable YearMonth month, @Nullable InvoiceType type) {
        Criteria criteria = new Criteria();
        if (month != null) {
            criteria = criteria.and("month").is(month.toString());
        }
        if (type != null) {
            criteria = criteria.and("type").is(type.name());
        }
        return find(query(criteria));
    }

    private List<Invoice> find(Query query) {
        return mongo.find(query.with(Sort.by(Sort.Direction.DESC, "issuedAt").and(Sort.by(Sort.Direction.DESC, "_id"))),
                InvoiceDocument.class).stream().map(MongoInvoices::toInvoice).toList();
    }

    @Override
    public boolean markCredited(String number, String creditNoteNumber) {
        return mongo.updateFirst(query(where("_id").is(number).and("state").is(InvoiceState.ISSUED.name())),
                new Update().set("state", InvoiceState.CREDITED.name()).set("creditedBy", creditNoteNumber),
                InvoiceDocument.class).getModifiedCount() == 1;
    }

    static InvoiceDocument toDocument(Invoice invoice) {
        InvoiceDraft c = invoice.content();
        return new InvoiceDocument(invoice.number().value(), invoice.number().series(), invoice.number().sequence(),
                c.type().name(), c.issueKey(), invoice.state().name(), invoice.creditedBy(), c.month().toString(),
                c.recipientKind().name(), c.recipientId(), part(c.seller()), part(c.buyer()), c.issuedAt(),
                c.issueDate().toString(), c.dueDate().toString(),
                new TermsPart(c.terms().days(), c.terms().latePenaltyRatePercent().toPlainString(), c.terms().iban(),
                        c.terms().bic()),
                c.lines().stream().map(l -> new LinePart(l.reference(), l.description(), l.date().toString(),
                        l.vatRatePercent().toPlainString(), l.net().cents(),
                        l.grossShare() == null ? null : l.grossShare().cents())).toList(),
                c.rounding().cents(), c.creditedInvoice(), c.creditReason());
    }

    static Invoice toInvoice(InvoiceDocument d) {
        InvoiceDraft content = new InvoiceDraft(InvoiceType.valueOf(d.type()), d.issueKey(), YearMonth.parse(d.month()),
                RecipientKind.valueOf(d.recipientKind()), d.recipientId(), party(d.seller()), party(d.buyer()),
                d.issuedAt(), LocalDate.parse(d.issueDate()), LocalDate.parse(d.dueDate()),
                new PaymentTerms(d.terms().days(), new BigDecimal(d.terms().latePenaltyRatePercent()), d.terms().iban(),
                        d.terms().bic()),
                d.lines().stream().map(l -> new InvoiceLine(l.reference(), l.description(), LocalDate.parse(l.date()),
                        new BigDecimal(l.vatRatePercent()), Money.ofCents(l.netCents()),
                        l.grossShareCents() == null ? null : Money.ofCents(l.grossShareCents()))).toList(),
                Money.ofCents(d.roundingCents()), d.creditedInvoice(), d.creditReason());
        InvoiceNumber number = InvoiceNumber.parse(d.number()).orElseThrow();
        return new Invoice(number, content, InvoiceState.valueOf(d.state()), d.creditedBy());
    }

    private static PartyPart part(Party p) {
        return new PartyPart(p.name(), p.line1(), p.line2(), p.postalCode(), p.city(), p.countryCode(), p.siret(),
                p.vatNumber(), p.email());
    }

    private static Party party(PartyPart p) {
        return new Party(p.name(), p.line1(), p.line2(), p.postalCode(), p.city(), p.countryCode(), p.siret(),
                p.vatNumber(), p.email());
    }
}
