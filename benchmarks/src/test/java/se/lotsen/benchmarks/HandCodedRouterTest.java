package se.lotsen.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.lotsen.catalog.RuleSetFiles;
import se.lotsen.core.Pathway;
import se.lotsen.core.PathwayEngine;
import se.lotsen.core.SuggestionRequest;
import se.lotsen.core.ruleset.RuleSet;

/** The baseline is only a fair floor if it routes exactly like the engine: same steps, in the same order. */
class HandCodedRouterTest {
    private static String steps(Pathway p) {
        return p.riskLevel() + " " + p.safeguarding().concern() + " " + p.steps().stream()
                .map(s -> s.service().id() + "/" + s.urgency() + "/" + s.tier() + "/" + s.safeguarding() + "/" + s.interpreter())
                .toList() + " unmatched " + p.unmatchedNeeds();
    }

    @Test
    void theBaselineRoutesTheBenchmarkMixAndTheGridLikeTheEngine() {
        RuleSet ruleSet = RuleSetFiles.readDefault().toRuleSet();
        PathwayEngine engine = PathwayEngine.builder().ruleSet(ruleSet).build();
        HandCodedRouter baseline = new HandCodedRouter(ruleSet);
        List<SuggestionRequest> requests = new java.util.ArrayList<>(Mix.requests(500));
        requests.addAll(Mix.grid());

        for (SuggestionRequest request : requests) {
            assertThat(steps(baseline.suggest(request))).as(request.toString()).isEqualTo(steps(engine.suggest(request)));
        }
    }

    @Test
    void theGeneratedTablesCompile() {
        assertThat(GrowthBenchmark.table(10)).contains("generated-9");
    }
}
