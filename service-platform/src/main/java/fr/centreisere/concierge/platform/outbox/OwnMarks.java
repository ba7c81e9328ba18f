package fr.centreisere.concierge.platform.outbox;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import fr.centreisere.concierge.platform.due.DueSet;
import fr.centreisere.concierge.platform.due.DueSets;

/**
 * The due-set entries an owner's repository marked for one outbox, kept by owner so that its write that
 * leaves nothing pending there forgets the entry it made, instead of leaving it for a round to read the
 * owner and find nothing (issue 15: a new order's dispatch is marked due at its lease's end in case the
 * placing request dies, and that request settles it in its next write). The entry is taken before the
 * write and cleared after it on the condition of its mark: a mark made since, by any writer, keeps it.
 * The newest few thousand are kept; an owner no longer kept is forgotten by a round, as before.
 */
public final class OwnMarks {

    private static final int KEPT = 10_000;

    private final DueSets dueSets;
    private final OutboxLayout layout;
    private final Map<String, DueSet.Entry> byOwner = new LinkedHashMap<>(1_024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, DueSet.Entry> eldest) {
            return size() > KEPT;
        }
    };

    public OwnMarks(DueSets dueSets, OutboxLayout layout) {
        this.dueSets = dueSets;
        this.layout = layout;
    }

    /** Before the owner's write: what this repository marked for it last (taken: one write settles it). */
    public synchronized Optional<DueSet.Entry> taken(String ownerId) {
        return Optional.ofNullable(byOwner.remove(ownerId));
    }

    /**
     * Right after the owner's write of {@code messages}: marks the owner due while one of them is pending
     * (and keeps the entry), otherwise forgets the entry taken before the write, unless marked since.
     */
    public void written(String ownerId, List<OutboxMessage> messages, Optional<DueSet.Entry> takenBefore) {
        DueSet due = dueSets.named(layout.dueSetName());
        Instant dueAt = Outbox.of(messages).dueAt();
        if (dueAt != null) {
            due.marked(ownerId, dueAt).ifPresent(this::keep);
        } else {
            takenBefore.ifPresent(made -> forget(due, made));
        }
    }

    /** Never throws: the owner's write is done, and a round forgets the entry should this fail. */
    private static void forget(DueSet due, DueSet.Entry made) {
        try {
            due.clear(made);
        } catch (RuntimeException storeAway) {
            // left for a round, as before this class
        }
    }

    private synchronized void keep(DueSet.Entry made) {
        byOwner.put(made.key(), made);
    }
}
