package fr.centreisere.concierge.order.orders;

import java.util.Optional;

/** What provider-service tells of an order's job, and the order state each outcome leads to. */
public enum JobEventType {
    OFFERED(OrderState.DISPATCHING),
    ACCEPTED(OrderState.ASSIGNED),
    IN_PROGRESS(OrderState.IN_PROGRESS),
    DONE(OrderState.COMPLETED),
    UNASSIGNED(OrderState.UNASSIGNED),
    CANCELLED(OrderState.CANCELLED);

    private final OrderState leadsTo;

    JobEventType(OrderState leadsTo) {
        this.leadsTo = leadsTo;
    }

    public OrderState leadsTo() {
        return leadsTo;
    }

    /** The event a job state stands for (a dispatch answer says {@code OFFERED}, {@code UNASSIGNED}, …). */
    public static Optional<JobEventType> ofJobState(String jobState) {
        return switch (jobState) {
            case "OFFERED" -> Optional.of(OFFERED);
            case "ACCEPTED" -> Optional.of(ACCEPTED);
            case "IN_PROGRESS" -> Optional.of(IN_PROGRESS);
            case "DONE" -> Optional.of(DONE);
            case "UNASSIGNED" -> Optional.of(UNASSIGNED);
            case "CANCELLED" -> Optional.of(CANCELLED);
            default -> Optional.empty();
        };
    }
}
