package fr.centreisere.concierge.notification.recipient.web;

import java.util.List;
import java.util.Set;

import fr.centreisere.concierge.notification.message.Language;
import fr.centreisere.concierge.notification.recipient.Recipient;
import fr.centreisere.concierge.notification.recipient.Recipients;
import fr.centreisere.concierge.platform.ids.IdPatterns;
import fr.centreisere.concierge.platform.security.Role;
import fr.centreisere.concierge.platform.text.PrintableText;
import fr.centreisere.concierge.platform.text.PrintableTexts;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The gateway keeps the directory up to date (docs/INTERNAL-API.md): every account, as it is now. */
@RestController
@Validated
class InternalRecipientController {

    static final String USER_MESSAGE = IdPatterns.USER_MESSAGE;

    private final Recipients recipients;

    InternalRecipientController(Recipients recipients) {
        this.recipients = recipients;
    }

    record RecipientRequest(
            @NotBlank(message = "{validation.required}") @Email(message = "{validation.email}")
            @Size(max = 254) String email,
            @PrintableText(max = 200) @Nullable String displayName,
            @NotNull(message = "{validation.required}") @Size(max = 10) List<Role> roles,
            @Pattern(regexp = IdPatterns.MEMBER, message = IdPatterns.MEMBER_MESSAGE) @Nullable String memberId,
            @Pattern(regexp = IdPatterns.COMPANY, message = IdPatterns.COMPANY_MESSAGE) @Nullable String companyId,
            @Nullable Boolean emailVerified,
            @Pattern(regexp = "fr|en", message = "{validation.language}") @Nullable String language,
            @Nullable Boolean active) {

        RecipientRequest {
            displayName = PrintableTexts.trimmed(displayName);
            email = email == null ? null : email.strip();
        }
    }

    @PutMapping("/internal/recipients/{userId}")
    ResponseEntity<Void> save(@PathVariable @Pattern(regexp = IdPatterns.USER, message = USER_MESSAGE) @Size(max = 100) String userId,
            @Valid @RequestBody RecipientRequest body) {
        if (Boolean.FALSE.equals(body.active())) {
            // a deactivated account leaves the directory: no mail, and no role that makes it a recipient
            recipients.remove(userId);
            return ResponseEntity.noContent().build();
        }
        recipients.save(new Recipient(userId, body.email(), body.displayName(), Set.copyOf(body.roles()), body.memberId(),
                body.companyId(), Boolean.TRUE.equals(body.emailVerified())),
                body.language() == null ? Language.FR : Language.ofCode(body.language()).orElse(Language.FR));
        return ResponseEntity.noContent().build();
    }

    @DeleteMapping("/internal/recipients/{userId}")
    ResponseEntity<Void> remove(@PathVariable @Pattern(regexp = IdPatterns.USER, message = USER_MESSAGE) @Size(max = 100) String userId) {
        recipients.remove(userId);
        return ResponseEntity.noContent().build();
    }
}
