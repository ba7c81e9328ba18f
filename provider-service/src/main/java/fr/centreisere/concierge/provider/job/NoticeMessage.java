package fr.centreisere.concierge.provider.job;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A notice as notification-service reads it (docs/INTERNAL-API.md, issue 13): to the member's staff
 * accounts ({@code to.memberId}) and its contact address ({@code to.emails}), a link to the job in the web
 * app, and the flat data its templates need. Never the customer's address: an offer names the commune only.
 */
public record NoticeMessage(String eventId, String kind, Instant occurredAt, Recipients to, String link,
        Map<String, Object> data) {

    public record Recipients(String memberId, List<String> emails) {
    }

    /** The message of that notice of that job; {@code contactEmail} the member's address now (may be null). */
    public static NoticeMessage of(Job job, MemberNotice notice, String contactEmail) {
        OrderRef order = job.order();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("jobId", job.id());
        data.put("serviceName", order.serviceLabel());
        boolean offer = notice.kind() == MemberNotice.Kind.OFFER_NEW || notice.kind() == MemberNotice.Kind.OFFER_REMINDER;
        if (offer) {
            data.put("quantity", order.quantity());
            data.put("communeName", order.communeLabel());
        }
        data.put("date", notice.slot().date().toString());
        data.put("from", notice.slot().from().toString());
        data.put("to", notice.slot().to().toString());
        if (offer && notice.expiresAt() != null) {
            data.put("expiresAt", notice.expiresAt().toString());
        }
        if (notice.reason() != null) {
            data.put("reason", notice.reason().name());
        }
        if (notice.by() != null) {
            data.put("by", notice.by().name());
        }
        if (notice.note() != null) {
            data.put("note", notice.note());
        }
        List<String> emails = contactEmail == null || contactEmail.isBlank() ? List.of() : List.of(contactEmail);
        return new NoticeMessage(notice.eventId(), notice.kind().name(), notice.occurredAt(),
                new Recipients(notice.memberId(), emails), "/#/missions/" + job.id(), data);
    }
}
