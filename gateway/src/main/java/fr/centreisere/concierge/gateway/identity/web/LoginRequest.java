package fr.centreisere.concierge.gateway.identity.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** POST /api/auth/login. */
record LoginRequest(
        @NotBlank(message = "obligatoire / required") @Size(max = 254, message = "trop long / too long") String email,
        @NotBlank(message = "obligatoire / required") @Size(max = 200, message = "trop long / too long") String password) {

    @Override
    public String toString() {
        return "LoginRequest[" + email + "]";
    }
}
