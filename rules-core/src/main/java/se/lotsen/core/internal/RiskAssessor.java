package se.lotsen.core.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import se.lotsen.core.ProtectiveFactor;
import se.lotsen.core.Reason;
import se.lotsen.core.RiskFactor;
import se.lotsen.core.RiskLevel;
import se.lotsen.core.ruleset.RiskFloor;
import se.lotsen.core.ruleset.RiskPolicy;
import se.lotsen.core.vocabulary.Family;

/**
 * The engine sums risk weights and the weight of each need at SEVERE, subtracts protective weights and maps the score to a level by the
 * rule set's thresholds; the rule set's floors then keep the level from dropping below what
 * safeguarding and severe needs imply. Every floor that raises the level says so in the pathway's notes.
 */
final class RiskAssessor {
    private final RiskPolicy policy;

    RiskAssessor(RiskPolicy policy) {
        this.policy = policy;
    }

    record Assessment(RiskLevel level, int score, List<Reason> reasons) {
    }

    Assessment assess(Family family) {
        int score = 0;
        for (RiskFactor risk : family.risks()) {
            score += policy.weightOf(risk);
        }
        int severeNeeds = RiskFloor.severeNeedsOf(family);
        score += severeNeeds * policy.weightOfASevereNeed();
        RiskFactor countsAs = policy.epdsPositiveCountsAs();
        List<Reason> reasons = new ArrayList<>();
        if (countsAs != null && family.epdsPositive() && !family.hasRisk(countsAs)) {
            score += policy.weightOf(countsAs);
            reasons.add(new Reason("risk-epds-counts-as-" + countsAs.name().toLowerCase(Locale.ROOT).replace('_', '-'),
                    "Positiv EPDS räknas som riskfaktorn " + countsAs.label().sv().toLowerCase(Locale.ROOT) + ".",
                    "A positive EPDS counts as the risk factor " + countsAs.label().en().toLowerCase(Locale.ROOT) + "."));
        }
        for (ProtectiveFactor protection : family.protections()) {
            score -= policy.weightOf(protection);
        }
        RiskLevel level = score >= policy.highFrom() ? RiskLevel.HIGH
                : score >= policy.elevatedFrom() ? RiskLevel.ELEVATED : RiskLevel.LOW;
        for (RiskFloor floor : policy.floors()) {
            if (floor.holdsFor(family) && floor.atLeast().compareTo(level) > 0) {
                level = floor.atLeast();
                reasons.add(new Reason(floor.id(), floor.why().sv(), floor.why().en()));
            }
        }
        return new Assessment(level, score, reasons);
    }
}
