package fr.centreisere.concierge.platform.i18n;

/** Where the texts live: each module's {@code i18n/messages} (French) and {@code _en}, and the platform's {@code i18n/platform}. */
final class Bundles {

    static final String MODULE = "i18n/messages";
    static final String PLATFORM = "i18n/platform";

    private Bundles() {
    }
}
