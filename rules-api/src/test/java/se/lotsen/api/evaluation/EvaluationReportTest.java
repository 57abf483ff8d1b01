package se.lotsen.api.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class EvaluationReportTest {
    private static Map<String, Long> cells(Object... centreAndCount) {
        Map<String, Long> cells = new TreeMap<>();
        for (int i = 0; i < centreAndCount.length; i += 2) {
            cells.put((String) centreAndCount[i], ((Number) centreAndCount[i + 1]).longValue());
        }
        return cells;
    }

    @Test
    void countsFromOneToFourAreHiddenAndZeroAndFiveAreShown() {
        assertThat(EvaluationReport.show(0)).isEqualTo("0");
        assertThat(EvaluationReport.show(1)).isEqualTo("<5");
        assertThat(EvaluationReport.show(4)).isEqualTo("<5");
        assertThat(EvaluationReport.show(5)).isEqualTo("5");
    }

    @Test
    void aLoneHiddenCountGetsACompanionSoTheTotalMinusTheRestDoesNotRevealIt() {
        Map<String, Long> cells = cells("A", 2, "B", 7, "C", 12);

        assertThat(EvaluationReport.suppress(cells, 21)).containsExactlyInAnyOrder("A", "B");
    }

    @Test
    void twoHiddenCountsNeedNoCompanion() {
        assertThat(EvaluationReport.suppress(cells("A", 2, "B", 3, "C", 12), 17)).containsExactlyInAnyOrder("A", "B");
    }

    @Test
    void aHiddenTotalNeedsNoCompanion() {
        assertThat(EvaluationReport.suppress(cells("A", 2, "B", 0), 2)).containsExactly("A");
    }

    @Test
    void aZeroNextToALoneHiddenCountIsHiddenToo() {
        assertThat(EvaluationReport.suppress(cells("A", 3, "B", 0, "C", 9), 12)).containsExactlyInAnyOrder("A", "B");
    }
}
