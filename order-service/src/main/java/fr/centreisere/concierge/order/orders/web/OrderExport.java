package fr.centreisere.concierge.order.orders.web;

import fr.centreisere.concierge.order.orders.Order;
import fr.centreisere.concierge.platform.export.Table;

/** The columns of an orders export (issue 14): one line an order, the same orders as the JSON list's pages. */
final class OrderExport {

    static final Table<Order> ORDERS = Table.<Order>named("Commandes", "Orders")
            .text("number", "N° de commande", "Order number", Order::number)
            .text("state", "État", "State", o -> o.state().name())
            .dateTime("created_at", "Créée le", "Created at", Order::createdAt)
            .date("slot_date", "Jour du créneau", "Slot day", o -> o.slot().date())
            .text("slot_from", "Début", "From", o -> o.slot().from().toString())
            .text("slot_to", "Fin", "To", o -> o.slot().to().toString())
            .text("service_id", "Service (id)", "Service (id)", Order::serviceId)
            .text("service", "Service", "Service", o -> o.serviceTitle().fr())
            .text("category", "Catégorie", "Category", Order::category)
            .integer("quantity", "Quantité", "Quantity", Order::quantity)
            .text("commune_insee", "Commune (INSEE)", "Commune (INSEE)", Order::communeInsee)
            .text("customer", "Client", "Customer", o -> o.customer().displayName())
            .text("billing", "Facturation", "Billing", o -> o.billing().name())
            .text("company_id", "Entreprise", "Company", Order::companyId)
            .text("member_id", "Structure", "Member", Order::memberId)
            .money("subtotal_eur", "Montant HT (€)", "Subtotal excl. VAT (€)", o -> o.price().subtotal().cents())
            .money("vat_eur", "TVA (€)", "VAT (€)", o -> o.price().vat().cents())
            .money("total_eur", "Total TTC (€)", "Total incl. VAT (€)", o -> o.price().total().cents())
            .money("commission_eur", "Commission du pôle (€)", "Pole's commission (€)", o -> o.price().commission().cents())
            .build();

    private OrderExport() {
    }
}
