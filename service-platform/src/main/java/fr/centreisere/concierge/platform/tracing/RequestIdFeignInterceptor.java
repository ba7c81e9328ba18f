package fr.centreisere.concierge.platform.tracing;

import feign.RequestInterceptor;
import feign.RequestTemplate;

/**
 * Forwards the request id of the work in progress (the MDC's) on every Feign call, so that the service
 * called logs it too. The trace itself ({@code traceparent}) is added by Feign's Micrometer observation.
 */
final class RequestIdFeignInterceptor implements RequestInterceptor {

    @Override
    public void apply(RequestTemplate template) {
        String requestId = CarriedTrace.requestId();
        if (requestId != null && !template.headers().containsKey(RequestIds.HEADER)) {
            template.header(RequestIds.HEADER, requestId);
        }
    }
}
