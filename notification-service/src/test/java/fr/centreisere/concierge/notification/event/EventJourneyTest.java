package fr.centreisere.concierge.notification.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import fr.centreisere.concierge.notification.NotificationServiceTest;
import fr.centreisere.concierge.notification.ReceivedMail;
import fr.centreisere.concierge.notification.message.Language;
import fr.centreisere.concierge.notification.message.MessageData;
import fr.centreisere.concierge.notification.message.MessageKind;
import fr.centreisere.concierge.notification.message.Samples;
import fr.centreisere.concierge.notification.message.Wording;
import org.bson.Document;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;

/**
 * Events from the producers to the mailboxes, through a real SMTP server: each kind once to the right
 * people in their language, one mail per address, choices respected, nothing twice on a repeat, a mail
 * server away delays and does not lose, bad events refused with a problem naming the field.
 */
class EventJourneyTest extends NotificationServiceTest {

    static final String MEMBER = "mbr-atelier-velo-voironnais";
    static final String COMPANY = "cmp-demo-alpes-numerique";
    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    Wording wording;

    @BeforeEach
    void directory() throws Exception {
        account("usr-camille", "camille@example.test", "Camille Martin", "fr", "\"RESIDENT\"", "");
        account("usr-john", "john@example.test", "John Smith", "en", "\"RESIDENT\"", "");
        account("usr-staff-fr", "atelier@example.test", "Léa (atelier)", "fr", "\"MEMBER_STAFF\"", ",\"memberId\":\"" + MEMBER + "\"");
        account("usr-staff-en", "mechanic@example.test", "Sam (atelier)", "en", "\"MEMBER_STAFF\"", ",\"memberId\":\"" + MEMBER + "\"");
        account("usr-staff-other", "autre@example.test", "Autre", "fr", "\"MEMBER_STAFF\"", ",\"memberId\":\"mbr-autre-structure\"");
        account("usr-admin", "admin@alpes.example.test", "Alex Admin", "en", "\"COMPANY_ADMIN\"", ",\"companyId\":\"" + COMPANY + "\"");
        account("usr-coord", "coordination@example.test", "Coordination", "fr", "\"COORDINATOR\"", "");
    }

    /** Who each kind is for, as its producer names them, and the addresses that must get it in their language. */
    record Audience(Map<String, Object> to, Map<String, Language> expected) {
    }

    static Audience audienceOf(MessageKind kind) {
        return switch (kind) {
            // the member's staff and its contact address; the contact address also written as a staff's in other case: once
            case OFFER_NEW, OFFER_REMINDER, OFFER_WITHDRAWN, JOB_CANCELLED -> new Audience(
                    Map.of("memberId", MEMBER, "emails", List.of("contact@atelier.example.test", "ATELIER@example.test")),
                    Map.of("atelier@example.test", Language.FR, "mechanic@example.test", Language.EN,
                            "contact@atelier.example.test", Language.FR));
            case ORDER_RECEIVED, ORDER_ACCEPTED, ORDER_UNASSIGNED, ORDER_STARTED, ORDER_COMPLETED, ORDER_CANCELLED ->
                    new Audience(Map.of("userIds", List.of("usr-john")), Map.of("john@example.test", Language.EN));
            case EMPLOYEE_JOIN_REQUEST -> new Audience(Map.of("companyAdminsOf", COMPANY),
                    Map.of("admin@alpes.example.test", Language.EN));
            case EMPLOYEE_APPROVED, EMPLOYEE_REVOKED -> new Audience(Map.of("userIds", List.of("usr-camille")),
                    Map.of("camille@example.test", Language.FR));
            case EMAIL_VERIFICATION, PASSWORD_RESET -> new Audience(Map.of("emails", List.of("new.user@example.test")),
                    Map.of("new.user@example.test", Language.EN));
            case COORDINATOR_DAILY_SUMMARY -> new Audience(Map.of("coordinators", true),
                    Map.of("coordination@example.test", Language.FR));
        };
    }

    static String event(String eventId, MessageKind kind, Map<String, Object> to, Map<String, Object> data) {
        Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("eventId", eventId);
        body.put("kind", kind.name());
        body.put("occurredAt", "2026-12-01T08:00:00Z");
        body.put("to", to);
        if (Samples.linkOf(kind) != null) {
            body.put("link", Samples.linkOf(kind));
        }
        body.put("data", data);
        return JSON.writeValueAsString(body);
    }

