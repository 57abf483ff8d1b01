package se.lotsen.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TierTest {
    @Test
    void aTierIsRaisedToTheFloorButNeverLowered() {
        assertThat(Tier.UNIVERSAL.atLeast(Tier.SELECTIVE)).isEqualTo(Tier.SELECTIVE);
        assertThat(Tier.INDICATED.atLeast(Tier.SELECTIVE)).isEqualTo(Tier.INDICATED);
        assertThat(Tier.SELECTIVE.atLeast(Tier.SELECTIVE)).isEqualTo(Tier.SELECTIVE);
    }

    @Test
    void tiersAreLabelledInTheWordsStaffUse() {
        assertThat(Tier.UNIVERSAL.label().sv()).isEqualTo("För alla");
        assertThat(Tier.SELECTIVE.label().sv()).isEqualTo("Riktat stöd");
        assertThat(Tier.INDICATED.label().sv()).isEqualTo("Individuellt stöd");
    }
}
