package fr.centreisere.concierge.order.invoice;

/**
 * An invoice or a credit note. Each has its own gapless yearly sequence and prefix ({@code FA-2026-000123},
 * {@code AV-2026-000004}): French practice accepts one sequence or several as long as each is continuous, and
 * a prefix of its own tells an accountant at once which document is a credit note.
 */
public enum InvoiceType {
    INVOICE("FA", "380"),
    CREDIT_NOTE("AV", "381");

    private final String prefix;
    private final String untdidCode;

    InvoiceType(String prefix, String untdidCode) {
        this.prefix = prefix;
        this.untdidCode = untdidCode;
    }

    public String prefix() {
        return prefix;
    }

    /** The document type code of UNTDID 1001 (EN 16931 BT-3). */
    public String untdidCode() {
        return untdidCode;
    }
}
