package fr.centreisere.concierge.notification.recipient;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;

import fr.centreisere.concierge.notification.message.EmailCategory;
import fr.centreisere.concierge.notification.message.Language;
import fr.centreisere.concierge.notification.message.MessageKind;
import org.junit.jupiter.api.Test;

class PreferenceChoicesTest {

    @Test
    void aCategoryTurnedOffStopsItsMailsButNeverTheAccountMessages() {
        Preferences noOffers = Preferences.defaults(Language.FR).changed(Language.FR, Map.of(EmailCategory.OFFERS, false));

        assertThat(noOffers.wantsMail(MessageKind.OFFER_NEW)).isFalse();
        assertThat(noOffers.wantsMail(MessageKind.JOB_CANCELLED)).isFalse();
        assertThat(noOffers.wantsMail(MessageKind.ORDER_ACCEPTED)).isTrue();
        assertThat(noOffers.wantsMail(MessageKind.PASSWORD_RESET)).isTrue();
        assertThat(noOffers.wantsMail(MessageKind.EMAIL_VERIFICATION)).isTrue();
    }

    @Test
    void aChangeKeepsTheCategoriesItDoesNotName() {
        Preferences preferences = new Preferences(Language.FR, Set.of(EmailCategory.SUMMARY, EmailCategory.COMPANY))
                .changed(Language.EN, Map.of(EmailCategory.COMPANY, true, EmailCategory.ORDERS, false));

        assertThat(preferences.language()).isEqualTo(Language.EN);
        assertThat(preferences.emailsOff()).containsExactlyInAnyOrder(EmailCategory.SUMMARY, EmailCategory.ORDERS);
    }

    @Test
    void everyKindButTheAccountOnesHasACategoryAndIsListedInTheApp() {
        for (MessageKind kind : MessageKind.values()) {
            assertThat(kind.category().isPresent()).as(kind.name()).isEqualTo(!kind.isAccountMessage());
            assertThat(kind.isListedInApp()).isEqualTo(kind.category().isPresent());
        }
    }
}
