package fr.centreisere.concierge.gateway.identity.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** POST /api/auth/password-reset/confirm. The password's strength is the {@code PasswordPolicy}'s to judge. */
record PasswordResetConfirmation(
        @NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.too-long}") String token,
        @NotNull(message = "{validation.required}") @Size(max = 200, message = "{validation.too-long}") String password) {

    @Override
    public String toString() {
        return "PasswordResetConfirmation[****]";
    }
}
