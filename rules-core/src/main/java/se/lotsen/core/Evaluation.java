package se.lotsen.core;

import java.util.List;
import se.lotsen.core.vocabulary.EpdsFact;
import se.lotsen.core.vocabulary.Family;

/**
 * A pathway, every rule that produced something for it (DRL rules and table rows), each step as its
 * rule proposed it before steps were merged, and the facts the rules saw, for scenario checks,
 * safety properties, rule coverage and analysis.
 *
 * @param family the family as the rules saw it
 * @param epds   the EPDS as the rules saw it (null when the request had none)
 */
public record Evaluation(Pathway pathway, List<String> firedRules, List<Proposed> proposals, Family family, EpdsFact epds) {
    public Evaluation {
        firedRules = List.copyOf(firedRules);
        proposals = List.copyOf(proposals);
    }

    /** A step as one rule proposed it. */
    public record Proposed(String ruleId, String service, Urgency urgency, Tier tier, boolean safeguarding) {
    }
}
