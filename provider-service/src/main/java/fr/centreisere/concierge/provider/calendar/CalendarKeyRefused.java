package fr.centreisere.concierge.provider.calendar;

import fr.centreisere.concierge.platform.i18n.LocalizedException;

/** No feed for that member and key (a wrong, old or missing key, or an unknown member): 404, saying no more. */
public class CalendarKeyRefused extends LocalizedException {

    public CalendarKeyRefused() {
        super("calendar.not-found");
    }
}
