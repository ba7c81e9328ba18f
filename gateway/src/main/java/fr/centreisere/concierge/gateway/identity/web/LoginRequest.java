package fr.centreisere.concierge.gateway.identity.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** POST /api/auth/login. */
record LoginRequest(
        @NotBlank(message = "{validation.required}") @Size(max = 254, message = "{validation.too-long}") String email,
        @NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.too-long}") String password) {

    @Override
    public String toString() {
        return "LoginRequest[" + email + "]";
    }
}
