package fr.centreisere.concierge.order.orders.web;

import java.time.LocalDate;
import java.time.LocalTime;

import fr.centreisere.concierge.order.orders.Address;
import fr.centreisere.concierge.order.orders.Billing;
import fr.centreisere.concierge.order.orders.OrderRequest;
import fr.centreisere.concierge.order.orders.Slot;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** {@code POST /api/orders}: what the customer orders (API.md). */
record PlaceOrderRequest(
        @NotBlank(message = "obligatoire / required") @Size(max = 100) String serviceId,
        @NotNull(message = "obligatoire / required") @Positive(message = "au moins 1 / at least 1")
        @Max(value = 10_000, message = "au plus 10000 / at most 10000") Integer quantity,
        @NotBlank(message = "obligatoire / required")
        @Pattern(regexp = "\\d[0-9AB]\\d{3}", message = "code INSEE à 5 caractères / a 5-character INSEE code")
        String communeInsee,
        @NotNull(message = "obligatoire / required") @Valid AddressRequest address,
        @NotNull(message = "obligatoire / required") @Valid SlotRequest slot,
        @Nullable @Size(max = 1000, message = "1000 caractères au plus / at most 1000 characters") String notes,
        @Nullable @Pattern(regexp = "\\+?[0-9 .()-]{6,20}", message = "numéro de téléphone invalide / invalid phone number")
        String phone,
        @Nullable Billing billing) {

    record AddressRequest(
            @NotBlank(message = "obligatoire / required") @Size(max = 200) String line1,
            @Nullable @Size(max = 200) String line2,
            @NotBlank(message = "obligatoire / required")
            @Pattern(regexp = "\\d{5}", message = "code postal à 5 chiffres / a 5-digit postal code") String postalCode) {
    }

    record SlotRequest(
            @NotNull(message = "obligatoire / required") LocalDate date,
            @NotNull(message = "obligatoire / required") LocalTime from,
            @NotNull(message = "obligatoire / required") LocalTime to) {

        @AssertTrue(message = "la fin du créneau doit suivre son début / the slot must end after it starts")
        boolean isEndAfterStart() {
            return from == null || to == null || from.isBefore(to);
        }
    }

    OrderRequest toRequest() {
        return new OrderRequest(serviceId.trim(), quantity, communeInsee,
                new Address(address.line1().trim(), blankToNull(address.line2()), address.postalCode()),
                new Slot(slot.date(), slot.from(), slot.to()), blankToNull(notes), blankToNull(phone),
                billing == null ? Billing.PERSONAL : billing);
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
