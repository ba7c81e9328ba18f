package fr.centreisere.concierge.gateway.identity.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** POST /api/auth/password. The new password's strength is the {@code PasswordPolicy}'s to judge. */
record PasswordChange(
        @NotNull(message = "{validation.required}") @Size(max = 200, message = "{validation.too-long}") String currentPassword,
        @NotNull(message = "{validation.required}") @Size(max = 200, message = "{validation.too-long}") String newPassword) {

    @Override
    public String toString() {
        return "PasswordChange[****]";
    }
}
