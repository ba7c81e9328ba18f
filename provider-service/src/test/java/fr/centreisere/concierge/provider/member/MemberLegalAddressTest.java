package fr.centreisere.concierge.provider.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** A member's legal address (issue 16): optional, validated, kept by a change that does not give it. */
class MemberLegalAddressTest {

    static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");

    @Test
    void aChangeWithoutTheAddressKeepsItAndOneWithItReplacesIt() {
        LegalAddress first = new LegalAddress("11 rue de la République", null, "38500", "Voiron", "FR45812345678");
        Member member = Member.register("mbr-atelier", new Member.Profile("Atelier", "81234567800011", StructureType.ASSOCIATION,
                null, null, "38563", first), true, Map.of(), NOW);

        member.update(new Member.Profile("Atelier renommé", "81234567800011", StructureType.ASSOCIATION, null, null, "38563"),
                true, null, NOW);
        assertThat(member.legalAddress()).isEqualTo(first);
        assertThat(member.profile().legalAddress()).isEqualTo(first);

        LegalAddress moved = new LegalAddress("2 place du Marché", "Bâtiment B", "38160", "Saint-Marcellin", null);
        member.update(new Member.Profile("Atelier", "81234567800011", StructureType.ASSOCIATION, null, null, "38416", moved),
                true, null, NOW);
        assertThat(member.legalAddress()).isEqualTo(moved);
    }

    @Test
    void aPostalCodeOrVatNumberOfTheWrongShapeIsRefused() {
        assertThatThrownBy(() -> new LegalAddress("1 rue", null, "3850", "Voiron", null)).isInstanceOf(InvalidMember.class);
        assertThatThrownBy(() -> new LegalAddress("1 rue", null, "38500", " ", null)).isInstanceOf(InvalidMember.class);
        assertThatThrownBy(() -> new LegalAddress("1 rue", null, "38500", "Voiron", "FR123")).isInstanceOf(InvalidMember.class);
    }
}
