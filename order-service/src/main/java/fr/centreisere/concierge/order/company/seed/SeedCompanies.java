package fr.centreisere.concierge.order.company.seed;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import fr.centreisere.concierge.order.company.Company;
import fr.centreisere.concierge.order.company.Contract;
import fr.centreisere.concierge.order.company.Employee;
import fr.centreisere.concierge.order.company.EmployeeStatus;
import fr.centreisere.concierge.order.company.LegalAddress;
import fr.centreisere.concierge.order.company.Site;
import fr.centreisere.concierge.order.company.Siret;
import fr.centreisere.concierge.order.money.Money;
import fr.centreisere.concierge.order.orders.Address;
import fr.centreisere.concierge.order.orders.Billing;
import fr.centreisere.concierge.order.orders.Customer;
import fr.centreisere.concierge.order.orders.HistoryEntry;
import fr.centreisere.concierge.order.orders.Order;
import fr.centreisere.concierge.order.orders.OrderRequest;
import fr.centreisere.concierge.order.orders.ProviderMessages;
import fr.centreisere.concierge.platform.i18n.Message;
import fr.centreisere.concierge.platform.outbox.OutboxMessage;
import fr.centreisere.concierge.order.orders.OrderState;
import fr.centreisere.concierge.order.orders.PriceBreakdown;
import fr.centreisere.concierge.order.orders.ServiceTitle;
import fr.centreisere.concierge.order.orders.Slot;

/**
 * Three companies of the territory (invented names, real communes and postal codes), their contracts,
 * approved employees (the demo employee {@code usr-demo-employee} of {@code cmp-demo-alpes-numerique},
 * docs/INTERNAL-API.md) and the demo employee's completed orders of the previous and the current month,
 * billed to Alpes Numérique, so that its statements are not empty. The previous month's orders reach
 * the cap exactly (the last one is split at it).
 */
final class SeedCompanies {

    static final String DEMO_COMPANY = "cmp-demo-alpes-numerique";
    static final String DEMO_EMPLOYEE = "usr-demo-employee";

    private SeedCompanies() {
    }

    static List<Company> companies(Instant now) {
        int year = now.atZone(Slot.TERRITORY_ZONE).getYear();
        LocalDate from = LocalDate.of(year - 1, 1, 1);
        LocalDate to = LocalDate.of(year + 1, 12, 31);
        return List.of(
                new Company(DEMO_COMPANY, "Alpes Numérique", new Siret("85236941000018"), Set.of("alpes-numerique.fr"),
                        List.of(new Site("voiron-siege", "Siège de Voiron",
                                        new Address("27 boulevard Edgar Kofler", "Accueil, 2e étage", "38500"), "38563"),
                                new Site("moirans-atelier", "Atelier de Moirans",
                                        new Address("155 rue de la Poste", null, "38430"), "38239")),
                        new Contract(new BigDecimal("50"), Money.ofCents(8_000),
                                Set.of("DELIVERY", "IRONING_LAUNDRY", "BIKE_RENTAL", "SMALL_REPAIRS", "ERRANDS"), from, to),
                        now, null, new LegalAddress("27 boulevard Edgar Kofler", null, "38500", "Voiron", "FR62852369410")),
                new Company("cmp-fromagerie-cooperative-du-vercors", "Fromagerie coopérative du Vercors",
                        new Siret("87412365900011"), Set.of("fromagerie-vercors.fr"),
                        List.of(new Site("saint-marcellin-laiterie", "Laiterie de Saint-Marcellin",
                                        new Address("5 route de Chatte", null, "38160"), "38416"),
                                new Site("vinay-entrepot", "Entrepôt de Vinay",
                                        new Address("12 avenue de la Gare", null, "38470"), "38559")),
                        new Contract(new BigDecimal("40"), Money.ofCents(6_000),
                                Set.of("DELIVERY", "IRONING_LAUNDRY", "ERRANDS", "CLEANING"), from, to),
                        now, null, new LegalAddress("5 route de Chatte", null, "38160", "Saint-Marcellin", "FR45874123659")),
                new Company("cmp-mecanique-voironnaise-de-precision", "Mécanique voironnaise de précision",
                        new Siret("90231456700014"), Set.of("mvp-voiron.fr"),
                        List.of(new Site("voiron-usine", "Usine des Blanchisseries",
                                        new Address("40 rue des Blanchisseries", null, "38500"), "38563"),
                                new Site("rives-logistique", "Plateforme logistique de Rives",
                                        new Address("8 rue de la Fure", null, "38140"), "38337")),
                        new Contract(new BigDecimal("60"), Money.ofCents(10_000),
                                Set.of("SMALL_REPAIRS", "BIKE_RENTAL", "DELIVERY", "GARDENING"), from, to),
                        now, null, new LegalAddress("40 rue des Blanchisseries", null, "38500", "Voiron", "FR21902314567")));
    }

