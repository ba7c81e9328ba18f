package fr.centreisere.concierge.provider.calendar;

import java.util.Optional;

/** The members' calendar keys (port): one per member, a renewal replaces it. */
public interface CalendarKeys {

    Optional<CalendarKey> of(String memberId);

    /** Stores the member's key, replacing any earlier one (the old secret stops working at once). */
    void replace(CalendarKey key);
}
