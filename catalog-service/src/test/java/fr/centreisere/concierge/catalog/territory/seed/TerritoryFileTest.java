package fr.centreisere.concierge.catalog.territory.seed;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The copy of the shared territory file is whole and keeps its source. */
class TerritoryFileTest {

    private final CommuneSeed.TerritoryFile territory = CommuneSeed.read(JsonMapper.builder().build());

    @Test
    void holdsTheSeventyEightCommunesOfCentreIsere() {
        assertThat(territory.communes()).hasSize(78);
        assertThat(territory.population()).isEqualTo(142_680);
        assertThat(territory.communes().stream().map(CommuneSeed.TerritoryFile.Entry::epciName).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder("CA du Pays Voironnais", "CC Saint-Marcellin Vercors Isère Communauté");
        assertThat(territory.communes().stream().map(CommuneSeed.TerritoryFile.Entry::inseeCode).distinct()).hasSize(78);
    }

    @Test
    void keepsItsSourceLine() {
        assertThat(territory.source()).contains("INSEE").contains("Etalab");
    }

    @Test
    void everyEntryIsAValidCommune() {
        assertThat(territory.communes()).allSatisfy(entry -> assertThat(entry.toCommune().nameKey()).isNotBlank());
        assertThat(territory.communes()).anySatisfy(entry -> {
            assertThat(entry.inseeCode()).isEqualTo("38563");
            assertThat(entry.name()).isEqualTo("Voiron");
        });
    }
}
