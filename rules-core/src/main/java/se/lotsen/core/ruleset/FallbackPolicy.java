package se.lotsen.core.ruleset;

import se.lotsen.core.Text;
import se.lotsen.core.Tier;
import se.lotsen.core.Urgency;

/** Where a need goes that no rule routes, so that a pathway is never empty. */
public record FallbackPolicy(String service, Urgency urgency, Tier tier, Text reason) {
}
