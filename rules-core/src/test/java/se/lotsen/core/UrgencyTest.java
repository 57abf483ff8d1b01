package se.lotsen.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UrgencyTest {
    @Test
    void movingSoonerStopsAtSameDayBecauseOnlySafeguardingDeclaresAnEmergency() {
        assertThat(Urgency.ROUTINE.sooner(1)).isEqualTo(Urgency.WITHIN_WEEK);
        assertThat(Urgency.SELF_SERVICE.sooner(2)).isEqualTo(Urgency.WITHIN_WEEK);
        assertThat(Urgency.SAME_DAY.sooner(1)).isEqualTo(Urgency.SAME_DAY);
        assertThat(Urgency.EMERGENCY.sooner(1)).isEqualTo(Urgency.EMERGENCY);
        assertThat(Urgency.WITHIN_WEEK.sooner(0)).isEqualTo(Urgency.WITHIN_WEEK);
    }

    @Test
    void soonerThanComparesBySoonnessNotByName() {
        assertThat(Urgency.SAME_DAY.isSoonerThan(Urgency.WITHIN_WEEK)).isTrue();
        assertThat(Urgency.ROUTINE.isSoonerThan(Urgency.WITHIN_WEEK)).isFalse();
        assertThat(Urgency.ROUTINE.isSoonerThan(Urgency.ROUTINE)).isFalse();
    }
}
