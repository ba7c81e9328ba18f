package fr.centreisere.concierge.notification.event.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import fr.centreisere.concierge.notification.event.Addressees;
import fr.centreisere.concierge.notification.event.NotificationEvent;
import fr.centreisere.concierge.notification.event.ReceiveEvent;
import fr.centreisere.concierge.notification.message.MessageData;
import fr.centreisere.concierge.notification.message.MessageKind;
import fr.centreisere.concierge.platform.ids.IdPatterns;
import fr.centreisere.concierge.platform.text.PrintableText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The producers' door (docs/INTERNAL-API.md): 202 for a new event, 200 for one already received,
 * 400 for an event that cannot be told (a producer gives it up). Reached only with the internal token.
 */
@RestController
class InternalEventController {

    static final String USER_MESSAGE = IdPatterns.USER_MESSAGE;

    private final ReceiveEvent receiveEvent;

    InternalEventController(ReceiveEvent receiveEvent) {
        this.receiveEvent = receiveEvent;
    }

    record ToRequest(
            @Size(max = 100) @Nullable List<@Pattern(regexp = IdPatterns.USER, message = USER_MESSAGE) @Size(max = 100) String> userIds,
            @Pattern(regexp = IdPatterns.MEMBER, message = IdPatterns.MEMBER_MESSAGE) @Size(max = 100) @Nullable String memberId,
            @Pattern(regexp = IdPatterns.COMPANY, message = IdPatterns.COMPANY_MESSAGE) @Size(max = 100) @Nullable String companyAdminsOf,
            @Nullable Boolean coordinators,
            @Size(max = 20) @Nullable List<@NotBlank @Email(message = "{validation.email}") @Size(max = 254) String> emails) {
    }

    record EventRequest(
            @NotBlank(message = "{validation.required}") @PrintableText(max = 200) String eventId,
            @NotNull(message = "{validation.required}") MessageKind kind,
            @NotNull(message = "{validation.required}") Instant occurredAt,
            @NotNull(message = "{validation.required}") @Valid ToRequest to,
            @Nullable String link,
            // an optional value sent as null is a value not sent (the platform refuses nulls in maps elsewhere)
            @JsonSetter(contentNulls = Nulls.SKIP) @Nullable Map<String, Object> data) {
    }

    @PostMapping("/internal/notifications/events")
    ResponseEntity<Void> receive(@Valid @RequestBody EventRequest body) {
        ToRequest to = body.to();
        NotificationEvent event = new NotificationEvent(body.eventId(), body.kind(), body.occurredAt(),
                new Addressees(to.userIds() == null ? List.of() : to.userIds(), to.memberId(), to.companyAdminsOf(),
                        Boolean.TRUE.equals(to.coordinators()), to.emails() == null ? List.of() : to.emails()),
                body.link(), body.data() == null ? MessageData.empty() : MessageData.of(body.data()));
        ReceiveEvent.Outcome outcome = receiveEvent.receive(event);
        return ResponseEntity.status(outcome == ReceiveEvent.Outcome.ACCEPTED ? HttpStatus.ACCEPTED : HttpStatus.OK).build();
    }
}