    static Map<String, Object> dataOf(MessageKind kind) {
        Map<String, Object> data = Samples.dataOf(kind);
        if (kind.isAccountMessage()) {
            data.put("language", "en");
        }
        return data;
    }

    @ParameterizedTest
    @EnumSource(MessageKind.class)
    void eachKindIsMailedOnceToTheRightPeopleInTheirLanguage(MessageKind kind) throws Exception {
        Audience audience = audienceOf(kind);
        postEvent(event("evt-" + kind, kind, audience.to(), dataOf(kind))).andExpect(status().isAccepted());
        deliver();

        List<ReceivedMail> mails = received();
        assertThat(mails).extracting(ReceivedMail::address)
                .containsExactlyInAnyOrderElementsOf(audience.expected().keySet());
        for (ReceivedMail mail : mails) {
            Language language = audience.expected().get(mail.address());
            String subject = wording.phrases(kind, MessageData.of(dataOf(kind)), language).subject();
            assertThat(mail.subject()).as(mail.address()).isEqualTo(subject);
            assertThat(mail.contentType()).startsWith("multipart/alternative");
            assertThat(mail.language()).isEqualTo(language.code());
            assertThat(mail.text()).isNotBlank().contains(wording.text(kind + ".heading", language));
            assertThat(Jsoup.parse(mail.html()).selectFirst("html").attr("lang")).isEqualTo(language.code());
            assertThat(Jsoup.parse(mail.html()).select("h1").text()).isEqualTo(wording.text(kind + ".heading", language));
        }
    }

    @Test
    void theSameEventTwiceMakesOneMailAndOneEntry() throws Exception {
        String body = event("ord-2026-000123:n:4", MessageKind.ORDER_ACCEPTED, Map.of("userIds", List.of("usr-john")),
                dataOf(MessageKind.ORDER_ACCEPTED));
        postEvent(body).andExpect(status().isAccepted());
        postEvent(body).andExpect(status().isOk());
        deliver();
        postEvent(body).andExpect(status().isOk());
        deliver();

        assertThat(received()).hasSize(1);
        assertThat(mongo.count(new Query(), "notifications")).isEqualTo(1);
        assertThat(mongo.count(new Query(), "mails")).isEqualTo(1);
    }

    @Test
    void tenArrivalsOfOneEventAtOnceMakeOneMailPerAddress() throws Exception {
        String body = event("job-7:n:1", MessageKind.OFFER_NEW, Map.of("memberId", MEMBER, "emails", List.of("contact@atelier.example.test")),
                dataOf(MessageKind.OFFER_NEW));
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(10);
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        List<java.util.concurrent.Future<Integer>> answers = new java.util.ArrayList<>();
        for (int i = 0; i < 10; i++) {
            answers.add(pool.submit(() -> {
                start.await();
                return postEvent(body).andReturn().getResponse().getStatus();
            }));
        }
        start.countDown();
        List<Integer> statuses = new java.util.ArrayList<>();
        for (java.util.concurrent.Future<Integer> answer : answers) {
            statuses.add(answer.get());
        }
        pool.shutdown();
        deliver();

        assertThat(statuses).containsOnly(200, 202).containsOnlyOnce(202);
        assertThat(received()).extracting(ReceivedMail::address).containsExactlyInAnyOrder(
                "atelier@example.test", "mechanic@example.test", "contact@atelier.example.test");
        assertThat(mongo.count(new Query(), "notifications")).isEqualTo(2);
    }

    @Test
    void aMailServerAwayForAMinuteDelaysTheMailAndDoesNotLoseIt() throws Exception {
        SMTP.stop();
        postEvent(event("ord-2026-000123:n:5", MessageKind.ORDER_STARTED, Map.of("userIds", List.of("usr-camille")),
                dataOf(MessageKind.ORDER_STARTED))).andExpect(status().isAccepted());
        deliver();
        clock.advance(Duration.ofSeconds(30));
        deliver();
        Document delivery = mongo.getCollection("mails").find().first().get("delivery", Document.class);
        assertThat(delivery.getInteger("attempts")).isEqualTo(2);
        assertThat(delivery.get("sentAt")).isNull();
        assertThat(delivery.getString("lastError")).isNotBlank();

        SMTP.start();
        clock.advance(Duration.ofSeconds(30));
        deliver();
        clock.advance(Duration.ofMinutes(5));
        deliver();

        List<ReceivedMail> mails = received();
        assertThat(mails).hasSize(1);
        assertThat(mails.get(0).address()).isEqualTo("camille@example.test");
        assertThat(mails.get(0).subject()).isEqualTo("Commande CI-2026-000123 : Atelier vélo voironnais a commencé");
    }

