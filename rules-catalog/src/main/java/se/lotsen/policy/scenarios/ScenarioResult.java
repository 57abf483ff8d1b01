package se.lotsen.policy.scenarios;

import java.util.List;
import se.lotsen.core.Text;

/**
 * A scenario's outcome: empty failures means it passed.
 *
 * @param failures each difference between what was expected and what came, in Swedish and English
 * @param services the pathway's services in order, by id
 */
public record ScenarioResult(Scenario scenario, List<Text> failures, List<String> firedRules, List<String> services) {
    public ScenarioResult {
        failures = List.copyOf(failures);
        firedRules = List.copyOf(firedRules);
        services = List.copyOf(services);
    }

    public boolean passed() {
        return failures.isEmpty();
    }
}
