package fr.centreisere.concierge.provider.calendar.web;

import java.time.Instant;
import java.util.Optional;

import fr.centreisere.concierge.platform.ids.IdPatterns;
import fr.centreisere.concierge.platform.security.CurrentUser;
import fr.centreisere.concierge.provider.calendar.CalendarFeeds;
import fr.centreisere.concierge.provider.calendar.CalendarKey;
import fr.centreisere.concierge.provider.calendar.CalendarKeyRefused;
import fr.centreisere.concierge.platform.i18n.Texts;
import fr.centreisere.concierge.provider.calendar.ICalendarText;
import fr.centreisere.concierge.provider.member.Caller;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A member's private calendar feed. {@code calendar.ics?key=} needs no token (calendar applications send
 * none; the key is the access, and any wrong key is a plain 404); its status and renewal are for the
 * member's staff and coordinators.
 */
@RestController
@RequestMapping("/api/members/{memberId}")
class CalendarController {

    static final MediaType TEXT_CALENDAR = new MediaType("text", "calendar", java.nio.charset.StandardCharsets.UTF_8);

    private final CalendarFeeds feeds;
    private final String publicUrl;
    private final Texts texts;

    CalendarController(CalendarFeeds feeds, Texts texts,
            @Value("${provider.calendar.public-url:http://localhost:8080}") String publicUrl) {
        this.feeds = feeds;
        this.texts = texts;
        this.publicUrl = publicUrl.replaceAll("/+$", "");
    }

    /**
     * The member's jobs as an iCalendar feed for a phone's or an office calendar, read with the secret key of
     * the feed's link (no token: calendars cannot send one); a wrong key is a 404.
     */
    @GetMapping("/calendar.ics")
    @ApiResponse(responseCode = "200", description = "the feed", content = @Content(mediaType = "text/calendar",
            schema = @Schema(type = "string")))
    ResponseEntity<String> feed(
            @PathVariable @Size(max = 100) @Pattern(regexp = IdPatterns.MEMBER, message = IdPatterns.MEMBER_MESSAGE) String memberId,
            @RequestParam(required = false) @Size(max = 200) String key) {
        if (key == null) {
            throw new CalendarKeyRefused();
        }
        return ResponseEntity.ok().contentType(TEXT_CALENDAR)
                .cacheControl(CacheControl.noStore())
                .header("X-Robots-Tag", "noindex")
                .body(ICalendarText.of(feeds.feed(memberId, key), texts.text("calendar.event.order")));
    }

    /** Whether the member has a feed, and since when; the secret itself is shown only when issued. */
    record CalendarStatusView(String memberId, boolean active, Instant renewedAt) {
    }

    /** A new feed address: shown once (only its hash is kept); the previous one stops working. */
    record CalendarLinkView(String memberId, String url, String path, Instant renewedAt) {
    }

    /** Whether the member has a calendar link, and when it was last renewed (its staff and coordinators). */
    @GetMapping("/calendar")
    CalendarStatusView status(CurrentUser user, @PathVariable String memberId) {
        Optional<Instant> renewedAt = feeds.renewedAt(caller(user), memberId);
        return new CalendarStatusView(memberId, renewedAt.isPresent(), renewedAt.orElse(null));
    }

    /**
     * Issues a new calendar link for the member and revokes the previous one; the link holds a secret key
     * shown only in this answer.
     */
    @PostMapping("/calendar/renew")
    CalendarLinkView renew(CurrentUser user, @PathVariable String memberId) {
        CalendarKey.Issued issued = feeds.renew(caller(user), memberId);
        String path = "/api/members/" + memberId + "/calendar.ics?key=" + issued.secret();
        return new CalendarLinkView(memberId, publicUrl + path, path, issued.key().renewedAt());
    }

    private static Caller caller(CurrentUser user) {
        return new Caller(user.userId(), user.isMemberStaff() ? user.memberId() : null, user.isCoordinator());
    }
}
