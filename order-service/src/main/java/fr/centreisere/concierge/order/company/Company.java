package fr.centreisere.concierge.order.company;

import java.text.Normalizer;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * A company that contracts the concierge for its staff: who it is (name, SIRET), whose e-mail makes a
 * person one of its staff (domains, lower case), where orders may be delivered (sites) and what it pays
 * (contract), and where it is registered for its invoices (legal address, optional). Its id is {@code cmp-<slug of the name>}.
 */
public record Company(String id, String name, Siret siret, Set<String> emailDomains, List<Site> sites,
        Contract contract, Instant registeredAt, @Nullable Long version, @Nullable LegalAddress legalAddress) {

    /** A company whose legal address is not given (optional: its invoices then print its first site's). */
    public Company(String id, String name, Siret siret, Set<String> emailDomains, List<Site> sites, Contract contract,
            Instant registeredAt, @Nullable Long version) {
        this(id, name, siret, emailDomains, sites, contract, registeredAt, version, null);
    }

    public Company {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(siret, "siret");
        Objects.requireNonNull(contract, "contract");
        emailDomains = emailDomains.stream().map(Company::normalizeDomain).collect(Collectors.toUnmodifiableSet());
        sites = List.copyOf(sites);
        if (emailDomains.isEmpty()) {
            throw new CompanyRefused("company.no-email-domain");
        }
        if (sites.stream().map(Site::id).distinct().count() != sites.size()) {
            throw new CompanyRefused("company.duplicate-site-id");
        }
    }

    /** The id a company of that name gets: {@code cmp-} and the name without accents, in lower-case words. */
    public static String idFor(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        if (slug.isEmpty()) {
            throw new CompanyRefused("company.name-without-letters");
        }
        return "cmp-" + slug;
    }

    /** The part of an e-mail after its last '@', lower case; nothing for something that is not an e-mail. */
    public static Optional<String> domainOf(@Nullable String email) {
        if (email == null) {
            return Optional.empty();
        }
        int at = email.lastIndexOf('@');
        if (at <= 0 || at == email.length() - 1) {
            return Optional.empty();
        }
        return Optional.of(normalizeDomain(email.substring(at + 1)));
    }

    static String normalizeDomain(String domain) {
        String normalized = domain.trim().toLowerCase(Locale.ROOT);
        if (normalized.startsWith("@")) {
            normalized = normalized.substring(1);
        }
        if (!normalized.matches("[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+")) {
            throw new CompanyRefused("company.email-domain-invalid", domain);
        }
        return normalized;
    }

    /** Whether that e-mail address belongs to this company's staff (domain compared without case). */
    public boolean employs(@Nullable String email) {
        return domainOf(email).map(emailDomains::contains).orElse(false);
    }

    public Optional<Site> site(String siteId) {
        return sites.stream().filter(site -> site.id().equals(siteId)).findFirst();
    }
}
