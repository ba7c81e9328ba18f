package fr.centreisere.concierge.gateway.identity.web;

import fr.centreisere.concierge.platform.text.PrintableText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** POST /api/auth/register. The password's strength is the {@code PasswordPolicy}'s to judge. */
record RegisterRequest(
        @NotBlank(message = "obligatoire / required") @Size(max = 254, message = "trop long / too long") String email,
        @NotNull(message = "obligatoire / required") @Size(max = 200, message = "trop long / too long") String password,
        @NotBlank(message = "obligatoire / required") @PrintableText(max = 100) String displayName,
        @Pattern(regexp = "^\\+?[0-9 .()-]{6,20}$", message = "numéro de téléphone invalide / invalid phone number") String phone,
        @Pattern(regexp = "^(\\d{5}|2[AB]\\d{3})$", message = "code INSEE invalide / invalid INSEE code") String communeInsee) {

    @Override
    public String toString() {
        return "RegisterRequest[" + email + "]";
    }
}
