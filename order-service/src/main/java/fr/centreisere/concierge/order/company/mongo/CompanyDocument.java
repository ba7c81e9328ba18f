package fr.centreisere.concierge.order.company.mongo;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/** A company as stored; percentages as decimal text, dates as ISO text (no time-zone conversion). */
@Document("companies")
record CompanyDocument(@Id String id, String name, @Indexed(unique = true) String siret,
        @Indexed List<String> emailDomains, List<SitePart> sites, ContractPart contract, Instant registeredAt,
        long version, @Nullable LegalAddressPart legalAddress) {

    record LegalAddressPart(String line1, @Nullable String line2, String postalCode, String city,
            @Nullable String vatNumber) {
    }

    record SitePart(String id, String name, String line1, @Nullable String line2, String postalCode,
            String communeInsee) {
    }

    record ContractPart(String employerSharePercent, long monthlyCapCentsPerEmployee, List<String> includedCategories,
            String validFrom, @Nullable String validTo) {
    }
}
