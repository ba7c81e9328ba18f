package fr.centreisere.concierge.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import feign.RequestTemplate;
import feign.Target;
import org.junit.jupiter.api.Test;

class InternalTokenFeignInterceptorTest {

    static final String SECRET = "k3v9-a-long-enough-random-secret";
    final InternalTokenFeignInterceptor interceptor = new InternalTokenFeignInterceptor(InternalToken.of(SECRET));

    @Test
    void addsTheTokenToCallsToInternalEndpoints() {
        RequestTemplate template = new RequestTemplate().uri("/internal/coverage");
        template.feignTarget(new Target.HardCodedTarget<>(Object.class, "provider-service", "http://provider-service"));
        interceptor.apply(template);
        assertThat(template.headers().get(InternalToken.HEADER)).containsExactly(SECRET);
    }

    @Test
    void addsTheTokenWhenInternalIsTheClientsPath() {
        RequestTemplate template = new RequestTemplate().uri("/services/svc-x/offer?commune=38563");
        template.feignTarget(new Target.HardCodedTarget<>(Object.class, "catalog-service", "http://localhost:8081/internal"));
        interceptor.apply(template);
        assertThat(template.headers().get(InternalToken.HEADER)).containsExactly(SECRET);
    }

    @Test
    void neverSendsTheTokenElsewhere() {
        RequestTemplate template = new RequestTemplate().uri("/api/catalog/services");
        template.feignTarget(new Target.HardCodedTarget<>(Object.class, "catalog-service", "http://catalog-service"));
        interceptor.apply(template);
        assertThat(template.headers()).doesNotContainKey(InternalToken.HEADER);

        RequestTemplate lookalike = new RequestTemplate().uri("/internals/x");
        interceptor.apply(lookalike);
        assertThat(lookalike.headers()).doesNotContainKey(InternalToken.HEADER);
    }
}
