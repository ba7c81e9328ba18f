package fr.centreisere.concierge.notification.message;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The data each kind carries, as its producer sends it (docs/INTERNAL-API.md, « Event kinds »). */
public final class Samples {

    private Samples() {
    }

    public static Map<String, Object> dataOf(MessageKind kind) {
        Map<String, Object> data = new LinkedHashMap<>();
        switch (kind) {
            case OFFER_NEW, OFFER_REMINDER -> {
                data.put("jobId", "job-ord-2026-000123");
                data.put("serviceName", "Réparation de vélo");
                data.put("quantity", 2);
                data.put("communeName", "Voiron");
                data.put("date", "2026-12-04");
                data.put("from", "14:00");
                data.put("to", "16:00");
                data.put("expiresAt", "2026-12-01T10:00:00Z");
            }
            case OFFER_WITHDRAWN -> {
                data.put("jobId", "job-ord-2026-000123");
                data.put("serviceName", "Réparation de vélo");
                data.put("date", "2026-12-04");
                data.put("from", "14:00");
                data.put("to", "16:00");
                data.put("reason", "REASSIGNED");
                data.put("by", "COORDINATOR");
                data.put("note", "Structure plus proche");
            }
            case JOB_CANCELLED -> {
                data.put("jobId", "job-ord-2026-000123");
                data.put("serviceName", "Réparation de vélo");
                data.put("date", "2026-12-04");
                data.put("from", "14:00");
                data.put("to", "16:00");
                data.put("by", "CUSTOMER");
            }
            case ORDER_RECEIVED -> {
                data.put("orderId", "ord-2026-000123");
                data.put("orderNumber", "CI-2026-000123");
                data.put("serviceName", "Repassage au kilo");
                data.put("quantity", 3);
                data.put("date", "2026-12-04");
                data.put("from", "14:00");
                data.put("to", "16:00");
                data.put("totalCents", 4500);
                data.put("employerCents", 2250);
            }
            case ORDER_ACCEPTED -> {
                data.put("orderNumber", "CI-2026-000123");
                data.put("serviceName", "Repassage au kilo");
                data.put("date", "2026-12-04");
                data.put("from", "14:00");
                data.put("to", "16:00");
                data.put("memberName", "Atelier vélo voironnais");
            }
            case ORDER_UNASSIGNED -> {
                data.put("orderNumber", "CI-2026-000123");
                data.put("serviceName", "Repassage au kilo");
                data.put("date", "2026-12-04");
                data.put("from", "14:00");
                data.put("to", "16:00");
                data.put("reason", "DAY_FULL");
                data.put("nextAvailableDates", List.of("2026-12-05", "2026-12-07"));
            }
            case ORDER_STARTED -> {
                data.put("orderNumber", "CI-2026-000123");
                data.put("serviceName", "Repassage au kilo");
                data.put("memberName", "Atelier vélo voironnais");
            }
            case ORDER_COMPLETED -> {
                data.put("orderNumber", "CI-2026-000123");
                data.put("serviceName", "Repassage au kilo");
                data.put("memberName", "Atelier vélo voironnais");
                data.put("hoursWorked", 2.5);
                data.put("insertionHours", 1.5);
            }
            case ORDER_CANCELLED -> {
                data.put("orderNumber", "CI-2026-000123");
                data.put("serviceName", "Repassage au kilo");
                data.put("date", "2026-12-04");
                data.put("by", "CUSTOMER");
                data.put("note", "Plus besoin");
            }
            case EMPLOYEE_JOIN_REQUEST -> {
                data.put("companyName", "Alpes Numérique");
                data.put("employeeName", "Camille Martin");
                data.put("employeeEmail", "camille@alpes-numerique.fr");
            }
            case EMPLOYEE_APPROVED, EMPLOYEE_REVOKED -> data.put("companyName", "Alpes Numérique");
            case EMAIL_VERIFICATION -> {
                data.put("displayName", "Camille Martin");
                data.put("verifyUrl", "https://conciergerie.example.test/#/verifier-email?jeton=secret-verify-token");
                data.put("expiresAt", "2026-12-03T08:00:00Z");
                data.put("language", "fr");
            }
            case PASSWORD_RESET -> {
                data.put("displayName", "Camille Martin");
                data.put("resetUrl", "https://conciergerie.example.test/#/mot-de-passe/nouveau?jeton=secret-reset-token");
                data.put("expiresAt", "2026-12-01T09:00:00Z");
                data.put("language", "fr");
            }
            case COORDINATOR_DAILY_SUMMARY -> {
                data.put("unassignedCount", 1);
                data.put("stuckCount", 1);
                data.put("unassignedNumbers", List.of("CI-2026-000123"));
                data.put("unassignedServices", List.of("Repassage au kilo"));
                data.put("unassignedDates", List.of("2026-12-04"));
                data.put("unassignedReasons", List.of("ALL_DECLINED"));
                data.put("stuckOwners", List.of("ord-2026-000124"));
                data.put("stuckDestinations", List.of("provider-service"));
                data.put("stuckKinds", List.of("DISPATCH"));
                data.put("stuckAttempts", List.of("5"));
                data.put("stuckSince", List.of("2026-11-30T22:00:00Z"));
                data.put("stuckErrors", List.of("503 Service Unavailable"));
                data.put("unansweredServices", List.of("provider-service"));
            }
        }
        return data;
    }

    /** The web app's screen each kind links to; none for the account kinds (their link is in the data). */
    public static String linkOf(MessageKind kind) {
        return switch (kind) {
            case OFFER_NEW, OFFER_REMINDER, OFFER_WITHDRAWN, JOB_CANCELLED -> "/#/missions/job-ord-2026-000123";
            case EMPLOYEE_JOIN_REQUEST -> "/#/entreprise/admin";
            case EMPLOYEE_APPROVED, EMPLOYEE_REVOKED -> "/#/entreprise";
            case EMAIL_VERIFICATION, PASSWORD_RESET -> null;
            case COORDINATOR_DAILY_SUMMARY -> "/#/commandes";
            default -> "/#/commandes/ord-2026-000123";
        };
    }
}
