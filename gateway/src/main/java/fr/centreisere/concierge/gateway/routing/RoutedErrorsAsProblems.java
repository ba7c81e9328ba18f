package fr.centreisere.concierge.gateway.routing;

import java.nio.charset.StandardCharsets;

import fr.centreisere.concierge.platform.i18n.Message;
import fr.centreisere.concierge.platform.i18n.Texts;
import fr.centreisere.concierge.platform.problem.ProblemDocument;
import fr.centreisere.concierge.platform.problem.ProblemType;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.reactivestreams.Publisher;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.cloud.gateway.filter.NettyWriteResponseFilter;
import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.http.server.reactive.ServerHttpResponseDecorator;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The last wall of "every error is a problem document": an error a service answered without one
 * (an empty 400 from its server, an HTML page) reaches the client as a problem document of the
 * same status. A service's own problem documents pass unchanged.
 */
@Component
class RoutedErrorsAsProblems implements GlobalFilter, Ordered {

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        ServerHttpResponse response = exchange.getResponse();
        ServerHttpResponseDecorator checked = new ServerHttpResponseDecorator(response) {
            @Override
            public Mono<Void> writeWith(Publisher<? extends DataBuffer> body) {
                HttpStatusCode status = getStatusCode();
                if (status == null || status.value() < 400 || isProblem(getHeaders().getContentType())) {
                    return super.writeWith(body);
                }
                byte[] json = problem(status.value(), exchange.getRequest().getPath().value(), exchange.getLocaleContext().getLocale());
                HttpHeaders headers = getHeaders();
                headers.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
                headers.setContentLength(json.length);
                headers.remove(HttpHeaders.CONTENT_ENCODING);
                headers.remove(HttpHeaders.TRANSFER_ENCODING);
                return Flux.from(body).doOnNext(DataBufferUtils::release).then(
                        Mono.defer(() -> super.writeWith(Mono.just(bufferFactory().wrap(json)))));
            }

            @Override
            public Mono<Void> writeAndFlushWith(Publisher<? extends Publisher<? extends DataBuffer>> body) {
                return writeWith(Flux.from(body).flatMapSequential(Flux::from));
            }
        };
        return chain.filter(exchange.mutate().response(checked).build());
    }

    private static boolean isProblem(MediaType type) {
        return type != null && MediaType.APPLICATION_PROBLEM_JSON.isCompatibleWith(type);
    }

    static byte[] problem(int status, String path, java.util.@org.jspecify.annotations.Nullable Locale locale) {
        ProblemDetail problem;
        if (status >= 500) {
            problem = ProblemDocument.of(HttpStatusCode.valueOf(status), ProblemType.DEPENDENCY_UNAVAILABLE, Message.of("service.failed"));
        } else {
            problem = ProblemDocument.forStatus(status);
        }
        ProblemDocument.render(problem, Texts.platform(), locale);
        String json = "{\"type\":\"" + problem.getType() + "\",\"title\":\"" + jsonString(String.valueOf(problem.getTitle()))
                + "\",\"status\":" + status + ",\"detail\":\"" + jsonString(String.valueOf(problem.getDetail()))
                + "\",\"instance\":\"" + jsonString(path) + "\",\"code\":\"" + problem.getProperties().get(ProblemDocument.CODE) + "\"}";
        return json.getBytes(StandardCharsets.UTF_8);
    }

    private static String jsonString(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    @Override
    public int getOrder() {
        // wraps the response before NettyWriteResponseFilter writes the service's answer into it
        return NettyWriteResponseFilter.WRITE_RESPONSE_FILTER_ORDER - 1;
    }
}
