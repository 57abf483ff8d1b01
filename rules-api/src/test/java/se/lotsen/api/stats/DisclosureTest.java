package se.lotsen.api.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DisclosureTest {
    private static Disclosure centres(Object... centreAndCount) {
        Disclosure d = new Disclosure();
        long total = 0;
        for (int i = 0; i < centreAndCount.length; i += 2) {
            d.cell(centreAndCount[i], ((Number) centreAndCount[i + 1]).longValue());
            total += ((Number) centreAndCount[i + 1]).longValue();
        }
        d.cell("ALL", total);
        List<Object> parts = new java.util.ArrayList<>();
        for (int i = 0; i < centreAndCount.length; i += 2) {
            parts.add(centreAndCount[i]);
        }
        return d.sum("ALL", parts);
    }

    @Test
    void countsFromOneToFourAreHiddenAndZeroAndFiveAreShown() {
        assertThat(Disclosure.small(0)).isFalse();
        assertThat(Disclosure.small(1)).isTrue();
        assertThat(Disclosure.small(4)).isTrue();
        assertThat(Disclosure.small(5)).isFalse();
        assertThat(Disclosure.show(3, true)).isEqualTo("<5");
    }

    @Test
    void aLoneHiddenCountGetsACompanionSoTheTotalMinusTheRestDoesNotRevealIt() {
        assertThat(centres("A", 2, "B", 7, "C", 12).hidden()).containsExactlyInAnyOrder("A", "B");
    }

    @Test
    void twoHiddenCountsNeedNoCompanion() {
        assertThat(centres("A", 2, "B", 3, "C", 12).hidden()).containsExactlyInAnyOrder("A", "B");
    }

    @Test
    void aSmallTotalIsHiddenWithItsSmallPart() {
        assertThat(centres("A", 2, "B", 0).hidden()).containsExactlyInAnyOrder("A", "ALL");
    }

    @Test
    void aZeroNextToALoneHiddenCountIsHiddenToo() {
        assertThat(centres("A", 3, "B", 0, "C", 9).hidden()).containsExactlyInAnyOrder("A", "B");
    }

    @Test
    void aCompanionThatAnotherTableGivesAwayDoesNotProtectSoTheTotalGoes() {
        // FC_NORR's six also show as /stats rows that add up to it; FC_SODER's one must not be ALL minus six.
        Disclosure d = centres("FC_NORR", 6, "FC_SODER", 1).cell("stats NORR", 6).sum("FC_NORR", List.of("stats NORR"));

        assertThat(d.hidden()).contains("FC_SODER", "ALL").doesNotContain("stats NORR");
    }

    @Test
    void aTotalWhoseUnpublishedRestIsSmallIsHidden() {
        Disclosure d = new Disclosure().cell("suggested", 9).cell("followed up", 6).sum("suggested", List.of("followed up"));

        assertThat(d.hidden()).containsExactly("suggested");
    }
}
