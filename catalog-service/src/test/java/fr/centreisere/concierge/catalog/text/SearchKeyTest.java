package fr.centreisere.concierge.catalog.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SearchKeyTest {

    @Test
    void foldsCaseAndAccents() {
        assertThat(SearchKey.normalize("Location de VÉLO à assistance électrique"))
                .isEqualTo("location de velo a assistance electrique");
        assertThat(SearchKey.normalize("Saint-Étienne-de-Crossey")).isEqualTo("saint etienne de crossey");
        assertThat(SearchKey.normalize("Çà et là, où l'on goûte")).isEqualTo("ca et la ou l on goute");
    }

    @Test
    void spellsOutLigatures() {
        assertThat(SearchKey.normalize("Cœur d'Œuvre, ex æquo")).isEqualTo("coeur d oeuvre ex aequo");
    }

    @Test
    void keepsOnlyLettersAndDigitsSeparatedBySingleSpaces() {
        assertThat(SearchKey.normalize("  38500 —  Voiron !! ")).isEqualTo("38500 voiron");
        assertThat(SearchKey.normalize("«  »  ?")).isEmpty();
        assertThat(SearchKey.normalize(null)).isEmpty();
    }

    @Test
    void splitsAQueryIntoDistinctNormalizedWords() {
        assertThat(SearchKey.words("Vélo  cargo vélo")).containsExactly("velo", "cargo");
        assertThat(SearchKey.words("   ")).isEmpty();
    }

    @Test
    void joinsSeveralTextsIntoOneKey() {
        assertThat(SearchKey.of("Repassage au kilo", null, "Ironing by the kilo"))
                .isEqualTo("repassage au kilo ironing by the kilo");
    }
}
