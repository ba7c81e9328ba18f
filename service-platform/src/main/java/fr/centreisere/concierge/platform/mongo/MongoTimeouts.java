package fr.centreisere.concierge.platform.mongo;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long the MongoDB driver waits before it gives up, so that a store that is away gives a quick
 * 503 instead of a 30-second hang (the driver's own defaults). A {@code serverSelectionTimeoutMS},
 * {@code connectTimeoutMS} or {@code socketTimeoutMS} in the connection string still wins.
 * Environment: {@code CONCIERGE_MONGODB_SERVER_SELECTION_TIMEOUT}, {@code _CONNECT_TIMEOUT},
 * {@code _SOCKET_TIMEOUT}.
 *
 * @param serverSelectionTimeout how long an operation waits for a reachable server
 * @param connectTimeout         how long opening a connection may take
 * @param socketTimeout          how long an operation waits for the server's answer on an open connection
 * @param heartbeatFrequency     how often the driver's monitor checks the server while all is well (the
 *                               driver's default is 10 s; a failed operation makes it check at once, so a
 *                               longer period costs idle CPU less without delaying the detection of a failure
 *                               that an operation meets; {@code CONCIERGE_MONGODB_HEARTBEAT_FREQUENCY})
 */
@ConfigurationProperties("concierge.mongodb")
public record MongoTimeouts(@DefaultValue("2s") Duration serverSelectionTimeout,
        @DefaultValue("2s") Duration connectTimeout, @DefaultValue("3s") Duration socketTimeout,
        @DefaultValue("30s") Duration heartbeatFrequency) {
}
