package fr.centreisere.concierge.gateway.system;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The reverse proxies in front of the gateway whose forwarded headers are believed.
 *
 * @param trustedProxies addresses or CIDR ranges ({@code 127.0.0.1}, {@code 10.0.0.0/8}); empty: none
 */
@ConfigurationProperties("concierge.edge")
public record EdgeProxies(@DefaultValue List<String> trustedProxies) {
}
