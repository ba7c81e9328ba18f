package fr.centreisere.concierge.gateway.identity.web;

import java.net.InetSocketAddress;
import java.util.List;

import fr.centreisere.concierge.gateway.identity.Account;
import fr.centreisere.concierge.gateway.identity.CreateAccount;
import fr.centreisere.concierge.gateway.identity.FindAccount;
import fr.centreisere.concierge.gateway.identity.IssuedToken;
import fr.centreisere.concierge.gateway.identity.Language;
import fr.centreisere.concierge.gateway.identity.LogIn;
import fr.centreisere.concierge.gateway.identity.NewStaffAccount;
import fr.centreisere.concierge.gateway.identity.RegisterResident;
import fr.centreisere.concierge.gateway.identity.Registration;
import jakarta.validation.Valid;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * The Auth part of docs/API.md: register, log in, who am I, my profile and password, a forgotten
 * password, verifying the address, and coordinators' account creation.
 */
@RestController
@RequestMapping("/api/auth")
class AuthController {

    private final RegisterResident registerResident;
    private final LogIn logIn;
    private final CreateAccount createAccount;
    private final FindAccount findAccount;
    private final AccountSelfService selfService;

    AuthController(RegisterResident registerResident, LogIn logIn, CreateAccount createAccount, FindAccount findAccount,
            AccountSelfService selfService) {
        this.registerResident = registerResident;
        this.logIn = logIn;
        this.createAccount = createAccount;
        this.findAccount = findAccount;
        this.selfService = selfService;
    }

    /**
     * Creates a resident account (201 with its id); the address must not have one yet (409) and the password
     * must be strong (400 naming why). Anyone may register.
     */
    @PostMapping("/register")
    @ResponseStatus(HttpStatus.CREATED)
    Mono<Registered> register(@Valid @RequestBody RegisterRequest request,
            @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage) {
        return registerResident.register(new Registration(request.email(), request.password(), request.displayName(),
                        request.phone(), request.communeInsee(), Language.fromAcceptLanguage(acceptLanguage)))
                .map(account -> new Registered(account.id()));
    }

    /** Same answer whether or not the address has an account. */
    @PostMapping("/password-reset")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Mono<Void> requestPasswordReset(@Valid @RequestBody PasswordResetRequest request, ServerHttpRequest http,
            @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage) {
        return selfService.requestPasswordReset().request(request.email(), clientAddress(http),
                Language.fromAcceptLanguage(acceptLanguage));
    }

    /**
     * Sets a new password with the token of a reset link (204); an unknown, used or expired token is a 400
     * RESET_TOKEN_INVALID.
     */
    @PostMapping("/password-reset/confirm")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    Mono<Void> resetPassword(@Valid @RequestBody PasswordResetConfirmation request) {
        return selfService.resetPassword().reset(request.token(), request.password());
    }

    /** Mails the signed-in person a new link (48 h) that confirms their e-mail address (202). */
    @PostMapping("/email-verification")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Mono<Void> sendEmailVerification(@AuthenticationPrincipal Jwt token, ServerHttpRequest http,
            @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage) {
        return selfService.sendEmailVerification().sendAgain(token.getSubject(), clientAddress(http),
                        acceptLanguage == null ? null : Language.fromAcceptLanguage(acceptLanguage))
                .switchIfEmpty(Mono.error(new AccountGone())).then();
    }

    /**
     * Confirms an e-mail address with the token of a verification link (204); a bad token is a 400
     * VERIFICATION_TOKEN_INVALID.
     */
    @PostMapping("/email-verification/confirm")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    Mono<Void> verifyEmail(@Valid @RequestBody EmailVerificationConfirmation request) {
        return selfService.verifyEmail().verify(request.token());
    }

    /**
     * Changes the signed-in person's display name and phone: what is left out stays, an empty phone removes
     * it. Answers the account.
     */
    @PatchMapping("/me")
    Mono<AccountView> changeProfile(@AuthenticationPrincipal Jwt token, @Valid @RequestBody ProfileChange request) {
        return selfService.changeProfile().change(token.getSubject(), request.displayName(), request.phone())
                .map(AccountView::of)
                .switchIfEmpty(Mono.error(new AccountGone()));
    }

    /**
     * Changes the signed-in person's password, given the current one (204); a wrong current password is
     * refused like a failed login.
     */
    @PostMapping("/password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    Mono<Void> changePassword(@AuthenticationPrincipal Jwt token, @Valid @RequestBody PasswordChange request,
            ServerHttpRequest http) {
        return selfService.changePassword().change(token.getSubject(), request.currentPassword(), request.newPassword(),
                        clientAddress(http))
                .switchIfEmpty(Mono.error(new AccountGone())).then();
    }

    /**
     * Signs in with e-mail and password: the access token (a signed JWT) every other operation asks for, with
     * its lifetime and roles. Wrong credentials are a 401; repeated failures slow down and then answer 429.
     */
    @PostMapping("/login")
    Mono<ResponseEntity<TokenResponse>> login(@Valid @RequestBody LoginRequest request, ServerHttpRequest http) {
        return logIn.logIn(request.email(), request.password(), clientAddress(http))
                .map(token -> ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(TokenResponse.of(token)));
    }

    /**
     * The signed-in person's account: name, e-mail (and whether it is verified), phone, roles, member or
     * company.
     */
    @GetMapping("/me")
    Mono<AccountView> me(@AuthenticationPrincipal Jwt token) {
        return findAccount.byId(token.getSubject())
                .map(AccountView::of)
                .switchIfEmpty(Mono.error(new AccountGone()));
    }

    /**
     * A coordinator creates a member-staff, company-admin or coordinator account (201); the member (provider-
     * service) or company (order-service) must exist (422), and its owner must answer (503 otherwise).
     */
    @PostMapping("/accounts")
    @ResponseStatus(HttpStatus.CREATED)
    Mono<AccountView> createAccount(@Valid @RequestBody CreateAccountRequest request, JwtAuthenticationToken caller) {
        boolean coordinator = caller.getAuthorities().stream()
                .anyMatch(authority -> "ROLE_COORDINATOR".equals(authority.getAuthority()));
        return createAccount.create(new NewStaffAccount(request.email(), request.password(), request.displayName(),
                        request.role(), request.memberId(), request.companyId()), coordinator)
                .map(AccountView::of);
    }

    /** The client's address as this gateway sees it (the limit of failed logins per address counts on it). */
    static String clientAddress(ServerHttpRequest request) {
        InetSocketAddress remote = request.getRemoteAddress();
        if (remote == null) {
            return "unknown";
        }
        return remote.getAddress() != null ? remote.getAddress().getHostAddress() : remote.getHostString();
    }

    record Registered(String userId) {
    }

    record TokenResponse(String accessToken, String tokenType, long expiresIn, List<String> roles) {
        static TokenResponse of(IssuedToken token) {
            return new TokenResponse(token.value(), "Bearer", token.expiresIn().toSeconds(),
                    token.roles().stream().map(Enum::name).sorted().toList());
        }
    }

    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
    record AccountView(String userId, String email, String displayName, List<String> roles, String phone,
            String communeInsee, String memberId, String companyId, boolean emailVerified) {
        static AccountView of(Account account) {
            return new AccountView(account.id(), account.email().value(), account.displayName(),
                    account.roles().stream().map(Enum::name).sorted().toList(), account.phone(),
                    account.communeInsee(), account.memberId(), account.companyId(), account.emailVerified());
        }
    }

    /** A valid token whose account no longer exists. */
    static class AccountGone extends RuntimeException {
        AccountGone() {
            super("account gone");
        }
    }
}
