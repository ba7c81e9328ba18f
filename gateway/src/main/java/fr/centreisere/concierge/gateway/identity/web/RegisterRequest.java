package fr.centreisere.concierge.gateway.identity.web;

import fr.centreisere.concierge.platform.text.PrintableText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** POST /api/auth/register. The password's strength is the {@code PasswordPolicy}'s to judge. */
record RegisterRequest(
        @NotBlank(message = "{validation.required}") @Size(max = 254, message = "{validation.too-long}") String email,
        @NotNull(message = "{validation.required}") @Size(max = 200, message = "{validation.too-long}") String password,
        @NotBlank(message = "{validation.required}") @PrintableText(max = 100) String displayName,
        @Pattern(regexp = "^\\+?[0-9 .()-]{6,20}$", message = "{account.phone.invalid}") String phone,
        @Pattern(regexp = "^(\\d{5}|2[AB]\\d{3})$", message = "{account.insee.invalid}") String communeInsee) {

    @Override
    public String toString() {
        return "RegisterRequest[" + email + "]";
    }
}
