package fr.centreisere.concierge.order.orders.web;

import java.time.LocalDate;
import java.time.LocalTime;

import fr.centreisere.concierge.order.orders.Address;
import fr.centreisere.concierge.order.orders.Billing;
import fr.centreisere.concierge.order.orders.OrderRequest;
import fr.centreisere.concierge.order.orders.Slot;
import fr.centreisere.concierge.platform.text.PrintableText;
import fr.centreisere.concierge.platform.ids.IdPatterns;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * {@code POST /api/orders}: what the customer orders (docs/API.md). Extension (issue 7): {@code siteId}, a
 * site of the employee's company, with {@code billing: COMPANY}; the address and the commune then come
 * from the site and may be left out.
 */
record PlaceOrderRequest(
        @NotNull(message = "{validation.required}") @Size(max = 100)
        @Pattern(regexp = IdPatterns.SERVICE, message = IdPatterns.SERVICE_MESSAGE) String serviceId,
        @NotNull(message = "{validation.required}") @Positive(message = "{validation.at-least-one}")
        @Max(value = 10_000, message = "{validation.at-most-10000}") Integer quantity,
        @Nullable
        @Pattern(regexp = "\\d[0-9AB]\\d{3}", message = "{id.insee}")
        String communeInsee,
        @Nullable @Valid AddressRequest address,
        @NotNull(message = "{validation.required}") @Valid SlotRequest slot,
        @Nullable @PrintableText(max = 1000, multiline = true) String notes,
        @Nullable @Pattern(regexp = "\\+?[0-9 .()-]{6,20}", message = "{validation.phone}")
        String phone,
        @Nullable Billing billing,
        @Nullable @Size(max = 100) String siteId) {

    @AssertTrue(message = "{validation.required-without-site}")
    boolean isCommuneInsee() {
        return siteId != null && !siteId.isBlank() || communeInsee != null && !communeInsee.isBlank();
    }

    @AssertTrue(message = "{validation.required-without-site}")
    boolean isAddress() {
        return siteId != null && !siteId.isBlank() || address != null;
    }

    record AddressRequest(
            @NotBlank(message = "{validation.required}") @PrintableText(max = 200) String line1,
            @Nullable @PrintableText(max = 200) String line2,
            @NotBlank(message = "{validation.required}")
            @Pattern(regexp = "\\d{5}", message = "{validation.postal-code}") String postalCode) {
    }

    record SlotRequest(
            @NotNull(message = "{validation.required}") LocalDate date,
            @NotNull(message = "{validation.required}") @QuarterHour LocalTime from,
            @NotNull(message = "{validation.required}") @QuarterHour LocalTime to) {

        @AssertTrue(message = "{validation.slot-end-after-start}")
        boolean isEndAfterStart() {
            return from == null || to == null || from.isBefore(to);
        }

        Slot toSlot() {
            return new Slot(date, from, to);
        }
    }

    OrderRequest toRequest() {
        String site = blankToNull(siteId);
        return new OrderRequest(serviceId.trim(), quantity, site != null ? null : communeInsee,
                site != null || address == null ? null
                        : new Address(address.line1().trim(), blankToNull(address.line2()), address.postalCode()),
                slot.toSlot(), blankToNull(notes), blankToNull(phone),
                billing == null ? Billing.PERSONAL : billing, site);
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
