package fr.centreisere.concierge.provider.calendar;

/** No feed for that member and key (a wrong, old or missing key, or an unknown member): 404, saying no more. */
public class CalendarKeyRefused extends RuntimeException {
    public CalendarKeyRefused() {
        super("aucun calendrier à cette adresse / no calendar at this address");
    }
}
