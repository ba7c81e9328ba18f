package fr.centreisere.concierge.order.orders;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * What a customer asks for, before it is checked against the catalog's offer. With a {@code siteId}
 * (an employee's company site, issue 7) the address and the commune come from the site: they may be
 * absent, and {@link #atSite} fills them in.
 */
public record OrderRequest(String serviceId, int quantity, @Nullable String communeInsee, @Nullable Address address,
        Slot slot, @Nullable String notes, @Nullable String phone, Billing billing, @Nullable String siteId) {

    public OrderRequest {
        Objects.requireNonNull(serviceId, "serviceId");
        if (siteId == null) {
            Objects.requireNonNull(communeInsee, "communeInsee");
            Objects.requireNonNull(address, "address");
        }
        Objects.requireNonNull(slot, "slot");
        billing = billing == null ? Billing.PERSONAL : billing;
    }

    /** A request delivered to an address the customer gives. */
    public OrderRequest(String serviceId, int quantity, String communeInsee, Address address, Slot slot,
            @Nullable String notes, @Nullable String phone, Billing billing) {
        this(serviceId, quantity, communeInsee, address, slot, notes, phone, billing, null);
    }

    /** The same request, delivered to that company site (its address and commune replace any given). */
    public OrderRequest atSite(CompanyBilling.DeliverySite site) {
        return new OrderRequest(serviceId, quantity, site.communeInsee(), site.address(), slot, notes, phone, billing,
                site.siteId());
    }

    /**
     * A digest of everything asked, so that a retried request with the same {@code Idempotency-Key}
     * can be told from a different request that reuses the key.
     */
    public String fingerprint() {
        // with a site, the address is the site's: the site id stands for it (before and after atSite)
        String where = siteId != null ? "site:" + siteId : String.join("\u001f", communeInsee, address.line1(),
                String.valueOf(address.line2()), address.postalCode());
        String canonical = String.join("\u001f", serviceId, Integer.toString(quantity), where,
                slot.date().toString(), slot.from().toString(), slot.to().toString(), String.valueOf(notes),
                String.valueOf(phone), billing.name());
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
