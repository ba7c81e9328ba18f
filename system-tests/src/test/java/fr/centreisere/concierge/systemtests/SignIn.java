package fr.centreisere.concierge.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

/** Signs people in through the gateway, as the web app does, and gives the header their calls carry. */
public final class SignIn {

    public static final String DEMO_PASSWORD = "demo-concierge-2026";

    private SignIn() {
    }

    /** A demo account of the demo profile (see README). */
    public static Map<String, String> as(Http http, String email) {
        return asWithPassword(http, email, DEMO_PASSWORD);
    }

    /** A resident who registers now: nobody else's orders are theirs. */
    public static Map<String, String> newResident(Http http) {
        String email = "resident-" + UUID.randomUUID() + "@exemple.fr";
        String password = "un-mot-de-passe-" + UUID.randomUUID();
        Http.Reply registered = http.post("/api/auth/register",
                Map.of("email", email, "password", password, "displayName", "Camille Test"), Map.of());
        assertThat(registered.status()).as("registration: " + registered).isEqualTo(201);
        return asWithPassword(http, email, password);
    }

    private static Map<String, String> asWithPassword(Http http, String email, String password) {
        Http.Reply reply = http.post("/api/auth/login", Map.of("email", email, "password", password), Map.of());
        assertThat(reply.status()).as("sign-in of " + email + ": " + reply).isEqualTo(200);
        return Map.of("Authorization", "Bearer " + reply.json().path("accessToken").asString());
    }
}
