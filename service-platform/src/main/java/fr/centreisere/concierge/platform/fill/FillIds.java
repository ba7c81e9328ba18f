package fr.centreisere.concierge.platform.fill;

import java.util.List;
import java.util.Map;

/**
 * The ids of batch {@code b} of generated volume: distinct from every id the services make (those are
 * UUIDs or {@code -demo-} seeds) and from every other batch's, so a second fill adds to the first.
 * Order numbers take the year's sequence from {@value #NUMBER_BASE} × the batch on, far above the
 * numbers real orders get (and the demo seed's {@code 9MM00n}).
 */
public final class FillIds {

    public static final long NUMBER_BASE = 10_000_000L;

    /** The demo seed's companies (order-service's SeedCompanies) and the e-mail domain of their staff. */
    public static final Map<String, String> COMPANY_DOMAINS = Map.of(
            "cmp-demo-alpes-numerique", "alpes-numerique.fr",
            "cmp-fromagerie-cooperative-du-vercors", "fromagerie-vercors.fr",
            "cmp-mecanique-voironnaise-de-precision", "mvp-voiron.fr");

    /** The categories each demo company's contract pays a share of (order-service's SeedCompanies). */
    public static final Map<String, java.util.Set<String>> COMPANY_CATEGORIES = Map.of(
            "cmp-demo-alpes-numerique", java.util.Set.of("DELIVERY", "IRONING_LAUNDRY", "BIKE_RENTAL", "SMALL_REPAIRS", "ERRANDS"),
            "cmp-fromagerie-cooperative-du-vercors", java.util.Set.of("DELIVERY", "IRONING_LAUNDRY", "ERRANDS", "CLEANING"),
            "cmp-mecanique-voironnaise-de-precision", java.util.Set.of("SMALL_REPAIRS", "BIKE_RENTAL", "DELIVERY", "GARDENING"));

    /** Whether an employee of that company orders that category under the contract. */
    public static boolean billedToCompany(String companyId, String category) {
        return COMPANY_CATEGORIES.getOrDefault(companyId, java.util.Set.of()).contains(category);
    }

    public static final List<String> COMPANIES = COMPANY_DOMAINS.keySet().stream().sorted().toList();

    private FillIds() {
    }

    public static String orderId(int batch, int index) {
        return "ord-fill%d-%06d".formatted(batch, index);
    }

    public static String number(int batch, int year, int index) {
        return "CI-%d-%d".formatted(year, NUMBER_BASE * batch + index);
    }

    public static String userId(int batch, int index) {
        return "usr-fill%d-r%05d".formatted(batch, index);
    }

    public static String email(int batch, int index, String domain) {
        return "resident.fill%d.%05d@%s".formatted(batch, index, domain);
    }

    /** The domain of residents who work for no company. */
    public static final String RESIDENT_DOMAIN = "fill.concierge.test";
}
