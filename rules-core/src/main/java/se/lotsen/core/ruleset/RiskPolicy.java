package se.lotsen.core.ruleset;

import java.util.List;
import java.util.Map;
import se.lotsen.core.ProtectiveFactor;
import se.lotsen.core.RiskFactor;

/**
 * How risk is weighed: each risk factor adds its weight, each need at SEVERE adds the severe-need
 * weight (the level is about the child's situation, not only the ticked factors), each protective
 * factor subtracts its weight, the score maps to a level by the two thresholds, and floors keep the
 * level from dropping below what safeguarding and severe needs imply.
 *
 * @param epdsPositiveCountsAs a positive EPDS counts as this risk factor when it was not ticked (null: no)
 * @param severeNeedWeight     what each need at SEVERE adds, with why (null: nothing)
 */
public record RiskPolicy(
        Map<RiskFactor, Weight> weights,
        Map<ProtectiveFactor, Weight> protectiveWeights,
        int elevatedFrom,
        int highFrom,
        List<RiskFloor> floors,
        RiskFactor epdsPositiveCountsAs,
        Weight severeNeedWeight) {

    public RiskPolicy {
        weights = weights == null ? Map.of() : Map.copyOf(weights);
        protectiveWeights = protectiveWeights == null ? Map.of() : Map.copyOf(protectiveWeights);
        floors = floors == null ? List.of() : List.copyOf(floors);
    }

    public RiskPolicy(Map<RiskFactor, Weight> weights, Map<ProtectiveFactor, Weight> protectiveWeights, int elevatedFrom,
                      int highFrom, List<RiskFloor> floors, RiskFactor epdsPositiveCountsAs) {
        this(weights, protectiveWeights, elevatedFrom, highFrom, floors, epdsPositiveCountsAs, null);
    }

    public int weightOf(RiskFactor factor) {
        Weight w = weights.get(factor);
        return w == null ? 0 : w.weight();
    }

    public int weightOf(ProtectiveFactor factor) {
        Weight w = protectiveWeights.get(factor);
        return w == null ? 0 : w.weight();
    }

    /** What one need at SEVERE adds to the score. */
    public int weightOfASevereNeed() {
        return severeNeedWeight == null ? 0 : severeNeedWeight.weight();
    }
}
