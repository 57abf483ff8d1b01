package se.lotsen.policy.scenarios;

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
}
