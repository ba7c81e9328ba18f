package fr.centreisere.concierge.gateway.identity.web;

import java.net.URI;
import java.util.Comparator;
import java.util.List;

import fr.centreisere.concierge.gateway.identity.AccountBindings;
import fr.centreisere.concierge.gateway.identity.BadCredentials;
import fr.centreisere.concierge.gateway.identity.UnknownBinding;
import fr.centreisere.concierge.gateway.identity.CreateAccount;
import fr.centreisere.concierge.gateway.identity.EmailAlreadyUsed;
import fr.centreisere.concierge.gateway.identity.InvalidAccount;
import fr.centreisere.concierge.gateway.identity.ManageAccounts;
import fr.centreisere.concierge.gateway.identity.InvalidToken;
import fr.centreisere.concierge.gateway.identity.TokenPurpose;
import fr.centreisere.concierge.gateway.identity.TooManyMailRequests;
import fr.centreisere.concierge.gateway.identity.TooManyLoginFailures;
import fr.centreisere.concierge.gateway.identity.WeakPassword;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.bind.support.WebExchangeBindException;
import org.springframework.web.server.ServerWebInputException;

/** The identity feature's failures as problem documents (docs/API.md's shape, types shared with the services). */
@RestControllerAdvice(assignableTypes = { AuthController.class, AccountAdminController.class })
class IdentityProblems {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(IdentityProblems.class);

    private static final String TYPE_BASE = "https://concierge.centre-isere.fr/problems/";

    @ExceptionHandler(WebExchangeBindException.class)
    ResponseEntity<ProblemDetail> invalid(WebExchangeBindException exception) {
        List<FieldError> errors = exception.getFieldErrors().stream()
                .sorted(Comparator.comparing(org.springframework.validation.FieldError::getField))
                .map(error -> error(error.getField(), error.getDefaultMessage()))
                .toList();
        return validation(errors);
    }

