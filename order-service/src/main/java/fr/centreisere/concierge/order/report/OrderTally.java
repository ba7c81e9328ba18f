package fr.centreisere.concierge.order.report;

import java.util.Map;

/**
 * What the store counted for one selection of orders. The maps hold only the keys that occur;
 * {@code withoutMember} and {@code withoutCompany} count the orders with no member (not yet, or never,
 * assigned) and those billed to no company. Revenue (before VAT) and commission are those of the
 * {@code COMPLETED} orders of the selection: the work done, as the impact report counts it.
 */
public record OrderTally(long total, Map<String, Long> byState, Map<String, Long> byCategory,
        Map<String, Long> byCommune, Map<String, Long> byMember, Map<String, Long> byCompany, long withoutMember,
        long withoutCompany, long completed, long revenueCents, long commissionCents) {

    public OrderTally {
        byState = Map.copyOf(byState);
        byCategory = Map.copyOf(byCategory);
        byCommune = Map.copyOf(byCommune);
        byMember = Map.copyOf(byMember);
        byCompany = Map.copyOf(byCompany);
    }
}
