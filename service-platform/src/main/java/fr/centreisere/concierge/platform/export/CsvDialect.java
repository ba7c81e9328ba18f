package fr.centreisere.concierge.platform.export;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * How a CSV is written.
 * <ul>
 * <li>{@link #FRENCH} ({@code dialect=fr}, the default): what a French spreadsheet opens as columns without
 * an import dialog: {@code ;} between cells, UTF-8 with a byte-order mark, decimal comma ({@code 12,50}),
 * dates {@code dd/MM/yyyy}, date-times {@code dd/MM/yyyy HH:mm}, « oui » / « non », headers in the
 * reader's language;</li>
 * <li>{@link #RFC_4180} ({@code dialect=rfc4180}): for programs and older contracts: {@code ,}, UTF-8
 * without BOM, decimal point, ISO dates, local date-times {@code yyyy-MM-dd'T'HH:mm:ss}, {@code true} /
 * {@code false}, the columns' keys as headers.</li>
 * </ul>
 * Both end lines with CRLF and quote a cell holding the separator, a quote or a line break (RFC 4180).
 */
public enum CsvDialect {
    FRENCH("fr"), RFC_4180("rfc4180");

    private final String parameter;

    CsvDialect(String parameter) {
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }

    /** {@code fr} or {@code rfc4180} (any case); anything else is {@code null}. */
    static @Nullable CsvDialect ofParameter(String value) {
        String wanted = value.trim().toLowerCase(Locale.ROOT);
        for (CsvDialect dialect : values()) {
            if (dialect.parameter.equals(wanted)) {
                return dialect;
            }
        }
        return null;
    }
}