    @Test
    void aRetryNeverSendsTwiceAndASentMailKeepsNoBody() throws Exception {
        postEvent(event("gw-reset-1", MessageKind.PASSWORD_RESET, Map.of("emails", List.of("camille@example.test")),
                dataOf(MessageKind.PASSWORD_RESET))).andExpect(status().isAccepted());
        deliver();
        clock.advance(Duration.ofMinutes(10));
        deliver();

        List<ReceivedMail> mails = received();
        assertThat(mails).hasSize(1);
        assertThat(mails.get(0).text()).contains("secret-reset-token");
        // the reset link is nowhere but in the mail: not in the mail document once sent, not in the event, not listed
        Document stored = mongo.getCollection("mails").find().first();
        assertThat(stored.toJson()).doesNotContain("secret-reset-token");
        assertThat(mongo.getCollection("events").find().first().toJson()).doesNotContain("secret-reset-token");
        assertThat(mongo.count(new Query(), "notifications")).isZero();
        assertThat(mails.get(0).messageId()).isNotBlank();
        assertThat(mails.get(0).from()).isEqualTo("\"Conciergerie Centre Isère\" <no-reply@concierge.centre-isere.fr>");
        assertThat(SMTP.received().get(0).getHeader("From")[0]).doesNotContain("è");
    }

