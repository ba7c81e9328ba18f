package fr.centreisere.concierge.gateway.identity.web;

import fr.centreisere.concierge.platform.text.PrintableText;
import jakarta.validation.constraints.Pattern;

/** PATCH /api/auth/me: what is left out stays; an empty phone removes it. Sign-up's rules. */
record ProfileChange(
        @Pattern(regexp = "[\\s\\S]*\\S[\\s\\S]*", message = "{validation.required}") @PrintableText(max = 100) String displayName,
        @Pattern(regexp = "^(\\+?[0-9 .()-]{6,20})?$", message = "{account.phone.invalid}") String phone) {
}
