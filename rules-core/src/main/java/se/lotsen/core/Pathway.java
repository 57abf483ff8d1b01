package se.lotsen.core;

import java.time.LocalDate;
import java.util.List;

/**
 * The suggested way to support a family: ordered steps (safeguarding first, then soonest, then
 * least intensive tier, then catalog order), each explained by the rules that produced it.
 *
 * @param ruleSetId         the rule set that produced it
 * @param ruleSetVersion    the version of that rule set
 * @param asOf              the date it was worked out for (whether a child has started förskoleklass depends on it)
 * @param riskLevel         the weighed risk level, after the floors
 * @param riskScore         risk weights less protective weights, as the rule set weighs them
 * @param urgency           the soonest step's urgency
 * @param safeguarding      whether there is a concern for a child's or parent's safety, and what to do
 * @param steps             never empty
 * @param protectiveFactors what holds the family up, with advice on strengthening it
 * @param unmatchedNeeds    needs no rule routed; they are served by the fallback step
 * @param notes             things staff should know about how the pathway was reached
 * @param reference         the anonymous follow-up reference, when the API issued one (null from the engine)
 */
public record Pathway(
        String ruleSetId,
        String ruleSetVersion,
        LocalDate asOf,
        RiskLevel riskLevel,
        int riskScore,
        Urgency urgency,
        Safeguarding safeguarding,
        List<Step> steps,
        List<NotedFactor> protectiveFactors,
        List<NeedCategory> unmatchedNeeds,
        List<Reason> notes,
        String reference) {

    public Pathway {
        steps = List.copyOf(steps);
        protectiveFactors = List.copyOf(protectiveFactors);
        unmatchedNeeds = List.copyOf(unmatchedNeeds);
        notes = List.copyOf(notes);
    }

    /** The same pathway with a follow-up reference. */
    public Pathway withReference(String followUpReference) {
        return new Pathway(ruleSetId, ruleSetVersion, asOf, riskLevel, riskScore, urgency, safeguarding, steps,
                protectiveFactors, unmatchedNeeds, notes, followUpReference);
    }
}
