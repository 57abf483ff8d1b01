package se.lotsen.core;

import java.util.List;

/**
 * The suggested way to support a family: ordered steps (safeguarding first, then soonest, then
 * least intensive tier, then catalog order), each explained by the rules that produced it.
 *
 * @param ruleSetId         the rule set that produced it
 * @param ruleSetVersion    the version of that rule set
 * @param riskLevel         the weighed risk level
 * @param riskScore         risk weights less protective weights, as the rule set weighs them
 * @param urgency           the soonest step's urgency
 * @param safeguarding      whether there is a concern for a child's or parent's safety, and what to do
 * @param steps             never empty
 * @param protectiveFactors what holds the family up, with advice on strengthening it
 * @param unmatchedNeeds    needs no rule routed; they are served by the fallback step
 * @param notes             things staff should know about how the pathway was reached (e.g. the EPDS cut-off used)
 */
public record Pathway(
        String ruleSetId,
        String ruleSetVersion,
        RiskLevel riskLevel,
        int riskScore,
        Urgency urgency,
        Safeguarding safeguarding,
        List<Step> steps,
        List<NotedFactor> protectiveFactors,
        List<NeedCategory> unmatchedNeeds,
        List<Reason> notes) {

    public Pathway {
        steps = List.copyOf(steps);
        protectiveFactors = List.copyOf(protectiveFactors);
        unmatchedNeeds = List.copyOf(unmatchedNeeds);
        notes = List.copyOf(notes);
    }
}
