package fr.centreisere.concierge.order.orders;

import java.util.Arrays;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * Why an order is {@code UNASSIGNED} (issue 11): what provider-service's dispatch found, or that it
 * refused the dispatch as invalid ({@link #REFUSED_BY_PROVIDER}, set by order-service). The codes are
 * the contract's; {@link #words()} is what the history says.
 */
public enum UnassignedReason {
    DAY_FULL("Aucune structure membre n'a de place ce jour-là / No member has room that day"),
    NOT_COVERED("Aucune structure membre ne propose ce service dans la commune "
            + "/ No member offers this service in the commune"),
    ALL_DECLINED("Toutes les structures membres sollicitées ont décliné / Every member asked declined"),
    ALL_EXPIRED("Aucune structure membre sollicitée n'a répondu à temps / No member asked answered in time"),
    REFUSED_BY_PROVIDER("Commande refusée par provider-service / Order refused by provider-service");

    private final String words;

    UnassignedReason(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }

    /** The reason of that code; nothing for an absent or unknown one (a newer provider-service may say more). */
    public static Optional<UnassignedReason> ofCode(@Nullable String code) {
        return Arrays.stream(values()).filter(reason -> reason.name().equals(code)).findFirst();
    }
}
