package fr.centreisere.concierge.order.orders.mongo;

import java.time.LocalDate;
import java.util.Objects;

import fr.centreisere.concierge.order.orders.Order;
import fr.centreisere.concierge.order.orders.OrderQuery;
import org.bson.Document;
import org.jspecify.annotations.Nullable;

/**
 * What a period's report counts of one order (issue 15): its slot day and the fields the report groups,
 * filters and sums by, at one version of the order. Version {@code v} of an order holds one content
 * forever, so an entry of {@link OrderDayTallies} is exactly the stored order of that version.
 */
public record TalliedOrder(String id, LocalDate day, long version, String state, String category, String communeInsee,
        @Nullable String memberId, @Nullable String companyId, long subtotalCents, long commissionCents) {

    /** The stored order's fields read to tally it (a projection of the orders' collection). */
    static final Document STORED_FIELDS = new Document("slot.date", 1).append("version", 1).append("state", 1)
            .append("category", 1).append("communeInsee", 1).append("memberId", 1).append("companyId", 1)
            .append("price.subtotalCents", 1).append("price.commissionCents", 1);

    static TalliedOrder of(Order order, long version) {
        return new TalliedOrder(order.id(), order.slot().date(), version, order.state().name(), order.category(),
                order.communeInsee(), order.memberId(), order.companyId(), order.price().subtotal().cents(),
                order.price().commission().cents());
    }

    /** From an order as stored (at least {@link #STORED_FIELDS}). */
    static TalliedOrder ofStored(Document stored) {
        Document slot = stored.get("slot", Document.class);
        Document price = stored.get("price", Document.class);
        return new TalliedOrder(stored.getString("_id"), LocalDate.parse(slot.getString("date")),
                number(stored, "version"), stored.getString("state"), stored.getString("category"),
                stored.getString("communeInsee"), stored.getString("memberId"), stored.getString("companyId"),
                number(price, "subtotalCents"), number(price, "commissionCents"));
    }

    /**
     * An entry of a day's tallies: the version first, so that {@code $max} keeps the newest version's entry
     * (documents compare field by field, in order: MongoDB and the embedded store alike).
     */
    Document entry() {
        return new Document(VERSION, version).append("state", state).append("category", category)
                .append("commune", communeInsee).append("member", memberId).append("company", companyId)
                .append("subtotal", subtotalCents).append("commission", commissionCents);
    }

    /** The entry left on the day an order moved from at {@code version}: newer than every entry before it. */
    static Document gone(long version) {
        return new Document(VERSION, version).append(GONE, true);
    }

    static final String VERSION = "v";
    static final String GONE = "gone";

    /** The order an entry of {@code day} stands for; nothing for a {@link #gone} one. */
    static @Nullable TalliedOrder ofEntry(String id, LocalDate day, Document entry) {
        if (entry.getBoolean(GONE, false)) {
            return null;
        }
        return new TalliedOrder(id, day, number(entry, VERSION), entry.getString("state"), entry.getString("category"),
                entry.getString("commune"), entry.getString("member"), entry.getString("company"),
                number(entry, "subtotal"), number(entry, "commission"));
    }

    /** Whether the report counts both the same way (the same day and fields, whatever the versions). */
    boolean talliesAs(TalliedOrder other) {
        return day.equals(other.day) && state.equals(other.state) && category.equals(other.category)
                && communeInsee.equals(other.communeInsee) && Objects.equals(memberId, other.memberId)
                && Objects.equals(companyId, other.companyId) && subtotalCents == other.subtotalCents
                && commissionCents == other.commissionCents;
    }

    /**
     * Whether the query selects it, with the equalities {@link OrderCriteria} writes for the store: state,
     * commune, category, member, company, and the period's days.
     */
    public boolean matches(OrderQuery query) {
        return (query.state() == null || query.state().name().equals(state))
                && (query.communeInsee() == null || query.communeInsee().equals(communeInsee))
                && (query.category() == null || query.category().equals(category))
                && (query.memberId() == null || query.memberId().equals(memberId))
                && (query.companyId() == null || query.companyId().equals(companyId))
                && (query.from() == null || !day.isBefore(query.from()))
                && (query.to() == null || !day.isAfter(query.to()));
    }

    static long number(Document document, String field) {
        return document.get(field) instanceof Number n ? n.longValue() : 0L;
    }
}
