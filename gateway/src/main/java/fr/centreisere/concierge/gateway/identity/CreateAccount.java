package fr.centreisere.concierge.gateway.identity;

import java.time.Clock;
import java.util.List;

import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * A coordinator creates a member-staff account (bound to a member structure), a company-admin
 * account (bound to a company) or another coordinator. Only a coordinator may: the caller's roles
 * are checked here as well as by the gateway's path rules.
 */
public class CreateAccount {

    private final Accounts accounts;
    private final PasswordHasher hasher;
    private final Clock clock;
    private final AccountBindings bindings;

    public CreateAccount(Accounts accounts, PasswordHasher hasher, Clock clock, AccountBindings bindings) {
        this.accounts = accounts;
        this.hasher = hasher;
        this.clock = clock;
        this.bindings = bindings;
    }

    public Mono<Account> create(NewStaffAccount request, boolean callerIsCoordinator) {
        if (!callerIsCoordinator) {
            return Mono.error(new NotACoordinator());
        }
        List<fr.centreisere.concierge.platform.i18n.Message> problems = PasswordPolicy.problemsWith(request.password(), request.email());
        if (!problems.isEmpty()) {
            return Mono.error(new WeakPassword(problems));
        }
        EmailAddress email = EmailAddress.parse(request.email());
        // the binding rules are checked before the (slow) hash
        Account.staff("check", email, PasswordHash.of("-"), request.displayName(), request.role(),
                request.memberId(), request.companyId(), clock.instant());
        return boundToWhatExists(request).then(Mono.fromCallable(() -> hasher.hash(request.password())))
                .subscribeOn(Schedulers.boundedElastic())
                .map(hash -> Account.staff(AccountIds.next(), email, hash, request.displayName().strip(),
                        request.role(), request.memberId(), request.companyId(), clock.instant()))
                .flatMap(accounts::add);
    }

    /** The member structure or company the account is bound to exists: its owner says so (issue 12). */
    private Mono<Void> boundToWhatExists(NewStaffAccount request) {
        if (request.role() == Role.MEMBER_STAFF) {
            return bindings.memberExists(request.memberId()).flatMap(exists -> exists ? Mono.<Void>empty()
                    : Mono.error(new UnknownBinding("memberId", "account.member.unknown", request.memberId())));
        }
        if (request.role() == Role.COMPANY_ADMIN) {
            return bindings.companyExists(request.companyId()).flatMap(exists -> exists ? Mono.<Void>empty()
                    : Mono.error(new UnknownBinding("companyId", "account.company.unknown", request.companyId())));
        }
        return Mono.empty();
    }

    /** Only coordinators create accounts for others. */
    public static class NotACoordinator extends RuntimeException {
        public NotACoordinator() {
            super("only a coordinator creates accounts");
        }
    }
}
