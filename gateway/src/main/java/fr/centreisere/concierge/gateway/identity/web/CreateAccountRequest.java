package fr.centreisere.concierge.gateway.identity.web;

import fr.centreisere.concierge.gateway.identity.Role;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** POST /api/auth/accounts (coordinators). */
record CreateAccountRequest(
        @NotBlank(message = "obligatoire / required") @Size(max = 254, message = "trop long / too long") String email,
        @NotNull(message = "obligatoire / required") @Size(max = 200, message = "trop long / too long") String password,
        @NotBlank(message = "obligatoire / required") @Size(max = 100, message = "au plus 100 caractères / at most 100 characters") String displayName,
        @NotNull(message = "obligatoire / required") Role role,
        @Size(max = 100, message = "trop long / too long") String memberId,
        @Size(max = 100, message = "trop long / too long") String companyId) {

    @Override
    public String toString() {
        return "CreateAccountRequest[" + email + ", " + role + "]";
    }
}
