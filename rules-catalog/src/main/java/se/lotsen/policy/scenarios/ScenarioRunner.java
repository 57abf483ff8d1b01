package se.lotsen.policy.scenarios;

import java.time.LocalDate;
import java.util.List;
import se.lotsen.core.Evaluation;
import se.lotsen.core.InvalidRequestException;
import se.lotsen.core.PathwayEngine;
import se.lotsen.core.Text;
import se.lotsen.policy.Failures;

/** Runs scenarios against an engine and says, for each, what was expected and what came out ({@link Expectations}). */
public final class ScenarioRunner {
    private final PathwayEngine engine;
    private final LocalDate referenceDay;

    /** @param referenceDay the day scenarios without a date of their own are run on */
    public ScenarioRunner(PathwayEngine engine, LocalDate referenceDay) {
        this.engine = engine;
        this.referenceDay = referenceDay;
    }

    /** Every scenario's result, in the scenarios' order (they run in parallel: the engine is thread-safe). */
    public List<ScenarioResult> runAll(List<Scenario> scenarios) {
        return scenarios.parallelStream().map(this::run).toList();
    }

    public ScenarioResult run(Scenario scenario) {
        Evaluation evaluation;
        try {
            evaluation = engine.evaluate(scenario.request(), scenario.date() == null ? referenceDay : scenario.date());
        } catch (InvalidRequestException e) {
            return new ScenarioResult(scenario, List.of(new Text("Familjen går inte att fråga om: " + e.getMessage(),
                    "The request is invalid: " + e.getMessage())), List.of(), List.of());
        } catch (RuntimeException e) {
            return new ScenarioResult(scenario, List.of(new Text("Reglerna gick inte att köra: " + Failures.describe(e),
                    "The rules failed: " + Failures.describe(e))), List.of(), List.of());
        }
        return new ScenarioResult(scenario, Expectations.failures(scenario.expect(), evaluation, engine.ruleSet().catalog()),
                evaluation.firedRules(), evaluation.pathway().steps().stream().map(s -> s.service().id()).toList());
    }
}
