package se.lotsen.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.lotsen.core.Evaluation;
import se.lotsen.core.Pathway;
import se.lotsen.core.PathwayEngine;
import se.lotsen.core.SuggestionRequest;
import se.lotsen.core.internal.Evaluator;
import se.lotsen.core.ruleset.RuleSet;
import se.lotsen.policy.RuleSetLoader;
import se.lotsen.policy.properties.Families;

/**
 * The baseline is only a fair floor if it routes exactly like the engine: the same steps, urgencies,
 * tiers, safeguarding and interpreter flags, in the same order, on the benchmark mix and on every
 * family of the validation grid. A change to the default's DRL that the baseline does not follow
 * fails here.
 */
class HandCodedRulesTest {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 24);
    private static final RuleSet RULE_SET = RuleSetLoader.defaultRuleSet();
    private static final Clock CLOCK = Clock.fixed(DAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);

    private static String steps(Pathway p) {
        return p.riskLevel() + " " + p.safeguarding().concern() + " " + p.safeguarding().contacts().size() + " " + p.steps().stream()
                .map(s -> s.service().id() + "/" + s.urgency() + "/" + s.tier() + "/" + s.safeguarding() + "/" + s.interpreter())
                .toList() + " unmatched " + p.unmatchedNeeds() + " notes " + p.notes().size();
    }

    @Test
    void theBaselineRoutesTheBenchmarkMixAndTheWholeGridLikeTheEngine() {
        PathwayEngine engine = PathwayEngine.builder().ruleSet(RULE_SET).clock(CLOCK).build();
        Evaluator baseline = new Evaluator(RULE_SET, new HandCodedRules(), CLOCK);

        for (SuggestionRequest request : Mix.requests(500)) {
            assertThat(steps(baseline.suggest(request))).as(request.toString()).isEqualTo(steps(engine.suggest(request)));
        }
        List<Families.Sample> grid = Mix.grid(RULE_SET, DAY);
        assertThat(grid).hasSizeGreaterThan(10_000);
        for (Families.Sample sample : grid) {
            Evaluation expected = engine.evaluate(sample.request(), sample.date());
            Evaluation actual = baseline.evaluate(sample.request(), sample.date());
            assertThat(steps(actual.pathway())).as(sample.request().toString()).isEqualTo(steps(expected.pathway()));
        }
    }

    @Test
    void theGeneratedTablesHaveTheirRows() {
        assertThat(GrowthBenchmark.table(10, 2)).hasSize(10).last().extracting(r -> r.name()).isEqualTo("generated-9");
    }
}
