package fr.centreisere.concierge.platform.tracing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RequestIdsTest {

    @Test
    void aShortPlainIdIsKept() {
        assertThat(RequestIds.valid("req-42")).isEqualTo("req-42");
        assertThat(RequestIds.valid("3f2a_b.c:d")).isEqualTo("3f2a_b.c:d");
        assertThat(RequestIds.valid("x".repeat(64))).hasSize(64);
    }

    @Test
    void anythingElseIsNotAnId() {
        for (String sent : new String[] { null, "", "x".repeat(65), "a b", "café", "<b>", "a\r\nb", "a\tb", "a/b", "\"" }) {
            assertThat(RequestIds.valid(sent)).as(String.valueOf(sent)).isNull();
        }
    }

    @Test
    void aNewIdIs32HexDigitsAndValid() {
        String id = RequestIds.generate();
        assertThat(id).matches("[0-9a-f]{32}");
        assertThat(RequestIds.valid(id)).isEqualTo(id);
        assertThat(RequestIds.generate()).isNotEqualTo(id);
    }
}
