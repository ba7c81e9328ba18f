package fr.centreisere.concierge.gateway.identity.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** POST /api/auth/email-verification/confirm. */
record EmailVerificationConfirmation(
        @NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.too-long}") String token) {

    @Override
    public String toString() {
        return "EmailVerificationConfirmation[****]";
    }
}
