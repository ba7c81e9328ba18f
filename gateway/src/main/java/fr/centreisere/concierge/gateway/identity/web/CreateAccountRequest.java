package fr.centreisere.concierge.gateway.identity.web;

import fr.centreisere.concierge.gateway.identity.Role;
import fr.centreisere.concierge.platform.ids.IdPatterns;
import fr.centreisere.concierge.platform.text.PrintableText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** POST /api/auth/accounts (coordinators). */
record CreateAccountRequest(
        @NotBlank(message = "{validation.required}") @Size(max = 254, message = "{validation.too-long}") String email,
        @NotNull(message = "{validation.required}") @Size(max = 200, message = "{validation.too-long}") String password,
        @NotBlank(message = "{validation.required}") @PrintableText(max = 100) String displayName,
        @NotNull(message = "{validation.required}") Role role,
        @Size(max = 100, message = "{validation.too-long}") @Pattern(regexp = "mbr-[a-z0-9]+(-[a-z0-9]+)*", message = IdPatterns.MEMBER_MESSAGE) String memberId,
        @Size(max = 100, message = "{validation.too-long}") @Pattern(regexp = "cmp-[a-z0-9]+(-[a-z0-9]+)*", message = IdPatterns.COMPANY_MESSAGE) String companyId) {

    @Override
    public String toString() {
        return "CreateAccountRequest[" + email + ", " + role + "]";
    }
}
