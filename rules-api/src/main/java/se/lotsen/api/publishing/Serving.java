package se.lotsen.api.publishing;

import java.util.List;
import se.lotsen.core.PathwayEngine;
import se.lotsen.policy.scenarios.Scenario;

/**
 * What serves now: the compiled engine, and the published version's name and scenarios (for
 * comparing an upload with it).
 */
public record Serving(PathwayEngine engine, String ruleSetId, String version, String hash, List<Scenario> scenarios) {
    public Serving {
        scenarios = List.copyOf(scenarios);
    }
}
