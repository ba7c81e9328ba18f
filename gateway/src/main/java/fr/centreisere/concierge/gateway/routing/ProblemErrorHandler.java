package fr.centreisere.concierge.gateway.routing;

import java.net.ConnectException;
import java.net.URI;
import java.util.List;
import java.util.concurrent.TimeoutException;

import fr.centreisere.concierge.platform.i18n.Message;
import fr.centreisere.concierge.platform.i18n.Texts;
import fr.centreisere.concierge.platform.problem.ProblemDocument;
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
    private final Texts texts;

    ProblemErrorHandler(ServerCodecConfigurer codecs, Texts texts) {
        this.texts = texts;
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
        ProblemDocument.render(problem, texts, exchange.getLocaleContext().getLocale());
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
            return problem(HttpStatus.GATEWAY_TIMEOUT, "service-timeout", Message.of("service.timeout", routedService(exchange)));
        }
        if (error instanceof ErrorResponse errorResponse) {
            return fromStatus(errorResponse.getStatusCode());
        }
        log.error("Unexpected error at the gateway for {}", exchange.getRequest().getPath(), error);
        return ProblemDocument.forStatus(500);
    }

    private static ProblemDetail serviceUnavailable(String service) {
        return problem(HttpStatus.SERVICE_UNAVAILABLE, "service-unavailable", Message.of("service.unavailable", service));
    }

    /** Spring's refusals (no route, a method, a body too large...): the platform's problem of that status. */
    private static ProblemDetail fromStatus(HttpStatusCode status) {
        return switch (status.value()) {
            case 400 -> problem(HttpStatus.BAD_REQUEST, "malformed-request", Message.of("request.malformed"));
            case 413 -> problem(HttpStatus.CONTENT_TOO_LARGE, "payload-too-large", Message.of("http.413"));
            default -> ProblemDocument.forStatus(status.value());
        };
    }

    private static ProblemDetail problem(HttpStatusCode status, String type, Message detail) {
        return ProblemDocument.of(status, URI.create(TYPE_BASE + type), detail);
    }

    private static String routedService(ServerWebExchange exchange) {
        Route route = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR);
        return route != null ? route.getUri().getHost() : "?";
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
