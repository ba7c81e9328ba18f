package fr.centreisere.concierge.platform.problem;

import java.util.Locale;

import fr.centreisere.concierge.platform.i18n.Message;
import fr.centreisere.concierge.platform.i18n.Texts;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/**
 * A problem document whose title and detail are still messages: it is rendered in the reader's language when it
 * is written ({@link ProblemDocument#render}). Until then its title and detail hold the codes. Its messages are no
 * bean properties, so they never reach the JSON.
 */
final class MessageProblem extends ProblemDetail {

    private final Message titleText;
    private final Message detailText;
    private final boolean detailWritten;

    MessageProblem(HttpStatusCode status, Message title, Message detail) {
        super(status.value());
        this.titleText = title;
        this.detailText = detail;
        this.detailWritten = false;
        setTitle(title.code());
        setDetail(detail.code());
    }

    /** A detail already written (code not yet converted to codes): kept as it is, the title rendered. */
    MessageProblem(HttpStatusCode status, Message title, String writtenDetail) {
        super(status.value());
        this.titleText = title;
        this.detailText = Message.of("http." + status.value());
        this.detailWritten = true;
        setTitle(title.code());
        setDetail(writtenDetail);
    }

    Message titleText() {
        return titleText;
    }

    Message detailText() {
        return detailText;
    }

    void renderIn(Texts texts, Locale locale) {
        setTitle(texts.text(titleText, locale));
        if (!detailWritten) {
            setDetail(texts.text(detailText, locale));
        }
    }
}
