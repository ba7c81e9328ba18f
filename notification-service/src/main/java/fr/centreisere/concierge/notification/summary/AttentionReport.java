package fr.centreisere.concierge.notification.summary;

import java.util.List;

/**
 * What one service says needs the coordinators' attention, or that it did not say (down, slow, its
 * breaker open): a service that does not answer is named in the summary instead of failing it.
 */
public record AttentionReport(String service, boolean answered, List<UnassignedOrder> unassignedOrders,
        List<StuckMessage> stuckMessages) {

    public AttentionReport {
        unassignedOrders = List.copyOf(unassignedOrders);
        stuckMessages = List.copyOf(stuckMessages);
    }

    public static AttentionReport of(String service, List<UnassignedOrder> unassigned, List<StuckMessage> stuck) {
        return new AttentionReport(service, true, unassigned, stuck);
    }

    public static AttentionReport unanswered(String service) {
        return new AttentionReport(service, false, List.of(), List.of());
    }
}
