package fr.centreisere.concierge.order.invoice.seed;

import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneId;

import fr.centreisere.concierge.order.invoice.CloseMonth;
import fr.centreisere.concierge.order.invoice.MonthClosings;
import fr.centreisere.concierge.order.orders.Orders;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * In the {@code demo} profile only: once the service is ready (the seeds written), closes every month of the
 * last year that is over, has completed orders and is not closed yet. Closing is idempotent, so a restart or
 * a second instance changes nothing. In the background, retried while provider-service (the members' legal
 * identity) is not yet reachable.
 */
@Component
@Profile("demo")
class ClosePastMonthsAtStartup {

    private static final Logger log = LoggerFactory.getLogger(ClosePastMonthsAtStartup.class);
    private static final int ATTEMPTS = 30;

    private final CloseMonth closeMonth;
    private final MonthClosings closings;
    private final Orders orders;
    private final Clock clock;

    ClosePastMonthsAtStartup(CloseMonth closeMonth, MonthClosings closings, Orders orders, Clock clock) {
        this.closeMonth = closeMonth;
        this.closings = closings;
        this.orders = orders;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void closePastMonths() {
        Thread thread = new Thread(this::closeWithRetries, "close-past-months");
        thread.setDaemon(true);
        thread.start();
    }

    private void closeWithRetries() {
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            try {
                closeOpenMonths();
                return;
            } catch (RuntimeException e) {
                log.info("demo: closing past months, attempt {} of {}: {}", attempt, ATTEMPTS, e.getMessage());
            }
            try {
                Thread.sleep(10_000);
            } catch (InterruptedException stop) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    void closeOpenMonths() {
        ZoneId zone = ZoneId.of("Europe/Paris");
        YearMonth current = YearMonth.from(clock.instant().atZone(zone));
        for (YearMonth month = current.minusMonths(12); month.isBefore(current); month = month.plusMonths(1)) {
            if (closings.isClosed(month)) {
                continue;
            }
            var from = month.atDay(1).atStartOfDay(zone).toInstant();
            var to = month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
            if (!orders.anyCompletedBetween(from, to)) {
                continue;
            }
            CloseMonth.Closing closing = closeMonth.close(month);
            log.info("demo: month {} closed, {} invoice(s) issued", month, closing.invoices().size());
        }
    }
}
