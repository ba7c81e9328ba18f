package fr.centreisere.concierge.platform.export;

/**
 * What a column holds, so that each format writes it as what it is: a number a spreadsheet can add up, a
 * date it can sort, text it never runs as a formula.
 */
public enum ColumnType {
    /** Any text; in CSV neutralised against formulas ({@code CsvCells}). */
    TEXT,
    /** A whole number ({@code Number}). */
    INTEGER,
    /** A number with a fraction ({@code Number}, e.g. hours {@code 2.5}). */
    DECIMAL,
    /** An amount given in euro cents ({@code Number}, {@code 1250} → 12,50 €). */
    MONEY_CENTS,
    /** A {@code LocalDate}. */
    DATE,
    /** An {@code Instant}, {@code OffsetDateTime}, {@code ZonedDateTime} (shown in the table's zone) or {@code LocalDateTime}. */
    DATE_TIME,
    /** A {@code Boolean}. */
    BOOLEAN
}
