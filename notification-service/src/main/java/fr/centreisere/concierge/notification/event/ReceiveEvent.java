package fr.centreisere.concierge.notification.event;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import fr.centreisere.concierge.notification.inbox.Inbox;
import fr.centreisere.concierge.notification.inbox.InboxEntry;
import fr.centreisere.concierge.notification.mail.MailAddress;
import fr.centreisere.concierge.notification.mail.PostMail;
import fr.centreisere.concierge.notification.message.Language;
import fr.centreisere.concierge.notification.recipient.Addressee;
import fr.centreisere.concierge.notification.recipient.Recipients;

/**
 * Receives an event once and fans it out: an in-app entry for every account it is for, and one mail
 * per distinct address that wants it, in the reader's language. Every write is idempotent (ids
 * derived from the event), and the event counts as done only once all are written: a producer that
 * retries after a failure completes what was begun, and a repeat of a done event changes nothing.
 */
public final class ReceiveEvent {

    public enum Outcome {
        /** First seen: stored and fanned out. */
        ACCEPTED,
        /** Seen before: nothing new. */
        KNOWN
    }

    private final Events events;
    private final Recipients recipients;
    private final Inbox inbox;
    private final PostMail post;
    private final Clock clock;

    public ReceiveEvent(Events events, Recipients recipients, Inbox inbox, PostMail post, Clock clock) {
        this.events = events;
        this.recipients = recipients;
        this.inbox = inbox;
        this.post = post;
        this.clock = clock;
    }

    public Outcome receive(NotificationEvent event) {
        boolean isNew = events.recordIfNew(event);
        if (!isNew && events.isFannedOut(event.eventId())) {
            return Outcome.KNOWN;
        }
        fanOut(event);
        events.markFannedOut(event.eventId());
        return isNew ? Outcome.ACCEPTED : Outcome.KNOWN;
    }

    private void fanOut(NotificationEvent event) {
        Map<String, Addressee> accounts = accountsOf(event.to());
        if (event.kind().isListedInApp()) {
            Set<String> listed = new LinkedHashSet<>(event.to().userIds());
            listed.addAll(accounts.keySet());
            for (String userId : listed) {
                inbox.add(InboxEntry.of(event.eventId(), userId, event.kind(), event.data(), event.link(), event.occurredAt()));
            }
        }
        // one mail per address; the first to claim an address decides: an account (its language, its choices)
        // before a plain address, so an account that turned these mails off is not mailed as a plain address
        Set<String> claimed = new HashSet<>();
        List<MailAddress> addresses = new ArrayList<>();
        for (Addressee account : accounts.values()) {
            if (claimed.add(account.recipient().email().toLowerCase(Locale.ROOT)) && account.preferences().wantsMail(event.kind())) {
                addresses.add(MailAddress.ofAccount(account.recipient().email(), account.recipient().displayName(),
                        account.preferences().language()));
            }
        }
        Language plainLanguage = event.kind().isAccountMessage() ? event.accountMessageLanguage() : Language.FR;
        String plainName = event.kind().isAccountMessage() ? event.data().text("displayName").orElse(null) : null;
        for (String email : event.to().emails()) {
            if (claimed.add(email.toLowerCase(Locale.ROOT))) {
                addresses.add(MailAddress.ofPlain(email, plainName, plainLanguage));
            }
        }
        for (MailAddress address : addresses) {
            post.post(event.eventId(), event.kind(), event.data(), event.link(), address, clock.instant());
        }
    }

    private Map<String, Addressee> accountsOf(Addressees to) {
        Map<String, Addressee> accounts = new LinkedHashMap<>();
        recipients.withIds(to.userIds()).forEach(account -> accounts.putIfAbsent(account.recipient().userId(), account));
        if (to.memberId() != null) {
            recipients.staffOf(to.memberId()).forEach(account -> accounts.putIfAbsent(account.recipient().userId(), account));
        }
        if (to.companyAdminsOf() != null) {
            recipients.adminsOf(to.companyAdminsOf())
                    .forEach(account -> accounts.putIfAbsent(account.recipient().userId(), account));
        }
        if (to.coordinators()) {
            recipients.coordinators().forEach(account -> accounts.putIfAbsent(account.recipient().userId(), account));
        }
        return accounts;
    }
}
