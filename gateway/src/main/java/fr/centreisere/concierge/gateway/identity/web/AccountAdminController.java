package fr.centreisere.concierge.gateway.identity.web;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import fr.centreisere.concierge.gateway.identity.Account;
import fr.centreisere.concierge.gateway.identity.AccountFilter;
import fr.centreisere.concierge.gateway.identity.AccountPage;
import fr.centreisere.concierge.gateway.identity.InvalidAccount;
import fr.centreisere.concierge.gateway.identity.ManageAccounts;
import fr.centreisere.concierge.gateway.identity.Role;
import fr.centreisere.concierge.platform.ids.IdPatterns;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * Coordinators' account administration (docs/API.md « Auth »): the list with filters, deactivation and
 * reactivation. Creation stays in {@link AuthController}. The gateway's path rules let only coordinators in.
 */
@RestController
@RequestMapping("/api/auth/accounts")
class AccountAdminController {


    private final ManageAccounts manageAccounts;

    AccountAdminController(ManageAccounts manageAccounts) {
        this.manageAccounts = manageAccounts;
    }

    /**
     * The accounts by e-mail, with whether each is active and when it was created, filtered by role, member
     * or company; for coordinators.
     */
    @GetMapping
    Mono<PageView> list(@RequestParam(required = false) String role, @RequestParam(required = false) String memberId,
            @RequestParam(required = false) String companyId, @RequestParam(required = false) String page,
            @RequestParam(required = false) String size) {
        Role wantedRole = null;
        if (!blank(role)) {
            wantedRole = Arrays.stream(Role.values()).filter(r -> r.name().equals(role)).findFirst()
                    .orElseThrow(() -> new InvalidAccount("role", "account.role.one-of", Arrays.toString(Role.values())));
        }
        if (!blank(memberId) && !IdPatterns.matches(IdPatterns.MEMBER, memberId)) {
            throw new InvalidAccount("memberId", "id.member");
        }
        if (!blank(companyId) && !IdPatterns.matches(IdPatterns.COMPANY, companyId)) {
            throw new InvalidAccount("companyId", "id.company");
        }
        int pageNumber = number("page", page, 0, 0, 100_000);
        int pageSize = number("size", size, 20, 1, 100);
        return manageAccounts.list(new AccountFilter(wantedRole, blank(memberId) ? null : memberId,
                blank(companyId) ? null : companyId), pageNumber, pageSize).map(PageView::of);
    }

    /**
     * A coordinator deactivates an account: it can no longer sign in and its tokens are refused everywhere at
     * once. One's own account cannot be deactivated (409).
     */
    @PostMapping("/{userId}/deactivate")
    Mono<ListedAccount> deactivate(@PathVariable String userId, @AuthenticationPrincipal Jwt caller) {
        return manageAccounts.deactivate(checkedUserId(userId), caller.getSubject()).map(ListedAccount::of)
                .switchIfEmpty(Mono.error(new AuthController.AccountGone()));
    }

    /** A coordinator reactivates an account: it signs in again; tokens issued before stay refused. */
    @PostMapping("/{userId}/reactivate")
    Mono<ListedAccount> reactivate(@PathVariable String userId) {
        return manageAccounts.reactivate(checkedUserId(userId)).map(ListedAccount::of)
                .switchIfEmpty(Mono.error(new AuthController.AccountGone()));
    }

    private static String checkedUserId(String userId) {
        if (!IdPatterns.matches(IdPatterns.USER, userId) || userId.length() > 100) {
            throw new InvalidAccount("userId", "id.user");
        }
        return userId;
    }

    private static int number(String field, String value, int fallback, int min, int max) {
        if (blank(value)) {
            return fallback;
        }
        try {
            int number = Integer.parseInt(value.strip());
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException notANumber) {
            // answered below
        }
        throw new InvalidAccount(field, "account.whole-number-between", min, max);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    record PageView(List<ListedAccount> content, int page, int size, long totalElements) {
        static PageView of(AccountPage page) {
            return new PageView(page.content().stream().map(ListedAccount::of).toList(), page.page(), page.size(),
                    page.totalElements());
        }
    }

    /** An account as coordinators list it: as {@code me}, plus whether it is active and when it was created. */
    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
    record ListedAccount(String userId, String email, String displayName, List<String> roles, String memberId,
            String companyId, boolean emailVerified, boolean active, Instant createdAt) {
        static ListedAccount of(Account account) {
            return new ListedAccount(account.id(), account.email().value(), account.displayName(),
                    account.roles().stream().map(Enum::name).sorted().toList(), account.memberId(), account.companyId(),
                    account.emailVerified(), account.active(), account.createdAt());
        }
    }
}
