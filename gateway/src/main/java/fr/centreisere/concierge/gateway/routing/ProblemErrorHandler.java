package fr.centreisere.concierge.gateway.routing;

import java.net.ConnectException;
import java.net.URI;
import java.util.List;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webflux.error.ErrorWebExceptionHandler;
import org.springframework.cloud.gateway.support.NotFoundException;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.codec.HttpMessageWriter;
import org.springframework.http.codec.ServerCodecConfigurer;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponse;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.springframework.web.reactive.result.view.ViewResolver;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.PrematureCloseException;

/**
 * Every error the gateway answers is an RFC 9457 problem document, never a stack trace. A service
 * that is down (not registered, or registered but not answering) gives 503 for its routes only;
 * a service too slow gives 504.
 */
@Component
@Order(-2) // before Boot's default handler
class ProblemErrorHandler implements ErrorWebExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemErrorHandler.class);
    private static final String TYPE_BASE = "https://concierge.centre-isere.fr/problems/";

    private final ServerResponse.Context responseContext;

    ProblemErrorHandler(ServerCodecConfigurer codecs) {
        List<HttpMessageWriter<?>> writers = codecs.getWriters();
        this.responseContext = new ServerResponse.Context() {
            @Override
            public List<HttpMessageWriter<?>> messageWriters() {
                return writers;
            }

            @Override
            public List<ViewResolver> viewResolvers() {
                return List.of();
            }
        };
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable error) {
        if (exchange.getResponse().isCommitted()) {
            return Mono.error(error);
        }
        ProblemDetail problem = toProblem(exchange, error);
        problem.setInstance(URI.create(exchange.getRequest().getPath().value()));
        return ServerResponse.status(problem.getStatus())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyValue(problem)
                .flatMap(response -> response.writeTo(exchange, responseContext));
    }

    private ProblemDetail toProblem(ServerWebExchange exchange, Throwable error) {
        if (error instanceof NotFoundException || isConnectionFailure(error)) {
            // NotFoundException: the load balancer found no registered instance
            return serviceUnavailable(routedService(exchange));
        }
        if (hasCause(error, TimeoutException.class)) {
            return problem(HttpStatus.GATEWAY_TIMEOUT, "service-timeout", "Service trop lent / Service too slow",
                    "Le service « %s » n'a pas répondu à temps. / The service did not answer in time."
                            .formatted(routedService(exchange)));
        }
        if (error instanceof ErrorResponse errorResponse) {
            return fromStatus(errorResponse.getStatusCode(), errorResponse.getBody().getDetail());
        }
        log.error("Unexpected error at the gateway for {}", exchange.getRequest().getPath(), error);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", "Erreur interne / Internal error",
                "Une erreur inattendue est survenue ; elle a été consignée. / An unexpected error occurred; it has been logged.");
    }

    private static ProblemDetail serviceUnavailable(String service) {
        return problem(HttpStatus.SERVICE_UNAVAILABLE, "service-unavailable",
                "Service momentanément indisponible / Service temporarily unavailable",
                "Le service « %s » ne répond pas pour le moment ; réessayez dans un instant. / The service is not answering right now; try again shortly."
                        .formatted(service));
    }

    private static ProblemDetail fromStatus(HttpStatusCode status, String detail) {
        return switch (status.value()) {
            case 404 -> problem(HttpStatus.NOT_FOUND, "not-found", "Introuvable / Not found",
                    "Aucune ressource à cette adresse. / No resource at this address.");
            case 400 -> problem(HttpStatus.BAD_REQUEST, "malformed-request", "Requête mal formée / Malformed request",
                    "La requête est mal formée (adresse, paramètres ou corps). / The request is malformed (address, parameters or body).");
            case 405 -> problem(HttpStatus.METHOD_NOT_ALLOWED, "method-not-allowed",
                    "Méthode non permise / Method not allowed", detail);
            case 406 -> problem(HttpStatus.NOT_ACCEPTABLE, "not-acceptable", "Format non disponible / Not acceptable",
                    "Aucun des formats demandés (Accept) n'est disponible ici. / None of the requested formats (Accept) is available here.");
            case 413 -> problem(HttpStatus.CONTENT_TOO_LARGE, "payload-too-large", "Requête trop volumineuse / Payload too large",
                    detail);
            case 415 -> problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type",
                    "Format non pris en charge / Unsupported media type",
                    "Le type du corps (Content-Type) n'est pas pris en charge ; envoyez application/json. / The body's type (Content-Type) is not supported; send application/json.");
            default -> {
                HttpStatus known = HttpStatus.resolve(status.value());
                String title = known != null ? known.getReasonPhrase() : "Error";
                yield problem(status, "http-" + status.value(), title, detail);
            }
        };
    }

    private static ProblemDetail problem(HttpStatusCode status, String type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail != null ? detail : title);
        problem.setType(URI.create(TYPE_BASE + type));
        problem.setTitle(title);
        return problem;
    }

    private static String routedService(ServerWebExchange exchange) {
        Route route = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR);
        return route != null ? route.getUri().getHost() : "inconnu / unknown";
    }

    private static boolean isConnectionFailure(Throwable error) {
        return hasCause(error, ConnectException.class) || hasCause(error, PrematureCloseException.class)
                || hasCause(error, java.net.UnknownHostException.class)
                || hasCause(error, io.netty.channel.ConnectTimeoutException.class);
    }

    private static boolean hasCause(Throwable error, Class<? extends Throwable> type) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }
}