    @ExceptionHandler(ServerWebInputException.class)
    ResponseEntity<ProblemDetail> malformed(ServerWebInputException exception) {
        return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, "malformed-request",
                "Requête mal formée / Malformed request",
                "Le corps de la requête est illisible ou mal formé (JSON attendu). / The request body is missing or malformed (JSON expected)."));
    }

    @ExceptionHandler(WeakPassword.class)
    ResponseEntity<ProblemDetail> weakPassword(WeakPassword exception) {
        return validation(exception.problems().stream().map(problem -> error(exception.field(), problem)).toList());
    }

    /** Unknown, used, replaced or expired: one answer, with a stable {@code code} the web app reads. */
    @ExceptionHandler(InvalidToken.class)
    ResponseEntity<ProblemDetail> invalidToken(InvalidToken exception) {
        boolean reset = exception.purpose() == TokenPurpose.PASSWORD_RESET;
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-token", "Lien invalide / Invalid link", reset
                ? "Ce lien de réinitialisation est inconnu, déjà utilisé ou expiré ; demandez-en un nouveau. "
                        + "/ This reset link is unknown, already used or expired; ask for a new one."
                : "Ce lien de vérification est inconnu, déjà utilisé ou expiré ; demandez-en un nouveau. "
                        + "/ This verification link is unknown, already used or expired; ask for a new one.");
        problem.setProperty("code", exception.purpose().invalidCode());
        return ResponseEntity.badRequest().body(problem);
    }

    @ExceptionHandler(TooManyMailRequests.class)
    ResponseEntity<ProblemDetail> tooManyMailRequests(TooManyMailRequests exception) {
        long seconds = Math.max(1, (exception.retryAfter().toMillis() + 999) / 1000);
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(seconds))
                .body(problem(HttpStatus.TOO_MANY_REQUESTS, "too-many-requests",
                        "Trop de demandes / Too many requests",
                        "Trop de demandes d'e-mail pour cette adresse ; réessayez dans %d s. / Too many e-mail requests for this address; try again in %d s."
                                .formatted(seconds, seconds)));
    }

    @ExceptionHandler(InvalidAccount.class)
    ResponseEntity<ProblemDetail> invalidAccount(InvalidAccount exception) {
        return validation(List.of(error(exception.field(), exception.getMessage())));
    }

    @ExceptionHandler(UnknownBinding.class)
    ResponseEntity<ProblemDetail> unknownBinding(UnknownBinding exception) {
        ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, "business-rule",
                "Règle métier non respectée / Business rule broken", exception.getMessage());
        problem.setProperty("errors", List.of(error(exception.field(), exception.getMessage())));
        return ResponseEntity.unprocessableContent().body(problem);
    }

    @ExceptionHandler(AccountBindings.OwnerUnavailable.class)
    ResponseEntity<ProblemDetail> ownerUnavailable() {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "5")
                .body(problem(HttpStatus.SERVICE_UNAVAILABLE, "dependency-unavailable",
                        "Service momentanément indisponible / Service temporarily unavailable",
                        "Impossible de vérifier la structure ou l'entreprise du compte ; aucun compte créé, réessayez. "
                                + "/ The account's member structure or company cannot be checked; no account was created, try again."));
    }

    /** The identity database is away (short driver timeouts): a quick 503, never a hang or a 500. */
    @ExceptionHandler({ DataAccessResourceFailureException.class, QueryTimeoutException.class,
            com.mongodb.MongoTimeoutException.class, com.mongodb.MongoSocketException.class })
    ResponseEntity<ProblemDetail> databaseUnavailable(Exception exception) {
        log.warn("The identity database is not answering: {}", exception.toString());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "5")
                .body(problem(HttpStatus.SERVICE_UNAVAILABLE, "service-unavailable",
                        "Service momentanément indisponible / Service temporarily unavailable",
                        "La base de données ne répond pas ; réessayez dans quelques secondes. "
                                + "/ The database is not answering; try again in a few seconds."));
    }

    @ExceptionHandler(EmailAlreadyUsed.class)
    ResponseEntity<ProblemDetail> emailTaken() {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem(HttpStatus.CONFLICT, "conflict",
                "Conflit / Conflict",
                "Cette adresse e-mail est déjà utilisée. / This e-mail address is already in use."));
    }

    @ExceptionHandler(BadCredentials.class)
    ResponseEntity<ProblemDetail> badCredentials() {
        return ResponseEntity.status(HttpStatus.UNAUTHORIZED).body(problem(HttpStatus.UNAUTHORIZED, "bad-credentials",
                "Identifiants incorrects / Wrong credentials",
                "E-mail ou mot de passe incorrect. / Wrong e-mail or password."));
    }

    @ExceptionHandler(TooManyLoginFailures.class)
    ResponseEntity<ProblemDetail> tooManyFailures(TooManyLoginFailures exception) {
        long seconds = Math.max(1, (exception.retryAfter().toMillis() + 999) / 1000);
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(seconds))
                .body(problem(HttpStatus.TOO_MANY_REQUESTS, "too-many-requests",
                        "Trop de tentatives / Too many attempts",
                        "Trop d'échecs de connexion ; réessayez dans %d s. / Too many failed logins; try again in %d s."
                                .formatted(seconds, seconds)));
    }

    @ExceptionHandler(CreateAccount.NotACoordinator.class)
    ResponseEntity<ProblemDetail> notACoordinator() {
        return ResponseEntity.status(HttpStatus.FORBIDDEN).body(problem(HttpStatus.FORBIDDEN, "forbidden",
                "Accès refusé / Access denied", "Votre compte ne permet pas cette action. / Your account may not do this."));
    }

    @ExceptionHandler(ManageAccounts.OwnAccount.class)
    ResponseEntity<ProblemDetail> ownAccount() {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem(HttpStatus.CONFLICT, "conflict", "Conflit / Conflict",
                "Vous ne pouvez pas désactiver votre propre compte. / You cannot deactivate your own account."));
    }

    @ExceptionHandler(AuthController.AccountGone.class)
    ResponseEntity<ProblemDetail> accountGone() {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem(HttpStatus.NOT_FOUND, "not-found",
                "Introuvable / Not found", "Ce compte n'existe plus. / This account no longer exists."));
    }

    private static ResponseEntity<ProblemDetail> validation(List<FieldError> errors) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "validation", "Données invalides / Invalid data",
                "La requête contient des champs invalides. / The request has invalid fields.");
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().body(problem);
    }

    private static FieldError error(String field, String message) {
        return new FieldError(field, message == null ? "invalide / invalid" : message);
    }

    /** One entry of a validation problem's {@code errors}. */
    record FieldError(String field, String message) {
    }

    private static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_BASE + type));
        problem.setTitle(title);
        return problem;
    }
}
