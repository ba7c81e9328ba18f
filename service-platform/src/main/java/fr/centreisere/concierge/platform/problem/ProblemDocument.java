package fr.centreisere.concierge.platform.problem;

import java.net.URI;

import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/** The one way the platform writes a problem document: status, stable type, bilingual title and detail. */
public final class ProblemDocument {

    private ProblemDocument() {
    }

    public static ProblemDetail of(HttpStatusCode status, URI type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(type);
        problem.setTitle(title);
        return problem;
    }

    /**
     * The problem of a bare HTTP status, for errors that carry nothing else: what Tomcat refuses before
     * any Spring code runs (a malformed request line, a path it will not decode, headers too large) and
     * what ends at the error page.
     */
    public static ProblemDetail forStatus(int status) {
        HttpStatusCode code = HttpStatusCode.valueOf(status);
        return switch (status) {
            case 400 -> of(code, ProblemType.MALFORMED_REQUEST, "Requête mal formée / Malformed request",
                    "La requête est mal formée (adresse, encodage, en-têtes ou corps). / The request is malformed (address, encoding, headers or body).");
            case 401 -> of(code, ProblemType.UNAUTHORIZED, "Authentification requise / Authentication required",
                    "Connectez-vous pour accéder à cette ressource. / Sign in to access this resource.");
            case 403 -> of(code, ProblemType.FORBIDDEN, "Accès refusé / Access denied",
                    "Votre compte ne permet pas cette action. / Your account may not do this.");
            case 404 -> of(code, ProblemType.NOT_FOUND, "Introuvable / Not found",
                    "Aucune ressource à cette adresse. / No resource at this address.");
            case 405 -> of(code, ProblemType.METHOD_NOT_ALLOWED, "Méthode non permise / Method not allowed",
                    "Cette méthode n'est pas permise à cette adresse. / This method is not allowed at this address.");
            case 406 -> of(code, ProblemType.NOT_ACCEPTABLE, "Format non disponible / Not acceptable",
                    "Aucun des formats demandés (Accept) n'est disponible ici. / None of the requested formats (Accept) is available here.");
            case 413 -> of(code, ProblemType.PAYLOAD_TOO_LARGE, "Requête trop volumineuse / Payload too large",
                    "Le corps de la requête est trop volumineux. / The request body is too large.");
            case 414 -> of(code, ProblemType.URI_TOO_LONG, "Adresse trop longue / URI too long",
                    "L'adresse de la requête est trop longue. / The request address is too long.");
            case 415 -> of(code, ProblemType.UNSUPPORTED_MEDIA_TYPE, "Format non pris en charge / Unsupported media type",
                    "Le type du corps (Content-Type) n'est pas pris en charge ; envoyez application/json. / The body's type (Content-Type) is not supported; send application/json.");
            case 431 -> of(code, ProblemType.HEADERS_TOO_LARGE, "En-têtes trop volumineux / Request headers too large",
                    "Les en-têtes de la requête sont trop volumineux. / The request headers are too large.");
            default -> {
                if (status >= 500) {
                    yield of(code, ProblemType.INTERNAL, "Erreur interne / Internal error",
                            "Une erreur inattendue est survenue ; elle a été consignée. / An unexpected error occurred; it has been logged.");
                }
                yield of(code, ProblemType.of("http-" + status), "Requête refusée / Request refused",
                        "La requête a été refusée (HTTP %d). / The request was refused (HTTP %d).".formatted(status, status));
            }
        };
    }
}
