package fr.centreisere.concierge.notification.summary;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import fr.centreisere.concierge.notification.event.Addressees;
import fr.centreisere.concierge.notification.event.NotificationEvent;
import fr.centreisere.concierge.notification.event.ReceiveEvent;
import fr.centreisere.concierge.notification.message.MessageData;
import fr.centreisere.concierge.notification.message.MessageKind;
import org.jspecify.annotations.Nullable;

/**
 * Each morning, asks every service what needs attention and tells the coordinators, when there is
 * something to tell: orders left without a structure, messages that keep failing, services that did
 * not answer. One summary a day: its event id is the day's, so a second run (another instance, a
 * restart) changes nothing.
 */
public final class SendDailySummary {

    /** What a run did. */
    public enum Outcome { SENT, NOTHING_TO_REPORT, ALREADY_SENT }

    private final List<AttentionSource> sources;
    private final ReceiveEvent receiveEvent;
    private final Clock clock;

    public SendDailySummary(List<AttentionSource> sources, ReceiveEvent receiveEvent, Clock clock) {
        this.sources = List.copyOf(sources);
        this.receiveEvent = receiveEvent;
        this.clock = clock;
    }

    public Outcome run() {
        List<AttentionReport> reports = sources.stream().map(AttentionSource::report).toList();
        List<UnassignedOrder> unassigned = new ArrayList<>();
        List<StuckMessage> stuck = new ArrayList<>();
        List<String> unanswered = new ArrayList<>();
        for (AttentionReport report : reports) {
            unassigned.addAll(report.unassignedOrders());
            stuck.addAll(report.stuckMessages());
            if (!report.answered()) {
                unanswered.add(report.service());
            }
        }
        if (unassigned.isEmpty() && stuck.isEmpty() && unanswered.isEmpty()) {
            return Outcome.NOTHING_TO_REPORT;
        }
        LocalDate today = LocalDate.now(clock);
        NotificationEvent event = new NotificationEvent("summary:" + today, MessageKind.COORDINATOR_DAILY_SUMMARY,
                clock.instant(), Addressees.coordinatorsOnly(), "/#/commandes", data(unassigned, stuck, unanswered));
        return receiveEvent.receive(event) == ReceiveEvent.Outcome.ACCEPTED ? Outcome.SENT : Outcome.ALREADY_SENT;
    }

    /** Flat data, as every event carries: parallel lists, one item per order and per message. */
    private static MessageData data(List<UnassignedOrder> unassigned, List<StuckMessage> stuck, List<String> unanswered) {
        int shown = MessageData.MAX_LIST_ITEMS;
        List<UnassignedOrder> orders = unassigned.subList(0, Math.min(shown, unassigned.size()));
        List<StuckMessage> messages = stuck.subList(0, Math.min(shown, stuck.size()));
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("unassignedCount", (long) unassigned.size());
        data.put("stuckCount", (long) stuck.size());
        data.put("unassignedNumbers", orders.stream().map(order -> clip(order.number())).toList());
        data.put("unassignedServices", orders.stream().map(order -> clip(order.serviceName())).toList());
        data.put("unassignedDates", orders.stream().map(order -> clip(order.date())).toList());
        data.put("unassignedReasons", orders.stream().map(order -> clip(order.reason())).toList());
        data.put("stuckOwners", messages.stream().map(message -> clip(message.owner())).toList());
        data.put("stuckDestinations", messages.stream().map(message -> clip(message.destination())).toList());
        data.put("stuckKinds", messages.stream().map(message -> clip(message.kind())).toList());
        data.put("stuckAttempts", messages.stream().map(message -> String.valueOf(message.attempts())).toList());
        data.put("stuckSince", messages.stream().map(message -> clip(message.since())).toList());
        data.put("stuckErrors", messages.stream().map(message -> clip(message.lastError())).toList());
        data.put("unansweredServices", unanswered.stream().map(SendDailySummary::clip).toList());
        return MessageData.of(data);
    }

    /** What other services said, made printable and short: their words go into a mail. */
    private static String clip(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return "—";
        }
        String line = text.replaceAll("\\p{Cntrl}", " ").strip();
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }
}
