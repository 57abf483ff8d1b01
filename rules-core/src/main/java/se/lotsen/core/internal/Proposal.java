package se.lotsen.core.internal;

import se.lotsen.core.NeedCategory;
import se.lotsen.core.Tier;
import se.lotsen.core.Urgency;

/** A step as one rule (or table row) proposed it, before the catalog, escalation and merging. */
record Proposal(String ruleId, NeedCategory need, String service, Urgency urgency, Tier tier, boolean safeguarding,
                String sv, String en) {
}
