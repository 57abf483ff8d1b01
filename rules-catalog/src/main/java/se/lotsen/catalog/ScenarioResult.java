package se.lotsen.catalog;

import java.util.List;

/** A scenario's outcome: empty failures means it passed. */
public record ScenarioResult(Scenario scenario, List<String> failures, List<String> firedRules, List<String> services) {
    public ScenarioResult {
        failures = List.copyOf(failures);
        firedRules = List.copyOf(firedRules);
        services = List.copyOf(services);
    }

    public boolean passed() {
        return failures.isEmpty();
    }

    /** {@code scenarios/sleep.yaml:12: infant-sleep: steps: expected ..., got ...} */
    public String describe() {
        return scenario.file() + ":" + scenario.line() + ": " + scenario.name() + ": "
                + (passed() ? "ok" : String.join("; ", failures));
    }
}
