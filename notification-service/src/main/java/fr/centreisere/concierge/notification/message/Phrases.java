package fr.centreisere.concierge.notification.message;

import java.util.Map;

/**
 * The words of one message for one reader: what templates call ({@code ${w.say('label.order')}}, {@code ${w.own('intro')}})
 * and what the in-app list shows (title, text). Placeholders are filled from this message's values.
 */
public final class Phrases {

    private final Wording wording;
    private final MessageKind kind;
    private final Language language;
    private final Map<String, Object> values;

    Phrases(Wording wording, MessageKind kind, Language language, Map<String, Object> values) {
        this.wording = wording;
        this.kind = kind;
        this.language = language;
        this.values = Map.copyOf(values);
    }

    /** The phrase under this key, filled. */
    public String say(String key) {
        return wording.phrase(key, language, values);
    }

    /** The phrase of this message's kind under this name ({@code <KIND>.<name>}), filled. */
    public String own(String name) {
        return say(kind.name() + "." + name);
    }

    public String subject() {
        return own("subject");
    }

    public String title() {
        return own("title");
    }

    public String text() {
        return own("text");
    }

    /** The values as this reader reads them (money, days and codes in words). */
    public Map<String, Object> values() {
        return values;
    }

    public Language language() {
        return language;
    }

    public MessageKind kind() {
        return kind;
    }
}
