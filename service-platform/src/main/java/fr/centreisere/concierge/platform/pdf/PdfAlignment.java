package fr.centreisere.concierge.platform.pdf;

/** How a table column's cells sit: text on the left, amounts and counts on the right so their digits line up. */
public enum PdfAlignment {
    LEFT,
    RIGHT
}