    static List<Employee> employees(Instant now) {
        Instant asked = now.minus(Duration.ofDays(60));
        return List.of(
                approved(DEMO_COMPANY, DEMO_EMPLOYEE, "employee@alpes-numerique.fr", "Étienne Employé", asked),
                approved(DEMO_COMPANY, "usr-demo-alpes-ines", "ines.garnier@alpes-numerique.fr", "Inès Garnier", asked),
                new Employee(DEMO_COMPANY, "usr-demo-alpes-lucas", "lucas.martin@alpes-numerique.fr", "Lucas Martin",
                        EmployeeStatus.PENDING, now.minus(Duration.ofDays(2)), null, null, null),
                approved("cmp-fromagerie-cooperative-du-vercors", "usr-demo-vercors-julie",
                        "julie.roux@fromagerie-vercors.fr", "Julie Roux", asked),
                approved("cmp-mecanique-voironnaise-de-precision", "usr-demo-mvp-karim", "karim.benali@mvp-voiron.fr",
                        "Karim Benali", asked));
    }

    private static Employee approved(String company, String user, String email, String name, Instant asked) {
        return new Employee(company, user, email, name, EmployeeStatus.APPROVED, asked, asked.plus(Duration.ofHours(3)),
                "usr-demo-company-admin", null);
    }

    /** A demo order to write: what was ordered, and who did it. */
    record PastOrder(String id, String number, String serviceId, String titleFr, String titleEn, String category,
            int quantity, long unitPriceCents, String memberId, LocalDate day) {

        Order toOrder(Money employerShare) {
            ZonedDateTime placed = day.minusDays(1).atTime(9, 0).atZone(Slot.TERRITORY_ZONE);
            Slot slot = new Slot(day, LocalTime.of(10, 0), LocalTime.of(12, 0));
            Address address = new Address("27 boulevard Edgar Kofler", "Accueil, 2e étage", "38500");
            PriceBreakdown price = PriceBreakdown.personal(Money.ofCents(unitPriceCents), quantity, new BigDecimal("20"),
                    new BigDecimal("8")).withEmployerShare(employerShare);
            Instant createdAt = placed.toInstant();
            Instant start = slot.start().toInstant();
            Instant end = ZonedDateTime.of(day, slot.to(), Slot.TERRITORY_ZONE).toInstant();
            String member = "member:" + memberId;
            List<HistoryEntry> history = List.of(
                    new HistoryEntry(OrderState.PLACED, createdAt, DEMO_EMPLOYEE, Message.of("order.history.placed")),
                    new HistoryEntry(OrderState.DISPATCHING, createdAt.plusSeconds(1), member,
                            Message.of("order.history.offered", memberId)),
                    new HistoryEntry(OrderState.ASSIGNED, createdAt.plus(Duration.ofMinutes(20)), member,
                            Message.of("order.history.accepted", memberId)),
                    new HistoryEntry(OrderState.IN_PROGRESS, start, member, Message.of("order.history.started")),
                    new HistoryEntry(OrderState.COMPLETED, end, member, Message.of("order.history.completed")));
            // already dispatched long ago: the outbox has nothing left to send
            List<OutboxMessage> outbox = List.of(OutboxMessage.pending(id + "-m1", ProviderMessages.DESTINATION,
                    ProviderMessages.Kind.DISPATCH.name(), java.util.Map.of(), createdAt)
                    .delivered(createdAt.plusSeconds(1), null));
            String key = "demo-seed-" + id;
            OrderRequest request = new OrderRequest(serviceId, quantity, null, null, slot, null, null, Billing.COMPANY,
                    "voiron-siege");
            return new Order(id, number, new Customer(DEMO_EMPLOYEE, "Étienne Employé"), serviceId,
                    new ServiceTitle(titleFr, titleEn), category, quantity, "38563", address, slot, null, null,
                    Billing.COMPANY, DEMO_COMPANY, price, createdAt, key, request.fingerprint(), OrderState.COMPLETED,
                    memberId, "job-" + id, null, end, null, history, outbox, List.of(), null);
        }

        Instant placedAt() {
            return day.minusDays(1).atTime(9, 0).atZone(Slot.TERRITORY_ZONE).toInstant();
        }

        Instant completedAt() {
            return ZonedDateTime.of(day, LocalTime.of(12, 0), Slot.TERRITORY_ZONE).toInstant();
        }
    }

