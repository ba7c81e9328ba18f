package fr.centreisere.concierge.notification.recipient;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.centreisere.concierge.notification.NotificationServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

/** A user's own choices through the web layer, and the directory's internal endpoints. */
class PreferencesTest extends NotificationServiceTest {

    ResultActions putPreferences(String userId, String body) throws Exception {
        return mvc.perform(put("/api/notifications/preferences").with(user(userId, "RESIDENT"))
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    @Test
    void aNewUserReadsFrenchAndEveryMail() throws Exception {
        mvc.perform(get("/api/notifications/preferences").with(user("usr-new", "RESIDENT")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.language").value("fr"))
                .andExpect(jsonPath("$.email.ORDERS").value(true))
                .andExpect(jsonPath("$.email.OFFERS").value(true))
                .andExpect(jsonPath("$.email.COMPANY").value(true))
                .andExpect(jsonPath("$.email.SUMMARY").value(true));
    }

    @Test
    void theDirectorysLanguageIsTheNewAccountsAndTheUsersChoiceWinsAfter() throws Exception {
        account("usr-john", "john@example.test", "John", "en", "\"RESIDENT\"", "");
        mvc.perform(get("/api/notifications/preferences").with(user("usr-john", "RESIDENT"))).andExpect(jsonPath("$.language").value("en"));

        putPreferences("usr-john", "{\"language\":\"fr\",\"email\":{\"ORDERS\":false,\"SUMMARY\":false}}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.language").value("fr"))
                .andExpect(jsonPath("$.email.ORDERS").value(false))
                .andExpect(jsonPath("$.email.OFFERS").value(true))
                .andExpect(jsonPath("$.email.SUMMARY").value(false));
        account("usr-john", "john.smith@example.test", "John Smith", "en", "\"RESIDENT\"", "");

        mvc.perform(get("/api/notifications/preferences").with(user("usr-john", "RESIDENT")))
                .andExpect(jsonPath("$.language").value("fr"))
                .andExpect(jsonPath("$.email.ORDERS").value(false));
        // a category not named keeps its choice
        putPreferences("usr-john", "{\"language\":\"fr\",\"email\":{\"ORDERS\":true}}")
                .andExpect(jsonPath("$.email.ORDERS").value(true)).andExpect(jsonPath("$.email.SUMMARY").value(false));
    }

    @Test
    void unknownCategoriesLanguagesAndFieldsAreRefused() throws Exception {
        putPreferences("usr-a", "{\"language\":\"fr\",\"email\":{\"NEWSLETTER\":true}}")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        putPreferences("usr-a", "{\"language\":\"de\",\"email\":{}}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("language"));
        putPreferences("usr-a", "{\"language\":\"fr\",\"email\":{\"ORDERS\":\"yes\"}}").andExpect(status().isBadRequest());
        putPreferences("usr-a", "{\"language\":\"fr\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("email"));
        mvc.perform(get("/api/notifications/preferences").with(user("usr-a", "RESIDENT"))).andExpect(jsonPath("$.language").value("fr"));
        mvc.perform(get("/api/notifications/preferences")).andExpect(status().isUnauthorized());
    }

    @Test
    void theDirectoryRefusesWhatItCannotKeep() throws Exception {
        String good = "{\"email\":\"a@example.test\",\"displayName\":\"A\",\"roles\":[\"RESIDENT\"],\"emailVerified\":true}";
        mvc.perform(put("/internal/recipients/usr-a").header("X-Internal-Token", TOKEN).contentType(MediaType.APPLICATION_JSON)
                .content(good)).andExpect(status().isNoContent());
        mvc.perform(put("/internal/recipients/not-a-user").header("X-Internal-Token", TOKEN).contentType(MediaType.APPLICATION_JSON)
                .content(good)).andExpect(status().isBadRequest());
        mvc.perform(put("/internal/recipients/usr-a").header("X-Internal-Token", TOKEN).contentType(MediaType.APPLICATION_JSON)
                .content(good.replace("a@example.test", "not an address"))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("email"));
        mvc.perform(put("/internal/recipients/usr-a").header("X-Internal-Token", TOKEN).contentType(MediaType.APPLICATION_JSON)
                .content(good.replace("RESIDENT", "KING"))).andExpect(status().isBadRequest());
        mvc.perform(put("/internal/recipients/usr-a").header("X-Internal-Token", TOKEN).contentType(MediaType.APPLICATION_JSON)
                .content(good.replace("}", ",\"memberId\":\"../x\"}"))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("memberId"));
        mvc.perform(put("/internal/recipients/usr-a").contentType(MediaType.APPLICATION_JSON).content(good))
                .andExpect(status().isUnauthorized());
    }
}
