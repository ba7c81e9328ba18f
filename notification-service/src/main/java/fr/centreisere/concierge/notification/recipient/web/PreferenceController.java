package fr.centreisere.concierge.notification.recipient.web;

import java.util.EnumMap;
import java.util.Map;

import fr.centreisere.concierge.notification.message.EmailCategory;
import fr.centreisere.concierge.notification.message.Language;
import fr.centreisere.concierge.notification.recipient.ManagePreferences;
import fr.centreisere.concierge.notification.recipient.Preferences;
import fr.centreisere.concierge.platform.security.CurrentUser;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in user's own choices: their language and which e-mails they receive (docs/API.md). */
@RestController
class PreferenceController {

    private final ManagePreferences preferences;

    PreferenceController(ManagePreferences preferences) {
        this.preferences = preferences;
    }

    /** An unknown category is a mistake to say (400), not to ignore. */
    record PreferencesBody(
            @NotNull(message = "{validation.required}") @Pattern(regexp = "fr|en", message = "{validation.language}") String language,
            @NotNull(message = "{validation.required}") Map<EmailCategory, Boolean> email) {
    }

    /** The caller's mail preferences: which kinds of message they receive by e-mail, and in which language. */
    @GetMapping("/api/notifications/preferences")
    PreferencesBody read(CurrentUser user) {
        return view(preferences.of(user.userId()));
    }

    /** Changes the caller's mail preferences (every kind named, a known language); answers them. */
    @PutMapping("/api/notifications/preferences")
    PreferencesBody change(CurrentUser user, @Valid @RequestBody PreferencesBody body) {
        Language language = Language.ofCode(body.language()).orElseThrow();
        return view(preferences.change(user.userId(), language, body.email()));
    }

    private static PreferencesBody view(Preferences preferences) {
        Map<EmailCategory, Boolean> email = new EnumMap<>(EmailCategory.class);
        for (EmailCategory category : EmailCategory.values()) {
            email.put(category, preferences.wantsMail(category));
        }
        return new PreferencesBody(preferences.language().code(), email);
    }
}
