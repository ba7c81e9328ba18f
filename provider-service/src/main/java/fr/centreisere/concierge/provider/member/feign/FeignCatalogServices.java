package fr.centreisere.concierge.provider.member.feign;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import fr.centreisere.concierge.provider.member.CatalogServices;
import org.springframework.stereotype.Component;

/**
 * {@link CatalogServices} over Feign, with connect and read timeouts and the circuit breaker
 * {@code CatalogServiceClientserviceString}; no retry (a person waits for the answer). Every failure
 * (an error status, a timeout, the breaker open) is {@link CatalogServices.CatalogUnavailable}.
 */
@Component
class FeignCatalogServices implements CatalogServices {

    private final CatalogServiceClient client;

    FeignCatalogServices(CatalogServiceClient client) {
        this.client = client;
    }

    @Override
    public boolean exists(String serviceId) {
        try {
            return client.service(serviceId).isPresent();
        } catch (RuntimeException failure) {
            throw new CatalogUnavailable("the catalog is not answering", failure);
        }
    }

    @Override
    public List<Service> active() {
        List<Service> services = new ArrayList<>();
        try {
            for (int page = 0; page < MAX_PAGES; page++) {
                Map<String, Object> answer = client.services(page, PAGE_SIZE);
                List<?> content = answer.get("content") instanceof List<?> list ? list : List.of();
                for (Object item : content) {
                    if (item instanceof Map<?, ?> service && service.get("id") instanceof String id) {
                        Map<?, ?> title = service.get("title") instanceof Map<?, ?> t ? t : Map.of();
                        services.add(new Service(id, text(title.get("fr"), id), text(title.get("en"), text(title.get("fr"), id)),
                                text(service.get("category"), "")));
                    }
                }
                long total = answer.get("totalElements") instanceof Number n ? n.longValue() : services.size();
                if (content.size() < PAGE_SIZE || services.size() >= total) {
                    break;
                }
            }
        } catch (RuntimeException failure) {
            throw new CatalogUnavailable("the catalog is not answering", failure);
        }
        return services;
    }

    private static final int PAGE_SIZE = 100;
    private static final int MAX_PAGES = 20;

    private static String text(Object value, String otherwise) {
        return value instanceof String s && !s.isBlank() ? s : otherwise;
    }
}
