package fr.centreisere.concierge.order.orders.mongo;

import java.util.ArrayList;
import java.util.List;

import fr.centreisere.concierge.order.orders.OrderState;
import fr.centreisere.concierge.order.orders.OrderSummary;
import fr.centreisere.concierge.order.orders.ServiceTitle;
import fr.centreisere.concierge.platform.outbox.OutboxBson;
import org.bson.Document;

/**
 * What « Mes commandes » reads of a stored order (issue 15): the fields of {@link OrderSummary} and, of the
 * provider-service outbox, only whether each message is settled. History, events, address and the
 * messages' payloads are most of an order's bytes; the store leaves them out before it answers.
 */
final class StoredSummary {

    static final List<String> FIELDS = fields();

    private StoredSummary() {
    }

    private static List<String> fields() {
        List<String> fields = new ArrayList<>(List.of("number", "state", "serviceId", "serviceTitleFr",
                "serviceTitleEn", "category", "communeInsee", "slot", "price.totalCents", "price.customerShareCents",
                "memberId", "createdAt"));
        OutboxBson.SETTLEMENT_FIELDS.forEach(field -> fields.add("outbox." + field));
        return List.copyOf(fields);
    }

    /** The summary of a stored order, read as the projection of {@link #FIELDS} leaves it. */
    static OrderSummary of(Document stored) {
        Document slot = stored.get("slot", Document.class);
        Document price = stored.get("price", Document.class);
        List<Document> outbox = stored.getList("outbox", Document.class, List.of());
        return new OrderSummary(stored.getString("_id"), stored.getString("number"),
                OrderState.valueOf(stored.getString("state")), stored.getString("serviceId"),
                new ServiceTitle(stored.getString("serviceTitleFr"), stored.getString("serviceTitleEn")),
                stored.getString("category"), stored.getString("communeInsee"),
                OrderDocument.SlotPart.of(slot).slot(),
                MongoOrders.cents(price, "totalCents"), MongoOrders.cents(price, "customerShareCents"),
                stored.getString("memberId"), !outbox.stream().allMatch(OutboxBson::settled),
                stored.getDate("createdAt").toInstant());
    }
}
