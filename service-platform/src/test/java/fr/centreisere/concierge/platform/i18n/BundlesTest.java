package fr.centreisere.concierge.platform.i18n;

import java.nio.file.Path;

import fr.centreisere.concierge.testsupport.BundleTwins;
import fr.centreisere.concierge.testsupport.SentencesInCode;
import org.junit.jupiter.api.Test;

/** The platform's texts live in its bundles, French and English alike, and nowhere in its code. */
class BundlesTest {

    @Test
    void everyFrenchTextHasItsEnglishTwin() {
        BundleTwins.assertTwins(Path.of("src/main/resources/i18n"));
    }

    @Test
    void everyCodeTheCodeNamesHasAText() {
        BundleTwins.assertCodesKnown(Path.of("src/main/java"), Path.of("src/main/resources/i18n"));
    }

    @Test
    void noUserFacingSentenceInCode() {
        SentencesInCode.assertNone(Path.of("src/main/java"));
    }
}
