package fr.centreisere.concierge.gateway.system;

import java.nio.charset.StandardCharsets;

import fr.centreisere.concierge.platform.i18n.Languages;
import fr.centreisere.concierge.platform.i18n.Texts;
import fr.centreisere.concierge.platform.problem.ProblemDocument;
import org.springframework.http.ProblemDetail;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpContent;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.TooLongHttpHeaderException;
import io.netty.handler.codec.http.TooLongHttpLineException;
import io.netty.util.ReferenceCountUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.reactor.netty.NettyServerCustomizer;
import reactor.netty.NettyPipeline;

/**
 * What Netty refuses before Spring sees it — a request line longer than the limit (414), headers
 * over the limit (431), a request line or a header it cannot parse (CR or LF inside the path,
 * control characters in a header: 400) — answered as a problem document with the security headers,
 * instead of Reactor Netty's empty answer. The connection is closed after it: what follows such a
 * request cannot be trusted to be the next request.
 */
final class NettyRefusals extends ChannelInboundHandlerAdapter {

    private static final tools.jackson.databind.json.JsonMapper JSON = tools.jackson.databind.json.JsonMapper.builder().build();

    static final String HANDLER_NAME = "concierge.problemOnDecodingFailure";
    private static final Logger log = LoggerFactory.getLogger(NettyRefusals.class);

    private boolean refused;

    /** Puts the handler right after the HTTP codec of every connection. */
    static NettyServerCustomizer customizer() {
        return server -> server.doOnChannelInit((observer, channel, address) -> {
            if (channel.pipeline().get(NettyPipeline.HttpCodec) != null
                    && channel.pipeline().get(HANDLER_NAME) == null) {
                channel.pipeline().addAfter(NettyPipeline.HttpCodec, HANDLER_NAME, new NettyRefusals());
            }
        });
    }

    @Override
    public void channelRead(ChannelHandlerContext context, Object message) {
        if (refused) {
            ReferenceCountUtil.release(message); // the rest of a request we already answered
            return;
        }
        if (message instanceof HttpRequest request && !request.decoderResult().isFailure() && !isUri(request.uri())) {
            // Spring would answer an empty 400 for a target it cannot read as a URI ("?a=%", "/a%zz")
            refused = true;
            ReferenceCountUtil.release(message);
            context.writeAndFlush(problem(new IllegalArgumentException("not a URI"), request)).addListener(ChannelFutureListener.CLOSE);
            return;
        }
        if (message instanceof HttpRequest request && request.decoderResult().isFailure()) {
            refused = true;
            Throwable cause = request.decoderResult().cause();
            ReferenceCountUtil.release(message);
            log.debug("Refused a request Netty could not decode: {}", cause.toString());
            context.writeAndFlush(problem(cause, request)).addListener(ChannelFutureListener.CLOSE);
            return;
        }
        if (message instanceof HttpContent content && content.decoderResult().isFailure()) {
            refused = true;
            ReferenceCountUtil.release(message);
            context.writeAndFlush(problem(content.decoderResult().cause())).addListener(ChannelFutureListener.CLOSE);
            return;
        }
        context.fireChannelRead(message);
    }

    /**
     * A target Spring can read as a URI: no control character (a raw NUL, DEL) and every
     * percent-escape complete ({@code %} and two hex digits).
     */
    static boolean isUri(String target) {
        for (int i = 0; i < target.length(); i++) {
            char c = target.charAt(i);
            if (c < 0x20 || c == 0x7F) {
                return false;
            }
            if (c == '%'
                    && (i + 2 >= target.length() || !isHex(target.charAt(i + 1)) || !isHex(target.charAt(i + 2)))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isHex(char c) {
        return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
    }

    static FullHttpResponse problem(Throwable cause) {
        return problem(cause, null);
    }

    /** In the language of the request's {@code Accept-Language} when Netty could read that far. */
    static FullHttpResponse problem(Throwable cause, @org.jspecify.annotations.Nullable HttpRequest request) {
        HttpResponseStatus status;
        if (cause instanceof TooLongHttpLineException) {
            status = HttpResponseStatus.REQUEST_URI_TOO_LONG;
        } else if (cause instanceof TooLongHttpHeaderException) {
            status = HttpResponseStatus.REQUEST_HEADER_FIELDS_TOO_LARGE;
        } else {
            status = HttpResponseStatus.BAD_REQUEST;
        }
        String language = request == null ? null : request.headers().get(HttpHeaderNames.ACCEPT_LANGUAGE);
        ProblemDetail problem = ProblemDocument.render(ProblemDocument.forStatus(status.code()), Texts.platform(),
                Languages.of(language));
        String json;
        try {
            json = JSON.writeValueAsString(ProblemDocument.members(problem));
        } catch (RuntimeException cannotWrite) {
            json = "{\"type\":\"" + problem.getType() + "\",\"status\":" + status.code() + "}";
        }
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        FullHttpResponse response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, status, Unpooled.wrappedBuffer(body));
        response.headers().set(HttpHeaderNames.CONTENT_TYPE, "application/problem+json");
        response.headers().setInt(HttpHeaderNames.CONTENT_LENGTH, body.length);
        response.headers().set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
        SecurityHeaders.addMissing(response.headers()::contains, response.headers()::add, false);
        return response;
    }
}
