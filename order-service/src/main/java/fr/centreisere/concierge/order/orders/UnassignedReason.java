package fr.centreisere.concierge.order.orders;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import fr.centreisere.concierge.platform.i18n.Message;
import org.jspecify.annotations.Nullable;

/**
 * Why an order is {@code UNASSIGNED} (issue 11): what provider-service's dispatch found, or that it
 * refused the dispatch as invalid ({@link #REFUSED_BY_PROVIDER}, set by order-service). The codes are
 * the contract's; {@link #message()} is what the history says ({@code order.unassigned.day-full}, …).
 */
public enum UnassignedReason {
    DAY_FULL, NOT_COVERED, ALL_DECLINED, ALL_EXPIRED, REFUSED_BY_PROVIDER;

    /** The history's words for it, as a code of the bundles. */
    public Message message() {
        return Message.of("order.unassigned." + name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }

    /** The reason of that code; nothing for an absent or unknown one (a newer provider-service may say more). */
    public static Optional<UnassignedReason> ofCode(@Nullable String code) {
        return Arrays.stream(values()).filter(reason -> reason.name().equals(code)).findFirst();
    }
}
