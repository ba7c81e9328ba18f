package fr.centreisere.concierge.gateway.identity.web;

import fr.centreisere.concierge.gateway.identity.Role;
import fr.centreisere.concierge.platform.text.PrintableText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** POST /api/auth/accounts (coordinators). */
record CreateAccountRequest(
        @NotBlank(message = "obligatoire / required") @Size(max = 254, message = "trop long / too long") String email,
        @NotNull(message = "obligatoire / required") @Size(max = 200, message = "trop long / too long") String password,
        @NotBlank(message = "obligatoire / required") @PrintableText(max = 100) String displayName,
        @NotNull(message = "obligatoire / required") Role role,
        @Size(max = 100, message = "trop long / too long") @Pattern(regexp = "mbr-[a-z0-9]+(-[a-z0-9]+)*", message = "mbr-<slug> attendu / expected mbr-<slug>") String memberId,
        @Size(max = 100, message = "trop long / too long") @Pattern(regexp = "cmp-[a-z0-9]+(-[a-z0-9]+)*", message = "cmp-<slug> attendu / expected cmp-<slug>") String companyId) {

    @Override
    public String toString() {
        return "CreateAccountRequest[" + email + ", " + role + "]";
    }
}
