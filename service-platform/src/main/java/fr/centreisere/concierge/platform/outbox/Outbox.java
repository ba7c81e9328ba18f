package fr.centreisere.concierge.platform.outbox;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

import org.jspecify.annotations.Nullable;

/**
 * The messages embedded in one owner, in the order written, as the owner's domain object holds them:
 * add one in the same change as the state change that causes it; the relay reads the same list. Within
 * a lane only the first unsettled message may leave ({@link #nextDue}); lanes do not wait for each other.
 * Not thread-safe, like the aggregate that holds it.
 */
public final class Outbox {

    private final List<OutboxMessage> messages;

    private Outbox(List<OutboxMessage> messages) {
        this.messages = new ArrayList<>(messages);
    }

    public static Outbox of(List<OutboxMessage> messages) {
        return new Outbox(messages);
    }

    public static Outbox empty() {
        return new Outbox(List.of());
    }

    /** Appends a message; its id must be new in this owner. */
    public OutboxMessage add(OutboxMessage message) {
        if (find(message.id()).isPresent()) {
            throw new IllegalArgumentException("message " + message.id() + " is already in the outbox");
        }
        messages.add(message);
        return message;
    }

    public List<OutboxMessage> messages() {
        return List.copyOf(messages);
    }

    public int size() {
        return messages.size();
    }

    /** How many messages of {@code destination} were ever written: for the next stable id. */
    public int countOf(String destination) {
        return (int) messages.stream().filter(m -> m.destination().equals(destination)).count();
    }

    public Optional<OutboxMessage> find(String messageId) {
        return messages.stream().filter(m -> m.id().equals(messageId)).findFirst();
    }

    /** The first unsettled message of each lane, in the order written. */
    public List<OutboxMessage> heads() {
        Set<String> seen = new HashSet<>();
        List<OutboxMessage> heads = new ArrayList<>();
        for (OutboxMessage message : messages) {
            if (!message.settled() && seen.add(message.lane())) {
                heads.add(message);
            }
        }
        return heads;
    }

    /** The head of {@code lane}, if it has an unsettled message. */
    public Optional<OutboxMessage> head(String lane) {
        return heads().stream().filter(m -> m.lane().equals(lane)).findFirst();
    }

    /** The message a relay may take now: the first lane head that is due. */
    public Optional<OutboxMessage> nextDue(Instant now) {
        return heads().stream().filter(m -> m.dueAt(now)).findFirst();
    }

    /** When a relay should next look at this owner; nothing once everything is settled. */
    public @Nullable Instant dueAt() {
        return heads().stream().map(OutboxMessage::dueAt).filter(java.util.Objects::nonNull)
                .min(Instant::compareTo).orElse(null);
    }

    public boolean hasUnsettled() {
        return messages.stream().anyMatch(m -> !m.settled());
    }

    public boolean hasUnsettled(String destination) {
        return messages.stream().anyMatch(m -> !m.settled() && m.destination().equals(destination));
    }

    /** The messages coordinators should see (see {@link OutboxMessage#needsAttention(int)}). */
    public List<OutboxMessage> needingAttention(int attentionAfter) {
        return messages.stream().filter(m -> m.needsAttention(attentionAfter)).toList();
    }

    /**
     * Replaces a message by its settled self, as a relay computed it, unless it is settled already or
     * another relay took its lease over meanwhile (that one settles it): the same rule as the default
     * settlement's conditional update.
     *
     * @return whether it changed
     */
    public boolean settle(OutboxMessage settled) {
        Optional<OutboxMessage> stored = find(settled.id());
        if (stored.isEmpty() || stored.get().settled()) {
            return false;
        }
        String holder = stored.get().claimToken();
        if (holder != null && !holder.equals(settled.claimToken())) {
            return false;
        }
        replace(settled.id(), m -> settled);
        return true;
    }

    /** Withdraws every unsettled message that {@code which} selects and that cannot have arrived yet. */
    public List<OutboxMessage> withdrawUnsent(Predicate<OutboxMessage> which, Instant now) {
        List<OutboxMessage> withdrawn = new ArrayList<>();
        for (int i = 0; i < messages.size(); i++) {
            OutboxMessage message = messages.get(i);
            if (!message.settled() && !message.mayHaveArrived(now) && which.test(message)) {
                messages.set(i, message.withdrawn(now));
                withdrawn.add(message);
            }
        }
        return withdrawn;
    }

    /** Changes one message in place. */
    public void replace(String messageId, UnaryOperator<OutboxMessage> change) {
        for (int i = 0; i < messages.size(); i++) {
            if (messages.get(i).id().equals(messageId)) {
                messages.set(i, change.apply(messages.get(i)));
                return;
            }
        }
        throw new IllegalArgumentException("no message " + messageId + " in the outbox");
    }
}
