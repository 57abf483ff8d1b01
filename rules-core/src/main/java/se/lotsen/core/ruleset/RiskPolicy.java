package se.lotsen.core.ruleset;

import java.util.Map;
import se.lotsen.core.ProtectiveFactor;
import se.lotsen.core.RiskFactor;

/**
 * How risk is weighed: each risk factor adds its weight, each protective factor subtracts its
 * weight, and the score maps to a level by the two thresholds.
 */
public record RiskPolicy(
        Map<RiskFactor, Integer> weights,
        Map<ProtectiveFactor, Integer> protectiveWeights,
        int elevatedFrom,
        int highFrom) {

    public RiskPolicy {
        weights = Map.copyOf(weights);
        protectiveWeights = Map.copyOf(protectiveWeights);
    }
}
