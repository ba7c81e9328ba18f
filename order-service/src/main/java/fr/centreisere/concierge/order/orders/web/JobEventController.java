package fr.centreisere.concierge.order.orders.web;

import java.math.BigDecimal;
import java.time.Instant;

import fr.centreisere.concierge.order.orders.JobEvent;
import fr.centreisere.concierge.order.orders.JobEventType;
import fr.centreisere.concierge.order.orders.RecordJobEvent;
import fr.centreisere.concierge.order.orders.UnassignedReason;
import fr.centreisere.concierge.platform.text.PrintableText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * provider-service tells how an order's job goes (docs/INTERNAL-API.md): 204 whatever the event did,
 * a repeat included; 404 for an order we do not have. Reached only with the internal token.
 */
@RestController
class JobEventController {

    private final RecordJobEvent recordJobEvent;

    JobEventController(RecordJobEvent recordJobEvent) {
        this.recordJobEvent = recordJobEvent;
    }

    record JobEventRequest(
            @NotBlank(message = "{validation.required}") @Size(max = 200) String eventId,
            @NotNull(message = "{validation.required}") JobEventType type,
            @Nullable String jobId,
            @Nullable String memberId,
            @NotNull(message = "{validation.required}") Instant occurredAt,
            @Nullable @Size(max = 500) String reason,
            @Nullable BigDecimal hoursWorked,
            @Nullable BigDecimal insertionHours,
            @Nullable @Size(max = 40) String unassignedReason,
            @Nullable @PrintableText(max = 200) String memberName) {
    }

    @PostMapping("/internal/orders/{orderId}/job-events")
    ResponseEntity<Void> record(@PathVariable String orderId, @Valid @RequestBody JobEventRequest body) {
        // an unknown reason code is no reason to refuse the event (a newer provider-service may know more)
        recordJobEvent.record(orderId, new JobEvent(body.eventId(), body.type(), body.jobId(), body.memberId(),
                body.occurredAt(), body.reason(), UnassignedReason.ofCode(body.unassignedReason()).orElse(null),
                body.memberName(), body.hoursWorked() == null ? null : body.hoursWorked().doubleValue(),
                body.insertionHours() == null ? null : body.insertionHours().doubleValue()));
        return ResponseEntity.noContent().build();
    }
}
