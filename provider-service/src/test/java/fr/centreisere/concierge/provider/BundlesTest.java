package fr.centreisere.concierge.provider;

import java.nio.file.Path;

import fr.centreisere.concierge.testsupport.BundleTwins;
import fr.centreisere.concierge.testsupport.SentencesInCode;
import org.junit.jupiter.api.Test;

/** Issue 17: the texts are in the bundles, French and English twins, and none is left in the code. */
class BundlesTest {

    static final Path MAIN_JAVA = Path.of("src/main/java");
    static final Path BUNDLES = Path.of("src/main/resources/i18n");

    @Test
    void noUserFacingSentenceIsLeftInTheCode() {
        SentencesInCode.assertNone(MAIN_JAVA);
    }

    @Test
    void everyFrenchTextHasItsEnglishTwinWithTheSameArguments() {
        BundleTwins.assertTwins(BUNDLES);
    }

    @Test
    void everyCodeTheCodeNamesHasItsText() {
        BundleTwins.assertCodesKnown(MAIN_JAVA, BUNDLES);
    }
}
