package fr.centreisere.concierge.notification.message;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import fr.centreisere.concierge.platform.text.PrintableTexts;
import org.jspecify.annotations.Nullable;

/**
 * What a message is about, as the producer sends it: flat values, each a text, a number, a boolean or
 * a list of texts. Checked once, here, so that a template never meets a value it cannot print.
 */
public final class MessageData {

    static final int MAX_ENTRIES = 60;
    static final int MAX_TEXT = 2000;
    public static final int MAX_LIST_ITEMS = 100;
    static final int MAX_ITEM = 500;
    private static final Pattern KEY = Pattern.compile("[A-Za-z][A-Za-z0-9]{0,49}");

    private final Map<String, Object> values;

    private MessageData(Map<String, Object> values) {
        this.values = Collections.unmodifiableMap(values);
    }

    public static MessageData empty() {
        return new MessageData(new LinkedHashMap<>());
    }

    /**
     * The data, checked: keys are identifiers, values texts (printable, at most 2000 characters),
     * numbers, booleans or lists of at most 100 texts.
     *
     * @throws InvalidMessage naming the first wrong entry ({@code data.<key>})
     */
    public static MessageData of(Map<String, ? extends @Nullable Object> raw) {
        if (raw.size() > MAX_ENTRIES) {
            throw new InvalidMessage("data", "message.data.too-many", MAX_ENTRIES);
        }
        Map<String, Object> checked = new LinkedHashMap<>();
        raw.forEach((key, value) -> {
            if (value == null) {
                return; // an optional value sent as null is a value not sent
            }
            if (!KEY.matcher(key).matches()) {
                throw new InvalidMessage("data", "message.data.key-invalid");
            }
            checked.put(key, checkedValue("data." + key, value));
        });
        return new MessageData(checked);
    }

    private static Object checkedValue(String field, Object value) {
        if (value instanceof String text) {
            if (!PrintableTexts.isPrintable(text, MAX_TEXT, true)) {
                throw new InvalidMessage(field, "message.data.text-invalid", MAX_TEXT);
            }
            return text;
        }
        if (value instanceof Boolean) {
            return value;
        }
        if (value instanceof Integer || value instanceof Long) {
            return ((Number) value).longValue();
        }
        if (value instanceof Number number) {
            return new BigDecimal(number.toString());
        }
        if (value instanceof List<?> list) {
            if (list.size() > MAX_LIST_ITEMS) {
                throw new InvalidMessage(field, "message.data.too-many-items", MAX_LIST_ITEMS);
            }
            List<String> items = new ArrayList<>();
            for (Object item : list) {
                if (!(item instanceof String text) || !PrintableTexts.isPrintable(text, MAX_ITEM, false)) {
                    throw new InvalidMessage(field, "message.data.list-invalid", MAX_ITEM);
                }
                items.add(text);
            }
            return List.copyOf(items);
        }
        throw new InvalidMessage(field, "message.data.type-invalid");
    }

    /** Checks that the kind's required values are there and, for an account message, that its link is absolute. */
    public MessageData requireFor(MessageKind kind) {
        for (String key : kind.requiredData()) {
            Object value = values.get(key);
            if (value == null || (value instanceof String text && text.isBlank())) {
                throw new InvalidMessage("data." + key, "message.data.required-for", kind);
            }
        }
        kind.secretLinkKey().ifPresent(key -> {
            String url = text(key).orElse("");
            if (!(url.startsWith("https://") || url.startsWith("http://")) || url.contains(" ")) {
                throw new InvalidMessage("data." + key, "message.data.link-not-absolute");
            }
        });
        return this;
    }

    public Map<String, Object> asMap() {
        return values;
    }

    public Optional<Object> get(String key) {
        return Optional.ofNullable(values.get(key));
    }

    public Optional<String> text(String key) {
        Object value = values.get(key);
        return value == null ? Optional.empty() : Optional.of(String.valueOf(value));
    }

    /** The same data without these keys (what may be kept once the secret has been mailed). */
    public MessageData without(String key) {
        Map<String, Object> copy = new LinkedHashMap<>(values);
        copy.remove(key);
        return new MessageData(copy);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MessageData data && data.values.equals(values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return "MessageData" + values.keySet();
    }
}
