/**
 * Following one request across the parts (issue 17): the W3C trace of Micrometer Tracing (Brave) in every
 * log line, the caller's {@code X-Request-Id} in the MDC and on every call made for it, both kept on the
 * breaker's threads and carried by outbox messages to their later delivery; the exporter and the JSON logs
 * switched on from the environment. See service-platform's README, « Tracing and logs ».
 */
@NullMarked
package fr.centreisere.concierge.platform.tracing;

import org.jspecify.annotations.NullMarked;