    @Test
    void turnedOffMailsAreNotSentButListedInTheAppAndAccountMessagesAlwaysAre() throws Exception {
        mvc.perform(put("/api/notifications/preferences").with(user("usr-staff-fr", "MEMBER_STAFF"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"language\":\"fr\",\"email\":{\"ORDERS\":false,\"OFFERS\":false,\"COMPANY\":true,\"SUMMARY\":true}}"))
                .andExpect(status().isOk());
        postEvent(event("job-1:n:1", MessageKind.OFFER_NEW, Map.of("memberId", MEMBER, "emails", List.of("atelier@example.test")),
                dataOf(MessageKind.OFFER_NEW))).andExpect(status().isAccepted());
        postEvent(event("gw-verify-1", MessageKind.EMAIL_VERIFICATION, Map.of("emails", List.of("atelier@example.test")),
                dataOf(MessageKind.EMAIL_VERIFICATION))).andExpect(status().isAccepted());
        deliver();

        // the staff that turned offers off is not mailed, not even as the contact address it also is
        assertThat(received()).extracting(ReceivedMail::address, ReceivedMail::subject).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("mechanic@example.test",
                        "New job offered: Réparation de vélo on Friday 4 December 2026, accept by 1 December 2026 at 11:00"),
                org.assertj.core.groups.Tuple.tuple("atelier@example.test", "Confirm your e-mail address"));
        mvc.perform(get("/api/notifications").with(user("usr-staff-fr", "MEMBER_STAFF")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items.length()").value(1))
                .andExpect(jsonPath("$.items[0].kind").value("OFFER_NEW"))
                .andExpect(jsonPath("$.items[0].title").value("Nouvelle mission : Réparation de vélo"))
                .andExpect(jsonPath("$.items[0].link").value("/#/missions/job-ord-2026-000123"));
    }

    @Test
    void anAccountNotYetInTheDirectoryGetsItsEntryAndNoMail() throws Exception {
        postEvent(event("ord-9:n:1", MessageKind.ORDER_RECEIVED, Map.of("userIds", List.of("usr-not-pushed-yet")),
                dataOf(MessageKind.ORDER_RECEIVED))).andExpect(status().isAccepted());
        deliver();

        assertThat(received()).isEmpty();
        mvc.perform(get("/api/notifications").with(user("usr-not-pushed-yet", "RESIDENT")))
                .andExpect(jsonPath("$.unreadCount").value(1))
                .andExpect(jsonPath("$.items[0].title").value("Commande CI-2026-000123 reçue"));
    }

    @Test
    void aRemovedAccountIsNoLongerMailed() throws Exception {
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete("/internal/recipients/usr-john")
                .header("X-Internal-Token", TOKEN)).andExpect(status().isNoContent());
        postEvent(event("ord-9:n:2", MessageKind.ORDER_ACCEPTED, Map.of("userIds", List.of("usr-john")),
                dataOf(MessageKind.ORDER_ACCEPTED))).andExpect(status().isAccepted());
        deliver();

        assertThat(received()).isEmpty();
    }

    /** The gateway pushes a deactivated account with {@code active: false}: its mails stop, staff and coordinators alike. */
    @Test
    void aDeactivatedAccountIsNoLongerMailed() throws Exception {
        account("usr-staff-en", "mechanic@example.test", "Sam (atelier)", "en", "\"MEMBER_STAFF\"",
                ",\"memberId\":\"" + MEMBER + "\",\"active\":false");
        postEvent(event("job-9:n:1", MessageKind.OFFER_NEW, Map.of("memberId", MEMBER), dataOf(MessageKind.OFFER_NEW)))
                .andExpect(status().isAccepted());
        deliver();

        assertThat(received()).singleElement().satisfies(mail -> assertThat(mail.to()).endsWith("<atelier@example.test>"));
    }

    @Test
    void eventsThatCannotBeToldAreRefusedWithAProblemNamingTheField() throws Exception {
        Map<String, String> wrong = new java.util.LinkedHashMap<>();
        String good = event("e-1", MessageKind.ORDER_ACCEPTED, Map.of("userIds", List.of("usr-john")), dataOf(MessageKind.ORDER_ACCEPTED));
        wrong.put("eventId", good.replace("\"eventId\":\"e-1\"", "\"eventId\":\"\""));
        wrong.put("kind", good.replace("\"kind\":\"ORDER_ACCEPTED\"", "\"kind\":\"ORDER_LOST\""));
        wrong.put("occurredAt", good.replace("\"occurredAt\":\"2026-12-01T08:00:00Z\",", ""));
        wrong.put("to", good.replace("{\"userIds\":[\"usr-john\"]}", "{}"));
        wrong.put("to.userIds[0]", good.replace("\"usr-john\"", "\"../admin\""));
        wrong.put("data.orderNumber", good.replace("\"orderNumber\":\"CI-2026-000123\",", ""));
        wrong.put("link", good.replace("\"/#/commandes/ord-2026-000123\"", "\"//evil.example/phish\""));
        wrong.put("data.memberName", good.replace("\"memberName\":\"Atelier vélo voironnais\"", "\"memberName\":{\"nested\":1}"));
        for (Map.Entry<String, String> entry : wrong.entrySet()) {
            String answer = postEvent(entry.getValue())
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andReturn().getResponse().getContentAsString();
            assertThat(answer).as(entry.getKey()).contains("\"status\":400");
            assertThat(answer).as(entry.getKey()).contains("\"field\":\"" + entry.getKey() + "\"");
        }
        postEvent("[]").andExpect(status().isBadRequest());
        assertThat(mongo.count(new Query(), "events")).isZero();
    }

    @Test
    void onlyOurServicesMayPostEvents() throws Exception {
        String body = event("e-2", MessageKind.ORDER_ACCEPTED, Map.of("userIds", List.of("usr-john")), dataOf(MessageKind.ORDER_ACCEPTED));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/internal/notifications/events")
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isUnauthorized());
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/internal/notifications/events")
                        .header("X-Internal-Token", "not-the-token-of-this-installation").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isUnauthorized());
        assertThat(mongo.count(new Query(), "events")).isZero();
    }

    @Test
    void theGatewaysLanguageOnlyCountsForANewRecipient() throws Exception {
        mvc.perform(put("/api/notifications/preferences").with(user("usr-camille", "RESIDENT"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"language\":\"en\",\"email\":{}}")).andExpect(status().isOk());
        account("usr-camille", "camille@example.test", "Camille Martin", "fr", "\"RESIDENT\"", "");

        mvc.perform(get("/api/notifications/preferences").with(user("usr-camille", "RESIDENT")))
                .andExpect(jsonPath("$.language").value("en"));
        postEvent(event("cmp-1:n:1", MessageKind.EMPLOYEE_APPROVED, Map.of("userIds", List.of("usr-camille")),
                dataOf(MessageKind.EMPLOYEE_APPROVED))).andExpect(status().isAccepted());
        deliver();
        assertThat(received()).extracting(ReceivedMail::subject).containsExactly("You now benefit from the Alpes Numérique contract");
    }
}
