package fr.centreisere.concierge.gateway.routing;

import org.springframework.cloud.gateway.event.RefreshRoutesEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.stereotype.Component;

/**
 * The routes are built once when the context is up, as Spring Cloud Gateway's route refresh listener did, which is
 * off: it rebuilt every route on every registry fetch (every 5 s) though the routes are the configuration's and
 * their instances are resolved per request by the load balancer (issue 15: the idle gateway). Without this, the
 * first request would build them.
 */
@Component
class RoutesBuiltAtStart implements ApplicationListener<ContextRefreshedEvent> {

    private final ApplicationEventPublisher events;

    RoutesBuiltAtStart(ApplicationEventPublisher events) {
        this.events = events;
    }

    @Override
    public void onApplicationEvent(ContextRefreshedEvent refreshed) {
        events.publishEvent(new RefreshRoutesEvent(this));
    }
}
