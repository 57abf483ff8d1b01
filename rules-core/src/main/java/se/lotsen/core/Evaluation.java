package se.lotsen.core;

import java.util.List;

/**
 * A pathway, every rule that fired to produce it, and each step as its rule proposed it before
 * steps were merged, for scenario checks, rule coverage and rule-set analysis.
 */
public record Evaluation(Pathway pathway, List<String> firedRules, List<Proposed> proposals) {
    public Evaluation {
        firedRules = List.copyOf(firedRules);
        proposals = List.copyOf(proposals);
    }

    /** A step as one rule proposed it (urgency and tier as the rule wrote them, or null when missing). */
    public record Proposed(String ruleId, String service, String urgency, String tier, boolean safeguarding) {
    }
}
