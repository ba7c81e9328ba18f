package fr.centreisere.concierge.testsupport;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/**
 * What every module with message bundles shows (issue 17): the texts people read live in the bundles,
 * French and English twins with the same arguments, every code the code names has its text, and no
 * sentence is left in the code. A module's {@code BundlesTest} extends it.
 */
public abstract class BundlesContract {

    private static final Path MAIN_JAVA = Path.of("src/main/java");
    private static final Path BUNDLES = Path.of("src/main/resources/i18n");

    @Test
    void everyFrenchTextHasItsEnglishTwinWithTheSameArguments() {
        BundleTwins.assertTwins(BUNDLES);
    }

    @Test
    void everyCodeTheCodeNamesHasItsText() {
        BundleTwins.assertCodesKnown(MAIN_JAVA, BUNDLES);
    }

    @Test
    void noUserFacingSentenceIsLeftInTheCode() {
        SentencesInCode.assertNone(MAIN_JAVA);
    }
}
