package fr.centreisere.concierge.gateway.identity.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** POST /api/auth/password-reset. */
record PasswordResetRequest(
        @NotBlank(message = "{validation.required}") @Size(max = 254, message = "{validation.too-long}") String email) {

    @Override
    public String toString() {
        return "PasswordResetRequest[****]";
    }
}
