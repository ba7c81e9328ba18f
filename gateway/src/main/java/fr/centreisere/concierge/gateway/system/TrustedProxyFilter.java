package fr.centreisere.concierge.gateway.system;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.List;

import org.springframework.core.Ordered;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import org.springframework.web.server.adapter.ForwardedHeaderTransformer;
import reactor.core.publisher.Mono;

/**
 * {@code Forwarded} and {@code X-Forwarded-*} are believed only from the proxies listed in
 * {@code concierge.edge.trusted-proxies} (addresses or CIDR ranges; none by default): from them the
 * request takes the client's scheme, host and address (so HSTS is sent when the client came over
 * HTTPS, and the rate limits count the client, not the proxy); from anyone else those headers are
 * removed before anything reads them.
 */
final class TrustedProxyFilter implements WebFilter, Ordered {

    private final List<AddressRange> trustedProxies;
    private final ForwardedHeaderTransformer fromTrustedProxy = new ForwardedHeaderTransformer();
    private final ForwardedHeaderTransformer fromAnyoneElse = new ForwardedHeaderTransformer();

    TrustedProxyFilter(List<String> trustedProxies) {
        this.trustedProxies = trustedProxies.stream().map(String::trim).filter(address -> !address.isEmpty())
                .map(AddressRange::parse).toList();
        this.fromAnyoneElse.setRemoveOnly(true);
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        ServerHttpRequest request = exchange.getRequest();
        ServerHttpRequest adjusted = isTrusted(request.getRemoteAddress()) ? fromTrustedProxy.apply(request)
                : fromAnyoneElse.apply(request);
        return chain.filter(adjusted == request ? exchange : exchange.mutate().request(adjusted).build());
    }

    boolean isTrusted(InetSocketAddress remote) {
        if (remote == null || remote.getAddress() == null) {
            return false;
        }
        byte[] address = remote.getAddress().getAddress();
        return trustedProxies.stream().anyMatch(proxy -> proxy.contains(address));
    }

    /** An address ({@code 127.0.0.1}, {@code ::1}) or a CIDR range ({@code 10.0.0.0/8}), written as numbers. */
    record AddressRange(byte[] network, int prefixBits) {

        static AddressRange parse(String text) {
            int slash = text.indexOf('/');
            String address = slash < 0 ? text : text.substring(0, slash);
            if (!address.matches("[0-9a-fA-F:.]+")) {
                throw new IllegalArgumentException("concierge.edge.trusted-proxies: not an IP address or range: " + text);
            }
            try {
                byte[] network = InetAddress.getByName(address).getAddress();
                int bits = slash < 0 ? network.length * 8 : Integer.parseInt(text.substring(slash + 1));
                if (bits < 0 || bits > network.length * 8) {
                    throw new IllegalArgumentException("concierge.edge.trusted-proxies: bad prefix length in " + text);
                }
                return new AddressRange(network, bits);
            } catch (UnknownHostException | NumberFormatException e) {
                throw new IllegalArgumentException("concierge.edge.trusted-proxies: not an IP address or range: " + text, e);
            }
        }

        boolean contains(byte[] address) {
            if (address.length != network.length) {
                return false;
            }
            for (int bit = 0; bit < prefixBits; bit++) {
                int mask = 0x80 >> (bit % 8);
                if ((address[bit / 8] & mask) != (network[bit / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
