package fr.centreisere.concierge.provider.support;

import java.util.function.Consumer;

import org.springframework.http.HttpHeaders;

/** The caller headers of the pre-security seam (see system/CallerArgumentResolver). */
public final class Api {

    private Api() {
    }

    public static Consumer<HttpHeaders> coordinator() {
        return h -> {
            h.set("X-User-Id", "usr-demo-coordinator");
            h.set("X-User-Roles", "COORDINATOR");
        };
    }

    public static Consumer<HttpHeaders> staffOf(String memberId) {
        return h -> {
            h.set("X-User-Id", "usr-staff-" + memberId);
            h.set("X-User-Roles", "MEMBER_STAFF");
            h.set("X-Member-Id", memberId);
        };
    }

    public static String dispatchBody(String orderId, String serviceId, String category, String commune, String date) {
        return """
                {"orderId":"%s","orderNumber":"CMD-%s","serviceId":"%s","category":"%s","communeInsee":"%s",
                 "slot":{"date":"%s","from":"14:00","to":"16:00"},"quantity":1,"subtotalCents":4500,"commissionCents":360}
                """.formatted(orderId, orderId, serviceId, category, commune, date);
    }
}
