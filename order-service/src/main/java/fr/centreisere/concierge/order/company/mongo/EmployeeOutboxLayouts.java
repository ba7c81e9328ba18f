package fr.centreisere.concierge.order.company.mongo;

import fr.centreisere.concierge.order.notify.NotificationEvent;
import fr.centreisere.concierge.platform.outbox.OutboxLayout;

/** Where the company memberships keep the notifications their changes cause (their repository and relay). */
public final class EmployeeOutboxLayouts {

    public static final OutboxLayout NOTIFICATIONS = OutboxLayout.embedded("company_employees", "outbox")
            .versioned("version").withDefaultDestination(NotificationEvent.DESTINATION);

    private EmployeeOutboxLayouts() {
    }
}
