package fr.centreisere.concierge.order.invoice.mongo;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An issued document as stored, its number the id. Unique: the number, ({@code series}, {@code sequence}),
 * and {@code issueKey} (one invoice per recipient and month, one credit note per invoice). Amounts in cents,
 * rates as decimal text, dates as ISO text.
 */
@Document(MongoInvoices.COLLECTION)
@CompoundIndex(name = "series_sequence", def = "{'series': 1, 'sequence': 1}", unique = true)
record InvoiceDocument(@Id String number, String series, int sequence, String type,
        @Indexed(unique = true) String issueKey, String state, @Nullable String creditedBy, String month,
        String recipientKind, String recipientId, PartyPart seller, PartyPart buyer, Instant issuedAt,
        String issueDate, String dueDate, TermsPart terms, List<LinePart> lines, long roundingCents,
        @Nullable String creditedInvoice, @Nullable String creditReason) {

    record PartyPart(String name, String line1, @Nullable String line2, String postalCode, String city,
            String countryCode, String siret, @Nullable String vatNumber, @Nullable String email) {
    }

    record TermsPart(int days, String latePenaltyRatePercent, String iban, @Nullable String bic) {
    }

    record LinePart(String reference, String description, String date, String vatRatePercent, long netCents,
            @Nullable Long grossShareCents) {
    }
}
