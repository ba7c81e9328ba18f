package fr.centreisere.concierge.provider.job.web;

import java.time.LocalDate;
import java.time.LocalTime;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import fr.centreisere.concierge.provider.job.CancelDispatch;
import fr.centreisere.concierge.provider.job.DispatchOrder;
import fr.centreisere.concierge.provider.job.Job;
import fr.centreisere.concierge.provider.job.JobState;
import fr.centreisere.concierge.provider.job.Money;
import fr.centreisere.concierge.provider.job.OrderRef;
import fr.centreisere.concierge.provider.job.ReassignDispatch;
import fr.centreisere.concierge.provider.job.Slot;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** order-service's calls (docs/INTERNAL-API.md): dispatch an order, cancel it, a coordinator's reassignment. */
@RestController
@RequestMapping("/internal/dispatches")
class DispatchController {

    private final DispatchOrder dispatchOrder;
    private final CancelDispatch cancelDispatch;
    private final ReassignDispatch reassignDispatch;

    DispatchController(DispatchOrder dispatchOrder, CancelDispatch cancelDispatch, ReassignDispatch reassignDispatch) {
        this.dispatchOrder = dispatchOrder;
        this.cancelDispatch = cancelDispatch;
        this.reassignDispatch = reassignDispatch;
    }

    record SlotRequest(@NotNull LocalDate date, @NotNull @JsonFormat(pattern = "HH:mm") LocalTime from,
            @NotNull @JsonFormat(pattern = "HH:mm") LocalTime to) {
        @AssertTrue(message = "l'heure de fin suit l'heure de début / 'to' must be after 'from'")
        boolean isOrdered() {
            return from == null || to == null || to.isAfter(from);
        }
    }

    record DispatchRequest(@NotBlank @Size(max = 100) String orderId, @Size(max = 50) String orderNumber,
            @NotBlank String serviceId, @NotBlank String category,
            @NotBlank @Pattern(regexp = "\\d[0-9AB]\\d{3}") String communeInsee,
            @NotNull @Valid SlotRequest slot, @NotNull @Min(1) @jakarta.validation.constraints.Max(10_000) Integer quantity,
            @NotNull @PositiveOrZero Long subtotalCents, @NotNull @PositiveOrZero Long commissionCents) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    record DispatchAnswer(String orderId, String jobId, String state, String memberId) {
        static DispatchAnswer of(Job job) {
            boolean unassigned = job.state() == JobState.UNASSIGNED;
            return new DispatchAnswer(job.order().orderId(), job.id(), job.state().name(),
                    unassigned ? null : job.memberId());
        }
    }

    @PostMapping
    DispatchAnswer dispatch(@Valid @RequestBody DispatchRequest request) {
        OrderRef order = new OrderRef(request.orderId(), request.orderNumber(), request.serviceId(), request.category(),
                request.communeInsee(), new Slot(request.slot().date(), request.slot().from(), request.slot().to()),
                request.quantity(), Money.ofCents(request.subtotalCents()), Money.ofCents(request.commissionCents()));
        return DispatchAnswer.of(dispatchOrder.dispatch(order));
    }

    record CancelRequest(@Size(max = 500) String reason) {
    }

    @PostMapping("/{orderId}/cancel")
    DispatchAnswer cancel(@PathVariable String orderId, @Valid @RequestBody(required = false) CancelRequest request) {
        return DispatchAnswer.of(cancelDispatch.cancel(orderId, request == null ? null : request.reason()));
    }

    record ReassignRequest(@NotBlank String memberId, @Size(max = 100) String decidedBy) {
    }

    @PostMapping("/{orderId}/reassign")
    DispatchAnswer reassign(@PathVariable String orderId, @Valid @RequestBody ReassignRequest request) {
        return DispatchAnswer.of(reassignDispatch.reassign(orderId, request.memberId(), request.decidedBy()));
    }
}
