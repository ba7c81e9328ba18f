package fr.centreisere.concierge.platform.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.junit.jupiter.api.Test;

class PrintableTextTest {

    record Named(@PrintableText(max = 20) String name, @PrintableText(max = 500, multiline = true) String note) {
    }

    final Validator validator = Validation.buildDefaultValidatorFactory().getValidator();

    Set<ConstraintViolation<Named>> check(String name, String note) {
        return validator.validate(new Named(name, note));
    }

    @Test
    void ordinaryNamesAndNotesInAnyScriptArePrintable() {
        assertThat(check("Zoé d'Hérens-Müller", "Sonnez deux fois.\nMerci ! 🚲 Ελληνικά, العربية")).isEmpty();
        assertThat(check(null, null)).isEmpty();
    }

    @Test
    void controlCharactersAreRefused() {
        assertThat(check("Jean\u0000", null)).hasSize(1);
        assertThat(check("Jean\r\nSet-Cookie: x", null)).hasSize(1);
        assertThat(check("Jean\u007f", null)).hasSize(1);
        assertThat(check("Jean\u0085", null)).hasSize(1);
        assertThat(check("Jean\tMartin", null)).hasSize(1);
        // a note may hold line breaks, never other controls
        assertThat(check(null, "ligne 1\r\nligne 2\n")).isEmpty();
        assertThat(check(null, "ligne\u0007")).hasSize(1);
    }

    @Test
    void bidirectionalOverridesAndIsolatesAreRefused() {
        for (char c : new char[] { '\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069' }) {
            assertThat(check("abc" + c + "def", null)).as("U+%04X", (int) c).hasSize(1);
            assertThat(check(null, "abc" + c + "def")).as("U+%04X in a note", (int) c).hasSize(1);
        }
    }

    @Test
    void unpairedSurrogatesAndNoncharactersAreRefused() {
        assertThat(check("abc\uD800", null)).hasSize(1);
        assertThat(check("abc\uFFFF", null)).hasSize(1);
    }

    @Test
    void lineAndParagraphSeparatorsAreNotLineBreaksWeKeep() {
        assertThat(check(null, "a\u2028b")).hasSize(1);
        assertThat(check("a\u2029b", null)).hasSize(1);
    }

    @Test
    void emojiSequencesWithJoinersStayPrintable() {
        assertThat(check("Équipe 👩\u200D🔧", null)).isEmpty();
    }

    @Test
    void theLengthIsCountedInCharactersAsAPersonSeesThem() {
        assertThat(check("a".repeat(20), null)).isEmpty();
        assertThat(check("a".repeat(21), null)).hasSize(1);
        assertThat(check("🚲".repeat(20), null)).isEmpty();
    }

    @Test
    void textsWithSpacesAroundAreRefusedSoThatTheyAreTrimmedBeforeBeingKept() {
        assertThat(PrintableTexts.trimmed("  Jean  ")).isEqualTo("Jean");
        assertThat(PrintableTexts.trimmed(null)).isNull();
        assertThat(check("Jean ", null)).isEmpty();
    }
}
