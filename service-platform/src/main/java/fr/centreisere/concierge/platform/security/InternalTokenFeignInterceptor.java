package fr.centreisere.concierge.platform.security;

import feign.RequestInterceptor;
import feign.RequestTemplate;
import feign.Target;

/**
 * Puts the internal token on every Feign call to another service's {@code /internal/**} (whether
 * {@code /internal} is in the method's mapping or in the client's {@code path}), and on no other call.
 */
final class InternalTokenFeignInterceptor implements RequestInterceptor {

    private final InternalToken token;

    InternalTokenFeignInterceptor(InternalToken token) {
        this.token = token;
    }

    @Override
    public void apply(RequestTemplate template) {
        if (callsInternal(template)) {
            template.header(InternalToken.HEADER, token.value());
        }
    }

    static boolean callsInternal(RequestTemplate template) {
        if (isInternalPath(template.path())) {
            return true;
        }
        Target<?> target = template.feignTarget();
        return target != null && target.url() != null && isInternalPath(pathOf(target.url()) + template.path());
    }

    private static boolean isInternalPath(String path) {
        return path.equals("/internal") || path.startsWith("/internal/");
    }

    private static String pathOf(String url) {
        int scheme = url.indexOf("://");
        int slash = url.indexOf('/', scheme < 0 ? 0 : scheme + 3);
        String path = slash < 0 ? "" : url.substring(slash);
        return path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }
}
