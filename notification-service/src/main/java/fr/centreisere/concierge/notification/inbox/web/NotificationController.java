package fr.centreisere.concierge.notification.inbox.web;

import fr.centreisere.concierge.notification.inbox.InboxEntry;
import fr.centreisere.concierge.notification.inbox.ReadInbox;
import fr.centreisere.concierge.platform.security.CurrentUser;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in user's own in-app list (docs/API.md): another user's entry is a 404. */
@RestController
@Validated
class NotificationController {

    private final ReadInbox inbox;

    NotificationController(ReadInbox inbox) {
        this.inbox = inbox;
    }

    /** The signed-in person's in-app notifications, newest first, with how many are unread (the bell). */
    @GetMapping("/api/notifications")
    NotificationListView list(CurrentUser user,
            @RequestParam(defaultValue = "0") @Min(value = 0, message = "≥ 0") @Max(value = 100_000, message = "≤ 100000") int page,
            @RequestParam(defaultValue = "20") @Min(value = 1, message = "{validation.page-size}")
            @Max(value = 100, message = "{validation.page-size}") int size) {
        return NotificationListView.of(inbox.list(user.userId(), page, size));
    }

    /** Marks one of the caller's notifications read (204); another person's is a 404. */
    @PostMapping("/api/notifications/{id}/read")
    ResponseEntity<Void> markRead(CurrentUser user, @PathVariable @Pattern(regexp = InboxEntry.ID_PATTERN,
            message = "{notification.id.invalid}") String id) {
        inbox.markRead(user.userId(), id);
        return ResponseEntity.noContent().build();
    }

    /** Marks all the caller's notifications read (204). */
    @PostMapping("/api/notifications/read-all")
    ResponseEntity<Void> markAllRead(CurrentUser user) {
        inbox.markAllRead(user.userId());
        return ResponseEntity.noContent().build();
    }
}
