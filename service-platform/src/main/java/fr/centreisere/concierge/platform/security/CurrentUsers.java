package fr.centreisere.concierge.platform.security;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/** Reads a {@link CurrentUser} out of Spring Security's authentication: the token's claims. */
final class CurrentUsers {

    static final String ROLES_CLAIM = "roles";

    private CurrentUsers() {
    }

    static Optional<CurrentUser> from(@Nullable Authentication authentication) {
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken
                || authentication == InternalTokenFilter.INTERNAL_CALLER) {
            return Optional.empty();
        }
        if (authentication instanceof JwtAuthenticationToken token) {
            return Optional.of(fromJwt(token.getToken()));
        }
        // a test's @WithMockUser, say: a name and ROLE_ authorities, nothing else
        return Optional.of(new CurrentUser(authentication.getName(), null, null,
                rolesOf(authentication.getAuthorities()), null, null));
    }

    static CurrentUser fromJwt(Jwt jwt) {
        List<String> roleNames = jwt.getClaimAsStringList(ROLES_CLAIM);
        Set<Role> roles = roleNames == null ? Set.of() : roleNames.stream()
                .map(Role::named).flatMap(Optional::stream).collect(Collectors.toUnmodifiableSet());
        return new CurrentUser(jwt.getSubject(), jwt.getClaimAsString("email"), jwt.getClaimAsString("name"),
                roles, jwt.getClaimAsString("memberId"), jwt.getClaimAsString("companyId"));
    }

    private static Set<Role> rolesOf(Collection<? extends GrantedAuthority> authorities) {
        return authorities.stream()
                .map(GrantedAuthority::getAuthority)
                .filter(authority -> authority != null && authority.startsWith("ROLE_"))
                .map(authority -> Role.named(authority.substring("ROLE_".length())))
                .flatMap(Optional::stream)
                .collect(Collectors.toUnmodifiableSet());
    }
}
