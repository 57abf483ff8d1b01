package se.lotsen.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PathwayEngineCloseTest {
    private static final SuggestionRequest VIOLENCE = SuggestionRequest.builder().childAgeMonths(20)
            .risks(RiskFactor.DOMESTIC_VIOLENCE).build();

    @Test
    void aClosedEngineReleasesItsSessionsAndSaysSoInsteadOfAnswering() {
        PathwayEngine engine = TestRuleSets.engine(TestRuleSets.standard());
        assertThat(engine.suggest(VIOLENCE).safeguarding().concern()).as("its DRL rules ran").isTrue();

        engine.close();
        engine.close();

        assertThatThrownBy(() -> engine.suggest(VIOLENCE)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no longer serves");
    }
}
