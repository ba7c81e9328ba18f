package fr.centreisere.concierge.notification.message;

import java.util.List;
import java.util.Optional;

/**
 * Every message the system sends (docs/INTERNAL-API.md, « Event kinds »), with the e-mail category a
 * user may turn off and the data it cannot be told without. The account kinds have no category:
 * they are always mailed and never listed in-app (their links carry a secret).
 */
public enum MessageKind {
    OFFER_NEW(EmailCategory.OFFERS, "serviceName", "date", "from", "to"),
    OFFER_REMINDER(EmailCategory.OFFERS, "serviceName", "date", "from", "to"),
    OFFER_WITHDRAWN(EmailCategory.OFFERS, "serviceName", "date"),
    JOB_CANCELLED(EmailCategory.OFFERS, "serviceName", "date"),
    ORDER_RECEIVED(EmailCategory.ORDERS, "orderNumber", "serviceName", "date"),
    ORDER_ACCEPTED(EmailCategory.ORDERS, "orderNumber", "serviceName"),
    ORDER_UNASSIGNED(EmailCategory.ORDERS, "orderNumber", "serviceName"),
    ORDER_STARTED(EmailCategory.ORDERS, "orderNumber", "serviceName"),
    ORDER_COMPLETED(EmailCategory.ORDERS, "orderNumber", "serviceName"),
    ORDER_CANCELLED(EmailCategory.ORDERS, "orderNumber", "serviceName"),
    EMPLOYEE_JOIN_REQUEST(EmailCategory.COMPANY, "companyName", "employeeName"),
    EMPLOYEE_APPROVED(EmailCategory.COMPANY, "companyName"),
    EMPLOYEE_REVOKED(EmailCategory.COMPANY, "companyName"),
    EMAIL_VERIFICATION(null, "verifyUrl"),
    PASSWORD_RESET(null, "resetUrl"),
    COORDINATOR_DAILY_SUMMARY(EmailCategory.SUMMARY);

    private final EmailCategory category;
    private final List<String> requiredData;

    MessageKind(EmailCategory category, String... requiredData) {
        this.category = category;
        this.requiredData = List.of(requiredData);
    }

    /** The category a user may turn off; empty for the account kinds, which are always mailed. */
    public Optional<EmailCategory> category() {
        return Optional.ofNullable(category);
    }

    /** Account messages (verify an address, reset a password): mail only, never opted out, never in-app. */
    public boolean isAccountMessage() {
        return category == null;
    }

    public boolean isListedInApp() {
        return !isAccountMessage();
    }

    /** The data keys without which the message cannot be written. */
    public List<String> requiredData() {
        return requiredData;
    }

    /** The data key holding the absolute link of an account message (with its token), else empty. */
    public Optional<String> secretLinkKey() {
        return switch (this) {
            case EMAIL_VERIFICATION -> Optional.of("verifyUrl");
            case PASSWORD_RESET -> Optional.of("resetUrl");
            default -> Optional.empty();
        };
    }
}