    /**
     * The demo employee's orders: four in the previous month (days 5, 12, 19, 26), two in the current
     * month (days 3 and 10) when they are already over at {@code now}. Ids and numbers are fixed per month
     * ({@code ord-demo-alpes-<yyyy-MM>-<n>}, {@code CI-<yyyy>-9<MM>00<n>}, far above real numbers).
     */
    static List<PastOrder> pastOrders(Instant now) {
        YearMonth current = YearMonth.from(now.atZone(Slot.TERRITORY_ZONE));
        YearMonth previous = current.minusMonths(1);
        List<PastOrder> orders = new ArrayList<>();
        orders.add(order(previous, 1, 5, "svc-pressing-chemises", "Lavage et repassage de chemises",
                "Shirt washing and ironing", "IRONING_LAUNDRY", 10, 290, "mbr-pli-parfait"));
        orders.add(order(previous, 2, 12, "svc-reparation-velo", "Réparation et révision de vélo",
                "Bike repair and service", "SMALL_REPAIRS", 1, 3500, "mbr-atelier-velo-voironnais"));
        orders.add(order(previous, 3, 19, "svc-location-velo-electrique", "Location de vélo à assistance électrique",
                "E-bike rental", "BIKE_RENTAL", 2, 1800, "mbr-atelier-velo-voironnais"));
        orders.add(order(previous, 4, 26, "svc-location-velo-cargo", "Location de vélo cargo électrique",
                "Electric cargo bike rental", "BIKE_RENTAL", 2, 3500, "mbr-atelier-velo-voironnais"));
        List<PastOrder> thisMonth = List.of(
                order(current, 1, 3, "svc-navette-pressing-entreprise", "Navette pressing sur le lieu de travail",
                        "Workplace dry-cleaning shuttle", "DELIVERY", 1, 3500, "mbr-coursiers-du-voironnais"),
                order(current, 2, 10, "svc-livraison-courses", "Livraison de courses à domicile",
                        "Grocery delivery", "DELIVERY", 2, 790, "mbr-coursiers-du-voironnais"));
        thisMonth.stream().filter(o -> o.completedAt().isBefore(now)).forEach(orders::add);
        return orders;
    }

    private static PastOrder order(YearMonth month, int n, int day, String serviceId, String fr, String en,
            String category, int quantity, long unitPriceCents, String member) {
        String id = "ord-demo-alpes-%s-%d".formatted(month, n);
        String number = "CI-%d-9%02d00%d".formatted(month.getYear(), month.getMonthValue(), n);
        return new PastOrder(id, number, serviceId, fr, en, category, quantity, unitPriceCents, member,
                month.atDay(day));
    }
}
