package fr.centreisere.concierge.platform.export;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * The shape of an export: its sheet's name (French, English), its typed columns, and the zone instants are
 * shown in (Europe/Paris unless told). One {@code Table} per export, usually a constant beside the
 * controller; the rows are given with each answer ({@link ExportRequest#file}).
 *
 * <pre>{@code
 * static final Table<JobView> JOBS = Table.<JobView>named("Missions", "Jobs")
 *         .text("order_number", "N° de commande", "Order number", JobView::orderNumber)
 *         .date("date", "Date", "Date", job -> job.slot().date())
 *         .money("total_eur", "Total (€)", "Total (€)", JobView::totalCents)
 *         .build();
 * }</pre>
 */
public record Table<R>(String frenchName, String englishName, List<Column<R>> columns, ZoneId zone) {

    public static final ZoneId TERRITORY_ZONE = ZoneId.of("Europe/Paris");

    public Table {
        Objects.requireNonNull(frenchName, "frenchName");
        Objects.requireNonNull(englishName, "englishName");
        Objects.requireNonNull(zone, "zone");
        columns = List.copyOf(columns);
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("a table needs at least one column");
        }
    }

    public static <R> Builder<R> named(String frenchName, String englishName) {
        return new Builder<>(frenchName, englishName);
    }

    String name(ExportLanguage language) {
        return language == ExportLanguage.ENGLISH ? englishName : frenchName;
    }

    /** Builds a table column by column, in the order they appear. */
    public static final class Builder<R> {

        private final String frenchName;
        private final String englishName;
        private final List<Column<R>> columns = new ArrayList<>();
        private ZoneId zone = TERRITORY_ZONE;

        private Builder(String frenchName, String englishName) {
            this.frenchName = frenchName;
            this.englishName = englishName;
        }

        public Builder<R> column(String key, String french, String english, ColumnType type,
                Function<? super R, ? extends @Nullable Object> value) {
            columns.add(new Column<>(key, french, english, type, value));
            return this;
        }

        public Builder<R> text(String key, String french, String english, Function<? super R, ? extends @Nullable Object> value) {
            return column(key, french, english, ColumnType.TEXT, value);
        }

        public Builder<R> integer(String key, String french, String english, Function<? super R, ? extends @Nullable Number> value) {
            return column(key, french, english, ColumnType.INTEGER, value);
        }

        public Builder<R> decimal(String key, String french, String english, Function<? super R, ? extends @Nullable Number> value) {
            return column(key, french, english, ColumnType.DECIMAL, value);
        }

        /** An amount in euro cents, written in euros (12,50 in CSV, 12.50 with a euro format in XLSX). */
        public Builder<R> money(String key, String french, String english, Function<? super R, ? extends @Nullable Number> cents) {
            return column(key, french, english, ColumnType.MONEY_CENTS, cents);
        }

        public Builder<R> date(String key, String french, String english, Function<? super R, ? extends @Nullable Object> value) {
            return column(key, french, english, ColumnType.DATE, value);
        }

        public Builder<R> dateTime(String key, String french, String english, Function<? super R, ? extends @Nullable Object> value) {
            return column(key, french, english, ColumnType.DATE_TIME, value);
        }

        public Builder<R> bool(String key, String french, String english, Function<? super R, ? extends @Nullable Boolean> value) {
            return column(key, french, english, ColumnType.BOOLEAN, value);
        }

        public Builder<R> zone(ZoneId zone) {
            this.zone = zone;
            return this;
        }

        public Table<R> build() {
            return new Table<>(frenchName, englishName, columns, zone);
        }
    }
}
