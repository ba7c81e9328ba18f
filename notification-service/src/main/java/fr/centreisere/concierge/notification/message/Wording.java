package fr.centreisere.concierge.notification.message;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a message's data reads in a language: money from cents (« 45,00 € », « €45.00 »), days in
 * words (« vendredi 4 décembre 2026 »), instants on the territory's clock, codes (who cancelled,
 * why) in words; and the phrases of the bundles with their {@code {name}} placeholders filled.
 * Formats follow the key's name: {@code …Cents}, {@code date}/{@code …Date}, {@code …Dates},
 * {@code …At}, {@code …Since}, {@code by}, {@code reason}/{@code …Reasons}; an English reader reads
 * {@code serviceNameEn} (any {@code <key>En}) as {@code serviceName} when the producer gives it.
 */
public final class Wording {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)\\}");

    private final Texts texts;
    private final ZoneId zone;

    public Wording(Texts texts, ZoneId zone) {
        this.texts = texts;
        this.zone = zone;
    }

    /** The phrases of one message for one reader. */
    public Phrases phrases(MessageKind kind, MessageData data, Language language) {
        return new Phrases(this, kind, language, values(kind, data, language));
    }

    /** The text under this key, or the other language's, or the key itself: a reader always gets words. */
    public String text(String key, Language language) {
        return texts.find(key, language)
                .or(() -> texts.find(key, language == Language.FR ? Language.EN : Language.FR))
                .orElse(key);
    }

    /** The phrase under this key with its placeholders filled from the values (lists joined by commas). */
    public String phrase(String key, Language language, Map<String, Object> values) {
        Matcher placeholders = PLACEHOLDER.matcher(text(key, language));
        StringBuilder out = new StringBuilder();
        while (placeholders.find()) {
            Object value = values.get(placeholders.group(1));
            String shown = value == null ? "" : value instanceof List<?> list ? joined(list) : String.valueOf(value);
            placeholders.appendReplacement(out, Matcher.quoteReplacement(shown));
        }
        placeholders.appendTail(out);
        return out.toString();
    }

    /** Every value of the data as this reader reads it; booleans stay booleans (for the templates' conditions). */
    public Map<String, Object> values(MessageKind kind, MessageData data, Language language) {
        Map<String, Object> shown = new LinkedHashMap<>();
        data.asMap().forEach((key, value) -> shown.put(key, shown(kind, key, value, language)));
        if (language == Language.EN) {
            // a value the producer also gives in English (serviceNameEn) is what an English reader reads
            data.asMap().forEach((key, value) -> {
                if (key.length() > 2 && key.endsWith("En")) {
                    shown.put(key.substring(0, key.length() - 2), shown(kind, key.substring(0, key.length() - 2), value, language));
                }
            });
        }
        return shown;
    }

    private Object shown(MessageKind kind, String key, Object value, Language language) {
        if (value instanceof List<?> list) {
            List<String> items = new ArrayList<>();
            for (Object item : list) {
                items.add(String.valueOf(shown(kind, singular(key), item, language)));
            }
            return List.copyOf(items);
        }
        if (value instanceof Boolean) {
            return value;
        }
        if (key.endsWith("Cents")) {
            return money(value, language);
        }
        if (key.equals("date") || key.endsWith("Date")) {
            return day(String.valueOf(value), language);
        }
        if (key.endsWith("At") || key.endsWith("Since")) {
            return instant(String.valueOf(value), language);
        }
        if (key.equals("by") || key.equals("reason")) {
            // a code in words, the kind's own words first (« par vous » for the customer's own order);
            // a code we have no words for yet is shown as it came
            return texts.find(kind.name() + "." + key + "." + value, language)
                    .or(() -> texts.find(key + "." + value, language))
                    .orElse(String.valueOf(value));
        }
        if (value instanceof Long number) {
            return NumberFormat.getIntegerInstance(language.locale()).format(number);
        }
        if (value instanceof BigDecimal number) {
            NumberFormat format = NumberFormat.getNumberInstance(language.locale());
            format.setMaximumFractionDigits(2);
            return format.format(number);
        }
        return String.valueOf(value);
    }

    /** A list's items are formatted like one value of the singular name: {@code nextAvailableDates} → {@code …Date}. */
    private static String singular(String key) {
        if (key.endsWith("Dates")) {
            return key.substring(0, key.length() - 1);
        }
        if (key.endsWith("Reasons")) {
            return "reason";
        }
        return key;
    }

    /** Euros from cents: « 45,00 € » in French, « €45.00 » in English; a value that is no number is shown as it came. */
    public static String money(Object cents, Language language) {
        BigDecimal amount;
        try {
            amount = new BigDecimal(String.valueOf(cents)).movePointLeft(2);
        } catch (NumberFormatException notANumber) {
            return String.valueOf(cents);
        }
        NumberFormat format = NumberFormat.getCurrencyInstance(language.locale());
        format.setCurrency(Currency.getInstance("EUR"));
        // the JDK puts a narrow no-break space before « € »; mail clients show a plain no-break space best
        return format.format(amount).replace('\u202F', '\u00A0');
    }

    /** A day in words: « vendredi 4 décembre 2026 », « Friday 4 December 2026 ». */
    public static String day(String isoDate, Language language) {
        try {
            LocalDate day = LocalDate.parse(isoDate);
            return DateTimeFormatter.ofPattern("EEEE " + dayOfMonth(day.getDayOfMonth(), language) + " MMMM yyyy",
                    language.locale()).format(day);
        } catch (DateTimeParseException notADate) {
            return isoDate;
        }
    }

    /** « 1er décembre » in French, « 2 décembre » after; the day as a number in English. */
    private static String dayOfMonth(int day, Language language) {
        return language == Language.FR && day == 1 ? "d'er'" : "d";
    }

    /** An instant on the territory's clock: « 1er décembre 2026 à 14:30 », « 4 December 2026 at 14:30 ». */
    public String instant(String isoInstant, Language language) {
        try {
            java.time.ZonedDateTime at = Instant.parse(isoInstant).atZone(zone);
            String day = dayOfMonth(at.getDayOfMonth(), language);
            String pattern = language == Language.FR ? day + " MMMM yyyy 'à' HH:mm" : day + " MMMM yyyy 'at' HH:mm";
            return DateTimeFormatter.ofPattern(pattern, language.locale()).format(at);
        } catch (DateTimeParseException notAnInstant) {
            return isoInstant;
        }
    }

    private static String joined(List<?> items) {
        return String.join(", ", items.stream().map(String::valueOf).toList());
    }
}
