package fr.centreisere.concierge.order.company.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

import fr.centreisere.concierge.order.company.Companies;
import fr.centreisere.concierge.order.company.Company;
import fr.centreisere.concierge.order.company.CompanyConflict;
import fr.centreisere.concierge.order.company.Contract;
import fr.centreisere.concierge.order.company.LegalAddress;
import fr.centreisere.concierge.order.company.Site;
import fr.centreisere.concierge.order.company.Siret;
import fr.centreisere.concierge.order.company.mongo.CompanyDocument.ContractPart;
import fr.centreisere.concierge.order.company.mongo.CompanyDocument.SitePart;
import fr.centreisere.concierge.order.money.Money;
import fr.centreisere.concierge.order.orders.Address;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.bson.Document;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/** Companies in MongoDB; the id (from the name) and the SIRET are unique. */
@Repository
class MongoCompanies implements Companies {

    private final MongoTemplate mongo;

    MongoCompanies(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Company insert(Company company) {
        try {
            return toCompany(mongo.insert(toDocument(company)));
        } catch (DuplicateKeyException duplicate) {
            throw new CompanyConflict("company.already-registered", company.id());
        }
    }

    @Override
    public Optional<Company> find(String companyId) {
        return Optional.ofNullable(mongo.findById(companyId, CompanyDocument.class)).map(MongoCompanies::toCompany);
    }

    @Override
    public Optional<Company> findByEmailDomain(String domain) {
        return Optional.ofNullable(mongo.findOne(query(where("emailDomains").is(domain)), CompanyDocument.class))
                .map(MongoCompanies::toCompany);
    }

    @Override
    public List<Company> all() {
        return mongo.find(new org.springframework.data.mongodb.core.query.Query().with(Sort.by("name")),
                CompanyDocument.class).stream().map(MongoCompanies::toCompany).toList();
    }

    @Override
    public Company update(Company changed) {
        long expected = changed.version() == null ? 0 : changed.version();
        CompanyDocument next = toDocument(new Company(changed.id(), changed.name(), changed.siret(), changed.emailDomains(),
                changed.sites(), changed.contract(), changed.registeredAt(), expected + 1));
        // every field but the id, as the converter writes them, set in one conditional update
        Document replacement = new Document();
        mongo.getConverter().write(next, replacement);
        replacement.remove("_id");
        Update update = new Update();
        replacement.forEach(update::set);
        CompanyDocument stored;
        try {
            stored = mongo.findAndModify(query(where("_id").is(changed.id()).and("version").is(expected)), update,
                    FindAndModifyOptions.options().returnNew(true), CompanyDocument.class);
        } catch (DuplicateKeyException duplicate) {
            throw new CompanyConflict("company.siret-taken");
        }
        if (stored == null) {
            throw new CompanyConflict("company.changed-meanwhile", expected);
        }
        return toCompany(stored);
    }

    static CompanyDocument toDocument(Company company) {
        Contract contract = company.contract();
        return new CompanyDocument(company.id(), company.name(), company.siret().value(),
                company.emailDomains().stream().sorted().toList(),
                company.sites().stream().map(site -> new SitePart(site.id(), site.name(), site.address().line1(),
                        site.address().line2(), site.address().postalCode(), site.communeInsee())).toList(),
                new ContractPart(contract.employerSharePercent().toPlainString(), contract.monthlyCapPerEmployee().cents(),
                        contract.includedCategories().stream().sorted().toList(), contract.validFrom().toString(),
                        contract.validTo() == null ? null : contract.validTo().toString()),
                company.registeredAt(), company.version() == null ? 0 : company.version(),
                // absent (null) is not written, so an update without it keeps the stored one
                company.legalAddress() == null ? null : new CompanyDocument.LegalAddressPart(
                        company.legalAddress().line1(), company.legalAddress().line2(),
                        company.legalAddress().postalCode(), company.legalAddress().city(),
                        company.legalAddress().vatNumber()));
    }

    static Company toCompany(CompanyDocument d) {
        ContractPart c = d.contract();
        return new Company(d.id(), d.name(), new Siret(d.siret()), new HashSet<>(d.emailDomains()),
                d.sites().stream().map(s -> new Site(s.id(), s.name(), new Address(s.line1(), s.line2(), s.postalCode()),
                        s.communeInsee())).toList(),
                new Contract(new BigDecimal(c.employerSharePercent()), Money.ofCents(c.monthlyCapCentsPerEmployee()),
                        new HashSet<>(c.includedCategories()), LocalDate.parse(c.validFrom()),
                        c.validTo() == null ? null : LocalDate.parse(c.validTo())),
                d.registeredAt(), d.version(), d.legalAddress() == null ? null
                        : new LegalAddress(d.legalAddress().line1(), d.legalAddress().line2(),
                                d.legalAddress().postalCode(), d.legalAddress().city(), d.legalAddress().vatNumber()));
    }
}
