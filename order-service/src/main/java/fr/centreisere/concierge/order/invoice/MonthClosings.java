package fr.centreisere.concierge.order.invoice;

import java.time.Instant;
import java.time.YearMonth;

/** Which months are closed: one document per month, its key unique. */
public interface MonthClosings {

    boolean isClosed(YearMonth month);

    /** Records the month closed; a second record of the same month changes nothing. */
    void markClosed(YearMonth month, Instant at, int issued);
}
