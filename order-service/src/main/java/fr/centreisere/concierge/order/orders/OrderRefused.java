package fr.centreisere.concierge.order.orders;

import java.util.List;
import java.util.Locale;

import fr.centreisere.concierge.platform.i18n.Languages;
import fr.centreisere.concierge.platform.i18n.LocalizedException;
import fr.centreisere.concierge.platform.i18n.Message;
import org.jspecify.annotations.Nullable;

/**
 * A business rule refuses the request (422); its text is a code of the bundles with its arguments. A refusal
 * that names things in words of the reader's language (a service's title, a commune in a French sentence) has
 * its arguments in each language ({@link #inWords}).
 */
public class OrderRefused extends LocalizedException {

    private final @Nullable Message english;

    public OrderRefused(String code, Object... args) {
        super(code, args);
        this.english = null;
    }

    private OrderRefused(Message french, Message english) {
        super(french);
        this.english = english;
    }

    /** The same code, with French arguments for a French reader and English ones for an English reader. */
    static OrderRefused inWords(String code, List<String> french, List<String> english) {
        return new OrderRefused(new Message(code, french), new Message(code, english));
    }

    /** What a reader of that language reads (the French arguments for any language but English). */
    public Message text(@Nullable Locale language) {
        return english != null && Languages.of(language).equals(Languages.ENGLISH) ? english : text();
    }
}
