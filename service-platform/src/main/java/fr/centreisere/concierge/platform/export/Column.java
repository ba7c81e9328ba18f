package fr.centreisere.concierge.platform.export;

import java.util.Objects;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * One column of a {@link Table}: a stable {@code key} (the header of the RFC 4180 dialect, e.g.
 * {@code order_number}), the headers people read in French and English, its type, and how a row gives its
 * value ({@code null} is an empty cell).
 */
public record Column<R>(String key, String french, String english, ColumnType type,
        Function<? super R, ? extends @Nullable Object> value) {

    public Column {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(french, "french");
        Objects.requireNonNull(english, "english");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(value, "value");
    }

    String header(ExportLanguage language) {
        return language == ExportLanguage.ENGLISH ? english : french;
    }

    @Nullable Object valueOf(R row) {
        return value.apply(row);
    }
}
