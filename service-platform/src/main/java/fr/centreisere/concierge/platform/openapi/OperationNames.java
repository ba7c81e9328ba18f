package fr.centreisere.concierge.platform.openapi;

import java.util.List;

import io.swagger.v3.oas.models.Operation;
import org.springdoc.core.customizers.GlobalOperationCustomizer;
import org.springframework.web.method.HandlerMethod;

/**
 * Operation ids and tags from the code that answers: {@code order.place} for
 * {@code OrderController.place}, tagged with its feature ({@code orders} for the package
 * {@code …order.orders.web}) — rather than springdoc's {@code one_1} and {@code order-controller}.
 */
final class OperationNames implements GlobalOperationCustomizer {

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        operation.setOperationId(resource(handler.getBeanType()) + "." + handler.getMethod().getName());
        operation.setTags(List.of(feature(handler.getBeanType())));
        return operation;
    }

    /** {@code OrderController} → {@code order}; {@code InternalVisitController} → {@code internalVisit}. */
    static String resource(Class<?> controller) {
        String name = controller.getSimpleName().replaceFirst("Controller$", "");
        return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }

    /** The feature package above {@code web}: {@code fr.centreisere.concierge.order.company.web} → {@code company}. */
    static String feature(Class<?> controller) {
        String[] parts = controller.getPackageName().split("\\.");
        int last = parts.length - 1;
        if (parts[last].equals("web") && last > 0) {
            last--;
        }
        return parts[last];
    }
}
