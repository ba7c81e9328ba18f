package fr.centreisere.concierge.mailserver;

import java.nio.file.Path;

import fr.centreisere.concierge.testsupport.SentencesInCode;
import org.junit.jupiter.api.Test;

/** The mail server talks to the operator only, in English: no « français / English » sentence in its code. */
class SentencesInCodeTest {

    @Test
    void noUserFacingSentenceInCode() {
        SentencesInCode.assertNone(Path.of("src/main/java"));
    }
}
