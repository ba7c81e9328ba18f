package fr.centreisere.concierge.gateway.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetSocketAddress;
import java.util.List;

import fr.centreisere.concierge.testsupport.RawHttp;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Behind a TLS proxy the gateway trusts (here, the test on 127.0.0.1), a request that came over HTTPS gets HSTS. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "concierge.edge.trusted-proxies=10.0.0.0/8, 127.0.0.1")
class TrustedProxyTest {

    @LocalServerPort
    int port;

    @Test
    void aRequestForwardedOverHttpsByATrustedProxyGetsHsts() {
        assertThat(RawHttp.get(port, "/", "X-Forwarded-Proto: https").header("strict-transport-security"))
                .isEqualTo(SecurityHeaders.STRICT_TRANSPORT_SECURITY);
        assertThat(RawHttp.get(port, "/", "Forwarded: proto=https;for=203.0.113.9").header("strict-transport-security"))
                .isEqualTo(SecurityHeaders.STRICT_TRANSPORT_SECURITY);
        assertThat(RawHttp.get(port, "/").header("strict-transport-security")).isNull();
    }

    @Test
    void addressesAndRangesAreMatchedByTheirBits() {
        TrustedProxyFilter filter = new TrustedProxyFilter(List.of("10.0.0.0/8", "192.168.1.7", "::1"));
        assertThat(filter.isTrusted(new InetSocketAddress("10.200.3.4", 1))).isTrue();
        assertThat(filter.isTrusted(new InetSocketAddress("11.0.0.1", 1))).isFalse();
        assertThat(filter.isTrusted(new InetSocketAddress("192.168.1.7", 1))).isTrue();
        assertThat(filter.isTrusted(new InetSocketAddress("192.168.1.8", 1))).isFalse();
        assertThat(filter.isTrusted(new InetSocketAddress("::1", 1))).isTrue();
        assertThat(new TrustedProxyFilter(List.of()).isTrusted(new InetSocketAddress("127.0.0.1", 1))).isFalse();
        assertThatThrownBy(() -> new TrustedProxyFilter(List.of("proxy.example"))).isInstanceOf(IllegalArgumentException.class);
    }
}
