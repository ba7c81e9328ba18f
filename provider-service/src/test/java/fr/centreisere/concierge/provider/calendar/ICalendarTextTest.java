package fr.centreisere.concierge.provider.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;

import org.junit.jupiter.api.Test;

/** RFC 5545 by hand: folding at 75 octets without cutting a character, TEXT escaping; the key's secret and hash. */
class ICalendarTextTest {

    @Test
    void aLongLineIsFoldedAt75OctetsWithoutCuttingAUtf8Character() {
        String line = "LOCATION:" + "é".repeat(60) + "à la fin";
        String folded = ICalendarText.fold(line);
        assertThat(folded).endsWith("\r\n");
        for (String part : folded.split("\r\n")) {
            assertThat(part.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
        }
        assertThat(folded.split("\r\n")[1]).startsWith(" ");
        assertThat(folded.replace("\r\n ", "").replace("\r\n", "")).isEqualTo(line);
        assertThat(ICalendarText.fold("SHORT:line")).isEqualTo("SHORT:line\r\n");
    }

    @Test
    void textValuesAreEscaped() {
        assertThat(ICalendarText.text("a,b;c\\d\nsuite\r")).isEqualTo("a\\,b\\;c\\\\d\\nsuite");
        assertThat(ICalendarText.text("bip\u0007")).isEqualTo("bip");
    }

    @Test
    void aKeyOpensWithItsSecretOnlyAndKeepsOnlyItsHash() {
        CalendarKey.Issued issued = CalendarKey.issue("mbr-a", new SecureRandom(), Instant.parse("2026-12-01T08:00:00Z"));
        assertThat(issued.secret()).matches("[A-Za-z0-9_-]{43}");
        assertThat(issued.key().secretHash()).doesNotContain(issued.secret()).hasSize(64);
        assertThat(issued.key().opens(issued.secret())).isTrue();
        assertThat(issued.key().opens(issued.secret() + "x")).isFalse();
        assertThat(issued.key().opens("")).isFalse();
        assertThat(issued.key().opens(null)).isFalse();
        CalendarKey.Issued other = CalendarKey.issue("mbr-a", new SecureRandom(), Instant.parse("2026-12-01T08:00:00Z"));
        assertThat(other.secret()).isNotEqualTo(issued.secret());
        assertThat(issued.key().opens(other.secret())).isFalse();
    }
}
