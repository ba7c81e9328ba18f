/**
 * Following a request from the edge: its {@code X-Request-Id} (kept when plain, else a new one), the trace
 * the services continue ({@code traceparent} of the gateway's span), and one access-log line per request.
 */
@NullMarked
package fr.centreisere.concierge.gateway.tracing;

import org.jspecify.annotations.NullMarked;
