package fr.centreisere.concierge.provider.calendar;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import fr.centreisere.concierge.provider.job.Job;
import fr.centreisere.concierge.provider.job.OrderRef;
import fr.centreisere.concierge.provider.job.Visit;

/**
 * A feed as iCalendar text (RFC 5545): one VEVENT per job, UID the job's id, times in Europe/Paris (with
 * its VTIMEZONE), SUMMARY the service, LOCATION the address when order-service gave it (the feed is
 * private to the member) else the commune. The customer's name, phone and notes are not in it: calendar
 * applications copy feeds to other servers, so those stay behind the app's sign-in. Lines end with CRLF
 * and are folded at 75 octets without cutting a UTF-8 character; TEXT values are escaped.
 */
public final class ICalendarText {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);
    private static final int MAX_OCTETS = 75;

    private ICalendarText() {
    }

    /** {@code orderWord}: « Commande » or « Order », in the reader's language (before each order's number). */
    public static String of(CalendarFeeds.Feed feed, String orderWord) {
        List<String> lines = new ArrayList<>();
        lines.add("BEGIN:VCALENDAR");
        lines.add("VERSION:2.0");
        lines.add("PRODID:-//Conciergerie territoriale Centre-Isere//provider-service//FR");
        lines.add("CALSCALE:GREGORIAN");
        lines.add("METHOD:PUBLISH");
        lines.add("X-WR-CALNAME:" + text(feed.memberName() + " — missions"));
        lines.add("X-WR-TIMEZONE:Europe/Paris");
        timeZone(lines);
        for (CalendarFeeds.Entry entry : feed.entries()) {
            event(lines, entry.job(), entry.visit(), feed.stampedAt(), orderWord);
        }
        lines.add("END:VCALENDAR");
        StringBuilder out = new StringBuilder();
        lines.forEach(line -> out.append(fold(line)));
        return out.toString();
    }

    private static void event(List<String> lines, Job job, Visit visit, Instant stamp, String orderWord) {
        OrderRef o = job.order();
        LocalDateTime start = o.slot().date().atTime(o.slot().from());
        LocalDate endDay = o.slot().to().isAfter(o.slot().from()) ? o.slot().date() : o.slot().date().plusDays(1);
        LocalDateTime end = endDay.atTime(o.slot().to());
        lines.add("BEGIN:VEVENT");
        lines.add("UID:" + text(job.id()));
        lines.add("DTSTAMP:" + UTC.format(stamp));
        lines.add("LAST-MODIFIED:" + UTC.format(job.updatedAt() == null ? stamp : job.updatedAt()));
        lines.add("DTSTART;TZID=Europe/Paris:" + LOCAL.format(start));
        lines.add("DTEND;TZID=Europe/Paris:" + LOCAL.format(end));
        lines.add("SUMMARY:" + text(o.quantity() > 1 ? o.serviceLabel() + " ×" + o.quantity() : o.serviceLabel()));
        lines.add("LOCATION:" + text(location(o, visit)));
        lines.add("DESCRIPTION:" + text(orderWord + " " + (o.orderNumber() == null ? o.orderId() : o.orderNumber())
                + " — " + o.communeLabel()));
        lines.add("STATUS:CONFIRMED");
        lines.add("TRANSP:OPAQUE");
        lines.add("END:VEVENT");
    }

    private static String location(OrderRef o, Visit visit) {
        if (visit == null) {
            return o.communeLabel();
        }
        StringBuilder where = new StringBuilder();
        if (visit.companySite() != null && visit.companySite().name() != null) {
            where.append(visit.companySite().name()).append(", ");
        }
        where.append(visit.address().line1());
        if (visit.address().line2() != null && !visit.address().line2().isBlank()) {
            where.append(", ").append(visit.address().line2());
        }
        where.append(", ").append(visit.address().postalCode()).append(' ').append(o.communeLabel());
        return where.toString();
    }

    /** Europe/Paris since 1996: CEST from the last Sunday of March, CET from the last Sunday of October. */
    private static void timeZone(List<String> lines) {
        lines.addAll(List.of("BEGIN:VTIMEZONE", "TZID:Europe/Paris",
                "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200", "TZNAME:CEST",
                "DTSTART:19700329T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
                "BEGIN:STANDARD", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "TZNAME:CET",
                "DTSTART:19701025T030000", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD",
                "END:VTIMEZONE"));
    }

    /** A TEXT value (RFC 5545 §3.3.11): backslash, semicolon, comma and line breaks escaped; other controls dropped. */
    static String text(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case ';' -> out.append("\\;");
                case ',' -> out.append("\\,");
                case '\n' -> out.append("\\n");
                case '\r' -> { }
                default -> {
                    if (c >= 0x20 && c != 0x7f) {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /** A content line folded (§3.1): at most 75 octets a line, continuation lines begin with a space. */
    static String fold(String line) {
        StringBuilder out = new StringBuilder();
        int octets = 0;
        int limit = MAX_OCTETS;
        for (int i = 0; i < line.length(); ) {
            int cp = line.codePointAt(i);
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                out.append("\r\n ");
                octets = 1;
                limit = MAX_OCTETS;
            }
            out.appendCodePoint(cp);
            octets += size;
            i += Character.charCount(cp);
        }
        return out.append("\r\n").toString();
    }
}
