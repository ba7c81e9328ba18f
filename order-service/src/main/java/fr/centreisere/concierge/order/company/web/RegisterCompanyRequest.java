package fr.centreisere.concierge.order.company.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;

import fr.centreisere.concierge.order.company.Company;
import fr.centreisere.concierge.order.company.Contract;
import fr.centreisere.concierge.order.company.Site;
import fr.centreisere.concierge.order.company.Siret;
import fr.centreisere.concierge.order.money.Money;
import fr.centreisere.concierge.order.orders.Address;
import fr.centreisere.concierge.platform.text.PrintableText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * {@code POST /api/companies} (docs/API.md). A site's {@code address} is an object of the order's address
 * shape ({@code line1, line2?, postalCode}); a site may give its own {@code id} (else {@code site-1},
 * {@code site-2}, … in the order given).
 */
record RegisterCompanyRequest(
        @NotBlank(message = "{validation.required}") @PrintableText(max = 120) String name,
        @NotBlank(message = "{validation.required}")
        @Pattern(regexp = "\\d{14}", message = "{validation.siret-digits}") String siret,
        @NotEmpty(message = "{validation.at-least-one-domain}")
        @Size(max = 20) List<@NotBlank @Size(max = 100) @Pattern(regexp = "[A-Za-z0-9.-]+", message = "{validation.domain}") String> emailDomains,
        @Size(max = 50) List<@Valid @NotNull SiteRequest> sites,
        @NotNull(message = "{validation.required}") @Valid ContractRequest contract,
        @Nullable @PositiveOrZero Long version) {

    record SiteRequest(
            @Nullable @Size(max = 60) @Pattern(regexp = "[a-z0-9-]+", message = "{validation.slug}") String id,
            @NotBlank(message = "{validation.required}") @PrintableText(max = 120) String name,
            @NotNull(message = "{validation.required}") @Valid AddressRequest address,
            @NotBlank(message = "{validation.required}")
            @Pattern(regexp = "\\d[0-9AB]\\d{3}", message = "{id.insee}")
            String communeInsee) {
    }

    record AddressRequest(
            @NotBlank(message = "{validation.required}") @PrintableText(max = 200) String line1,
            @Nullable @PrintableText(max = 200) String line2,
            @NotBlank(message = "{validation.required}")
            @Pattern(regexp = "\\d{5}", message = "{validation.postal-code}") String postalCode) {
    }

    record ContractRequest(
            @NotNull(message = "{validation.required}") @DecimalMin(value = "0", message = "{validation.percent}")
            @DecimalMax(value = "100", message = "{validation.percent}")
            @Digits(integer = 3, fraction = 2, message = "{validation.two-decimals}")
            BigDecimal employerSharePercent,
            @NotNull(message = "{validation.required}") @PositiveOrZero(message = "{validation.positive}")
            Long monthlyCapCentsPerEmployee,
            @NotEmpty(message = "{validation.at-least-one-category}")
            List<@NotBlank @Pattern(regexp = "[A-Z_]{2,40}", message = "{validation.category-code}") String> includedCategories,
            @NotNull(message = "{validation.required}") LocalDate validFrom,
            @Nullable LocalDate validTo) {

        @AssertTrue(message = "{validation.end-after-start}")
        boolean isValidToAfterValidFrom() {
            return validFrom == null || validTo == null || !validTo.isBefore(validFrom);
        }
    }

    /** The company as asked; on a change (PUT) the id, registration date and version are the stored ones. */
    Company toCompany(Clock clock) {
        List<SiteRequest> asked = sites == null ? List.of() : sites;
        List<Site> siteList = new java.util.ArrayList<>();
        for (int i = 0; i < asked.size(); i++) {
            SiteRequest site = asked.get(i);
            String id = site.id() == null || site.id().isBlank() ? "site-" + (i + 1) : site.id();
            siteList.add(new Site(id, site.name().trim(), new Address(site.address().line1().trim(),
                    site.address().line2() == null || site.address().line2().isBlank() ? null : site.address().line2().trim(),
                    site.address().postalCode()), site.communeInsee()));
        }
        return new Company(Company.idFor(name), name.trim(), new Siret(siret), new HashSet<>(emailDomains), siteList,
                new Contract(contract.employerSharePercent(), Money.ofCents(contract.monthlyCapCentsPerEmployee()),
                        new HashSet<>(contract.includedCategories()), contract.validFrom(), contract.validTo()),
                clock.instant(), null);
    }
}
