package fr.centreisere.concierge.order.orders.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import fr.centreisere.concierge.order.orders.CancelOrder;
import fr.centreisere.concierge.order.orders.Caller;
import fr.centreisere.concierge.order.orders.FindOrders;
import fr.centreisere.concierge.order.orders.OrderQuery;
import fr.centreisere.concierge.order.orders.OrderState;
import fr.centreisere.concierge.order.orders.PlaceOrder;
import fr.centreisere.concierge.order.orders.ReassignOrder;
import fr.centreisere.concierge.order.orders.RescheduleOrder;
import fr.centreisere.concierge.platform.export.ExportRequest;
import fr.centreisere.concierge.platform.i18n.Message;
import fr.centreisere.concierge.platform.i18n.Texts;
import fr.centreisere.concierge.platform.ids.IdPatterns;
import fr.centreisere.concierge.platform.page.Page;
import fr.centreisere.concierge.platform.problem.ApiProblemHandler;
import fr.centreisere.concierge.platform.problem.FieldError;
import fr.centreisere.concierge.platform.security.CurrentUser;
import fr.centreisere.concierge.platform.text.PrintableText;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The orders of docs/API.md: place (with an {@code Idempotency-Key}), read, list, cancel, reassign, reschedule. Who may
 * see or change which order is the use cases' business; this class turns the token's caller into a
 * {@link Caller} and requests into domain calls.
 */
@RestController
@RequestMapping("/api/orders")
class OrderController {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(OrderController.class);

    private final PlaceOrder placeOrder;
    private final FindOrders findOrders;
    private final CancelOrder cancelOrder;
    private final ReassignOrder reassignOrder;
    private final RescheduleOrder rescheduleOrder;
    private final Texts texts;

    OrderController(PlaceOrder placeOrder, FindOrders findOrders, CancelOrder cancelOrder, ReassignOrder reassignOrder,
            RescheduleOrder rescheduleOrder, Texts texts) {
        this.texts = texts;
        this.placeOrder = placeOrder;
        this.findOrders = findOrders;
        this.cancelOrder = cancelOrder;
        this.reassignOrder = reassignOrder;
        this.rescheduleOrder = rescheduleOrder;
    }

