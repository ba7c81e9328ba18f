package fr.centreisere.concierge.catalog.territory.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import fr.centreisere.concierge.catalog.territory.Commune;
import fr.centreisere.concierge.catalog.territory.CommuneFilter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.mongodb.test.autoconfigure.DataMongoTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

@DataMongoTest
@Import(MongoCommunes.class)
class MongoCommunesTest {

    private static final String VOIRONNAIS = "CA du Pays Voironnais";

    @Autowired
    MongoCommunes communes;
    @Autowired
    MongoTemplate mongo;

    @BeforeEach
    void fourCommunes() {
        mongo.remove(new Query(), CommuneDocument.class);
        communes.store(List.of(
                new Commune("38563", "Voiron", List.of("38500"), 20_000, "243800984", VOIRONNAIS),
                new Commune("38133", "Coublevie", List.of("38500"), 5520, "243800984", VOIRONNAIS),
                new Commune("38384", "Saint-Étienne-de-Crossey", List.of("38960"), 2700, "243800984", VOIRONNAIS),
                new Commune("38407", "La Sure en Chartreuse", List.of("38134", "38340"), 1072, "243800984", VOIRONNAIS)));
    }

    @Test
    void listsThemByNameIgnoringAccents() {
        assertThat(names(communes.find(CommuneFilter.all(), 0, 100)))
                .containsExactly("Coublevie", "La Sure en Chartreuse", "Saint-Étienne-de-Crossey", "Voiron");
        assertThat(communes.count(CommuneFilter.all())).isEqualTo(4);
        assertThat(names(communes.find(CommuneFilter.all(), 1, 2))).containsExactly("Saint-Étienne-de-Crossey", "Voiron");
    }

    @Test
    void findsThemByPostalCodeOrByNameWords() {
        assertThat(names(communes.find(CommuneFilter.of("38500", null), 0, 100))).containsExactly("Coublevie", "Voiron");
        assertThat(names(communes.find(CommuneFilter.of("38340", null), 0, 100))).containsExactly("La Sure en Chartreuse");
        assertThat(names(communes.find(CommuneFilter.of(null, "ÉTIENNE crossey"), 0, 100))).containsExactly("Saint-Étienne-de-Crossey");
        assertThat(communes.count(CommuneFilter.of("38500", "voir"))).isEqualTo(1);
    }

    @Test
    void storingAgainReplacesInsteadOfDuplicating() {
        communes.store(List.of(new Commune("38563", "Voiron", List.of("38500"), 20_100, "243800984", VOIRONNAIS)));

        assertThat(communes.count(CommuneFilter.all())).isEqualTo(4);
        assertThat(communes.find("38563")).hasValueSatisfying(voiron -> assertThat(voiron.population()).isEqualTo(20_100));
        assertThat(communes.exists("38563")).isTrue();
        assertThat(communes.exists("75056")).isFalse();
    }

    private static List<String> names(List<Commune> list) {
        return list.stream().map(Commune::name).toList();
    }
}
