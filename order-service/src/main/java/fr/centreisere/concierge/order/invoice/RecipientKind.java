package fr.centreisere.concierge.order.invoice;

/** Whom an invoice is addressed to: a company (employer's shares) or a member structure (commission). */
public enum RecipientKind {
    COMPANY,
    MEMBER
}
