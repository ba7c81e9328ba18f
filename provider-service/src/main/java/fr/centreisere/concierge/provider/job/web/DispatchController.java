package fr.centreisere.concierge.provider.job.web;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import fr.centreisere.concierge.platform.ids.IdPatterns;
import fr.centreisere.concierge.platform.text.PrintableText;
import fr.centreisere.concierge.provider.job.CancelDispatch;
import fr.centreisere.concierge.provider.job.DispatchOrder;
import fr.centreisere.concierge.provider.job.Job;
import fr.centreisere.concierge.provider.job.MemberNotice;
import fr.centreisere.concierge.provider.job.JobState;
import fr.centreisere.concierge.provider.job.Money;
import fr.centreisere.concierge.provider.job.OrderRef;
import fr.centreisere.concierge.provider.job.ReassignDispatch;
import fr.centreisere.concierge.provider.job.RescheduleDispatch;
import fr.centreisere.concierge.provider.job.Slot;
import fr.centreisere.concierge.provider.job.web.JobViews.FitView;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * order-service's calls (docs/INTERNAL-API.md): dispatch an order, cancel it, move it to another slot,
 * a coordinator's reassignment and whether a member fits it. A request that cannot be valid is
 * refused with 400 (order-service does not send it again).
 */
@RestController
@RequestMapping("/internal/dispatches")
class DispatchController {

    static final String ID = "[A-Za-z0-9][A-Za-z0-9_-]{0,99}";
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(DispatchController.class);

    private final DispatchOrder dispatchOrder;
    private final CancelDispatch cancelDispatch;
    private final ReassignDispatch reassignDispatch;
    private final RescheduleDispatch rescheduleDispatch;

    DispatchController(DispatchOrder dispatchOrder, CancelDispatch cancelDispatch, ReassignDispatch reassignDispatch,
            RescheduleDispatch rescheduleDispatch) {
        this.dispatchOrder = dispatchOrder;
        this.cancelDispatch = cancelDispatch;
        this.reassignDispatch = reassignDispatch;
        this.rescheduleDispatch = rescheduleDispatch;
    }

    /** A slot as the dispatch reads it: a day, and a window of quarter hours within it. */
    record SlotRequest(@NotNull LocalDate date, @NotNull @JsonFormat(pattern = "HH:mm") LocalTime from,
            @NotNull @JsonFormat(pattern = "HH:mm") LocalTime to) {
        @AssertTrue(message = "{validation.slot-to-after-from}")
        boolean isOrdered() {
            return from == null || to == null || to.isAfter(from);
        }

        @AssertTrue(message = "{validation.quarter-hours}")
        boolean isOnQuarterHours() {
            return onQuarter(from) && onQuarter(to);
        }

        private static boolean onQuarter(LocalTime time) {
            return time == null || (time.getSecond() == 0 && time.getNano() == 0 && time.getMinute() % 15 == 0);
        }

        Slot toSlot() {
            return new Slot(date, from, to);
        }
    }

    /** {@code serviceName}, {@code communeName}: optional (issue 13), for the member's messages; without them a label is made. */
    record DispatchRequest(@NotBlank @Pattern(regexp = ID) String orderId, @Size(max = 50) String orderNumber,
            @NotBlank @Pattern(regexp = IdPatterns.SERVICE) String serviceId,
            @NotBlank @Pattern(regexp = "[A-Z_]{2,40}") String category,
            @NotBlank @Pattern(regexp = IdPatterns.INSEE) String communeInsee,
            @NotNull @Valid SlotRequest slot, @NotNull @Min(1) @Max(10_000) Integer quantity,
            @NotNull @PositiveOrZero Long subtotalCents, @NotNull @PositiveOrZero Long commissionCents,
            @PrintableText(max = 200) String serviceName, @PrintableText(max = 100) String communeName) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    record DispatchAnswer(String orderId, String jobId, String state, String memberId,
            @JsonInclude(JsonInclude.Include.NON_NULL) String unassignedReason) {
        static DispatchAnswer of(Job job) {
            boolean unassigned = job.state() == JobState.UNASSIGNED;
            return new DispatchAnswer(job.order().orderId(), job.id(), job.state().name(),
                    unassigned ? null : job.memberId(), job.unassignedReason().map(Enum::name).orElse(null));
        }
    }

    @PostMapping
    DispatchAnswer dispatch(@Valid @RequestBody DispatchRequest request) {
        OrderRef order = new OrderRef(request.orderId(), request.orderNumber(), request.serviceId(), request.category(),
                request.communeInsee(), request.slot().toSlot(), request.quantity(),
                Money.ofCents(request.subtotalCents()), Money.ofCents(request.commissionCents()),
                blankToNull(request.serviceName()), blankToNull(request.communeName()));
        Job job = dispatchOrder.dispatch(order);
        // one line per dispatch: with the caller's trace id, what lets an operator follow an order here (issue 17)
        log.info("Order {} dispatched: job {} {}", order.orderId(), job.id(), job.state());
        return DispatchAnswer.of(job);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** {@code by}: optional (issue 13), who cancelled, told to the member; SYSTEM when not said. */
    record CancelRequest(@Size(max = 500) String reason, @Pattern(regexp = "CUSTOMER|COORDINATOR|SYSTEM") String by) {
    }

    @PostMapping("/{orderId}/cancel")
    DispatchAnswer cancel(@PathVariable @Pattern(regexp = ID) String orderId,
            @Valid @RequestBody(required = false) CancelRequest request) {
        MemberNotice.Actor by = request == null || request.by() == null ? MemberNotice.Actor.SYSTEM
                : MemberNotice.Actor.valueOf(request.by());
        return DispatchAnswer.of(cancelDispatch.cancel(orderId, request == null ? null : request.reason(), by));
    }

    record ReassignRequest(@NotBlank @Pattern(regexp = IdPatterns.MEMBER) String memberId,
            @Size(max = 100) String decidedBy, Boolean override, @Size(max = 500) String reason) {
        @AssertTrue(message = "{validation.override-needs-reason}")
        boolean isOverrideExplained() {
            return !Boolean.TRUE.equals(override) || (reason != null && !reason.isBlank());
        }
    }

    @PostMapping("/{orderId}/reassign")
    DispatchAnswer reassign(@PathVariable @Pattern(regexp = ID) String orderId,
            @Valid @RequestBody ReassignRequest request) {
        String overrideReason = Boolean.TRUE.equals(request.override()) ? request.reason().strip() : null;
        return DispatchAnswer.of(reassignDispatch.reassign(orderId, request.memberId(), request.decidedBy(),
                overrideReason));
    }

    @GetMapping("/{orderId}/fit")
    FitView fit(@PathVariable @Pattern(regexp = ID) String orderId,
            @RequestParam @Pattern(regexp = "[A-Za-z0-9-]{1,100}") String memberId) {
        List<String> reasons = reassignDispatch.fit(orderId, memberId).stream().map(Enum::name).toList();
        return new FitView(memberId, reasons.isEmpty(), reasons);
    }

    record RescheduleRequest(@NotNull @Valid SlotRequest slot) {
    }

    @PostMapping("/{orderId}/reschedule")
    DispatchAnswer reschedule(@PathVariable @Pattern(regexp = ID) String orderId,
            @Valid @RequestBody RescheduleRequest request) {
        return DispatchAnswer.of(rescheduleDispatch.reschedule(orderId, request.slot().toSlot()));
    }
}
