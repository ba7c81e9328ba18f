package fr.centreisere.concierge.order.orders;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/** What a customer asks for, before it is checked against the catalog's offer. */
public record OrderRequest(String serviceId, int quantity, String communeInsee, Address address, Slot slot,
        @Nullable String notes, @Nullable String phone, Billing billing) {

    public OrderRequest {
        Objects.requireNonNull(serviceId, "serviceId");
        Objects.requireNonNull(communeInsee, "communeInsee");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(slot, "slot");
        billing = billing == null ? Billing.PERSONAL : billing;
    }

    /**
     * A digest of everything asked, so that a retried request with the same {@code Idempotency-Key}
     * can be told from a different request that reuses the key.
     */
    public String fingerprint() {
        String canonical = String.join("\u001f", serviceId, Integer.toString(quantity), communeInsee,
                address.line1(), String.valueOf(address.line2()), address.postalCode(), slot.date().toString(),
                slot.from().toString(), slot.to().toString(), String.valueOf(notes), String.valueOf(phone),
                billing.name());
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
