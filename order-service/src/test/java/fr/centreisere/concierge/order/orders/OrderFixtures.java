package fr.centreisere.concierge.order.orders;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import fr.centreisere.concierge.order.catalog.ServiceOffer;
import fr.centreisere.concierge.platform.i18n.Languages;
import fr.centreisere.concierge.platform.i18n.LocalizedException;
import fr.centreisere.concierge.platform.i18n.Message;
import fr.centreisere.concierge.platform.i18n.Texts;

/** A resident of Voiron orders a bike repair: the offer, the request and the order, at a fixed instant. */
public final class OrderFixtures {

    /** Wednesday 2 December 2026, 10:00 in Paris. */
    public static final Instant NOW = Instant.parse("2026-12-02T09:00:00Z");

    public static final Caller RESIDENT = Caller.resident("usr-demo-resident", "Camille Résidente");
    public static final Caller OTHER_RESIDENT = Caller.resident("usr-other", "Autre");
    public static final Caller COORDINATOR = Caller.coordinator("usr-demo-coordinator");
    public static final String MEMBER = "mbr-atelier-velo-voironnais";

    private OrderFixtures() {
    }

    public static ServiceOffer offer() {
        return new ServiceOffer("svc-reparation-velo", "Réparation de vélo", "Bike repair", "SMALL_REPAIRS",
                "PER_HOUR", 2_500, new BigDecimal("20"), 1, 4, 24, ServiceOffer.Audience.ALL, true, true,
                new BigDecimal("8"), List.of("38500"));
    }

    public static OrderRequest request() {
        return new OrderRequest("svc-reparation-velo", 2, "38563", new Address("12 rue Mainssieux", null, "38500"),
                new Slot(LocalDate.of(2026, 12, 4), LocalTime.of(14, 0), LocalTime.of(16, 0)), "Pneu crevé",
                null, Billing.PERSONAL);
    }

    public static Order placed() {
        return Order.place("ord-1", "CI-2026-000001", new Customer(RESIDENT.userId(), RESIDENT.displayName()), request(),
                "key-1", offer(), NOW);
    }

    public static JobEvent event(String id, JobEventType type, String member, Instant at) {
        return new JobEvent(id, type, "job-1", member, at, null);
    }

    /** The texts as readers read them: order-service's bundles and the platform's. */
    public static final Texts TEXTS = new Texts(Texts.bundles("i18n/messages", "i18n/platform"));

    /** A history entry's reason as an English reader reads it. */
    public static String english(HistoryEntry entry) {
        return String.valueOf(entry.reason(message -> TEXTS.text(message, Languages.ENGLISH)));
    }

    /** A history entry's reason as a French reader reads it. */
    public static String french(HistoryEntry entry) {
        return String.valueOf(entry.reason(message -> TEXTS.text(message, Languages.FRENCH)));
    }

    /** A refusal as a French reader reads it, then as an English reader does: « français / English ». */
    public static String bothLanguages(Throwable refusal) {
        if (refusal instanceof OrderRefused refused) {
            return TEXTS.text(refused.text(Languages.FRENCH), Languages.FRENCH) + " / "
                    + TEXTS.text(refused.text(Languages.ENGLISH), Languages.ENGLISH);
        }
        Message text = ((LocalizedException) refusal).text();
        return TEXTS.text(text, Languages.FRENCH) + " / " + TEXTS.text(text, Languages.ENGLISH);
    }
}
