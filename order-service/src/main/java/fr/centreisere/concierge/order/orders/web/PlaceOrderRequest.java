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
        @NotNull(message = "obligatoire / required") @Size(max = 100)
        @Pattern(regexp = IdPatterns.SERVICE, message = IdPatterns.SERVICE_MESSAGE) String serviceId,
        @NotNull(message = "obligatoire / required") @Positive(message = "au moins 1 / at least 1")
        @Max(value = 10_000, message = "au plus 10000 / at most 10000") Integer quantity,
        @Nullable
        @Pattern(regexp = "\\d[0-9AB]\\d{3}", message = "code INSEE à 5 caractères / a 5-character INSEE code")
        String communeInsee,
        @Nullable @Valid AddressRequest address,
        @NotNull(message = "obligatoire / required") @Valid SlotRequest slot,
        @Nullable @PrintableText(max = 1000, multiline = true) String notes,
        @Nullable @Pattern(regexp = "\\+?[0-9 .()-]{6,20}", message = "numéro de téléphone invalide / invalid phone number")
        String phone,
        @Nullable Billing billing,
        @Nullable @Size(max = 100) String siteId) {

    @AssertTrue(message = "obligatoire sans site d'entreprise / required without a company site")
    boolean isCommuneInsee() {
        return siteId != null && !siteId.isBlank() || communeInsee != null && !communeInsee.isBlank();
    }

    @AssertTrue(message = "obligatoire sans site d'entreprise / required without a company site")
    boolean isAddress() {
        return siteId != null && !siteId.isBlank() || address != null;
    }

    record AddressRequest(
            @NotBlank(message = "obligatoire / required") @PrintableText(max = 200) String line1,
            @Nullable @PrintableText(max = 200) String line2,
            @NotBlank(message = "obligatoire / required")
            @Pattern(regexp = "\\d{5}", message = "code postal à 5 chiffres / a 5-digit postal code") String postalCode) {
    }

    record SlotRequest(
            @NotNull(message = "obligatoire / required") LocalDate date,
            @NotNull(message = "obligatoire / required") @QuarterHour LocalTime from,
            @NotNull(message = "obligatoire / required") @QuarterHour LocalTime to) {

        @AssertTrue(message = "la fin du créneau doit suivre son début / the slot must end after it starts")
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
