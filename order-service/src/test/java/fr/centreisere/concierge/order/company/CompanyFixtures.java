package fr.centreisere.concierge.order.company;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import fr.centreisere.concierge.order.money.Money;
import fr.centreisere.concierge.order.orders.Address;
import fr.centreisere.concierge.platform.page.Page;

/** A Voiron company with a 50 % contract capped at 80 € a month, and in-memory ports for domain tests. */
public final class CompanyFixtures {

    public static final String COMPANY = "cmp-alpes-numerique";

    private CompanyFixtures() {
    }

    public static Contract contract() {
        return new Contract(new BigDecimal("50"), Money.ofCents(8_000), Set.of("DELIVERY", "SMALL_REPAIRS"),
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
    }

    public static Company company() {
        return company(COMPANY, "alpes-numerique.fr", contract());
    }

    public static Company company(String id, String domain, Contract contract) {
        return new Company(id, "Alpes Numérique", new Siret("85236941000018"), Set.of(domain),
                List.of(new Site("voiron-siege", "Siège de Voiron", new Address("27 boulevard Edgar Kofler", null, "38500"),
                        "38563")), contract, Instant.parse("2026-01-01T00:00:00Z"), null);
    }

    public static CompanyCaller employee(String userId) {
        return new CompanyCaller(userId, userId + "@Alpes-Numerique.FR", "Employé " + userId, false, null);
    }

    public static final class InMemoryCompanies implements Companies {
        final Map<String, Company> byId = new HashMap<>();

        @Override
        public Company insert(Company company) {
            if (byId.putIfAbsent(company.id(), company) != null) {
                throw new CompanyConflict("taken");
            }
            return company;
        }

        @Override
        public Optional<Company> find(String companyId) {
            return Optional.ofNullable(byId.get(companyId));
        }

        @Override
        public Optional<Company> findByEmailDomain(String domain) {
            return byId.values().stream().filter(c -> c.emailDomains().contains(domain)).findFirst();
        }

        @Override
        public List<Company> all() {
            return List.copyOf(byId.values());
        }

        @Override
        public Company update(Company changed) {
            Company current = byId.get(changed.id());
            long expected = changed.version() == null ? 0 : changed.version();
            if (current == null || (current.version() == null ? 0 : current.version()) != expected) {
                throw new CompanyConflict("stale");
            }
            Company next = new Company(changed.id(), changed.name(), changed.siret(), changed.emailDomains(), changed.sites(),
                    changed.contract(), changed.registeredAt(), expected + 1);
            byId.put(next.id(), next);
            return next;
        }
    }

    public static final class InMemoryEmployees implements Employees {
        final Map<String, Employee> byKey = new HashMap<>();

        @Override
        public Optional<Employee> find(String companyId, String userId) {
            return Optional.ofNullable(byKey.get(companyId + "|" + userId));
        }

        @Override
        public Optional<Employee> findApproved(String userId) {
            return byKey.values().stream().filter(e -> e.userId().equals(userId) && e.approved()).findFirst();
        }

        @Override
        public boolean insert(Employee employee) {
            return byKey.putIfAbsent(employee.companyId() + "|" + employee.userId(), employee) == null;
        }

        @Override
        public Employee update(Employee employee) {
            byKey.put(employee.companyId() + "|" + employee.userId(), employee);
            return employee;
        }

        @Override
        public Page<Employee> list(String companyId, int page, int size) {
            List<Employee> all = byKey.values().stream().filter(e -> e.companyId().equals(companyId)).toList();
            return new Page<>(all, page, size, all.size());
        }
    }

    /** Allowances in a map, with the same rule as the Mongo adapter: within the cap, once per order. */
    public static final class InMemoryAllowances implements Allowances {
        final Map<String, Map<String, Money>> consumptions = new HashMap<>();

        @Override
        public Money used(String companyId, String userId, YearMonth month) {
            return of(companyId, userId, month).values().stream().reduce(Money.ZERO, Money::plus);
        }

        @Override
        public synchronized Optional<Money> reserve(String companyId, String userId, YearMonth month, String orderId,
                Money share, Money cap) {
            Map<String, Money> taken = of(companyId, userId, month);
            if (taken.containsKey(orderId)) {
                return Optional.of(taken.get(orderId));
            }
            if (used(companyId, userId, month).plus(share).compareTo(cap) > 0) {
                return Optional.empty();
            }
            taken.put(orderId, share);
            return Optional.of(share);
        }

        @Override
        public void release(String companyId, String userId, YearMonth month, String orderId) {
            of(companyId, userId, month).remove(orderId);
        }

        public List<String> months() {
            return new ArrayList<>(consumptions.keySet());
        }

        private Map<String, Money> of(String companyId, String userId, YearMonth month) {
            return consumptions.computeIfAbsent(companyId + "|" + userId + "|" + month, k -> new HashMap<>());
        }
    }
}
