package se.lotsen.policy.tables;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** CSV cells a spreadsheet would run as formulas are written as text, and read back as they were. */
class SafeCsvTest {
    @Test
    void everyCellThatASpreadsheetTakesForAFormulaGetsALeadingQuote() {
        for (String formula : List.of("=HYPERLINK(\"x\")", "+1+cmd|' /C calc'!A0", "-2+3", "@SUM(A1)", "\tx", "\rx")) {
            assertThat(SafeCsv.cell(formula)).as(formula).isEqualTo("'" + formula);
            assertThat(SafeCsv.unescape(SafeCsv.cell(formula))).isEqualTo(formula);
        }
    }

    @Test
    void numbersAndOrdinaryTextAreWrittenAsTheyAre() {
        for (String plain : List.of("-1", "+3", "12", "0,5", "route-sleep", "BVC_NURSE", "Sömn = vila", "", "'quoted")) {
            assertThat(SafeCsv.cell(plain)).as(plain).isEqualTo(plain);
            assertThat(SafeCsv.unescape(plain)).as(plain).isEqualTo(plain);
        }
    }

    @Test
    void theHeadingAndEveryRowGoThroughTheSameEscaping() {
        String csv = SafeCsv.write(List.of("code", "count"), List.of(List.of("=1+1", "-1"), List.of("a,b", "7")), ';');

        assertThat(csv).isEqualTo("code;count\n'=1+1;-1\na,b;7\n");
    }
}