    /**
     * Places an order and sends it to the members at once: 201 with its Location when new, 200 with the same
     * order when the same Idempotency-Key and body come again (a retry after a lost answer); the same key
     * with another body is a 422. A full day is a 409 DAY_FULL naming the next days with room, a rule of the
     * catalog or the contract a 422; nothing is stored then.
     */
    @PostMapping
    @ApiResponse(responseCode = "201", description = "the order, placed; `Location` is its address",
            headers = @Header(name = "Location", description = "/api/orders/{orderId}", schema = @Schema(type = "string")),
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = OrderView.class)))
    @ApiResponse(responseCode = "200", description = "the same order, already placed with this Idempotency-Key and body",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = OrderView.class)))
    @ApiResponse(responseCode = "409", description = "the day is full (`DAY_FULL`, with `nextAvailableDates`)",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "#/components/schemas/Problem")))
    @ApiResponse(responseCode = "422", description = "a rule of the catalog or the contract, or the key reused with another body",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "#/components/schemas/Problem")))
    ResponseEntity<?> place(CurrentUser user, @RequestHeader(name = IDEMPOTENCY_KEY, required = false) @Nullable String key,
            @Valid @RequestBody PlaceOrderRequest body) {
        if (key == null || key.isBlank() || key.length() > 100) {
            ProblemDetail problem = ApiProblemHandler.validation(List.of(fieldError(IDEMPOTENCY_KEY,
                    Message.of("validation.idempotency-key"))));
            return ResponseEntity.badRequest().body(problem);
        }
        PlaceOrder.Placed placed = placeOrder.place(callerOf(user), body.toRequest(), key.trim());
        OrderView view = OrderView.of(placed.order(), false, texts);
        if (placed.created()) {
            // one line per order placed: with the request's trace id, what lets an operator follow it (issue 17)
            log.info("Order {} placed: {}", view.id(), placed.order().state());
            return ResponseEntity.created(URI.create("/api/orders/" + view.id())).body(view);
        }
        return ResponseEntity.ok(view);
    }

    /**
     * One order, as its customer, the staff of the member it is assigned to or a coordinator sees it (the
     * history, the price, why it is unassigned); anyone else gets a 404.
     */
    @GetMapping("/{orderId}")
    OrderView one(CurrentUser user, @PathVariable String orderId) {
        return OrderView.of(findOrders.one(callerOf(user), orderId), user.isCoordinator(), texts);
    }

    static final String CATEGORY = "[A-Z][A-Z_]{0,39}";
    static final String CATEGORY_MESSAGE = "{validation.category}";
    static final String VIEW = "{validation.view}";

    /**
     * Filters narrow the caller's own orders (a coordinator's: every order); {@code from}/{@code to} are slot
     * days, inclusive, like the period of {@code GET /api/reports/orders}, whose totals this list repeats.
     * {@code view=summary} gives each order as a list's card shows it ({@link OrderSummaryView}).
     */
    @GetMapping
    ResponseEntity<?> list(CurrentUser user,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size,
            @RequestParam(required = false) @Nullable OrderState state,
            @RequestParam(required = false) @Nullable @Pattern(regexp = IdPatterns.INSEE, message = IdPatterns.INSEE_MESSAGE) String communeInsee,
            @RequestParam(required = false) @Nullable @Pattern(regexp = CATEGORY, message = CATEGORY_MESSAGE) String category,
            @RequestParam(required = false) @Nullable @Pattern(regexp = IdPatterns.MEMBER, message = IdPatterns.MEMBER_MESSAGE) String memberId,
            @RequestParam(required = false) @Nullable @Pattern(regexp = IdPatterns.COMPANY, message = IdPatterns.COMPANY_MESSAGE) String companyId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
            @RequestParam(defaultValue = "false") boolean stuck,
            @RequestParam(defaultValue = "full") @Pattern(regexp = "full|summary", message = VIEW) String view,
            ExportRequest export) {
        if (from != null && to != null && to.isBefore(from)) {
            return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(ApiProblemHandler.validation(
                    List.of(fieldError("to", Message.of("period.ends-before-start")))));
        }
        OrderQuery query = new OrderQuery(null, state, communeInsee, category, memberId, companyId, from, to, stuck);
        if (export.wantsFile()) {
            // every page of the selection, streamed from the database (page and size are not read)
            return export.file(OrderExport.ORDERS, findOrders.all(callerOf(user), query),
                    ExportRequest.fileName("commandes", from, to));
        }
        if ("summary".equals(view)) {
            var found = findOrders.summaries(callerOf(user), query, page, size);
            return ResponseEntity.ok(new Page<>(found.content().stream().map(OrderSummaryView::of).toList(),
                    found.page(), found.size(), found.totalElements()));
        }
        var found = findOrders.page(callerOf(user), query, page, size);
        return ResponseEntity.ok(new Page<>(found.content().stream()
                .map(order -> OrderView.of(order, user.isCoordinator(), texts)).toList(),
                found.page(), found.size(), found.totalElements()));
    }

    record CancelRequest(@Nullable @PrintableText(max = 500, multiline = true) String reason) {
    }

    /**
     * Cancels an order with an optional reason: its customer before the work starts, a coordinator before it
     * is completed (409 when too late); the member's job is withdrawn.
     */
    @PostMapping("/{orderId}/cancel")
    OrderView cancel(CurrentUser user, @PathVariable String orderId,
            @Valid @RequestBody(required = false) @Nullable CancelRequest body) {
        String reason = body == null || body.reason() == null || body.reason().isBlank() ? null : body.reason().trim();
        return OrderView.of(cancelOrder.cancel(callerOf(user), orderId, reason), user.isCoordinator(), texts);
    }

    /** Issue 11: {@code override: true} gives the job to a member that does not fit; its {@code reason} is then required. */
    record ReassignRequest(@NotNull(message = "{validation.required}") @Size(max = 100)
            @Pattern(regexp = IdPatterns.MEMBER, message = IdPatterns.MEMBER_MESSAGE) String memberId,
            @Nullable Boolean override,
            @Nullable @PrintableText(max = 500, multiline = true) String reason) {

        @AssertTrue(message = "{validation.required-to-override}")
        boolean isReason() {
            return !Boolean.TRUE.equals(override) || reason != null && !reason.isBlank();
        }

        @Nullable String overrideReason() {
            return Boolean.TRUE.equals(override) && reason != null ? reason.trim() : null;
        }
    }

    /**
     * A coordinator sends an unassigned order to a chosen member (who must fit, or an override with a
     * reason); only from UNASSIGNED (409 otherwise).
     */
    @PostMapping("/{orderId}/reassign")
    OrderView reassign(CurrentUser user, @PathVariable String orderId, @Valid @RequestBody ReassignRequest body) {
        return OrderView.of(reassignOrder.reassign(callerOf(user), orderId, body.memberId().trim(),
                body.overrideReason()), user.isCoordinator(), texts);
    }

    record RescheduleRequest(@NotNull(message = "{validation.required}") @Valid PlaceOrderRequest.SlotRequest slot) {
    }

    /** Issue 11: the customer or a coordinator moves an {@code UNASSIGNED} order to another slot. */
    @PostMapping("/{orderId}/reschedule")
    OrderView reschedule(CurrentUser user, @PathVariable String orderId, @Valid @RequestBody RescheduleRequest body) {
        return OrderView.of(rescheduleOrder.reschedule(callerOf(user), orderId, body.slot().toSlot()),
                user.isCoordinator(), texts);
    }

    private FieldError fieldError(String field, Message message) {
        return FieldError.of(field, message);
    }

    static Caller callerOf(CurrentUser user) {
        String name = user.displayName() != null ? user.displayName()
                : user.email() != null ? user.email() : user.userId();
        return new Caller(user.userId(), name, user.isCoordinator(), user.isMemberStaff() ? user.memberId() : null);
    }
}
